/**
 * Cell contents of a plan as 2-D blocks: one numberFormat and one formulas array per block.
 */
import type { PlanCell, SheetPlan } from "../core/lembar/plan";
import { parseA1, type RangePos } from "../core/snapshot";
import { batas, potongBaris, SEL_PER_BLOK } from "./blok";

/** Excel's text format. */
export const FORMAT_TEKS = "@";

export interface BlokSel {
  pos: RangePos;
  numberFormat: string[][];
  formulas: (string | number | boolean)[][];
}

/**
 * Plan strings are written as text by giving their cells the Text format ("@") in the same
 * batch, queued BEFORE the contents. Excel parses input against the cell's format, so a
 * Text-formatted cell keeps "=HYPERLINK(…)", "+62…", "-" or "@x" (and "0123", "1/2") as the
 * literal string on every host. An apostrophe prefix would also work when typed, but through
 * the API it is input parsing that hosts have handled differently, and readers of the saved
 * file see a quotePrefix flag instead of a plain text cell; the format is a stored cell
 * property that ExcelJS, SheetJS and LibreOffice honour too.
 */
export function formatSel(c: PlanCell): string {
  if (!c.formula && typeof c.value === "string") return FORMAT_TEKS;
  return c.format ?? "General";
}

/** What goes into `range.formulas` for a cell: its formula, or its literal value ("" for none). */
export function isiSel(c: PlanCell): string | number | boolean {
  if (c.formula) return c.formula.startsWith("=") ? c.formula : `=${c.formula}`;
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && !Number.isFinite(v)) return "";
  return v;
}

/** The plan's cells (last one wins per address) laid out in row blocks over their bounding box. */
export function blokSel(plan: SheetPlan, maxSel = SEL_PER_BLOK): BlokSel[] {
  const peta = new Map<string, { row: number; col: number; cell: PlanCell }>();
  for (const cell of plan.cells) {
    const p = parseA1(cell.at);
    peta.set(`${p.row},${p.col}`, { ...p, cell });
  }
  const kotak = batas([...peta.values()]);
  if (!kotak) return [];
  return potongBaris(kotak, maxSel).map((pos) => {
    const tinggi = pos.bottom - pos.top + 1;
    const lebar = pos.right - pos.left + 1;
    const numberFormat = Array.from({ length: tinggi }, () => new Array<string>(lebar).fill("General"));
    const formulas = Array.from({ length: tinggi }, () => new Array<string | number | boolean>(lebar).fill(""));
    for (const { row, col, cell } of peta.values()) {
      if (row < pos.top || row > pos.bottom) continue;
      numberFormat[row - pos.top][col - pos.left] = formatSel(cell);
      formulas[row - pos.top][col - pos.left] = isiSel(cell);
    }
    return { pos, numberFormat, formulas };
  });
}
