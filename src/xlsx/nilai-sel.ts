/**
 * Turns an ExcelJS cell into the Snapshot's plain values, the way Office.js reports them:
 * formula cells give their cached result, rich text and hyperlinks give their text, errors give
 * "#DIV/0!"-style text, merged (non-master) cells are empty.
 *
 * Dates become Excel serial numbers (what Range.values returns in Office.js), so both adapters
 * hand the core the same thing; the cell's number format still says it is a date.
 */
import type { CellValue } from "../core/snapshot";

// ExcelJS ValueType enum, inlined so this module does not need the runtime import.
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

const MS_PER_DAY = 86400000;
/** 1899-12-30, day 0 of the 1900 date system (Excel's leap-year bug included). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** The 1904 system counts from 1904-01-01. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function serialTanggal(d: Date, date1904: boolean): number {
  return (d.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}

function teksKaya(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object") {
    const rt = (v as { richText?: { text: string }[] }).richText;
    if (Array.isArray(rt)) {
      let s = "";
      for (const run of rt) s += run.text;
      return s;
    }
    const t = (v as { text?: unknown }).text;
    if (t !== undefined) return teksKaya(t);
  }
  return v == null ? "" : String(v);
}

/** A formula's cached result, or a stored plain value, as a CellValue. */
export function nilaiPolos(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
    case "string":
    case "boolean":
      return v;
  }
  if (v instanceof Date) return serialTanggal(v, date1904);
  if (typeof v === "object") {
    const err = (v as { error?: string }).error;
    if (err !== undefined) return String(err);
    return teksKaya(v);
  }
  return String(v);
}

/** Minimal shape of an ExcelJS cell that the reader relies on. */
export interface SelExcel {
  type: number;
  value: unknown;
  formula?: string;
  result?: unknown;
}

export function nilaiSel(cell: SelExcel, date1904: boolean): CellValue {
  switch (cell.type) {
    case T_NULL:
    case T_MERGE:
      return null;
    case T_NUMBER:
    case T_STRING:
    case T_BOOLEAN:
      return cell.value as CellValue;
    case T_FORMULA: {
      const r = cell.result;
      return r === undefined ? null : nilaiPolos(r, date1904);
    }
    case T_DATE:
      return serialTanggal(cell.value as Date, date1904);
    case T_HYPERLINK:
    case T_RICH_TEXT:
    case T_SHARED_STRING:
      return teksKaya(cell.value);
    case T_ERROR:
      return nilaiPolos(cell.value, date1904);
    default:
      return nilaiPolos(cell.value, date1904);
  }
}

/** "=SUM(C7:C9)" for formula cells (shared formulas translated to this cell), else null. */
export function rumusSel(cell: SelExcel): string | null {
  if (cell.type !== T_FORMULA) return null;
  const f = cell.formula;
  if (!f) return null;
  return f.startsWith("=") ? f : "=" + f;
}
