/**
 * Family E: Indikator | <satker> [Target | Realisasi | Capaian] … — one group per other satker
 * (BSPJI Samarinda, BSPJI Padang), read from a sheet the planner keeps.
 */
import { rangeA1 } from "../../snapshot";
import type { PembandingRow, PembandingTable } from "../../tabel";
import type { Grid } from "../grid";
import { barisData, pisahIndikator, sel, type KepalaMulti } from "./kepala";

const SATKER = /^(b?bspji|balai|bbspji|satker|unit)\b/;

interface Grup {
  nama: string;
  target?: number;
  realisasi?: number;
  capaian?: number;
}

function kelompok(grid: Grid, k: KepalaMulti): Grup[] {
  const out: Grup[] = [];
  for (const x of k.kolom) {
    if (x.label.length < 2 || !SATKER.test(x.label[0])) continue;
    const nama = grid.text(k.top, x.col);
    let g = out.find((y) => y.nama === nama);
    if (!g) out.push((g = { nama }));
    const bawah = x.label[x.label.length - 1];
    if (/^target/.test(bawah)) g.target ??= x.col;
    else if (/^realisasi/.test(bawah)) g.realisasi ??= x.col;
    else if (/^capaian|^%/.test(bawah)) g.capaian ??= x.col;
  }
  return out.filter((g) => g.target !== undefined && g.realisasi !== undefined);
}

export function bacaPembanding(grid: Grid, k: KepalaMulti, berikut?: KepalaMulti): PembandingTable | null {
  const grup = kelompok(grid, k);
  if (grup.length === 0) return null;
  const rows: PembandingRow[] = [];
  for (const r of barisData(grid, k, berikut)) {
    const teks = grid.text(r, k.indikator);
    if (!teks) continue;
    const id = pisahIndikator(teks, k.kode !== null ? grid.text(r, k.kode) : null);
    const satker = grup.map((g) => ({
      nama: g.nama,
      target: sel(grid, r, g.target),
      realisasi: sel(grid, r, g.realisasi),
      capaian: sel(grid, r, g.capaian),
    }));
    rows.push({ row: r, kode: id.kode, indikator: id.indikator, satker });
  }
  if (rows.length === 0) return null;
  const right = Math.max(...grup.flatMap((g) => [g.target ?? 0, g.realisasi ?? 0, g.capaian ?? 0]));
  const range = rangeA1({ top: k.top, left: grid.left, bottom: rows[rows.length - 1].row, right });
  return { id: `${grid.sheet.name}!${range}`, sheet: grid.sheet.name, range, bentuk: "pembanding", confidence: 0.9, headerRows: k.rows, title: k.judul, rows };
}
