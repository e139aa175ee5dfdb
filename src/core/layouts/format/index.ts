/** The export families on one sheet: SIPD rekap and Anggaran Kas, DIPA/SAKTI, Evaluasi Renja, realisation by indicator code. */
import type { TabelFormat } from "../../tabel";
import type { Grid } from "../grid";
import { kenaliDipa } from "../dipa";
import { kenaliRenja } from "../renja";
import { kenaliTwKode } from "../triwulan-kode";
import { kenaliRak } from "../sipd/anggaran-kas";
import { kenaliSipdRekap } from "../sipd/rekap-belanja";

export function kenaliFormat(grid: Grid): TabelFormat[] {
  if (grid.sheet.values.length === 0) return [];
  return [...kenaliSipdRekap(grid), ...kenaliDipa(grid), ...kenaliRak(grid), ...kenaliRenja(grid), ...kenaliTwKode(grid)];
}
