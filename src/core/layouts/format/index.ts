/** The export families on one sheet: SIPD rekap and Anggaran Kas, DIPA/SAKTI, Evaluasi Renja, realisation by indicator code. */
import type { TabelFormat } from "../../tabel";
import type { Grid } from "../grid";
import { kenaliDipa } from "../dipa";
import { kenaliSipdRekap } from "../sipd/rekap-belanja";

export function kenaliFormat(grid: Grid): TabelFormat[] {
  if (grid.sheet.values.length === 0) return [];
  return [...kenaliSipdRekap(grid), ...kenaliDipa(grid)];
}
