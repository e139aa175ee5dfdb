/**
 * Header blocks of budget tables on a sheet, and the body rows under each: 1–3 header rows
 * (merged parents read on every column they span), an optional numbering row (1 2 3 4),
 * headers repeated at page breaks, blank separator rows.
 */
import { pengaliLabel } from "../kosakata";
import { normalisasi, type Grid } from "../grid";
import type { Kepala, Kolom, Konteks } from "./kerangka";
import { peranKolom, type Peran } from "./peran";

const NILAI = new Set<Peran["jenis"]>(["pagu", "realisasi", "persen", "sisa", "target", "sdBulanLalu", "bulanIni", "jumlah", "revisi", "tw", "tahun"]);

/** A short text or a year: the only things a header cell holds. */
function selKepala(v: unknown): boolean {
  if (typeof v === "string") return v.length > 0 && v.length <= 80;
  return typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** Roles a row would give its cells if it were a one-row header; -1 when the row cannot be one. */
function skorBaris(grid: Grid, row: number): number {
  let nilai = 0;
  let label = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.value(row, c);
    if (v === null || v === "") continue;
    if (!selKepala(v)) {
      if (typeof v === "number") return -1;
      continue;
    }
    const p = peranKolom([String(v)]).jenis;
    if (NILAI.has(p)) nilai++;
    else if (p !== "abaikan") label++;
  }
  return nilai >= 1 && nilai + label >= 2 ? nilai + label : -1;
}

/** "1 2 3 4 …": ascending small integers under a header. */
function barisNomor(grid: Grid, row: number): boolean {
  let n = 0;
  let prev = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.raw(row, c);
    if (v === null || v === "") continue;
    const x = typeof v === "number" ? v : /^\(?\d{1,2}\)?$/.test(String(v).trim()) ? Number(String(v).replace(/[()]/g, "")) : NaN;
    if (!Number.isInteger(x) || x <= prev) return false;
    prev = x;
    n++;
  }
  return n >= 2;
}

/** A row of short texts only (a lower header row: "Pagu | Realisasi", "T R T R"). */
function barisTeks(grid: Grid, row: number): boolean {
  let n = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.raw(row, c);
    if (v === null || v === "") continue;
    if (typeof v !== "string" || v.length > 60) return false;
    n++;
  }
  return n >= 1;
}

function bangunKepala(grid: Grid, awal: number): Kepala {
  const baris = [awal];
  let akhir = awal;
  for (let r = awal + 1; r <= Math.min(grid.bottom, awal + 3); r++) {
    if (barisNomor(grid, r)) {
      baris.push(r);
      akhir = r;
      break;
    }
    if (r > awal + 2 || !barisTeks(grid, r)) break;
    // A lower header row sits under the parents; a body row has a label in the first columns.
    const adaSub = hasSub(grid, awal, r);
    if (!adaSub) break;
    baris.push(r);
    akhir = r;
  }
  let kiri = grid.right;
  let kanan = grid.left;
  const teksRows = baris.filter((r) => !barisNomor(grid, r));
  for (const r of teksRows)
    for (let c = grid.left; c <= grid.right; c++)
      if (grid.text(r, c) !== "") {
        kiri = Math.min(kiri, c);
        kanan = Math.max(kanan, c);
      }
  const kolom: Kolom[] = [];
  for (let c = kiri; c <= kanan; c++) {
    const path: string[] = [];
    for (const r of teksRows) {
      const t = grid.text(r, c);
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    const teks = path.join(" ");
    kolom.push({ col: c, path, kali: pengaliLabel(teks) ?? 1, peran: peranKolom(path) });
  }
  // A headerless column right of a code column holds the names ("Kode KRO" | name).
  let judul: string | undefined;
  for (let r = awal - 1; r >= Math.max(grid.top, awal - 4); r--) {
    const t = grid.text(r, grid.left) || grid.text(r, kiri);
    if (t && /^tabel\b/i.test(t)) {
      judul = t;
      break;
    }
  }
  return { baris, awal, akhir, kiri, kanan, kolom, judul };
}

/** Row r continues the header started at `awal`: under a horizontally merged parent or with T/R/field words. */
function hasSub(grid: Grid, awal: number, r: number): boolean {
  let cocok = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.text(r, c);
    if (!t) continue;
    const n = normalisasi(t);
    if (/^(t|r|s|target|realisasi|pagu|keuangan|fisik|jumlah|bulan ini|s d bulan lalu|%)$/.test(n) || NILAI.has(peranKolom([t]).jenis)) cocok++;
    else if (grid.isMergedPart(awal, c) || grid.mergeFrom(awal, c)) cocok++;
    else return false;
  }
  return cocok > 0;
}

/** Row r repeats the header (page break): its texts equal the top header row's. */
function ulangan(grid: Grid, k: Kepala, r: number): boolean {
  let sama = 0;
  let isi = 0;
  for (const c of k.kolom) {
    const h = grid.text(k.awal, c.col);
    if (!h) continue;
    isi++;
    if (grid.text(r, c.col) === h) sama++;
  }
  return isi > 0 && sama / isi >= 0.6;
}

/** Every budget header block on the sheet with its body rows. */
export function cariTabel(grid: Grid): Konteks[] {
  const awalan: number[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (grid.isBlankRow(r)) continue;
    if (skorBaris(grid, r) > 0) awalan.push(r);
  }
  const hasil: Konteks[] = [];
  let i = 0;
  while (i < awalan.length) {
    const kepala = bangunKepala(grid, awalan[i]);
    let j = i + 1;
    const badan: number[] = [];
    const ulang: number[] = [];
    let kosong = 0;
    let r = kepala.akhir + 1;
    for (; r <= grid.bottom; r++) {
      if (grid.isBlankRow(r)) {
        if (++kosong >= 3) break;
        continue;
      }
      kosong = 0;
      while (j < awalan.length && awalan[j] < r) j++;
      if (j < awalan.length && awalan[j] === r) {
        if (!ulangan(grid, kepala, r)) break;
        const u = bangunKepala(grid, r);
        ulang.push(...u.baris);
        r = u.akhir;
        j++;
        continue;
      }
      if (barisNomor(grid, r) && badan.length === 0) {
        kepala.baris.push(r);
        kepala.akhir = r;
        continue;
      }
      const t = grid.text(r, grid.left) || grid.text(r, kepala.kiri);
      if (/^(tabel|gambar|grafik)\s/i.test(t)) break;
      badan.push(r);
    }
    hasil.push({ grid, kepala, badan, ulang });
    while (j < awalan.length && awalan[j] < r) j++;
    i = Math.max(j, i + 1);
  }
  return hasil;
}
