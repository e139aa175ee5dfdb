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
type BarisLembar = (BarisExcel | undefined)[];

const berisi = (cell: SelExcel | undefined): cell is SelExcel => !!cell && cell.type !== 0 && cell.type !== 1;

/** The used block (1-based, bottom 0 when empty) and whether any cell holds a formula. */
function batasIsi(rows: BarisLembar) {
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  let adaRumus = false;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]?._cells;
    if (!cells) continue;
    let first = -1;
    let last = -1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!berisi(cell)) continue;
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
  return { top, bottom, left, right, adaRumus };
}

/** Values, formats and (when the sheet has any) formulas of the used block, each row cut after its last filled cell. */
function isiBlok(rows: BarisLembar, batas: ReturnType<typeof batasIsi>, date1904: boolean) {
  const { top, bottom, left, right } = batas;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] | undefined = batas.adaRumus ? [] : undefined;
  for (let r = top; bottom > 0 && r <= bottom; r++) {
    const cells = rows[r - 1]?._cells;
    let last = -1;
    for (let c = Math.min(cells?.length ?? 0, right) - 1; cells && c >= left - 1; c--) {
      if (berisi(cells[c])) {
        last = c;
        break;
      }
    }
    const width = last < 0 ? 0 : last - left + 2;
    const vRow: CellValue[] = new Array(width);
    const fmtRow: string[] = new Array(width);
    const fRow: (string | null)[] = new Array(width);
    for (let i = 0; i < width; i++) {
      const cell = cells![left - 1 + i];
      vRow[i] = cell ? nilaiSel(cell, date1904) : null;
      fmtRow[i] = cell ? formatSel(cell) : UMUM;
      if (formulas) fRow[i] = cell ? rumusSel(cell) : null;
    }
    values.push(vRow);
    numberFormats.push(fmtRow);
    if (formulas) formulas.push(fRow);
  }
  return { values, numberFormats, formulas };
}

function gabunganSel(ws: ExcelJS.Worksheet): string[] {
  const merges: string[] = [];
  const m = (ws as unknown as { _merges?: Record<string, Gabungan> })._merges ?? {};
  for (const key of Object.keys(m)) {
    const g = m[key];
    if (g) merges.push(rangeA1({ top: g.top, left: g.left, bottom: g.bottom, right: g.right }));
  }
  return merges;
}

function bacaLembar(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const rows = ((ws as unknown as { _rows?: BarisLembar })._rows ?? []) as BarisLembar;
  const batas = batasIsi(rows);
  const { values, numberFormats, formulas } = isiBlok(rows, batas, date1904);
  const ada = batas.bottom > 0;
  const sheet: SheetSnapshot = {
    name: ws.name,
    top: ada ? batas.top : 1,
    left: ada ? batas.left : 1,
    values,
    numberFormats,
    merges: gabunganSel(ws),
  };
  if (formulas) sheet.formulas = formulas;
  const key = markerKey(ws.headerFooter?.oddFooter);
  if (key) sheet.generatedKey = key;
  if (ws.state && ws.state !== "visible") sheet.hidden = true;
  return sheet;
}

function formatSel(cell: SelExcel): string {
  const style = (cell as unknown as { style?: { numFmt?: string } }).style;
  const f = style?.numFmt;
  return f ? f : UMUM;
}
