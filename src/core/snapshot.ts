/**
 * Snapshot: what the adapters read from a workbook (Office.js or an .xlsx file), and all the
 * core ever sees of it. Only the used range of each sheet is kept.
 */

/** A cell's value as Excel reports it: errors arrive as their text ("#DIV/0!"), empty as null. */
export type CellValue = number | string | boolean | null;

export interface SheetSnapshot {
  name: string;
  /** 1-based row and column of the used range's top-left cell. */
  top: number;
  left: number;
  /** Used range, row-major; rows may be shorter than the widest row (missing = null). */
  values: CellValue[][];
  /** Formula text ("=SUM(B2:B9)") where the cell holds a formula, else null. Same shape as values. */
  formulas?: (string | null)[][];
  /** Number format per cell ("General", "0.00%", "#,##0"); same shape as values. */
  numberFormats?: string[][];
  /** Merged areas as A1 ranges ("B5:B9"). */
  merges: string[];
  /** Key of the summary that generated this sheet, when the sheet carries the add-in's marker. */
  generatedKey?: string;
  /** Worksheet is hidden (not shown to the planner). */
  hidden?: boolean;
}

export interface Snapshot {
  sheets: SheetSnapshot[];
}

const A = "A".charCodeAt(0);

/** 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(A + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - A + 1);
  return n;
}

/** (8, 5) → "E8". */
export function a1(row: number, col: number): string {
  return columnLetters(col) + row;
}

export interface CellPos {
  row: number;
  col: number;
}

/** "E8" or "$E$8" → {row: 8, col: 5}. */
export function parseA1(ref: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Alamat sel tidak sah: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A5:H22" (or a single cell) → bounds. A sheet prefix ("'PK 2024'!A5:H22") is ignored. */
export function parseRange(ref: string): RangePos {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = bare.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeA1(r: RangePos): string {
  const a = a1(r.top, r.left);
  const b = a1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Quotes a sheet name for use in a formula: PK 2024 → 'PK 2024', O'Neil → 'O''Neil'. */
/** Column number of an A1 address ("AB12" → 28), for sorting findings; 0 when it has no letters. */
export function kolomSel(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** Row number of an A1 address ("AB12" → 12); 0 when it has none. */
export function barisSel(cell: string): number {
  const m = /\d+$/.exec(cell);
  return m ? Number(m[0]) : 0;
}

export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Value at a 1-based worksheet position, or null outside the used range. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.top];
  if (!r) return null;
  const v = r[col - sheet.left];
  return v === undefined ? null : v;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas?.[row - sheet.top]?.[col - sheet.left] ?? null;
}

export function formatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.numberFormats?.[row - sheet.top]?.[col - sheet.left] ?? null;
}

/** Last used row and column (1-based) of a sheet; an empty sheet gives top-1 / left-1. */
export function sheetBounds(sheet: SheetSnapshot): RangePos {
  let width = 0;
  for (const r of sheet.values) if (r.length > width) width = r.length;
  return {
    top: sheet.top,
    left: sheet.left,
    bottom: sheet.top + sheet.values.length - 1,
    right: sheet.left + width - 1,
  };
}
