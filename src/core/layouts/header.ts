/**
 * Header blocks: where a table's column labels are, and what each column holds.
 *
 * A header is 1–3 stacked label rows (a merged parent such as "Triwulan I (%)" over "Fisik" over
 * "S | R", or "Anggaran" over "Pagu | Realisasi | %"), optionally followed by a numbering row
 * (1 2 3 … 14). Each column gets the path of labels above it, read through the vocabulary into a
 * field with its quarter, month, year, unit and groups. Headers printed again after a page break
 * are recognized as repeats so their rows are not read as data.
 */
import { columnLetters } from "../snapshot";
import { Grid } from "./grid";
import { cocokkan, mungkinLabel, normalisasiLabel, type Cocok, type Grup, type Medan } from "./kosakata";

export interface Kolom {
  col: number;
  /** Labels above the column, top to bottom, merged parents included. */
  label: string[];
  medan: Medan | null;
  /** Groups named by the parent labels ("triwulan", "fisik", "anggaran" …). */
  grup: Grup[];
  triwulan?: number;
  bulan?: number;
  tahun?: number;
  revisi?: number;
  antara?: boolean;
  /** The labels say the column is in percent. */
  persen: boolean;
  /** Money multiplier from a label unit ("(Rp000)" → 1000). */
  pengali?: number;
  /** 0..1 */
  skor: number;
}

export interface BlokHeader {
  /** First and last header row (numbering row included). */
  top: number;
  bottom: number;
  /** Label rows and the numbering row. */
  rows: number[];
  /** Row holding the column numbers 1 2 3 …, if any. */
  nomor?: number;
  left: number;
  right: number;
  /** Every column with at least one label. */
  kolom: Kolom[];
  /** Sum of the scores of the columns whose field is known. */
  skor: number;
  /** Caption above the block ("Tabel 3.9 Capaian Rencana Aksi …"). */
  judul?: string;
}

/** A table's header with its repeats (page breaks) and the rows its data may occupy. */
export interface Wilayah {
  header: BlokHeader;
  /** Every header row of the table, repeats included. */
  headerRows: number[];
  /** First and last row where data may be. */
  top: number;
  bottom: number;
}

const MAKS_BARIS_LABEL = 4;

/** Finds every header block of a sheet, top to bottom. Linear in the cells. */
export function cariHeader(grid: Grid): BlokHeader[] {
  const out: BlokHeader[] = [];
  let r = grid.top;
  while (r <= grid.bottom) {
    if (!barisJangkar(grid, r)) {
      r++;
      continue;
    }
    const blok = bangunBlok(grid, r);
    out.push(blok);
    r = blok.bottom + 1;
  }
  return out;
}

/** Counts the cells of a row that read as labels. */
function hitungLabel(grid: Grid, row: number): { label: number; isi: number; medan: Set<Medan> } {
  const vals = grid.sheet.values[row - grid.top];
  const medan = new Set<Medan>();
  let label = 0;
  let isi = 0;
  if (!vals) return { label, isi, medan };
  // Cheap pass first: most rows of a big sheet are data, with too few label-like cells to matter.
  let calon = 0;
  for (const v of vals) {
    if (v === null || v === "") continue;
    isi++;
    if (typeof v === "string" && mungkinLabel(v)) calon++;
  }
  if (calon < 2 || calon * 2 < isi) return { label: calon, isi, medan };
  for (const v of vals) {
    if (typeof v !== "string" || v === "" || !mungkinLabel(v)) continue;
    const m = cocokkan(v);
    if (!m) continue;
    label++;
    if (m.medan && m.skor >= 0.6) medan.add(m.medan);
  }
  return { label, isi, medan };
}

/** A row that starts a header: two or more fields named, and labels make up most of the row. */
function barisJangkar(grid: Grid, row: number): boolean {
  const h = hitungLabel(grid, row);
  return h.medan.size >= 2 && h.label * 2 >= h.isi;
}

/** A row continuing a header: labels (or nothing) in most cells, no numbers, no long text. */
function barisLanjutan(grid: Grid, row: number): boolean {
  const vals = grid.sheet.values[row - grid.top];
  if (!vals) return false;
  let label = 0;
  let lain = 0;
  for (const v of vals) {
    if (v === null || v === "") continue;
    if (typeof v !== "string" || v.length > 60) return false;
    if (mungkinLabel(v) && cocokkan(v)) label++;
    else lain++;
  }
  return label > 0 && lain * 2 <= label;
}

/** A row of column numbers 1 2 3 … n (n ≥ 3), as printed under many report headers. */
export function barisNomor(grid: Grid, row: number): boolean {
  const vals = grid.sheet.values[row - grid.top];
  if (!vals) return false;
  let harap = 1;
  for (const v of vals) {
    if (v === null || v === "") continue;
    let n: number;
    if (typeof v === "number") n = v;
    else if (typeof v === "string") {
      const t = v.trim().replace(/^\((\d+)\)$/, "$1");
      if (!/^\d{1,2}$/.test(t)) return false;
      n = Number(t);
    } else return false;
    if (n !== harap) return false;
    harap++;
  }
  return harap > 3;
}

function bangunBlok(grid: Grid, jangkar: number): BlokHeader {
  const rows: number[] = [];
  // A group row just above (e.g. "Rencana Aksi" alone over the quarters) belongs to the header
  // when it spans columns of the anchor row with a merged cell.
  if (jangkar - 1 >= grid.top && barisLanjutan(grid, jangkar - 1) && adaMergeMelintang(grid, jangkar - 1))
    rows.push(jangkar - 1);
  rows.push(jangkar);
  let nomor: number | undefined;
  let r = jangkar + 1;
  while (r <= grid.bottom && rows.length < MAKS_BARIS_LABEL) {
    if (barisNomor(grid, r)) {
      nomor = r;
      break;
    }
    if (!barisLanjutan(grid, r) && !tertutupMerge(grid, r, rows)) break;
    rows.push(r);
    r++;
  }
  if (nomor === undefined && r <= grid.bottom && barisNomor(grid, r)) nomor = r;

  let left = Infinity;
  let right = -Infinity;
  const kolom: Kolom[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const label: string[] = [];
    for (const hr of rows) {
      const t = grid.text(hr, c);
      if (t !== "" && t !== label[label.length - 1]) label.push(t);
    }
    if (label.length === 0) continue;
    left = Math.min(left, c);
    right = Math.max(right, c);
    kolom.push(susunKolom(c, label));
  }
  const semua = nomor !== undefined ? [...rows, nomor] : rows;
  let skor = 0;
  for (const k of kolom) if (k.medan) skor += k.skor;
  const blok: BlokHeader = {
    top: semua[0],
    bottom: semua[semua.length - 1],
    rows: semua,
    left: left === Infinity ? grid.left : left,
    right: right === -Infinity ? grid.left : right,
    kolom,
    skor,
  };
  if (nomor !== undefined) blok.nomor = nomor;
  const judul = cariJudul(grid, blok.top);
  if (judul) blok.judul = judul;
  return blok;
}

/** True when every non-empty cell of the row lies inside a merged area that starts in an earlier header row. */
function tertutupMerge(grid: Grid, row: number, rows: number[]): boolean {
  const vals = grid.sheet.values[row - grid.top];
  let ada = false;
  const right = grid.right;
  for (let c = grid.left; c <= right; c++) {
    const v = vals?.[c - grid.left] ?? null;
    if (v !== null && v !== "") return false;
    if (grid.isMergedPart(row, c)) {
      const [or] = grid.owner(row, c);
      if (rows.includes(or)) ada = true;
    }
  }
  return ada;
}

function adaMergeMelintang(grid: Grid, row: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) {
    const m = grid.mergeFrom(row, c);
    if (m && m.right > c) return true;
  }
  return false;
}

/** Reads a column's label path into a field, its period and unit. */
export function susunKolom(col: number, label: string[]): Kolom {
  const k: Kolom = { col, label, medan: null, grup: [], persen: false, skor: 0 };
  let satuanSaja: Cocok | undefined;
  let dikenal = false;
  for (let i = 0; i < label.length; i++) {
    const daun = i === label.length - 1;
    const m = cocokkan(label[i]);
    if (!m) {
      // An unknown leaf ("Volume" under "Anggaran") must not inherit its parent's field.
      if (daun) {
        k.medan = null;
        k.skor = 0;
      }
      continue;
    }
    dikenal = true;
    if (m.triwulan !== undefined) k.triwulan = m.triwulan;
    if (m.bulan !== undefined) k.bulan = m.bulan;
    if (m.tahun !== undefined) k.tahun = m.tahun;
    if (m.revisi !== undefined) k.revisi = m.revisi;
    if (m.antara) k.antara = true;
    if (m.persen) k.persen = true;
    if (m.pengali) k.pengali = m.pengali;
    if (m.grup && !k.grup.includes(m.grup)) k.grup.push(m.grup);
    if (m.hanyaSatuan) {
      satuanSaja = m;
      continue;
    }
    // A grouping word above other labels ("Anggaran" over "Pagu") names no column itself.
    if (m.medan && (daun || !m.grup)) {
      k.medan = m.medan;
      k.skor = m.skor;
    } else if (!m.medan && daun && m.skor > 0 && k.medan) {
      // a period under a field ("TW I" under "Target") keeps the parent's field
      k.skor = Math.min(k.skor, m.skor);
    }
  }
  if (!k.medan && satuanSaja?.medan) {
    k.medan = satuanSaja.medan;
    k.skor = satuanSaja.skor;
  }
  // "Sasaran" or "S" under a quarter is the quarter's target, not the objective.
  if (k.medan === "sasaran" && (k.triwulan !== undefined || k.bulan !== undefined)) k.medan = "target";
  if (!k.medan && dikenal && k.skor === 0 && (k.triwulan || k.bulan || k.tahun)) k.skor = 0.5;
  return k;
}

/** The caption above a header: a "Tabel …" line within a few rows, else the nearest lone text. */
function cariJudul(grid: Grid, top: number): string | undefined {
  let tunggal: string | undefined;
  for (let r = top - 1; r >= Math.max(grid.top, top - 6); r--) {
    const vals = grid.sheet.values[r - grid.top];
    if (!vals) continue;
    let teks: string | undefined;
    let n = 0;
    for (const v of vals) {
      if (v === null || v === "") continue;
      n++;
      if (teks === undefined && typeof v === "string") teks = v.replace(/\s+/g, " ").trim();
    }
    if (n === 0 || teks === undefined) continue;
    if (/^tabel\b/i.test(teks)) return teks;
    if (n === 1 && tunggal === undefined) tunggal = teks;
  }
  return tunggal;
}

/** Normalized label text per header row and column, for spotting repeats. */
export function teksHeader(grid: Grid, blok: BlokHeader): Map<number, string>[] {
  const out: Map<number, string>[] = [];
  for (const hr of blok.rows) {
    if (hr === blok.nomor) continue;
    const m = new Map<number, string>();
    for (let c = blok.left; c <= blok.right; c++) {
      const v = grid.raw(hr, c);
      if (typeof v === "string" && v.trim() !== "") m.set(c, normalisasiLabel(v));
    }
    out.push(m);
  }
  return out;
}

/** True when the row repeats one of the header's label rows (a header printed again after a page break). */
export function ulangiHeader(grid: Grid, row: number, blok: BlokHeader, cache?: Map<number, string>[]): boolean {
  const vals = grid.sheet.values[row - grid.top];
  if (!vals) return false;
  let calon = 0;
  let isi = 0;
  for (const v of vals) {
    if (v === null || v === "") continue;
    isi++;
    if (typeof v === "string" && mungkinLabel(v)) calon++;
  }
  if (calon < 2 || calon * 5 < isi * 3) return false;
  const teks = cache ?? teksHeader(grid, blok);
  for (const m of teks) {
    let sama = 0;
    for (const [c, t] of m) {
      const v = vals[c - grid.left];
      if (typeof v === "string" && normalisasiLabel(v) === t) sama++;
    }
    if (sama >= 2 && sama * 5 >= isi * 3) return true;
  }
  return false;
}

/**
 * Groups header blocks into tables: a block that repeats the previous table's header is a page
 * break inside that table; any other block starts a new table.
 */
export function wilayahTabel(grid: Grid, blok: BlokHeader[] = cariHeader(grid)): Wilayah[] {
  const out: Wilayah[] = [];
  let kini: Wilayah | undefined;
  let teks: Map<number, string>[] = [];
  for (const b of blok) {
    if (kini && ulangiHeader(grid, b.rows[0], kini.header, teks)) {
      kini.headerRows.push(...b.rows);
      continue;
    }
    if (kini) kini.bottom = b.top - 1;
    kini = { header: b, headerRows: [...b.rows], top: b.bottom + 1, bottom: grid.bottom };
    teks = teksHeader(grid, b);
    out.push(kini);
  }
  return out;
}

/** Column letter helper re-exported for the recognizers' column maps. */
export function huruf(col: number): string {
  return columnLetters(col);
}
