/**
 * What the export families share once the header is read: the label of a row (its code from the
 * code columns or a "code name" cell, and its uraian), total labels, and the table object.
 */
import { rangeA1 } from "../../snapshot";
import type { BentukFormat, RumusKolom, Sumber, TableBase } from "../../tabel";
import type { Grid } from "../grid";
import { dasarTabel, labelTotal, sumberTeks, teksSel } from "../anggaran/kerangka";
import { pisahKodeNama, teksKode } from "./kode";
import type { KepalaF } from "./kepala";

export interface LabelBaris {
  kode: string | null;
  uraian: string;
  cells: Record<string, Sumber>;
  /** "Jumlah", "Total" … without a code. */
  total: boolean;
}

/**
 * Label of a row: the code joined from `kodeCols` by `gabung`, else the code at the start of the
 * uraian cell. The uraian loses the code it starts with.
 */
export function labelBaris(grid: Grid, r: number, kodeCols: number[], uraianCol: number | undefined, gabung: (b: string[]) => string): LabelBaris {
  const cells: Record<string, Sumber> = {};
  let kode = "";
  if (kodeCols.length) {
    const bagian = kodeCols.map((c) => teksKode(grid.raw(r, c)));
    kode = gabung(bagian);
    const terisi = kodeCols.filter((_, i) => bagian[i] !== "");
    if (kode && terisi.length) cells.kode = sumberTeks(grid, r, terisi[terisi.length - 1]);
  }
  let uraian = uraianCol !== undefined ? teksSel(grid, r, uraianCol) : "";
  if (uraianCol !== undefined && uraian) cells.uraian = sumberTeks(grid, r, uraianCol);
  if (!kode && uraian) {
    const p = pisahKodeNama(uraian);
    if (p) {
      kode = p.kode;
      uraian = p.nama;
      cells.kode = cells.uraian;
    }
  } else if (kode && uraian) {
    const p = pisahKodeNama(uraian);
    if (p && (p.kode === kode || kode.endsWith("." + p.kode))) uraian = p.nama;
  }
  let total = false;
  if (!kode) {
    const semua = [...kodeCols.map((c) => teksSel(grid, r, c)), uraian].filter((x) => x).join(" ");
    total = labelTotal(semua);
    if (total && !uraian) uraian = semua;
  }
  return { kode: kode || null, uraian, cells, total };
}

export function rakitF<B extends BentukFormat>(
  grid: Grid,
  k: KepalaF,
  bentuk: B,
  akhir: number,
  columns: Record<string, number | undefined>,
  confidence: number,
  rumus: RumusKolom[] = [],
): TableBase & { bentuk: B } {
  const range = rangeA1({ top: k.awal, left: k.kiri, bottom: Math.max(k.akhir, akhir), right: k.kanan });
  const t: TableBase & { bentuk: B } = {
    ...dasarTabel(grid.sheet.name, range, bentuk, confidence, columns),
    headerRows: [...k.baris, ...k.ulang].sort((a, b) => a - b),
  };
  if (k.judul) t.title = k.judul;
  if (rumus.length) t.rumus = rumus;
  return t;
}

/**
 * The numbering row's formulas on fields: `medan(col)` names the field of a column; a number
 * merged over K | Rp covers both, paired by position.
 */
export function rumusMedan(k: KepalaF, medan: (col: number) => string | undefined): RumusKolom[] {
  const perNomor = new Map<number, string[]>();
  for (const c of k.kolom) {
    if (c.nomor === undefined) continue;
    const m = medan(c.col);
    if (!m) continue;
    const l = perNomor.get(c.nomor) ?? [];
    l.push(m);
    perNomor.set(c.nomor, l);
  }
  const out: RumusKolom[] = [];
  for (const r of k.rumus) {
    const hasil = perNomor.get(r.hasil);
    const dari = r.dari.map((n) => perNomor.get(n));
    if (!hasil || dari.some((d) => !d)) continue;
    hasil.forEach((h, i) => {
      const d = dari.map((x) => (x!.length === hasil.length ? x![i] : x!.length === 1 ? x![0] : undefined));
      if (d.every((x) => x !== undefined)) out.push({ hasil: h, op: r.op, dari: d as string[], teks: r.teks });
    });
  }
  return out;
}
