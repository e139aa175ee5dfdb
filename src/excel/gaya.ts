/**
 * Cell styles, column widths, merges, freeze panes, links and notes of a plan, queued on a
 * worksheet proxy. Cells that share a style are covered by rectangles and, where the host has
 * RangeAreas (ExcelApi 1.9), by one getRanges() call per address list.
 */
import type { CellStyle, SheetPlan } from "../core/lembar/plan";
import { columnLetters, parseA1, rangeA1, sheetRef, type CellPos } from "../core/snapshot";
import { gabungAlamat, kePersegi } from "./blok";

const GARIS = "#BFBFBF";
const TEPI = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
const RATA = { left: "Left", center: "Center", right: "Right" } as const;

/** Column width: characters → points (about 7 px per character plus 5 px padding; 1 px = 0.75 pt). */
export function lebarPoin(karakter: number): number {
  return Math.round((karakter * 7 + 5) * 0.75 * 100) / 100;
}

function kunciGaya(s: CellStyle): string {
  return JSON.stringify(Object.keys(s).sort().map((k) => [k, s[k as keyof CellStyle]]));
}

/** `api19`: indentLevel needs ExcelApi 1.9; older hosts get the cell without indent. */
function terapkanGaya(f: Excel.RangeFormat, s: CellStyle, api19: boolean): void {
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.color) f.font.color = s.color;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fill) f.fill.color = s.fill;
  if (s.align) f.horizontalAlignment = RATA[s.align];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.indent && api19) f.indentLevel = s.indent;
  if (s.border) {
    for (const tepi of TEPI) {
      const b = f.borders.getItem(tepi);
      b.style = "Continuous";
      b.color = GARIS;
    }
  }
}

export function tulisGaya(ws: Excel.Worksheet, plan: SheetPlan, adaRangeAreas: boolean): void {
  const kelompok = new Map<string, { gaya: CellStyle; pos: CellPos[] }>();
  for (const c of plan.cells) {
    if (!c.style || Object.keys(c.style).length === 0) continue;
    const k = kunciGaya(c.style);
    let g = kelompok.get(k);
    if (!g) kelompok.set(k, (g = { gaya: c.style, pos: [] }));
    g.pos.push(parseA1(c.at));
  }
  for (const { gaya, pos } of kelompok.values()) {
    const persegi = kePersegi(pos);
    if (adaRangeAreas) {
      for (const alamat of gabungAlamat(persegi)) {
        const r = alamat.includes(",") ? ws.getRanges(alamat) : ws.getRange(alamat);
        terapkanGaya(r.format, gaya, true);
      }
    } else {
      for (const p of persegi) terapkanGaya(ws.getRange(rangeA1(p)).format, gaya, false);
    }
  }
}

/** Equal widths of neighbouring columns share one "B:D" range. */
export function tulisLebar(ws: Excel.Worksheet, widths: number[] | undefined): void {
  if (!widths) return;
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (widths[i] > 0) {
      ws.getRange(`${columnLetters(i + 1)}:${columnLetters(j + 1)}`).format.columnWidth = lebarPoin(widths[i]);
    }
    i = j + 1;
  }
}

export function tulisTata(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const m of plan.merges ?? []) ws.getRange(m).merge(false);
  const f = plan.freeze;
  if (f && f.rows > 0 && f.columns > 0) {
    ws.freezePanes.freezeAt(ws.getRange(rangeA1({ top: 1, left: 1, bottom: f.rows, right: f.columns })));
  } else if (f && f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f && f.columns > 0) ws.freezePanes.freezeColumns(f.columns);
}

/** Internal links: one single-cell range per linked cell (a hyperlink is a per-cell property). */
export function tulisTautan(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const c of plan.cells) {
    if (!c.link) continue;
    const tujuan = `${sheetRef(c.link.sheet)}!${c.link.cell}`;
    const link: Excel.RangeHyperlink = { documentReference: tujuan, screenTip: `Buka ${c.link.sheet}!${c.link.cell}` };
    // The cell's text is already written (Text-formatted when it is a string); repeating it
    // here keeps the label when the host replaces the display text.
    if (typeof c.value === "string" && !c.formula) link.textToDisplay = c.value;
    ws.getRange(c.at).hyperlink = link;
  }
}

/** Notes need ExcelApi 1.18 (worksheet.notes); older hosts simply show no note. */
export function tulisCatatan(ws: Excel.Worksheet, plan: SheetPlan, adaCatatan: boolean): void {
  if (!adaCatatan) return;
  for (const c of plan.cells) if (c.note) ws.notes.add(ws.getRange(c.at), c.note);
}

/** Footer beside the generated-sheet marker (centre): the sheet name left, page of pages right. */
export const FOOTER_KIRI = "&A";
export const FOOTER_KANAN = "Halaman &P dari &N";

/**
 * What tulisCetak leaves to the page: A4 paper, label columns on every page, the footer's name
 * and page number. Needs ExcelApi 1.9 (pageLayout), as the marker does.
 */
export function tulisHalaman(ws: Excel.Worksheet, plan: SheetPlan): void {
  const tata = ws.pageLayout;
  tata.paperSize = "A4";
  tata.headersFooters.defaultForAllPages.leftFooter = FOOTER_KIRI;
  tata.headersFooters.defaultForAllPages.rightFooter = FOOTER_KANAN;
  const kolom = plan.print?.repeatColumns;
  if (kolom) {
    const [a, b = a] = kolom.split(":");
    tata.setPrintTitleColumns(`$${a}:$${b}`);
  }
}
