/**
 * Native charts for the files we write. ExcelJS writes no chart parts, so the parts are made
 * here and the package writer adds them: a drawing for the sheet, its relationships, one chart
 * part per ChartSpec, and their content types. Pure: no file, no zip.
 */
import type { ChartSpec } from "../../core/lembar/plan";
import { bagan } from "./bagan";
import { gambar, relasiGambar } from "./jangkar";
import { JENIS_ISI } from "./xml";

export { nilaiGrafik } from "./nilai";

export interface BagianGrafik {
  /** package path → XML: "xl/drawings/drawing3.xml", "xl/drawings/_rels/drawing3.xml.rels", "xl/charts/chart5.xml" */
  parts: Map<string, string>;
  /** <Override> entries for [Content_Types].xml */
  contentTypes: { partName: string; contentType: string }[];
  /** The drawing part the sheet's rels must point at (relationship type …/relationships/drawing). */
  drawingPath: string;
}

/**
 * The parts for one sheet's charts. `nomor.drawing` names the drawing part, `nomor.chart` the
 * first chart part (the others follow); the caller picks numbers free in its package.
 */
export function bagianGrafik(charts: ChartSpec[], sheetName: string, nomor: { drawing: number; chart: number }): BagianGrafik {
  const drawingPath = `xl/drawings/drawing${nomor.drawing}.xml`;
  const parts = new Map<string, string>();
  const contentTypes: BagianGrafik["contentTypes"] = [];
  const nomorGrafik = charts.map((_, i) => nomor.chart + i);
  parts.set(drawingPath, gambar(charts));
  parts.set(`xl/drawings/_rels/drawing${nomor.drawing}.xml.rels`, relasiGambar(nomorGrafik));
  contentTypes.push({ partName: `/${drawingPath}`, contentType: JENIS_ISI.drawing });
  charts.forEach((spec, i) => {
    const path = `xl/charts/chart${nomorGrafik[i]}.xml`;
    parts.set(path, bagan(spec, sheetName));
    contentTypes.push({ partName: `/${path}`, contentType: JENIS_ISI.chart });
  });
  return { parts, contentTypes, drawingPath };
}
