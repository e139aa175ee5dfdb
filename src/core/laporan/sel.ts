/**
 * Finished document cells. Numbers keep the decimals the workbook shows (rounded half-up by
 * core/rumus) and print in Indonesian format; a capaian is recomputed from its target and
 * realisasi and replaces a printed value that does not follow from them.
 */
import { formatAngka, hitungDesimal } from "../angka";
import { aman, bulat, capaian } from "../rumus";
import type { SelNilai, Sumber } from "../tabel";
import { desimalTampil, sesuai } from "../validasi/umum";
import type { SelDok } from "./model";

export function alamat(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

export function selTeks(teks: string, tebal = false): SelDok {
  return { teks, format: "teks", ...(tebal ? { tebal } : {}) };
}

/** A number rounded half-up to `desimal` and shown the Indonesian way. */
export function selAngka(n: number | null, desimal: number, sumber?: string, format: SelDok["format"] = "angka"): SelDok {
  if (n === null) return { teks: "-", angka: null, format, ...(sumber ? { sumber } : {}) };
  const v = bulat(n, desimal);
  return { teks: formatAngka(v, desimal), angka: v, format, ...(sumber ? { sumber } : {}) };
}

/** A workbook value as shown there; N/A, "-" and letter grades stay as written. */
export function selSumber(sheet: string, n: SelNilai | undefined, format: SelDok["format"] = "angka"): SelDok {
  if (!n) return { teks: "-", angka: null, format };
  const src = alamat(sheet, n.sumber.cell);
  if (n.value === null) {
    const raw = n.sumber.raw;
    const teks = raw === null || String(raw).trim() === "" ? "-" : String(raw).trim();
    return { teks, angka: null, format, sumber: src };
  }
  return selAngka(n.value, desimalDari(n.sumber, n.value), src, format);
}

export function desimalDari(s: Sumber | undefined, v: number): number {
  return Math.min(4, s ? desimalTampil(s, v) : hitungDesimal(v));
}

export interface HasilCapaian {
  sel: SelDok;
  /** Computed capaian (unrounded), null when it cannot be computed. */
  hitung: number | null;
  /** True when the printed capaian does not follow from target and realisasi. */
  salah: boolean;
}

/**
 * Capaian = realisasi ÷ target × 100 (maksimasi). A printed value that agrees at its own shown
 * decimals is reproduced as printed (123 % stays 123); one that does not is replaced by the
 * computed value with two decimals, and the cell remembers what was printed.
 */
export function selCapaian(sheet: string, target: number | null, realisasi: number | null, tertulis?: SelNilai): HasilCapaian {
  const hitung = target !== null && realisasi !== null && target > 0 ? aman(() => capaian(target, realisasi)) : null;
  const src = tertulis ? alamat(sheet, tertulis.sumber.cell) : undefined;
  if (hitung === null) return { sel: tertulis ? selSumber(sheet, tertulis, "persen") : selAngka(null, 2, undefined, "persen"), hitung, salah: false };
  // A capaian left as "-" (the report does so for a negative realisasi) stays as written.
  if (tertulis && tertulis.value === null && tertulis.sumber.raw !== null) return { sel: selSumber(sheet, tertulis, "persen"), hitung, salah: false };
  if (!tertulis || tertulis.value === null) return { sel: selAngka(hitung, 2, src, "persen"), hitung, salah: false };
  const d = desimalTampil(tertulis.sumber, tertulis.value);
  if (sesuai(tertulis.value, hitung, d)) return { sel: selAngka(hitung, Math.min(d, 4), src, "persen"), hitung, salah: false };
  const sel = selAngka(hitung, 2, src, "persen");
  sel.koreksi = `tertulis ${formatAngka(tertulis.value, d)}`;
  return { sel, hitung, salah: true };
}
