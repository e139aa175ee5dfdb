/**
 * Family F (Tabel 3.102): per year a group "2021" over Target Renstra | Realisasi | %, then a
 * TOTAL 2021-2024 group (Target Renstra Sampai 2024 | Realisasi s.d 2024 | %). Program and
 * sasaran rows (text only, no values) are group rows and are skipped.
 */
import { rangeA1 } from "../../snapshot";
import type { RenstraRow, RenstraTable, SelNilai } from "../../tabel";
import type { Grid } from "../grid";
import { barisData, pisahIndikator, sel, type KepalaMulti, type KolomMulti } from "./kepala";

type Peran = "target" | "realisasi" | "persen";

function peran(k: KolomMulti): Peran | null {
  const bawah = k.label[k.label.length - 1];
  if (/^target/.test(bawah)) return "target";
  if (/^realisasi|^ralisasi/.test(bawah)) return "realisasi";
  if (/^%|^persen|^capaian/.test(bawah)) return "persen";
  return null;
}

interface Grup {
  tahun: number | null;
  total: boolean;
  kol: Partial<Record<Peran, number>>;
}

function kelompok(k: KepalaMulti): Grup[] {
  const out: Grup[] = [];
  for (const x of k.kolom) {
    const p = peran(x);
    if (!p || x.label.length < 2) continue;
    const total = /total|s d|sampai/.test(x.label[0]);
    const tahun = total ? null : x.tahun;
    if (!total && tahun === null) continue;
    let g = out.find((y) => y.total === total && y.tahun === tahun);
    if (!g) out.push((g = { tahun, total, kol: {} }));
    g.kol[p] ??= x.col;
  }
  return out;
}

export function bacaRenstra(grid: Grid, k: KepalaMulti, berikut?: KepalaMulti): RenstraTable | null {
  const grup = kelompok(k);
  const tahunan = grup.filter((g) => !g.total && g.kol.target !== undefined && g.kol.realisasi !== undefined);
  if (tahunan.length < 2) return null;
  const total = grup.find((g) => g.total) ?? null;
  const rows: RenstraRow[] = [];
  const semuaKol = grup.flatMap((g) => Object.values(g.kol));
  for (const r of barisData(grid, k, berikut)) {
    const teks = grid.text(r, k.indikator);
    if (!teks || semuaKol.every((c) => grid.raw(r, c) === null)) continue;
    const id = pisahIndikator(teks, k.kode !== null ? grid.text(r, k.kode) : null);
    const tiga = (g: Grup): { target: SelNilai; realisasi: SelNilai; persen: SelNilai } => ({
      target: sel(grid, r, g.kol.target),
      realisasi: sel(grid, r, g.kol.realisasi),
      persen: sel(grid, r, g.kol.persen),
    });
    rows.push({
      row: r,
      ...id,
      tahun: tahunan.map((g) => ({ tahun: g.tahun as number, ...tiga(g) })),
      total: total ? tiga(total) : null,
    });
  }
  if (rows.length === 0) return null;
  const range = rangeA1({ top: k.top, left: grid.left, bottom: rows[rows.length - 1].row, right: Math.max(...semuaKol) });
  return {
    id: `${grid.sheet.name}!${range}`,
    sheet: grid.sheet.name,
    range,
    bentuk: "renstra",
    confidence: total ? 0.95 : 0.8,
    headerRows: k.rows,
    title: k.judul,
    tahun: tahunan.map((g) => g.tahun as number),
    rows,
  };
}
