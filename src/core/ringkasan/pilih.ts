/**
 * Which recognized tables feed the summaries, and how indicators are linked to their budget.
 * A workbook often repeats the same indicators (PK targets, Tabel 1 realisasi, Tabel 3.9 per
 * quarter); the summary uses the table that holds the most realised values.
 */
import type { AnggaranRow, AnggaranTable, Bentuk, Medan, PerkinRow, PerkinTable, Tabel, TriwulanRow, TriwulanTable } from "../tabel";
import { normalisasi } from "../teks";

function terbaik<T extends Tabel>(daftar: T[], skor: (t: T) => number): T | null {
  let pilihan: T | null = null;
  let nilai = -1;
  for (const t of daftar) {
    const s = skor(t) * 1000 + t.confidence;
    if (s > nilai) {
      nilai = s;
      pilihan = t;
    }
  }
  return pilihan;
}

/** The indicator list with annual target/realisasi: a Perkin table, else a Tabel 3.9-like table. */
export function tabelIndikator(tables: Tabel[]): PerkinTable | TriwulanTable | null {
  const perkin = tables.filter((t): t is PerkinTable => t.kind === "perkin" && t.rows.length > 0);
  const p = terbaik(perkin, (t) => t.rows.filter((r) => r.realisasi !== null).length);
  if (p) return p;
  const tw = tables.filter((t): t is TriwulanTable => t.kind === "triwulan" && t.rows.some((r) => r.target !== null));
  return terbaik(tw, (t) => t.rows.filter((r) => r.realisasi !== null).length);
}

/** The quarterly table with the most realised quarter values (Tabel 3.9 "fisik" first). */
export function tabelTriwulan(tables: Tabel[]): TriwulanTable | null {
  const tw = tables.filter((t): t is TriwulanTable => t.kind === "triwulan" && t.rows.length > 0);
  return terbaik(tw, (t) => {
    const isi = t.rows.reduce((n, r) => n + r.triwulan.filter((q) => q.realisasi !== null).length, 0);
    return isi * 2 + (t.bentuk === "fisik" ? 1 : 0);
  });
}

export function tabelAnggaran(tables: Tabel[], bentuk: Bentuk): AnggaranTable | null {
  const daftar = tables.filter((t): t is AnggaranTable => t.kind === "anggaran" && t.bentuk === bentuk && t.rows.length > 0);
  return terbaik(daftar, (t) => t.rows.filter((r) => r.pagu !== null).length);
}

export type BarisIndikator = PerkinRow | TriwulanRow;

/** A row of a "pk" table (Tabel 3.104) may name its indicator and sasaran. */
export type BarisPk = AnggaranRow & { indikator?: string | null; sasaran?: string | null };

export interface AnggaranIndikator {
  indikator: string;
  sasaran: string | null;
  /** Komponen rows carrying pagu/realisasi. */
  komponen: AnggaranRow[];
}

function teksSel(r: AnggaranRow, field: Medan): string | null {
  const raw = r.cells[field]?.raw;
  return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : null;
}

/**
 * Groups the komponen of a "pk" table by indicator. The indicator comes from the row's own
 * `indikator` field or cell (a merged cell repeats down), else from the group row above.
 */
export function kelompokPk(t: AnggaranTable): AnggaranIndikator[] {
  const out: AnggaranIndikator[] = [];
  let kini: AnggaranIndikator | null = null;
  let sasaran: string | null = null;
  const rows: BarisPk[] = t.rows;
  for (const baris of rows) {
    sasaran = baris.sasaran ?? teksSel(baris, "sasaran") ?? sasaran;
    let nama = baris.indikator ?? teksSel(baris, "indikator");
    if (!nama && baris.total && baris.pagu === null && baris.uraian) nama = baris.uraian;
    if (nama && (!kini || normalisasi(kini.indikator) !== normalisasi(nama))) {
      kini = { indikator: nama, sasaran, komponen: [] };
      out.push(kini);
    }
    if (!baris.total && kini && (baris.pagu !== null || baris.realisasi !== null)) kini.komponen.push(baris);
  }
  return out.filter((g) => g.komponen.length > 0);
}

function kata(s: string): Set<string> {
  return new Set(normalisasi(s).split(" ").filter((w) => w.length > 1));
}

/** Share of the longer name's words found in the other name. */
export function kemiripan(a: string, b: string): number {
  const x = kata(a);
  const y = kata(b);
  if (x.size === 0 || y.size === 0) return 0;
  let sama = 0;
  for (const w of x) if (y.has(w)) sama++;
  return sama / Math.max(x.size, y.size);
}

const BATAS_MIRIP = 0.6;

/** Links each indicator to its budget group by name (each group used once), or null. */
export function tautkan(indikator: BarisIndikator[], kelompok: AnggaranIndikator[]): (AnggaranIndikator | null)[] {
  const pasangan: { i: number; k: number; skor: number }[] = [];
  indikator.forEach((r, i) =>
    kelompok.forEach((g, k) => {
      const skor = kemiripan(r.indikator, g.indikator);
      if (skor >= BATAS_MIRIP) pasangan.push({ i, k, skor });
    }),
  );
  pasangan.sort((a, b) => b.skor - a.skor || a.i - b.i);
  const hasil: (AnggaranIndikator | null)[] = indikator.map(() => null);
  const dipakai = new Set<number>();
  for (const p of pasangan) {
    if (hasil[p.i] || dipakai.has(p.k)) continue;
    hasil[p.i] = kelompok[p.k];
    dipakai.add(p.k);
  }
  return hasil;
}
