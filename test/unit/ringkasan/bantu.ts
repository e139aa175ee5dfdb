/** Reading plans back in the tests. */
import type { PlanCell, SheetPlan } from "../../../src/core/lembar/plan";

export function sel(plan: SheetPlan, at: string): PlanCell {
  const c = plan.cells.find((x) => x.at === at);
  if (!c) throw new Error(`Sel ${at} tidak ada di ${plan.name}`);
  return c;
}

export function angka(plan: SheetPlan, at: string): number {
  const v = sel(plan, at).value;
  if (typeof v !== "number") throw new Error(`Sel ${at} di ${plan.name} bukan angka: ${String(v)}`);
  return v;
}

/** Row of the first cell in column `kol` whose text is `teks`. */
export function barisDengan(plan: SheetPlan, kol: string, teks: string): number {
  const c = plan.cells.find((x) => x.at.replace(/\d+$/, "") === kol && x.value === teks);
  if (!c) throw new Error(`"${teks}" tidak ada di kolom ${kol} ${plan.name}`);
  return Number(c.at.replace(/^[A-Z]+/, ""));
}

/** Decimals of a printed number ("123,33%" → 2, "105%" → 0). */
export function desimalCetak(raw: string): number {
  const m = /[.,](\d+)\s*%?$/.exec(raw.replace(/\s+/g, ""));
  return m ? m[1].length : 0;
}
