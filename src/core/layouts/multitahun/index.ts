/**
 * Multi-year recognition (Bab III families C, D, E, F) on the same Snapshot as the other layouts.
 * A range claimed here is not also read as a Perkin or budget table: a "Target Jangka Menengah |
 * Realisasi | Capaian" sheet would otherwise pass for a second Perkin and cry wolf.
 */
import { parseRange, type Snapshot, type SheetSnapshot } from "../../snapshot";
import type { Tabel, TabelMultitahun } from "../../tabel";
import { Grid } from "../grid";
import { bacaJangka } from "./jangka";
import { cariKepalaMulti } from "./kepala";
import { bacaPembanding } from "./pembanding";
import { bacaRenstra } from "./renstra";
import { bacaRiwayat } from "./riwayat";

export { tahunDari } from "./kepala";

export function kenaliMultitahunLembar(sheet: SheetSnapshot): TabelMultitahun[] {
  const grid = new Grid(sheet);
  const kepala = cariKepalaMulti(grid);
  const out: TabelMultitahun[] = [];
  kepala.forEach((k, i) => {
    const berikut = kepala[i + 1];
    const t = bacaRenstra(grid, k, berikut) ?? bacaJangka(grid, k, berikut) ?? bacaPembanding(grid, k, berikut) ?? bacaRiwayat(grid, k, berikut);
    if (t) out.push(t);
  });
  return out;
}

export function kenaliMultitahun(snapshot: Snapshot): TabelMultitahun[] {
  return snapshot.sheets.filter((s) => !s.generatedKey).flatMap(kenaliMultitahunLembar);
}

/** Drops the tables of other recognizers that overlap a multi-year table of the same sheet. */
export function tanpaMultitahun(sheet: SheetSnapshot, tabel: Tabel[]): Tabel[] {
  if (tabel.length === 0) return tabel;
  const milik = kenaliMultitahunLembar(sheet).map((t) => parseRange(t.range));
  if (milik.length === 0) return tabel;
  return tabel.filter((t) => {
    const r = parseRange(t.range);
    return !milik.some((m) => r.top <= m.bottom && m.top <= r.bottom && r.left <= m.right && m.left <= r.right);
  });
}
