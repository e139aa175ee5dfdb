/**
 * Tables, conditional formats, charts and print setup of a plan, queued on a worksheet proxy.
 * String enum values are used ("ColorScale", "Landscape"): they are what Office.js sends, and
 * they do not need the Excel.* enum objects at run time.
 */
import type { ChartSpec, ConditionalFormat, SheetPlan } from "../core/lembar/plan";
import { a1, parseA1, parseRange } from "../core/snapshot";

/** Excel's default three-colour scale (red – yellow – green). */
const SKALA = ["#F8696B", "#FFEB84", "#63BE7B"];
const JENIS_GRAFIK = { bar: "BarClustered", column: "ColumnClustered", line: "Line" } as const;
const OPERATOR = { lessThan: "LessThan", greaterThanOrEqual: "GreaterThanOrEqual", between: "Between" } as const;

/** A table name Excel accepts (letter or "_" first; letters, digits, "_" and "." after), max 255. */
export function namaTabelSah(nama: string): string {
  let s = nama.normalize("NFKD").replace(/[^\w.]/g, "_");
  if (!/^[A-Za-z_]/.test(s)) s = `T_${s}`;
  // Names that look like cell references (R1C1, A1) are refused by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(s) || /^[Rr]\d*[Cc]\d*$/.test(s)) s = `_${s}`;
  return s.slice(0, 240);
}

/** A name not in `terpakai` (case-insensitive): Nama, Nama_2, Nama_3… The chosen name is added. */
export function namaTabelUnik(nama: string, terpakai: Set<string>): string {
  const dasar = namaTabelSah(nama);
  let s = dasar;
  for (let i = 2; terpakai.has(s.toLowerCase()); i++) s = `${dasar}_${i}`;
  terpakai.add(s.toLowerCase());
  return s;
}

export function tulisTabel(ws: Excel.Worksheet, plan: SheetPlan, terpakai: Set<string>): string | null {
  if (!plan.table) return null;
  const nama = namaTabelUnik(plan.table.name, terpakai);
  const t = ws.tables.add(ws.getRange(plan.table.range), true);
  t.name = nama;
  if (plan.table.style) t.style = plan.table.style;
  return nama;
}

function tulisSatuFormat(ws: Excel.Worksheet, cf: ConditionalFormat): void {
  const koleksi = ws.getRange(cf.range).conditionalFormats;
  if (cf.type === "colorScale") {
    const v = cf.values ?? [];
    const titik = (i: number, bawaan: Excel.ConditionalColorScaleCriterion["type"], rumus?: string) =>
      v.length === 3
        ? { type: "Number" as const, formula: String(v[i]), color: SKALA[i] }
        : { type: bawaan, formula: rumus, color: SKALA[i] };
    koleksi.add("ColorScale").colorScale.criteria = {
      minimum: titik(0, "LowestValue"),
      midpoint: titik(1, "Percentile", "50"),
      maximum: titik(2, "HighestValue"),
    };
  } else if (cf.type === "cellIs") {
    const f = koleksi.add("CellValue").cellValue;
    if (cf.fill) f.format.fill.color = cf.fill;
    if (cf.fontColor) f.format.font.color = cf.fontColor;
    const v = cf.values ?? [0];
    f.rule = {
      operator: OPERATOR[cf.operator ?? "lessThan"],
      formula1: `=${v[0]}`,
      ...(cf.operator === "between" ? { formula2: `=${v[1] ?? v[0]}` } : {}),
    };
  } else {
    const bar = koleksi.add("DataBar").dataBar;
    bar.barDirection = "LeftToRight";
    if (cf.color) bar.positiveFormat.fillColor = cf.color;
    // A fixed scale from 0: the lowest value must not show as no bar at all.
    bar.lowerBoundRule = { type: "Number", formula: "0" };
    if (cf.max !== undefined) bar.upperBoundRule = { type: "Number", formula: String(cf.max) };
  }
}

export function tulisFormatBersyarat(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const cf of plan.conditionalFormats ?? []) tulisSatuFormat(ws, cf);
}

function tulisGrafik(ws: Excel.Worksheet, spec: ChartSpec): void {
  if (spec.series.length === 0) return;
  const kategori = ws.getRange(spec.categories);
  const chart = ws.charts.add(JENIS_GRAFIK[spec.type], ws.getRange(spec.series[0].values), "Columns");
  chart.title.text = spec.title;
  spec.series.forEach((s, i) => {
    const seri = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) seri.setValues(ws.getRange(s.values));
    seri.name = s.name;
    seri.setXAxisValues(kategori);
    // A percent line beside Rupiah columns gets its own axis on the right.
    if (s.secondary) {
      seri.chartType = "Line";
      seri.axisGroup = "Secondary";
    }
  });
  chart.axes.valueAxis.minimum = 0;
  const p = parseA1(spec.anchor);
  const akhir = a1(p.row + (spec.height ?? 15) - 1, p.col + (spec.width ?? 8) - 1);
  chart.setPosition(spec.anchor, akhir);
}

export function tulisSemuaGrafik(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const c of plan.charts ?? []) tulisGrafik(ws, c);
}

/** "4:5", "$4:$5", "A4:H5" or "4" → "$4:$5". */
export function barisJudul(s: string): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(s.trim());
  if (m) return `$${m[1]}:$${m[2] ?? m[1]}`;
  const r = parseRange(s);
  return `$${r.top}:$${r.bottom}`;
}

/** Print setup and the generated-sheet marker need ExcelApi 1.9 (pageLayout). */
export function tulisCetak(ws: Excel.Worksheet, plan: SheetPlan): void {
  const p = plan.print;
  if (!p) return;
  const tata = ws.pageLayout;
  tata.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  // One page wide, as many pages tall as needed (0 = automatic, as in the file format).
  if (p.fitToWidth) tata.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.repeatRows) tata.setPrintTitleRows(barisJudul(p.repeatRows));
}
