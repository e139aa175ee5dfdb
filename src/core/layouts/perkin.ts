/**
 * Perjanjian Kinerja: No | Sasaran | No | Indikator Kinerja | Target | Satuan [| Realisasi | Capaian].
 * The sasaran is merged over its indicators or written once with blanks below; indicator numbers
 * restart per sasaran; target and unit may share a cell ("95 Persen").
 */
import { a1 } from "../snapshot";
import type { PerkinRow, PerkinTable, Sumber } from "../tabel";
import type { Grid } from "./grid";
import type { Wilayah } from "./header";
import { bacaMedan, jalanBaris, keHuruf, kolomTahunan, keyakinan, letakTabel, pangkasEkor, simpan, type Peta } from "./umum";

/** The Perkin columns of a header, or null when the header is not a Perkin's. */
export function petaPerkin(w: Wilayah): Peta | null {
  let triwulan = 0;
  for (const k of w.header.kolom) if (k.triwulan || k.bulan) triwulan++;
  // Quarter or month columns make it a triwulan table; that recognizer reads it.
  if (triwulan >= 2) return null;
  const peta = kolomTahunan(w.header);
  if (peta.indikator === undefined) return null;
  if (peta.target === undefined && peta.realisasi === undefined) return null;
  return peta;
}

export function bobotPerkin(peta: Peta): number {
  return (
    (peta.indikator !== undefined ? 0.4 : 0) +
    (peta.target !== undefined ? 0.3 : 0) +
    (peta.satuan !== undefined || peta.target !== undefined ? 0.1 : 0) +
    (peta.sasaran !== undefined ? 0.1 : 0) +
    (peta.realisasi !== undefined || peta.capaian !== undefined || peta.no !== undefined ? 0.1 : 0)
  );
}

/** Reads the Perkin rows of a table region with a column map (recognized or corrected). */
export function bacaPerkin(grid: Grid, w: Wilayah, peta: Peta): PerkinTable {
  const headerRows = [...w.headerRows];
  const baris = jalanBaris(grid, w, peta, headerRows);
  let rows: PerkinRow[] = [];
  let terbaca = 0;
  const nilai = new Set<PerkinRow>();
  for (const b of baris) {
    const cells: Record<string, Sumber> = {};
    const t = bacaMedan(grid, w.header, peta, "target", b.row);
    const r = bacaMedan(grid, w.header, peta, "realisasi", b.row);
    const c = bacaMedan(grid, w.header, peta, "capaian", b.row);
    const target = simpan(cells, "target", t);
    const realisasi = simpan(cells, "realisasi", r);
    const capaian = simpan(cells, "capaian", c);
    let satuan: string | null = null;
    if (peta.satuan !== undefined) {
      const s = grid.text(b.row, peta.satuan);
      if (s !== "") {
        satuan = s;
        cells.satuan = { cell: sel(grid, b.row, peta.satuan), raw: grid.value(b.row, peta.satuan) };
      }
    }
    if (satuan === null) {
      const u = t?.sumber.unit ?? r?.sumber.unit;
      if (u) {
        satuan = u;
        cells.satuan = t?.sumber.unit ? t.sumber : r!.sumber;
      }
    }
    const row: PerkinRow = {
      row: b.row,
      cells,
      sasaran: b.sasaran,
      no: b.no,
      indikator: b.indikator,
      target,
      satuan,
      realisasi,
      capaian,
    };
    if (target !== null || realisasi !== null) terbaca++;
    if (cells.target || cells.realisasi || cells.capaian || cells.satuan) nilai.add(row);
    rows.push(row);
  }
  rows = pangkasEkor(rows, (x) => nilai.has(x));
  terbaca = rows.filter((x) => x.target !== null || x.realisasi !== null).length;
  const bawah = rows.length ? rows[rows.length - 1].row : w.header.bottom;
  return {
    kind: "perkin",
    bentuk: "perkin",
    ...letakTabel(grid.sheet.name, w.header, bawah, headerRows),
    confidence: keyakinan(bobotPerkin(peta), terbaca, rows.length),
    columns: keHuruf(peta),
    rows,
  };
}

export function kenaliPerkin(grid: Grid, w: Wilayah): PerkinTable | null {
  const peta = petaPerkin(w);
  return peta ? bacaPerkin(grid, w, peta) : null;
}

function sel(grid: Grid, row: number, col: number): string {
  const [r, c] = grid.owner(row, col);
  return a1(r, c);
}
