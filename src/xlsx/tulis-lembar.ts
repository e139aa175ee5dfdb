/** One SheetPlan onto a fresh ExcelJS worksheet. */
import type ExcelJS from "exceljs";
import type { PlanCell, SheetPlan } from "../core/lembar/plan";
import { markerText } from "../core/lembar/plan";
import { parseRange, sheetRef, a1 } from "../core/snapshot";
import { aturanFormat, argb, terapkanGaya } from "./tulis-gaya";

/** Text inside an Excel string literal. */
function literal(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * ExcelJS 4.4 writes an internal { hyperlink: "#'S'!A1" } both as a location and as an external
 * relationship, which Excel reads as a link to another file; a HYPERLINK formula is read the same
 * everywhere (Excel, LibreOffice, a copy without the add-in).
 */
function rumusTautan(sel: PlanCell): ExcelJS.CellFormulaValue {
  const tujuan = `#${sheetRef(sel.link!.sheet)}!${sel.link!.cell}`;
  const teks = sel.value === null || sel.value === undefined ? tujuan.slice(1) : String(sel.value);
  return { formula: `HYPERLINK(${literal(tujuan)},${literal(teks)})`, result: teks, date1904: false };
}

function nilaiSel(sel: PlanCell): ExcelJS.CellValue {
  if (sel.formula) {
    const v: ExcelJS.CellFormulaValue = { formula: sel.formula.replace(/^=/, ""), date1904: false };
    if (sel.value !== null && sel.value !== undefined) v.result = sel.value as number | string | boolean;
    return v;
  }
  if (sel.link) return rumusTautan(sel);
  // A string stays a string (shared string), also when it begins with = + - @.
  return sel.value ?? null;
}

export function tulisSel(ws: ExcelJS.Worksheet, sel: PlanCell): void {
  const cell = ws.getCell(sel.at);
  cell.value = nilaiSel(sel);
  if (sel.format) cell.numFmt = sel.format;
  else if (typeof sel.value === "string" && !sel.formula && !sel.link) cell.numFmt = "@";
  terapkanGaya(cell, sel.style, !!sel.link);
  if (sel.note) cell.note = sel.note;
}

/** Column names of an Excel Table must be unique non-empty text. */
function namaKolom(ws: ExcelJS.Worksheet, row: number, left: number, right: number): string[] {
  const dipakai = new Set<string>();
  const out: string[] = [];
  for (let c = left; c <= right; c++) {
    const v = ws.getCell(row, c).value;
    let nama = typeof v === "string" && v.trim() ? v.trim() : `Kolom ${c - left + 1}`;
    for (let i = 2; dipakai.has(nama.toLowerCase()); i++) nama = `${nama} ${i}`;
    dipakai.add(nama.toLowerCase());
    out.push(nama);
  }
  return out;
}

function tabel(ws: ExcelJS.Worksheet, t: NonNullable<SheetPlan["table"]>, nama: string): void {
  const r = parseRange(t.range);
  if (r.bottom <= r.top) return;
  const kolom = namaKolom(ws, r.top, r.left, r.right);
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const isi: ExcelJS.CellValue[] = [];
    for (let c = r.left; c <= r.right; c++) isi.push(ws.getCell(row, c).value);
    rows.push(isi);
  }
  // addTable rewrites the header and data cells from these values (the same ones), keeping styles.
  ws.addTable({
    name: nama,
    ref: a1(r.top, r.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: (t.style ?? "TableStyleLight9") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: kolom.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/**
 * Lines a wrapped text takes in a column `lebar` characters wide, wrapping at spaces as Excel
 * does. A width unit holds about one average Calibri character; bold text is wider.
 */
export function jumlahGaris(teks: string, lebar: number, tebal = false): number {
  const muat = Math.max(1, Math.floor(lebar * (tebal ? 0.9 : 1)));
  let garis = 0;
  for (const paragraf of teks.split("\n")) {
    let isi = 0;
    garis++;
    for (const kata of paragraf.split(/\s+/).filter(Boolean)) {
      const perlu = isi === 0 ? kata.length : isi + 1 + kata.length;
      if (perlu <= muat) isi = perlu;
      else if (isi === 0) {
        garis += Math.ceil(kata.length / muat) - 1;
        isi = kata.length % muat || muat;
      } else {
        garis++;
        isi = Math.min(kata.length, muat);
        garis += Math.ceil(kata.length / muat) - 1;
      }
    }
  }
  return garis;
}

/**
 * Neither ExcelJS nor LibreOffice (on load) sizes rows to wrapped text, so a row holding wrapped
 * text gets the height of its tallest cell, word-wrapped at the column's width (merged cells
 * span their columns); the estimate errs on the tall side so no line is clipped.
 */
function tinggiBaris(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const lebar = plan.widths ?? [];
  const lebarKolom = (c: number) => lebar[c - 1] ?? 9;
  const gabung = new Map<string, number>();
  for (const m of plan.merges ?? []) {
    const r = parseRange(m);
    let w = 0;
    for (let c = r.left; c <= r.right; c++) w += lebarKolom(c);
    gabung.set(a1(r.top, r.left), w);
  }
  const tinggi = new Map<number, number>();
  for (const sel of plan.cells) {
    if (!sel.style?.wrap || typeof sel.value !== "string") continue;
    const m = /^([A-Z]+)(\d+)$/.exec(sel.at);
    if (!m) continue;
    const w = gabung.get(sel.at) ?? lebarKolom(ws.getColumn(m[1]).number);
    const baris = (sel.style.fontSize ?? 11) * 1.3;
    const t = jumlahGaris(sel.value, w, !!sel.style.bold) * baris + 3;
    const row = Number(m[2]);
    tinggi.set(row, Math.max(tinggi.get(row) ?? 0, t));
  }
  for (const [row, t] of tinggi) if (t > 18) ws.getRow(row).height = Math.ceil(t);
}

/** Text of every generated sheet's footer: sheet name, the generated-sheet marker, page of pages. */
export function teksFooter(key: string): string {
  return `&L&A&C${markerText(key)}&RHalaman &P dari &N`;
}

/** A4, one page wide (the sheetPr fitToPage flag turns fitToWidth on), print titles, footer. */
function cetak(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const p = plan.print ?? { orientation: "landscape" as const, fitToWidth: true };
  ws.pageSetup.orientation = p.orientation;
  ws.pageSetup.paperSize = 9;
  if (p.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  if (p.repeatRows) ws.pageSetup.printTitlesRow = p.repeatRows;
  if (p.repeatColumns) ws.pageSetup.printTitlesColumn = p.repeatColumns;
  ws.headerFooter.oddFooter = teksFooter(plan.key);
}

export interface OpsiLembar {
  /** Table name free in the workbook. */
  namaTabel?: string;
}

export function tulisLembar(ws: ExcelJS.Worksheet, plan: SheetPlan, opsi: OpsiLembar = {}): void {
  for (const sel of plan.cells) tulisSel(ws, sel);
  plan.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  tinggiBaris(ws, plan);
  if (plan.table && opsi.namaTabel) tabel(ws, plan.table, opsi.namaTabel);
  // Merges last: ExcelJS sends a value written to a merged cell to its master.
  for (const m of plan.merges ?? []) ws.mergeCells(m);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows, topLeftCell: a1(plan.freeze.rows + 1, plan.freeze.columns + 1) }];
  }
  let prioritas = 1;
  for (const cf of plan.conditionalFormats ?? []) {
    ws.addConditionalFormatting({ ref: cf.range, rules: [aturanFormat(cf, prioritas++)] });
  }
  // Charts are written as native chart parts by the package writer (src/xlsx/grafik).
  cetak(ws, plan);
  ws.properties.tabColor = { argb: argb("#1F4E78") };
}
