/**
 * Axes. Value axes start at 0 (a bar that starts elsewhere misstates the difference); a value
 * axis over percent cells is labelled in percent.
 */
import type { ChartSeries } from "../../core/lembar/plan";
import { garisBantu, teksKecil, WARNA_ACUAN } from "./gaya";
import { angka, esc, val } from "./xml";

export type Posisi = "l" | "r" | "b" | "t";

/** From this size on, axis labels are in millions (Rupiah budgets run to billions). */
const BATAS_JUTA = 10_000_000;

/**
 * "0%" when the series' cells hold percent; millions ("11.478 jt") when the cached values are
 * that large; thousands separated otherwise. Separators follow the reader's locale.
 */
export function formatSumbu(series: ChartSeries[]): string {
  if (series.some((s) => s.format?.includes("%"))) return "0%";
  const besar = series.some((s) => s.cache?.some((v) => v !== null && Math.abs(v) >= BATAS_JUTA));
  return besar ? '#,##0,," jt"' : "#,##0";
}

export interface OpsiKategori {
  id: number;
  silang: number;
  posisi: Posisi;
  /** First category at the top of horizontal bars (reading order of the table). */
  terbalik?: boolean;
  tersembunyi?: boolean;
}

export function sumbuKategori(o: OpsiKategori): string {
  return (
    `<c:catAx>${val("c:axId", o.id)}<c:scaling>${val("c:orientation", o.terbalik ? "maxMin" : "minMax")}</c:scaling>` +
    `${val("c:delete", !!o.tersembunyi)}${val("c:axPos", o.posisi)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${val("c:majorTickMark", "out")}${val("c:minorTickMark", "none")}` +
    `${val("c:tickLblPos", "nextTo")}${teksKecil(8)}${val("c:crossAx", o.silang)}${val("c:crosses", "autoZero")}` +
    `${val("c:auto", true)}${val("c:lblAlgn", "ctr")}${val("c:lblOffset", 100)}${val("c:noMultiLvlLbl", false)}</c:catAx>`
  );
}

export interface OpsiNilai {
  id: number;
  silang: number;
  posisi: Posisi;
  format: string;
  /** Crosses its category axis at the far end: the right-hand axis, or the bottom of reversed bars. */
  diUjung?: boolean;
  garisBantu?: boolean;
  /** Fixed top of the scale (only when the data alone would leave the reference off the chart). */
  maks?: number;
  tersembunyi?: boolean;
}

export function sumbuNilai(o: OpsiNilai): string {
  return (
    `<c:valAx>${val("c:axId", o.id)}<c:scaling>${val("c:orientation", "minMax")}${o.maks === undefined ? "" : val("c:max", o.maks)}${val("c:min", 0)}</c:scaling>` +
    `${val("c:delete", !!o.tersembunyi)}${val("c:axPos", o.posisi)}${o.garisBantu ? garisBantu() : ""}` +
    `<c:numFmt formatCode="${esc(o.format)}" sourceLinked="0"/>${val("c:majorTickMark", "out")}${val("c:minorTickMark", "none")}` +
    `${val("c:tickLblPos", "nextTo")}${teksKecil(8)}${val("c:crossAx", o.silang)}${val("c:crosses", o.diUjung ? "max" : "autoZero")}` +
    `${val("c:crossBetween", "between")}</c:valAx>`
  );
}

/**
 * The reference line: a category axis of the second pair, without labels or ticks, crossing
 * that pair's value axis at the reference value and drawn as a dashed red line. Excel and
 * LibreOffice both draw it; a literal-valued series (c:numLit) LibreOffice would drop.
 */
export function sumbuAcuan(o: { id: number; silang: number; posisi: Posisi; terbalik: boolean; nilai: number }): string {
  const ln = `<c:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="${WARNA_ACUAN}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>`;
  return (
    `<c:catAx>${val("c:axId", o.id)}<c:scaling>${val("c:orientation", o.terbalik ? "maxMin" : "minMax")}</c:scaling>` +
    `${val("c:delete", false)}${val("c:axPos", o.posisi)}${val("c:majorTickMark", "none")}${val("c:minorTickMark", "none")}` +
    `${val("c:tickLblPos", "none")}${ln}${val("c:crossAx", o.silang)}${val("c:crossesAt", angka(o.nilai))}` +
    `${val("c:auto", true)}${val("c:lblAlgn", "ctr")}${val("c:lblOffset", 100)}${val("c:noMultiLvlLbl", false)}</c:catAx>`
  );
}
