/**
 * Budget tables (anggaran) on one sheet: each header block is tried against the layouts —
 * budget per indicator (pk), quarterly %, revisions, years across, PNBP, the code tree (ro),
 * kinds of spending.
 */
import type { SheetSnapshot } from "../../snapshot";
import type { AnggaranTable } from "../../tabel";
import { Grid } from "../grid";
import { kenaliJenisBelanja } from "./jenis-belanja";
import { cariTabel } from "./kepala";
import type { Konteks } from "./kerangka";
import { kenaliPk } from "./pk";
import { kenaliPnbp } from "./pnbp";
import { kenaliRevisi } from "./revisi";
import { kenaliRo } from "./ro";
import { kenaliTahunan } from "./tahunan";
import { kenaliTriwulanAnggaran } from "./triwulan";

export { kodeJenisBelanja } from "./jenis-belanja";
export { bacaKode, PohonKode, LEVEL } from "./kode";
export type { AnggaranRowPk } from "./pk";
export type { AnggaranRowPnbp } from "./pnbp";
export type { AnggaranRowRevisi } from "./revisi";

const AMBANG = 0.5;

function kenaliSatu(ctx: Konteks): AnggaranTable | null {
  if (ctx.badan.length === 0) return null;
  // An indicator column next to a pagu column is distinctive: tried first.
  const t = kenaliPk(ctx) ?? kenaliTriwulanAnggaran(ctx) ?? kenaliRevisi(ctx) ?? kenaliTahunan(ctx) ?? kenaliPnbp(ctx);
  if (t) return t;
  const ro = kenaliRo(ctx);
  if (ro && ro.rows.some((r) => r.kode !== null)) return ro;
  return kenaliJenisBelanja(ctx) ?? ro;
}

export function kenaliAnggaran(sheet: SheetSnapshot): AnggaranTable[] {
  if (sheet.values.length === 0) return [];
  const grid = new Grid(sheet);
  const out: AnggaranTable[] = [];
  for (const ctx of cariTabel(grid)) {
    const t = kenaliSatu(ctx);
    if (t && t.confidence >= AMBANG && t.rows.length > 0) out.push(t);
  }
  return out;
}
