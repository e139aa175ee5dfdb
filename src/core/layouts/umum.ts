/**
 * What the Perkin and triwulan recognizers share: picking the annual columns from a header,
 * walking the data rows of a table (sasaran carried down, repeated headers, numbering rows and
 * total rows skipped), and the confidence score.
 */
import { columnLetters, columnNumber, rangeA1 } from "../snapshot";
import type { Medan, SelBaris } from "../tabel";
import type { Grid } from "./grid";
import { barisNomor, teksHeader, ulangiHeader, type BlokHeader, type Kolom, type Wilayah } from "./header";
import { bacaSel, type Baca } from "./nilai";

/** Field key ("indikator", "tw1.target", "b04" …) → worksheet column. */
export type Peta = Record<string, number>;

/** Columns that hold the indicator's annual values (no quarter, month, year or budget group). */
export function kolomTahunan(header: BlokHeader): Peta {
  const peta: Peta = {};
  const no: number[] = [];
  const bertahun = new Map<string, number[]>();
  const nama = new Set(["sasaran", "indikator", "target", "satuan", "realisasi", "capaian"]);
  for (const k of header.kolom) {
    if (!k.medan || k.triwulan || k.bulan) continue;
    if (k.grup.includes("anggaran") || k.grup.includes("fisik") || k.grup.includes("keuangan")) continue;
    if (k.medan === "no") {
      no.push(k.col);
      continue;
    }
    if (!nama.has(k.medan)) continue;
    if (k.medan === "target" && k.antara) continue;
    if (k.tahun) {
      bertahun.set(k.medan, [...(bertahun.get(k.medan) ?? []), k.col]);
      continue;
    }
    if (peta[k.medan] === undefined) peta[k.medan] = k.col;
  }
  // "Target 2024" alone is the year's target; several years side by side are a series, not a Perkin.
  for (const [m, cols] of bertahun) if (peta[m] === undefined && cols.length === 1) peta[m] = cols[0];
  // A "No" column numbers the name column right of it (sasaran or indikator).
  const namaKolom = [peta.sasaran, peta.indikator].filter((c): c is number => c !== undefined);
  for (const c of no) {
    const kanan = namaKolom.filter((x) => x > c).sort((a, b) => a - b)[0];
    const kunci = kanan === undefined ? undefined : kanan === peta.sasaran ? "noSasaran" : "no";
    if (kunci && peta[kunci] === undefined) peta[kunci] = c;
  }
  return peta;
}

export function kolomDi(header: BlokHeader, col: number): Kolom | undefined {
  for (const k of header.kolom) if (k.col === col) return k;
  return undefined;
}

/** Field → column letter, for Table.columns. */
export function keHuruf(peta: Peta): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, c] of Object.entries(peta)) out[k] = columnLetters(c);
  return out;
}

/** Letters (a Koreksi's columns) → column numbers. */
export function dariHuruf(kolom: Record<string, string>): Peta {
  const out: Peta = {};
  for (const [k, h] of Object.entries(kolom)) if (/^[A-Za-z]{1,3}$/.test(h)) out[k] = columnNumber(h);
  return out;
}

const TOTAL = /^(?:sub ?total|total|jumlah|grand total)\b/i;
const RATA = /^(?:nilai\s+)?(?:rata[- ]?rata|rerata)\b/i;

/**
 * A total or average footer. "Rata-rata …" is also how some indicators are named ("Rata-rata
 * indeks profesionalitas ASN"), so an average counts as a footer only when short or when it
 * averages the capaian/realisasi of the table.
 */
export function teksTotal(s: string): boolean {
  if (s === "") return false;
  if (TOTAL.test(s)) return true;
  return RATA.test(s) && (s.length <= 24 || /capaian|realisasi indikator|seluruh/i.test(s));
}

export interface BarisIndikator {
  row: number;
  sasaran: string | null;
  noSasaran: string | null;
  no: string | null;
  indikator: string;
  /** Rows below that continue this indicator (blank or merged indicator cell: rencana aksi sub-rows). */
  lanjutan: number[];
}

/**
 * Walks a table's data rows and returns one entry per indicator. A sasaran is carried down over
 * blank or merged cells; a row with a sasaran and no indicator only sets the sasaran. Rows that
 * repeat the header, numbering rows and total rows are skipped (repeats are added to headerRows).
 */
export function jalanBaris(grid: Grid, w: Wilayah, peta: Peta, headerRows: number[]): BarisIndikator[] {
  const out: BarisIndikator[] = [];
  const lewati = new Set(headerRows);
  const ci = peta.indikator;
  let sasaran: string | null = null;
  let noSasaran: string | null = null;
  let akhir: BarisIndikator | undefined;
  const teks = teksHeader(grid, w.header);
  for (let r = w.top; r <= w.bottom; r++) {
    if (lewati.has(r) || grid.isBlankRow(r)) continue;
    if (barisNomor(grid, r) || ulangiHeader(grid, r, w.header, teks)) {
      headerRows.push(r);
      continue;
    }
    const s = peta.sasaran !== undefined ? grid.text(r, peta.sasaran) : "";
    const ns = peta.noSasaran !== undefined ? grid.text(r, peta.noSasaran) : "";
    const ind = ci !== undefined ? grid.text(r, ci) : "";
    const no = peta.no !== undefined ? grid.text(r, peta.no) : "";
    if (teksTotal(ind) || teksTotal(s) || teksTotal(ns) || teksTotal(no)) {
      akhir = undefined;
      continue;
    }
    if (s !== "" && s !== sasaran) {
      sasaran = s;
      noSasaran = ns || null;
    } else if (ns !== "" && s === "" && peta.sasaran !== undefined && ns !== noSasaran) {
      noSasaran = ns;
    }
    const bagianMerge = ci !== undefined && grid.isMergedPart(r, ci) && grid.owner(r, ci)[0] !== r;
    if (ind === "" || bagianMerge) {
      if (akhir && (bagianMerge || (s === "" || s === akhir.sasaran))) akhir.lanjutan.push(r);
      continue;
    }
    akhir = { row: r, sasaran, noSasaran, no: no || null, indikator: ind, lanjutan: [] };
    out.push(akhir);
  }
  return out;
}

/** Reads a value cell of a row when the field has a column. */
export function bacaMedan(grid: Grid, header: BlokHeader, peta: Peta, medan: string, row: number): Baca | undefined {
  const c = peta[medan];
  if (c === undefined) return undefined;
  const k = kolomDi(header, c);
  return bacaSel(grid, row, c, { pengali: k?.pengali });
}

export function simpan(cells: SelBaris, kunci: Medan, b: Baca | undefined): number | null {
  if (!b) return null;
  if (b.sumber.raw !== null && b.sumber.raw !== "") cells[kunci] = b.sumber;
  return b.value;
}

/** Drops trailing rows that hold no value at all (a signature block under the indicator column). */
export function pangkasEkor<T>(rows: T[], adaNilai: (r: T) => boolean): T[] {
  let n = rows.length;
  while (n > 0 && !adaNilai(rows[n - 1])) n--;
  return n === rows.length ? rows : rows.slice(0, n);
}

/** Range of a table: header top to last data row, header columns. */
export function rentang(header: BlokHeader, bawah: number): string {
  return rangeA1({ top: header.top, left: header.left, bottom: Math.max(bawah, header.bottom), right: header.right });
}

/** Where a table lies: id, sheet, range, its header rows down to the last data row, and its caption. */
export function letakTabel(sheet: string, header: BlokHeader, bawah: number, headerRows: number[]) {
  const range = rentang(header, bawah);
  return {
    id: `${sheet}!${range}`,
    sheet,
    range,
    headerRows: headerRows.filter((h) => h <= bawah).sort((a, b) => a - b),
    ...(header.judul ? { title: header.judul } : {}),
  };
}

/**
 * Confidence 0..1: half from the header (the share of the kind's fields found, weighted), half
 * from the data (the share of rows whose values read as numbers). A header without data rows
 * stays low.
 */
export function keyakinan(bobotHeader: number, barisTerbaca: number, barisSemua: number): number {
  const h = Math.max(0, Math.min(1, bobotHeader));
  if (barisSemua === 0) return bulat2(0.25 * h);
  return bulat2(0.5 * h + 0.5 * (barisTerbaca / barisSemua));
}

function bulat2(x: number): number {
  return Math.round(x * 100) / 100;
}
