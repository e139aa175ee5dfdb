/** Plan styles and conditional formats in ExcelJS terms. */
import type ExcelJS from "exceljs";
import type { CellStyle, ConditionalFormat } from "../core/lembar/plan";

export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const GARIS: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

export function terapkanGaya(cell: ExcelJS.Cell, g: CellStyle | undefined, link: boolean): void {
  const font: Partial<ExcelJS.Font> = { name: "Calibri", size: g?.fontSize ?? 11 };
  if (g?.bold) font.bold = true;
  if (g?.italic) font.italic = true;
  if (g?.color) font.color = { argb: argb(g.color) };
  if (link) {
    font.underline = true;
    font.color = { argb: argb(g?.color ?? "#0563C1") };
  }
  cell.font = font;
  if (g?.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(g.fill) } };
  const align: Partial<ExcelJS.Alignment> = { vertical: "top" };
  if (g?.align) align.horizontal = g.align;
  if (g?.wrap) align.wrapText = true;
  if (g?.indent) align.indent = g.indent;
  cell.alignment = align;
  if (g?.border) cell.border = { top: GARIS, left: GARIS, bottom: GARIS, right: GARIS };
}

/** ExcelJS rules for one plan conditional format (priority keeps the plan's order). */
export function aturanFormat(cf: ConditionalFormat, prioritas: number): ExcelJS.ConditionalFormattingRule {
  switch (cf.type) {
    case "cellIs": {
      const style: Partial<ExcelJS.Style> = {};
      if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
      if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
      return {
        type: "cellIs",
        operator: cf.operator as ExcelJS.CellIsRuleType["operator"],
        formulae: (cf.values ?? []).map((v) => String(v)),
        style,
        priority: prioritas,
      } as ExcelJS.CellIsRuleType;
    }
    case "colorScale":
      return {
        type: "colorScale",
        cfvo: (cf.values ?? []).map((v) => ({ type: "num", value: v })),
        color: [WARNA_SKALA.merah, WARNA_SKALA.kuning, WARNA_SKALA.hijau].slice(0, (cf.values ?? []).length).map((c) => ({ argb: c })),
        priority: prioritas,
      } as ExcelJS.ColorScaleRuleType;
    case "dataBar":
      return dataBar(cf.color ?? "#5B9BD5", prioritas, cf.max);
  }
}

const WARNA_SKALA = { merah: "FFF8696B", kuning: "FFFFEB84", hijau: "FF63BE7B" };

/**
 * Bars grow from 0: a bar from the lowest value makes 91 % look like nothing beside 94 %. With
 * `max` (1 for a percent column) the scale is fixed, so 100 % is a full bar.
 */
export function dataBar(warna: string, prioritas: number, max?: number): ExcelJS.ConditionalFormattingRule {
  return {
    type: "dataBar",
    cfvo: [{ type: "num", value: 0 }, max === undefined ? { type: "max" } : { type: "num", value: max }],
    color: { argb: argb(warna) },
    gradient: false,
    priority: prioritas,
  } as unknown as ExcelJS.DataBarRuleType;
}
