/**
 * Budget tables (anggaran) on one sheet: each header block is tried against the layouts —
 * budget per indicator (pk), quarterly %, revisions, years across, PNBP, the code tree (ro),
 * kinds of spending.
 */
import { parseRange, type SheetSnapshot } from "../../snapshot";
import type { AnggaranTable, Bentuk, Tabel } from "../../tabel";
import { Grid } from "../grid";
import { kenaliJenisBelanja } from "./jenis-belanja";
import { cariTabel } from "./kepala";
import type { Konteks, Pilihan } from "./kerangka";
import { MEDAN_ANGGARAN } from "./medan";
import { kenaliPk } from "./pk";
import { kenaliPnbp } from "./pnbp";
import { kenaliRevisi } from "./revisi";
import { kenaliRo } from "./ro";
import { kenaliTahunan } from "./tahunan";
import { kenaliTriwulanAnggaran } from "./triwulan";

export { kodeJenisBelanja } from "./jenis-belanja";
export { MEDAN_ANGGARAN } from "./medan";
export { bacaKode, PohonKode, LEVEL } from "./kode";

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

const BACA: Partial<Record<Bentuk, (ctx: Konteks) => AnggaranTable | null>> = {
  ro: kenaliRo,
  triwulan: kenaliTriwulanAnggaran,
  revisi: kenaliRevisi,
  "jenis-belanja": kenaliJenisBelanja,
  pnbp: kenaliPnbp,
  tahunan: kenaliTahunan,
  pk: kenaliPk,
};

/**
 * Reads a recognized table again as the planner corrected it: as layout `bentuk` (default: the
 * table's own, or what recognition makes of its header), with `kolom` (field → column number)
 * overriding the recognized columns. Fields the layout does not read are left out. Null when
 * the header is gone or the layout cannot be read with those columns.
 */
export function bacaUlangAnggaran(grid: Grid, tabel: Tabel, bentuk: Bentuk | undefined, kolom: Record<string, number>): AnggaranTable | null {
  const r = parseRange(tabel.range);
  const semua = cariTabel(grid);
  const ctx =
    semua.find((c) => c.kepala.awal === r.top && c.kepala.kiri === r.left) ??
    semua.find((c) => c.kepala.awal >= r.top && c.kepala.awal <= r.bottom && c.kepala.kiri <= r.right && c.kepala.kanan >= r.left);
  if (!ctx || ctx.badan.length === 0) return null;
  const b = bentuk ?? (tabel.kind === "anggaran" ? tabel.bentuk : kenaliSatu(ctx)?.bentuk);
  const baca = b && BACA[b];
  if (!baca) return null;
  const pilihan: Pilihan = {};
  for (const m of MEDAN_ANGGARAN[b] ?? []) if (Number.isInteger(kolom[m]) && kolom[m] > 0) pilihan[m] = kolom[m];
  const t = baca({ ...ctx, pilihan });
  return t && t.rows.length > 0 ? t : null;
}
