/**
 * Fills a plan's charts with the values its cells hold now (the core's own results), so the
 * written file carries them as the series caches and shows the charts before any recalculation.
 */
import type { ChartSeries, ChartSpec, PlanCell, SheetPlan } from "../../core/lembar/plan";
import { a1, parseRange } from "../../core/snapshot";

function selRentang(peta: Map<string, PlanCell>, range: string): (PlanCell | undefined)[] {
  const r = parseRange(range);
  const out: (PlanCell | undefined)[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(peta.get(a1(row, col)));
  return out;
}

function angka(c: PlanCell | undefined): number | null {
  return typeof c?.value === "number" && Number.isFinite(c.value) ? c.value : null;
}

function teks(c: PlanCell | undefined): string | null {
  const v = c?.value;
  return v === null || v === undefined ? null : String(v);
}

function isiSeri(peta: Map<string, PlanCell>, s: ChartSeries): ChartSeries {
  const sel = selRentang(peta, s.values);
  const format = s.format ?? sel.find((c) => c?.format && angka(c) !== null)?.format;
  return { ...s, cache: s.cache ?? sel.map(angka), ...(format ? { format } : {}) };
}

export function nilaiGrafik(plan: SheetPlan): ChartSpec[] {
  const peta = new Map(plan.cells.map((c) => [c.at.toUpperCase(), c]));
  return (plan.charts ?? []).map((spec) => ({
    ...spec,
    categoryCache: spec.categoryCache ?? selRentang(peta, spec.categories).map((c) => teks(c) ?? ""),
    series: spec.series.map((s) => isiSeri(peta, s)),
  }));
}
