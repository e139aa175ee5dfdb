/**
 * File adapter, read side: an .xlsx file → Snapshot (the same shape src/excel/baca.ts reads
 * through Office.js). Runs in Node and in the browser bundle, where webpack aliases "exceljs"
 * to its browser build.
 *
 * Conventions (shared with the Office.js adapter):
 * - values: formula cells hold their cached result; rich text and hyperlinks their text; errors
 *   their text ("#DIV/0!"); dates Excel serial numbers; merged non-master cells null.
 * - formulas: "=…" text, present only when the sheet has at least one formula.
 * - numberFormats: "General" where the cell has none.
 * - the used range covers the cells that hold a value (formatting alone does not count).
 */
import * as ExcelJS from "exceljs";
import { markerKey } from "../core/lembar/plan";
import { rangeA1, type CellValue, type SheetSnapshot, type Snapshot } from "../core/snapshot";
import { BukuKerjaError } from "./galat";
import { pastikanXlsx } from "./jenis-berkas";
import { perluBaca, salinanBaca } from "./salinan-baca";
import { bukaZip } from "./zip";
import { nilaiSel, rumusSel, type SelExcel } from "./nilai-sel";

export { BukuKerjaError, type AlasanBukuKerja } from "./galat";

const UMUM = "General";

function keBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

async function muatSalinan(zip: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // JSZip takes Uint8Array in both environments.
  await wb.xlsx.load(zip as unknown as ArrayBuffer);
  return wb;
}

/**
 * Loads the reading copy; when the file library still fails, once more without styles.xml (the
 * cells are read, their number formats become General), and only then is the file called corrupt.
 */
async function muat(parts: Map<string, Uint8Array>): Promise<ExcelJS.Workbook> {
  let pertama: unknown;
  for (const gaya of [true, false]) {
    try {
      return await muatSalinan(salinanBaca(parts, gaya).zip);
    } catch (e) {
      if (e instanceof BukuKerjaError) throw e;
      pertama ??= e;
    }
  }
  throw new BukuKerjaError("rusak", pertama instanceof Error ? pertama.message : String(pertama));
}

export async function bacaBukuKerja(data: ArrayBuffer | Uint8Array): Promise<Snapshot> {
  const bytes = keBytes(data);
  pastikanXlsx(bytes);
  const parts = bukaZip(bytes, { simpan: perluBaca });
  const wb = await muat(parts);
  const date1904 = Boolean((wb as unknown as { properties?: { date1904?: boolean } }).properties?.date1904);
  const sheets: SheetSnapshot[] = [];
  for (const ws of wb.worksheets) sheets.push(bacaLembar(ws, date1904));
  return { sheets };
}

interface BarisExcel {
  number: number;
  _cells: (SelExcel | undefined)[];
}

interface Gabungan {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Walks ExcelJS's row/cell arrays directly: the public eachRow/eachCell build closures and
 * re-check every cell, which dominates on 100k-row files.
 */
function bacaLembar(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const rows = ((ws as unknown as { _rows?: (BarisExcel | undefined)[] })._rows ?? []) as (BarisExcel | undefined)[];

  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  let adaRumus = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const cells = row._cells;
    let first = -1;
    let last = -1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || cell.type === 0 || cell.type === 1) continue;
      if (first < 0) first = c;
      last = c;
      if (cell.type === 6) adaRumus = true;
    }
    if (first < 0) continue;
    if (r + 1 < top) top = r + 1;
    bottom = r + 1;
    if (first + 1 < left) left = first + 1;
    if (last + 1 > right) right = last + 1;
  }

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] | undefined = adaRumus ? [] : undefined;
  if (bottom > 0) {
    for (let r = top; r <= bottom; r++) {
      const row = rows[r - 1];
      const cells = row?._cells;
      let last = -1;
      if (cells) {
        for (let c = Math.min(cells.length, right) - 1; c >= left - 1; c--) {
          const cell = cells[c];
          if (cell && cell.type !== 0 && cell.type !== 1) {
            last = c;
            break;
          }
        }
      }
      const width = last < 0 ? 0 : last - left + 2;
      const vRow: CellValue[] = new Array(width);
      const fmtRow: string[] = new Array(width);
      const fRow: (string | null)[] | null = formulas ? new Array(width) : null;
      for (let i = 0; i < width; i++) {
        const cell = cells![left - 1 + i];
        if (!cell) {
          vRow[i] = null;
          fmtRow[i] = UMUM;
          if (fRow) fRow[i] = null;
          continue;
        }
        vRow[i] = nilaiSel(cell, date1904);
        fmtRow[i] = formatSel(cell);
        if (fRow) fRow[i] = rumusSel(cell);
      }
      values.push(vRow);
      numberFormats.push(fmtRow);
      if (formulas) formulas.push(fRow!);
    }
  }

  const merges: string[] = [];
  const m = (ws as unknown as { _merges?: Record<string, Gabungan> })._merges ?? {};
  for (const key of Object.keys(m)) {
    const g = m[key];
    if (g) merges.push(rangeA1({ top: g.top, left: g.left, bottom: g.bottom, right: g.right }));
  }

  const sheet: SheetSnapshot = {
    name: ws.name,
    top: bottom > 0 ? top : 1,
    left: bottom > 0 ? left : 1,
    values,
    numberFormats,
    merges,
  };
  if (formulas) sheet.formulas = formulas;
  const footer = ws.headerFooter?.oddFooter;
  const key = markerKey(footer);
  if (key) sheet.generatedKey = key;
  if (ws.state && ws.state !== "visible") sheet.hidden = true;
  return sheet;
}

function formatSel(cell: SelExcel): string {
  const style = (cell as unknown as { style?: { numFmt?: string } }).style;
  const f = style?.numFmt;
  return f ? f : UMUM;
}
