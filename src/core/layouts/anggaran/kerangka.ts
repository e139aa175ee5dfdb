/**
 * What every budget layout shares: the header block as columns with roles, the body rows
 * below it, the label columns (code, uraian), total labels, and the table object itself.
 */
import { a1, columnLetters, rangeA1 } from "../../snapshot";
import type { AnggaranRow, AnggaranTableDari, BarisAnggaran, BentukAnggaran, Sumber } from "../../tabel";
import type { Grid } from "../grid";
import { normalisasi } from "../../teks";
import { bacaKode, kodeDariAngka, type PohonKode, type TokenKode } from "./kode";
import type { Peran } from "./peran";

export interface Kolom {
  col: number;
  /** Header texts from the top header row down. */
  path: string[];
  /** Money multiplier from the header unit ("(Rp000)" → 1000). */
  kali: number;
  peran: Peran;
}

export interface Kepala {
  /** Header rows (incl. a numbering row). */
  baris: number[];
  awal: number;
  akhir: number;
  kiri: number;
  kanan: number;
  kolom: Kolom[];
  judul?: string;
}

export interface Konteks {
  grid: Grid;
  kepala: Kepala;
  /** Body rows: non-blank rows below the header, repeated headers left out. */
  badan: number[];
  /** Rows of repeated headers (page breaks) inside the body. */
  ulang: number[];
  /**
   * The planner's columns when a corrected table is read again (field → column number). Its
   * presence also means the layout is the planner's choice, so plausibility checks that only
   * guard against false recognition are skipped.
   */
  pilihan?: Pilihan;
}

/** Field → 1-based column number, from a correction (Koreksi.columns). */
export type Pilihan = Record<string, number>;

/**
 * The column to read a field from: the planner's choice, else the recognized one — unless the
 * planner gave that column to another field (a column holds one field).
 */
export function pilihKolom(ctx: Konteks, medan: string, dikenal: Kolom | undefined): Kolom | undefined {
  const p = ctx.pilihan;
  if (!p) return dikenal;
  const col = p[medan];
  if (col === undefined) return dikenal && !Object.values(p).includes(dikenal.col) ? dikenal : undefined;
  return ctx.kepala.kolom.find((c) => c.col === col) ?? { col, path: [], kali: 1, peran: { jenis: "abaikan" } };
}

/** The label columns with the planner's kode/uraian choice applied. */
export function labelDipilih(ctx: Konteks, lab: Label): Label {
  const p = ctx.pilihan;
  if (!p) return lab;
  const satu = (medan: string, dikenal: number | undefined) =>
    p[medan] ?? (dikenal !== undefined && !Object.values(p).includes(dikenal) ? dikenal : undefined);
  return { kodeCol: satu("kode", lab.kodeCol), uraianCol: satu("uraian", lab.uraianCol) };
}

export function kolomPeran(k: Kepala, jenis: Peran["jenis"]): Kolom[] {
  return k.kolom.filter((c) => c.peran.jenis === jenis);
}

export function satuKolom(k: Kepala, jenis: Peran["jenis"]): Kolom | undefined {
  return k.kolom.find((c) => c.peran.jenis === jenis);
}

/** "Total", "Jumlah", "Sub Total", "Grand Total", "Total Keseluruhan", "TOTAL PNBP". */
export function labelTotal(s: string): boolean {
  if (s.length === 0 || s.length > 60) return false;
  // Cheap first-letter check: this runs on every body row.
  const c = s.charCodeAt(0) | 32;
  if (c !== 116 && c !== 106 && c !== 115 && c !== 103) return false;
  const n = normalisasi(s);
  return /^(grand total|sub ?total|total|jumlah|jumlah total|jumlah keseluruhan)( |$)/.test(n);
}

export interface Label {
  kodeCol?: number;
  uraianCol?: number;
}

/**
 * Picks the code column and the uraian column among the label columns (kode/uraian roles, or
 * unlabelled text columns left of the values): the code column is where cells are codes alone,
 * the uraian column where the text is longest. One column may hold both ("6077.AEC.002.051.A
 * kerjasama …").
 */
export function pilihLabel(ctx: Konteks, nilaiKiri: number): Label {
  const { grid, kepala, badan } = ctx;
  const calon: number[] = [];
  for (const c of kepala.kolom) {
    const j = c.peran.jenis;
    if (j === "kode" || j === "uraian" || (j === "abaikan" && c.col < nilaiKiri)) calon.push(c.col);
  }
  let kodeCol: number | undefined;
  let uraianCol: number | undefined;
  let kodeSkor = 0;
  let uraianSkor = 0;
  const contoh = badan.length > 400 ? badan.slice(0, 400) : badan;
  for (const col of calon) {
    let kode = 0;
    let isi = 0;
    let panjang = 0;
    for (const r of contoh) {
      const v = grid.raw(r, col);
      if (v === null || v === "") continue;
      isi++;
      if (typeof v === "number") {
        if (kodeDariAngka(v)) kode++;
        continue;
      }
      const t = String(v).trim();
      panjang += t.length;
      const k = bacaKode(t, true);
      if (k && k.sisa === "") kode++;
    }
    if (isi === 0) continue;
    const sk = kode / isi;
    if (sk >= 0.5 && sk > kodeSkor) {
      kodeSkor = sk;
      kodeCol = col;
    }
    const su = panjang / isi;
    if (su > uraianSkor && col !== kodeCol) {
      uraianSkor = su;
      uraianCol = col;
    }
  }
  if (uraianCol === kodeCol) uraianCol = undefined;
  if (uraianCol === undefined && kodeCol === undefined && calon.length) uraianCol = calon[0];
  return { kodeCol, uraianCol };
}

/** Text of a cell as seen, trimmed; whitespace runs folded only when there are any. */
export function teksSel(grid: Grid, row: number, col: number): string {
  const v = grid.value(row, col);
  if (v === null) return "";
  if (typeof v !== "string") return String(v);
  return /\s\s|[\n\r\t]/.test(v) ? v.replace(/\s+/g, " ").trim() : v.trim();
}

/** Code token of a row: from the Kode column, else from the start of the uraian. */
export function tokenBaris(grid: Grid, row: number, lab: Label): { token: TokenKode | null; uraian: string } {
  const ur = lab.uraianCol !== undefined ? teksSel(grid, row, lab.uraianCol) : "";
  if (lab.kodeCol !== undefined) {
    const v = grid.raw(row, lab.kodeCol);
    let t: string | null = null;
    if (typeof v === "number") t = kodeDariAngka(v);
    else if (v !== null) t = String(v).trim();
    if (t) {
      const k = bacaKode(t, true);
      if (k) return { token: k, uraian: k.sisa ? `${k.sisa} ${ur}`.trim() : ur };
      return { token: null, uraian: ur ? ur : t };
    }
    return { token: null, uraian: ur };
  }
  const k = bacaKode(ur, false);
  return k ? { token: k, uraian: k.sisa } : { token: null, uraian: ur };
}

/** Text of all label columns, for total labels written in any of them ("TOTAL" under Kode KRO). */
export function teksLabel(grid: Grid, row: number, lab: Label): string {
  const a = lab.kodeCol !== undefined ? teksSel(grid, row, lab.kodeCol) : "";
  const b = lab.uraianCol !== undefined ? teksSel(grid, row, lab.uraianCol) : "";
  return a && b ? `${a} ${b}` : a || b;
}

export function barisKosong(grid: Grid, row: number, cols: number[]): boolean {
  for (const c of cols) {
    const v = grid.raw(row, c);
    if (v !== null && !(typeof v === "string" && v.trim() === "")) return false;
  }
  return true;
}

/** Columns that hold values, i.e. not labels (for the blank-row test and the table range). */
export function kolomNilai(k: Kepala): number[] {
  return k.kolom
    .filter((c) => !["kode", "uraian", "no", "abaikan"].includes(c.peran.jenis))
    .map((c) => c.col);
}

/** What every recognized budget table carries: where it is, its layout, confidence and column letters. */
export function dasarTabel<B>(sheet: string, range: string, bentuk: B, confidence: number, columns: Record<string, number | undefined>) {
  const kolom: Record<string, string> = {};
  for (const [f, c] of Object.entries(columns)) if (c !== undefined) kolom[f] = columnLetters(c);
  const yakin = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100;
  return { id: `${sheet}!${range}`, sheet, range, bentuk, confidence: yakin, columns: kolom };
}

export function rakitTabel<B extends BentukAnggaran>(
  ctx: Konteks,
  bentuk: B,
  rows: BarisAnggaran[B][],
  columns: Record<string, number | undefined>,
  confidence: number,
): AnggaranTableDari<B> {
  const { grid, kepala } = ctx;
  const bawah = rows.length ? Math.max(kepala.akhir, rows[rows.length - 1].row) : kepala.akhir;
  const range = rangeA1({ top: kepala.awal, left: kepala.kiri, bottom: bawah, right: kepala.kanan });
  const mult = Math.max(1, ...kepala.kolom.map((c) => c.kali));
  const t: AnggaranTableDari<B> = {
    kind: "anggaran",
    ...dasarTabel(grid.sheet.name, range, bentuk, confidence, columns),
    headerRows: [...kepala.baris, ...ctx.ulang].sort((x, y) => x - y),
    rows,
  };
  if (kepala.judul) t.title = kepala.judul;
  if (mult !== 1) t.multiplier = mult;
  return t;
}

/** Provenance of a label cell. */
export function sumberTeks(grid: Grid, row: number, col: number): Sumber {
  return { cell: a1(row, col), raw: grid.value(row, col) };
}

/**
 * Places a row in the code tree: a total row closes the open codes; a row whose label starts
 * with a code gets its full kode and level; any other row keeps its label as uraian.
 */
export function letakkanBaris(
  grid: Grid,
  r: number,
  lab: Label,
  pohon: PohonKode,
  row: AnggaranRow,
  indeks: number,
  label: string,
  total: boolean,
): "total" | "kode" | "teks" {
  if (total) {
    row.uraian = label;
    row.total = true;
    pohon.tutup();
    return "total";
  }
  const { token, uraian } = tokenBaris(grid, r, lab);
  const tempat = token ? pohon.tempatkan(token, indeks) : null;
  if (tempat) {
    row.kode = tempat.kode;
    row.level = tempat.level;
    row.uraian = uraian;
    return "kode";
  }
  row.uraian = token ? label : uraian || label;
  return "teks";
}
