/**
 * Headers of the forms that government systems export (SIPD, SAKTI, DIPA/POK, Permendagri
 * 86/2017): a block of 1–4 label rows under a title, merged parents over K | Rp or Anggaran |
 * Realisasi | %, then often a column-numbering row ("1 2 … 13 = 9 + 10 + 11 + 12 … 15 = 14 / 6 x
 * 100"). The numbering row and every repeat of the header inside the body are never data; the
 * formulas the numbering row prints are kept, so a table is checked against its own columns.
 */
import { a1, columnLetters } from "../../snapshot";
import type { RumusKolom } from "../../tabel";
import { normalisasi } from "../../teks";
import type { Grid } from "../grid";

export interface KolomF {
  col: number;
  /** Normalized labels from the top header row down (merged parents included, repeats folded). */
  path: string[];
  /** Number printed for the column in the numbering row, if any. */
  nomor?: number;
}

export interface KepalaF {
  /** Label rows, then numbering rows. */
  baris: number[];
  nomor?: number;
  awal: number;
  akhir: number;
  kiri: number;
  kanan: number;
  kolom: KolomF[];
  /** Formulas printed in the numbering row, by column number ("13 = 9 + 10 + 11 + 12"). */
  rumus: { hasil: number; op: RumusKolom["op"]; dari: number[]; teks: string }[];
  /** Body rows (blank rows, numbering rows and repeated headers left out). */
  badan: number[];
  /** Repeated header and numbering rows inside the body. */
  ulang: number[];
  judul?: string;
}

const MAKS_LABEL = 4;
const NOMOR = /^\(?(\d{1,3})\)?(?:\s*=\s*([\d\s+\-x×*/:().,%]+))?$/i;

/** "13 = 9 + 10 + 11 + 12" → sum of 9…12; "15 = 14 / 6 x 100" → ratio; "5 = 3 - 4" → difference. */
export function bacaRumusNomor(teks: string): { nomor: number; op?: RumusKolom["op"]; dari?: number[] } | null {
  const m = NOMOR.exec(teks.trim());
  if (!m) return null;
  const nomor = Number(m[1]);
  if (!m[2]) return { nomor };
  const kanan = m[2].replace(/\s+/g, "");
  const rasio = /^\(?(\d{1,3})\)?[/:]\(?(\d{1,3})\)?(?:[x×*]100%?)?$/i.exec(kanan);
  if (rasio) return { nomor, op: "rasio", dari: [Number(rasio[1]), Number(rasio[2])] };
  if (/^\d{1,3}(\+\d{1,3})+$/.test(kanan)) return { nomor, op: "jumlah", dari: kanan.split("+").map(Number) };
  const kurang = /^(\d{1,3})-(\d{1,3})$/.exec(kanan);
  if (kurang) return { nomor, op: "selisih", dari: [Number(kurang[1]), Number(kurang[2])] };
  return { nomor };
}

/** A row of column numbers 1 2 3 … (possibly with printed formulas), at least three, increasing. */
export function barisNomorF(grid: Grid, row: number): boolean {
  const vals = grid.sheet.values[row - grid.top];
  if (!vals) return false;
  let n = 0;
  let akhir = 0;
  for (const v of vals) {
    if (v === null || v === "") continue;
    let k: number;
    if (typeof v === "number") k = v;
    else if (typeof v === "string") {
      const r = bacaRumusNomor(v);
      if (!r) return false;
      k = r.nomor;
    } else return false;
    if (!Number.isInteger(k) || k <= akhir) return false;
    akhir = k;
    n++;
  }
  return n >= 3;
}

/** Text that reads as a number ("1.234.567,00", "12", "-5,5 %"): never a header label. */
function angkaTeks(s: string): boolean {
  return /^[\s(]*[-+]?(rp\.?\s*)?[\d.,\s]+%?\)?$/i.test(s);
}

/** A row that may belong to a header: short texts only, no numbers, no code-like or label rows. */
function barisLabel(grid: Grid, row: number, minimal: number): boolean {
  const vals = grid.sheet.values[row - grid.top];
  if (!vals) return false;
  let n = 0;
  for (const v of vals) {
    if (v === null || v === "") continue;
    if (typeof v !== "string") return false;
    const t = v.trim();
    if (t === "") continue;
    if (t.length > 160 || angkaTeks(t) || /^\d+(\.\w+)+\b/.test(t) || /:\s*\S/.test(t)) return false;
    n++;
  }
  return n >= minimal;
}

/** The row lies under the header's merged cells (a vertically merged label spans it). */
function dalamMerge(grid: Grid, row: number, rows: number[]): boolean {
  const vals = grid.sheet.values[row - grid.top];
  for (let c = grid.left; c <= grid.right; c++) {
    const v = vals?.[c - grid.left] ?? null;
    if (v !== null && v !== "" && !(typeof v === "string" && v.trim() === "")) continue;
    if (grid.isMergedPart(row, c) && rows.includes(grid.owner(row, c)[0])) return true;
  }
  return false;
}

function pathKolom(grid: Grid, rows: number[], col: number): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const t = normalisasi(grid.text(r, col));
    if (t !== "" && t !== out[out.length - 1]) out.push(t);
  }
  return out;
}

/**
 * Header blocks of a sheet that the family's test accepts, each with its body. `cocok` sees the
 * column paths; the first block it accepts starts a table, which runs to the next accepted block.
 */
export function cariKepalaF(grid: Grid, cocok: (kolom: KolomF[]) => boolean): KepalaF[] {
  const out: KepalaF[] = [];
  let r = grid.top;
  while (r <= grid.bottom) {
    if (!barisLabel(grid, r, 2)) {
      r++;
      continue;
    }
    // A header printed again (page break) stays inside the table above.
    if (out.length && ulangKepala(grid, r, teksLabel(grid, out[out.length - 1]))) {
      r++;
      continue;
    }
    const k = blok(grid, r);
    if (!cocok(k.kolom)) {
      r++;
      continue;
    }
    if (out.length) tutupBadan(grid, out[out.length - 1], k.awal - 1);
    out.push(k);
    r = k.akhir + 1;
  }
  if (out.length) tutupBadan(grid, out[out.length - 1], grid.bottom);
  return out;
}

function blok(grid: Grid, awal: number): KepalaF {
  const label = [awal];
  let r = awal + 1;
  while (r <= grid.bottom && label.length < MAKS_LABEL && !barisNomorF(grid, r) && (barisLabel(grid, r, 1) || dalamMerge(grid, r, label))) {
    label.push(r);
    r++;
  }
  let nomor: number | undefined;
  if (r <= grid.bottom && barisNomorF(grid, r)) nomor = r;
  const kolom: KolomF[] = [];
  let kiri = Infinity;
  let kanan = -Infinity;
  for (let c = grid.left; c <= grid.right; c++) {
    const path = pathKolom(grid, label, c);
    if (path.length === 0) continue;
    kiri = Math.min(kiri, c);
    kanan = Math.max(kanan, c);
    kolom.push({ col: c, path });
  }
  const k: KepalaF = {
    baris: nomor ? [...label, nomor] : label,
    awal,
    akhir: nomor ?? label[label.length - 1],
    kiri: kiri === Infinity ? grid.left : kiri,
    kanan: kanan === -Infinity ? grid.left : kanan,
    kolom,
    rumus: [],
    badan: [],
    ulang: [],
  };
  if (nomor) {
    k.nomor = nomor;
    bacaNomor(grid, k, nomor);
  }
  const judul = judulDi(grid, awal);
  if (judul) k.judul = judul;
  return k;
}

/** Numbers (and formulas) of the numbering row, per column: a number merged over K | Rp covers both. */
function bacaNomor(grid: Grid, k: KepalaF, row: number): void {
  const lihat = new Set<number>();
  for (const kol of k.kolom) {
    const v = grid.value(row, kol.col);
    const r = typeof v === "number" ? { nomor: v } : typeof v === "string" ? bacaRumusNomor(v) : null;
    if (!r) continue;
    kol.nomor = r.nomor;
    if (r.op && r.dari && !lihat.has(r.nomor)) {
      lihat.add(r.nomor);
      k.rumus.push({ hasil: r.nomor, op: r.op, dari: r.dari, teks: String(v).replace(/\s+/g, " ").trim() });
    }
  }
}

function judulDi(grid: Grid, top: number): string | undefined {
  for (let r = top - 1; r >= Math.max(grid.top, top - 6); r--) {
    const vals = grid.sheet.values[r - grid.top];
    const t = vals?.find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof t === "string") return t.replace(/\s+/g, " ").trim();
  }
  return undefined;
}

/** Header label texts per label row and column, for spotting repeats (page breaks, copied blocks). */
function teksLabel(grid: Grid, k: KepalaF): Map<number, string>[] {
  return k.baris
    .filter((r) => r !== k.nomor)
    .map((r) => {
      const m = new Map<number, string>();
      for (let c = k.kiri; c <= k.kanan; c++) {
        const v = grid.raw(r, c);
        if (typeof v === "string" && v.trim() !== "") m.set(c, normalisasi(v));
      }
      return m;
    });
}

function ulangKepala(grid: Grid, row: number, teks: Map<number, string>[]): boolean {
  const vals = grid.sheet.values[row - grid.top];
  if (!vals) return false;
  let isi = 0;
  for (const v of vals) if (v !== null && v !== "") isi++;
  if (isi < 2) return false;
  for (const m of teks) {
    let sama = 0;
    for (const [c, t] of m) {
      const v = vals[c - grid.left];
      if (typeof v === "string" && normalisasi(v) === t) sama++;
    }
    if (sama >= 2 && sama * 5 >= isi * 3) return true;
  }
  return false;
}

/** Body rows down to `bawah`: numbering rows and repeated headers are set aside, never data. */
function tutupBadan(grid: Grid, k: KepalaF, bawah: number): void {
  const teks = teksLabel(grid, k);
  let kosong = 0;
  for (let r = k.akhir + 1; r <= bawah; r++) {
    if (grid.isBlankRow(r)) {
      if (++kosong >= 8 && k.badan.length) break;
      continue;
    }
    kosong = 0;
    if (barisNomorF(grid, r) || ulangKepala(grid, r, teks)) {
      k.ulang.push(r);
      continue;
    }
    k.badan.push(r);
  }
}

/** Columns whose path satisfies `uji`, left to right. */
export function kolomYang(k: { kolom: KolomF[] }, uji: (path: string[]) => boolean): KolomF[] {
  return k.kolom.filter((c) => uji(c.path));
}

export function ada(path: string[], re: RegExp): boolean {
  for (const p of path) if (re.test(p)) return true;
  return false;
}

export function daun(path: string[]): string {
  return path[path.length - 1] ?? "";
}

export function huruf(col: number): string {
  return columnLetters(col);
}

export { a1 };
