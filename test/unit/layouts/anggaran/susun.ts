/**
 * Builds a SheetSnapshot from a table description, so a test can lay the same report table
 * out in many ways (title rows, repeated headers, blank rows, shuffled columns, offsets).
 */
import { a1, type CellValue, type SheetSnapshot } from "../../../../src/core/snapshot";

export interface Sel {
  v: CellValue;
  /** Number format, e.g. "0.00%". */
  f?: string;
  /** Formula text; the snapshot holds its result in v. */
  rumus?: string;
}
export type Isi = CellValue | Sel;

export interface Spek {
  nama?: string;
  /** Lines above the table (title, unit name). */
  judul?: string[];
  /** Header rows, column-aligned with the body. */
  header: Isi[][];
  /** Merged areas inside the header: [row, col, lastRow, lastCol], 0-based relative to the header. */
  headerMerges?: [number, number, number, number][];
  body: Isi[][];
  /** Body indices before which the header is printed again (page breaks). */
  ulangHeader?: number[];
  /** Body indices before which a blank row is inserted. */
  kosongSebelum?: number[];
  /** Column permutation: output column j shows input column kolom[j]. */
  kolom?: number[];
  /** Lines below the table (signature block). */
  penutup?: string[];
  /** Worksheet position of the first row/column written (default 1, 1). */
  top?: number;
  left?: number;
}

export interface Hasil {
  sheet: SheetSnapshot;
  /** Worksheet row of each body row. */
  barisBody: number[];
  /** Worksheet rows of the header blocks. */
  barisHeader: number[];
}

function sel(x: Isi): Sel {
  return x !== null && typeof x === "object" ? x : { v: x };
}

export function susun(spek: Spek): Hasil {
  const lebar = Math.max(...spek.header.map((r) => r.length), ...spek.body.map((r) => r.length));
  const kolom = spek.kolom ?? Array.from({ length: lebar }, (_, i) => i);
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const merges: string[] = [];
  const top = spek.top ?? 1;
  const left = spek.left ?? 1;
  const barisBody: number[] = [];
  const barisHeader: number[] = [];
  // Used range starts at (top, left); everything is written relative to it.
  const tulis = (isi: Isi[]) => {
    const r = kolom.map((k) => sel(isi[k] ?? null));
    values.push(r.map((c) => c.v));
    formats.push(r.map((c) => c.f ?? "General"));
    formulas.push(r.map((c) => c.rumus ?? null));
  };
  const tulisHeader = () => {
    const awal = top + values.length;
    for (const h of spek.header) {
      barisHeader.push(top + values.length);
      tulis(h);
    }
    const posisi = new Map(kolom.map((k, j) => [k, j]));
    for (const [r1, c1, r2, c2] of spek.headerMerges ?? []) {
      const j1 = posisi.get(c1)!;
      const j2 = posisi.get(c2)!;
      // A merge survives a shuffle only if its columns stay side by side.
      if (j2 - j1 !== c2 - c1) continue;
      merges.push(`${a1(awal + r1, left + j1)}:${a1(awal + r2, left + j2)}`);
    }
  };
  for (const j of spek.judul ?? []) tulis([j]);
  if (spek.judul?.length) tulis([]);
  tulisHeader();
  spek.body.forEach((b, i) => {
    if (spek.kosongSebelum?.includes(i)) tulis([]);
    if (spek.ulangHeader?.includes(i)) tulisHeader();
    barisBody.push(top + values.length);
    tulis(b);
  });
  if (spek.penutup?.length) {
    tulis([]);
    for (const p of spek.penutup) tulis([null, null, p]);
  }
  return {
    sheet: { name: spek.nama ?? "Anggaran", top, left, values, numberFormats: formats, formulas, merges },
    barisBody,
    barisHeader,
  };
}

export const TANDA_TANGAN = [
  "Palembang, 31 Januari 2025",
  "Kepala Balai Standardisasi dan Pelayanan Jasa Industri Palembang",
  "NIP. 197001011995031001",
];
