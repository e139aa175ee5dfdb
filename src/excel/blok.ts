/**
 * Pure helpers that turn cell lists into few, large ranges: every Office.js range is a proxy
 * object and a queued command, so the adapter writes blocks, never cell by cell.
 */
import { rangeA1, type CellPos, type RangePos } from "../core/snapshot";

/** Cells per read/write block: three 2-D arrays of this size stay well under the 5 MB payload limit. */
export const SEL_PER_BLOK = 50_000;

/** Splits a rectangle into row blocks of at most `maxSel` cells (at least one row per block). */
export function potongBaris(r: RangePos, maxSel = SEL_PER_BLOK): RangePos[] {
  const lebar = r.right - r.left + 1;
  const baris = Math.max(1, Math.floor(maxSel / Math.max(1, lebar)));
  const out: RangePos[] = [];
  for (let top = r.top; top <= r.bottom; top += baris) {
    out.push({ top, left: r.left, bottom: Math.min(r.bottom, top + baris - 1), right: r.right });
  }
  return out;
}

/** Smallest rectangle holding all positions, or null for none. */
export function batas(pos: CellPos[]): RangePos | null {
  if (pos.length === 0) return null;
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const p of pos) {
    if (p.row < top) top = p.row;
    if (p.row > bottom) bottom = p.row;
    if (p.col < left) left = p.col;
    if (p.col > right) right = p.col;
  }
  return { top, left, bottom, right };
}

/**
 * Covers a set of cells with rectangles: adjacent cells of a row become a run, and identical runs
 * on consecutive rows are stacked. A styled table column or body becomes one rectangle.
 */
export function kePersegi(pos: CellPos[]): RangePos[] {
  const urut = [...pos].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: RangePos[] = [];
  for (const p of urut) {
    const last = runs[runs.length - 1];
    if (last && last.top === p.row && p.col <= last.right + 1) {
      if (p.col > last.right) last.right = p.col;
    } else runs.push({ top: p.row, left: p.col, bottom: p.row, right: p.col });
  }
  const terbuka = new Map<string, RangePos>();
  const out: RangePos[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const buka = terbuka.get(key);
    if (buka && buka.bottom === run.top - 1) {
      buka.bottom = run.top;
    } else {
      const baru = { ...run };
      terbuka.set(key, baru);
      out.push(baru);
    }
  }
  return out;
}

/**
 * Joins A1 areas into comma lists for worksheet.getRanges(), each at most `maxPanjang` characters
 * (the address argument has a length limit; 1,500 leaves a wide margin).
 */
export function gabungAlamat(areas: RangePos[], maxPanjang = 1500): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of areas) {
    const s = rangeA1(a);
    if (cur && cur.length + 2 + s.length > maxPanjang) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur}, ${s}` : s;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * The A1 areas of a RangeAreas address ("Sheet1!A1:B2, 'PK 2024'!C3:D4" → ["A1:B2", "C3:D4"]).
 * Each area is a cell reference that ends the string or precedes a comma, so a quoted sheet name
 * (which can hold commas and "!") is skipped.
 */
export function areaDariAlamat(address: string): string[] {
  const re = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*(?=,|$)/g;
  const out: string[] = [];
  for (let m = re.exec(address); m; m = re.exec(address)) out.push(m[1].replace(/\$/g, ""));
  return out;
}
