/**
 * Indicators across work units: matched by their normalized name, each satker's target,
 * realisasi and capaian (rumus.capaian) with a rank per indicator.
 */
import { normalisasi } from "../teks";
import { aman, capaian } from "../rumus";
import type { Sumber, Tabel } from "../tabel";
import type { BerkasGabung } from "./jenis";
import { peringkat } from "./peringkat";

export interface NilaiIndikator {
  target: number | null;
  realisasi: number | null;
  /** Percent points, unrounded; null when target or realisasi is missing or the target is not positive. */
  capaian: number | null;
  peringkat: number | null;
  /** "'PK 2024'!E5" of the target, for the reader who wants to look it up. */
  sumber: string;
}

export interface BarisBanding {
  kunci: string;
  nama: string;
  satuan: string | null;
  /** One entry per satker (same order as the input); null when the satker has no such indicator. */
  nilai: (NilaiIndikator | null)[];
}

interface Baca {
  nama: string;
  satuan: string | null;
  target: number | null;
  realisasi: number | null;
  sumber: string;
}

function sel(sheet: string, s: Sumber | undefined, row: number): string {
  return `'${sheet}'!${s?.cell ?? `baris ${row}`}`;
}

/** Indicators of one file: the Perkin tables; a file without one falls back to its quarterly tables. */
function indikatorBerkas(tables: Tabel[]): Map<string, Baca> {
  const out = new Map<string, Baca>();
  const perkin = tables.filter((t) => t.kind === "perkin");
  const sumber = perkin.length > 0 ? perkin : tables.filter((t) => t.kind === "triwulan" && t.bentuk !== "rencana-aksi");
  for (const t of sumber) {
    if (t.kind === "anggaran") continue;
    for (const r of t.rows) {
      const kunci = normalisasi(r.indikator);
      if (!kunci || out.has(kunci)) continue;
      out.set(kunci, {
        nama: r.indikator.replace(/\s+/g, " ").trim(),
        satuan: r.satuan ?? null,
        target: r.target,
        realisasi: r.realisasi,
        sumber: sel(t.sheet, r.cells.target ?? r.cells.realisasi, r.row),
      });
    }
  }
  return out;
}

export function hitungCapaian(target: number | null, realisasi: number | null): number | null {
  return target === null || realisasi === null ? null : aman(() => capaian(target, realisasi));
}

export function bandingkanIndikator(berkas: BerkasGabung[]): BarisBanding[] {
  const perBerkas = berkas.map((b) => indikatorBerkas(b.tables));
  const baris = new Map<string, BarisBanding>();
  perBerkas.forEach((peta, i) => {
    for (const [kunci, x] of peta) {
      let b = baris.get(kunci);
      if (!b) {
        b = { kunci, nama: x.nama, satuan: x.satuan, nilai: berkas.map(() => null) };
        baris.set(kunci, b);
      }
      if (b.satuan === null && x.satuan) b.satuan = x.satuan;
      b.nilai[i] = { target: x.target, realisasi: x.realisasi, capaian: hitungCapaian(x.target, x.realisasi), peringkat: null, sumber: x.sumber };
    }
  });
  for (const b of baris.values()) {
    const r = peringkat(b.nilai.map((n) => n?.capaian ?? null));
    b.nilai.forEach((n, i) => {
      if (n) n.peringkat = r[i];
    });
  }
  return [...baris.values()];
}
