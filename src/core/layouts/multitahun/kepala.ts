/**
 * Header of a multi-year table: the row naming the indicator column, the label rows under a
 * merged parent ("2021" over "Target Renstra | Realisasi | %"), and a numbering row (1 2 3 …)
 * that is part of the header, not data. Each column gets its stacked labels and the year they name.
 */
import { a1 } from "../../snapshot";
import type { SelNilai } from "../../tabel";
import { Grid } from "../grid";
import { normalisasi } from "../../teks";
import { bacaSel } from "../nilai";

export interface KolomMulti {
  col: number;
  /** Labels top to bottom, normalized ("2021", "target renstra"). */
  label: string[];
  /** Year named by a label ("Realisasi TA .2021", "Tahun 2023", 2024), if any. */
  tahun: number | null;
}

export interface KepalaMulti {
  top: number;
  bottom: number;
  rows: number[];
  kolom: KolomMulti[];
  /** Column of the indicator names. */
  indikator: number;
  kode: number | null;
  judul?: string;
}

/** "Realisasi TA. 2020", "TA .2020", "Tahun 2020", "s.d 2024", 2020 → 2020. */
export function tahunDari(label: string): number | null {
  const m = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/.exec(label);
  return m ? Number(m[1]) : null;
}

const INDIKATOR = /^(indikator|sasaran kegiatan|uraian indikator)/;

/** Every header row in the sheet that names an indicator column (a sheet may hold several tables). */
export function cariKepalaMulti(grid: Grid): KepalaMulti[] {
  const out: KepalaMulti[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= Math.min(grid.right, grid.left + 4); c++) {
      if (grid.isMergedPart(r, c) || !INDIKATOR.test(normalisasi(grid.text(r, c)))) continue;
      const k = susunKepala(grid, r, c);
      out.push(k);
      r = k.bottom;
      break;
    }
  }
  return out;
}

function susunKepala(grid: Grid, top: number, indikator: number): KepalaMulti {
  let bottom = top + (grid.mergeFrom(top, indikator)?.bottom ?? top) - top;
  // Parent labels merged across columns: the rows under them are labels too.
  for (let c = grid.left; c <= grid.right; c++) {
    const m = grid.mergeFrom(top, c);
    if (m && m.right > c && m.bottom === top && grid.text(top + 1, c) !== "") bottom = Math.max(bottom, top + 1);
  }
  if (barisNomor(grid, bottom + 1)) bottom++;
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  const kolom: KolomMulti[] = [];
  let kode: number | null = null;
  for (let c = grid.left; c <= grid.right; c++) {
    const label: string[] = [];
    for (let r = top; r <= bottom; r++) {
      if (barisNomor(grid, r)) continue;
      const t = normalisasi(grid.text(r, c));
      if (t && label[label.length - 1] !== t) label.push(t);
    }
    if (label.length === 0) continue;
    const tahun = label.map(tahunDari).find((x) => x !== null) ?? null;
    kolom.push({ col: c, label, tahun });
    if (label[0] === "kode" && kode === null) kode = c;
  }
  return { top, bottom, rows, kolom, indikator, kode, judul: judulDi(grid, top) };
}

/** A row of consecutive small integers 1 2 3 … (the column numbering under a header). */
function barisNomor(grid: Grid, r: number): boolean {
  if (r > grid.bottom) return false;
  let n = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.raw(r, c);
    if (v === null) continue;
    if (Number(v) !== n + 1) return false;
    n++;
  }
  return n >= 3;
}

function judulDi(grid: Grid, top: number): string | undefined {
  for (let r = top - 1; r >= Math.max(grid.top, top - 3); r--) {
    const t = grid.text(r, grid.left);
    if (t) return t;
  }
  return undefined;
}

/** Data rows under a header: up to the first blank row, the next header or the sheet's end. */
export function barisData(grid: Grid, k: KepalaMulti, berikut: KepalaMulti | undefined): number[] {
  const out: number[] = [];
  const akhir = berikut ? berikut.top - 1 : grid.bottom;
  for (let r = k.bottom + 1; r <= akhir; r++) {
    if (grid.isBlankRow(r)) {
      if (out.length > 0) break;
      continue;
    }
    out.push(r);
  }
  return out;
}

export function sel(grid: Grid, r: number, c: number | undefined): SelNilai {
  if (c === undefined) return { value: null, sumber: { cell: a1(r, grid.left), raw: null } };
  const b = bacaSel(grid, r, c);
  return { value: b.value, sumber: b.sumber };
}

/** "SK.1.1. Produktivitas … (Persen)" → kode, name and unit; "I.1" from a Kode column. */
export function pisahIndikator(teks: string, kodeKolom: string | null): { kode: string | null; indikator: string; satuan: string | null } {
  let s = teks.replace(/\s+/g, " ").trim();
  let kode = kodeKolom && kodeKolom.trim() ? kodeKolom.trim() : null;
  const m = /^((?:SK|IK)\s*\.?\s*\d+(?:\.\d+)*\.?|[IVX]+\.\d+\.?)\s+/i.exec(s);
  if (m) {
    kode = kode ?? m[1].replace(/\.$/, "");
    s = s.slice(m[0].length);
  }
  const u = /\s*\(([A-Za-z ]+)\)\s*$/.exec(s);
  const satuan = u ? u[1].trim() : null;
  if (u) s = s.slice(0, u.index).trim();
  return { kode, indikator: s, satuan };
}

export function cocokLabel(k: KolomMulti, pola: RegExp): boolean {
  return k.label.some((l) => pola.test(l));
}
