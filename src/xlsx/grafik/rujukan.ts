/** Series references: a plan's A1 range on its own sheet as an absolute, sheet-qualified formula. */
import { columnLetters, parseRange, sheetRef, type RangePos } from "../../core/snapshot";

function mutlak(row: number, col: number): string {
  return `$${columnLetters(col)}$${row}`;
}

/** "C5:C19" on "Ringkasan Kinerja" → "'Ringkasan Kinerja'!$C$5:$C$19". */
export function rujukan(sheetName: string, range: string): string {
  const r = parseRange(range);
  const a = mutlak(r.top, r.left);
  const b = mutlak(r.bottom, r.right);
  return `${sheetRef(sheetName)}!${a === b ? a : `${a}:${b}`}`;
}

/** Number of cells the range covers (a series has one point per cell). */
export function banyakSel(range: string): number {
  const r: RangePos = parseRange(range);
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
