/**
 * How a printed value becomes a cell. A planner's own sheet holds numbers where Excel would
 * accept what was typed in an Indonesian-locale Excel ("30", "68,23", "20.508.472.000",
 * "99,80%"), and text where it would not ("3.66", "82, 25", "123, 33%", "96,97%%", "37 Persen").
 * Numbers are never rounded or recomputed: the digits are the report's.
 */
import type { Cell } from "exceljs";

export type Isi = { nilai: number | string | null; format?: string };

const ANGKA_ID = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

function desimal(teks: string): number {
  const i = teks.indexOf(",");
  return i < 0 ? 0 : teks.length - i - 1;
}

function formatDesimal(n: number, persen: boolean): string {
  const dasar = n > 0 ? "0." + "0".repeat(n) : "0";
  return persen ? dasar + "%" : n > 0 ? dasar : "General";
}

/** "68,23" → 68.23, exactly as the decimal text says (no binary noise from arithmetic). */
function keAngka(teks: string, geser = 0): number {
  const baku = teks.replace(/\./g, "").replace(",", ".");
  return geser ? Number(`${baku}e${geser}`) : Number(baku);
}

/** A printed number: a number cell when Excel would take it as typed, else the text itself. */
export function angkaAtauTeks(raw: string | null | undefined): Isi {
  if (raw == null || raw === "") return { nilai: null };
  const t = raw.trim();
  if (t === raw && ANGKA_ID.test(t)) return { nilai: keAngka(t), format: formatDesimal(desimal(t), false) };
  return { nilai: raw };
}

/** A printed percentage: "99,80%" → 0.998 shown as 0.00%; odd text stays text. */
export function persenAtauTeks(raw: string | null | undefined): Isi {
  if (raw == null || raw === "") return { nilai: null };
  if (raw.endsWith("%") && !raw.endsWith("%%")) {
    const t = raw.slice(0, -1);
    if (ANGKA_ID.test(t)) return { nilai: keAngka(t, -2), format: formatDesimal(desimal(t), true) };
  }
  return { nilai: raw };
}

export const RUPIAH = "#,##0";

/** A Rupiah amount as a number (the report's "Rp 65.345.000,00" padding is presentation). */
export function rupiah(v: number | null | undefined): Isi {
  return v == null ? { nilai: null } : { nilai: v, format: RUPIAH };
}

export function teks(s: string | null | undefined): Isi {
  return { nilai: s == null || s === "" ? null : s };
}

export function tulis(cell: Cell, isi: Isi): void {
  if (isi.nilai === null) return;
  // Text that looks like a formula stays text: ExcelJS writes plain strings as strings.
  cell.value = isi.nilai;
  if (isi.format) cell.numFmt = isi.format;
}
