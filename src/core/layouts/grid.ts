/**
 * Grid: read access to one sheet for the recognizers, in worksheet coordinates (1-based),
 * with merged areas resolved: every cell of a merged area reads as its top-left cell, which
 * is how a planner sees a sasaran merged over its indicators or a header merged over columns.
 */
import { parseRange, sheetBounds, type CellValue, type SheetSnapshot } from "../snapshot";

export class Grid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** For each cell inside a merged area (except its top-left): key → [row, col] of the top-left. */
  private readonly mergeOwner = new Map<number, [number, number]>();
  /** Merged areas keyed by their top-left cell. */
  private readonly mergeAt = new Map<number, { bottom: number; right: number }>();

  constructor(readonly sheet: SheetSnapshot) {
    const b = sheetBounds(sheet);
    this.top = b.top;
    this.left = b.left;
    this.bottom = b.bottom;
    this.right = b.right;
    for (const ref of sheet.merges) {
      const m = parseRange(ref);
      this.mergeAt.set(this.key(m.top, m.left), { bottom: m.bottom, right: m.right });
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) this.mergeOwner.set(this.key(r, c), [m.top, m.left]);
    }
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  /** The value as stored (null inside a merged area except at its top-left). */
  raw(row: number, col: number): CellValue {
    const r = this.sheet.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** The value as seen: a merged area's value on every one of its cells. */
  value(row: number, col: number): CellValue {
    const own = this.mergeOwner.get(this.key(row, col));
    return own ? this.raw(own[0], own[1]) : this.raw(row, col);
  }

  /** Top-left cell of the merged area containing (row, col), or the cell itself. */
  owner(row: number, col: number): [number, number] {
    return this.mergeOwner.get(this.key(row, col)) ?? [row, col];
  }

  /** The merged area starting at (row, col), if any. */
  mergeFrom(row: number, col: number): { bottom: number; right: number } | undefined {
    return this.mergeAt.get(this.key(row, col));
  }

  isMergedPart(row: number, col: number): boolean {
    return this.mergeOwner.has(this.key(row, col));
  }

  formula(row: number, col: number): string | null {
    return this.sheet.formulas?.[row - this.top]?.[col - this.left] ?? null;
  }

  format(row: number, col: number): string | null {
    return this.sheet.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  /** Trimmed text of a cell as seen (numbers as their plain string), "" when empty. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return "";
    return String(v).replace(/\s+/g, " ").trim();
  }

  /** True when the row has no value in any column. */
  isBlankRow(row: number): boolean {
    const r = this.sheet.values[row - this.top];
    if (!r) return true;
    for (const v of r) if (v !== null && !(typeof v === "string" && v.trim() === "")) return false;
    return true;
  }
}
