/**
 * Family D: Indikator | Target Jangka Menengah Renstra (also "Target Akhir Renstra", "Target s.d.
 * 2024") | Realisasi TA 2024 ("Ralisasi", "s.d 2024") | Capaian (%), one row per indicator.
 */
import { rangeA1 } from "../../snapshot";
import type { JangkaRow, JangkaTable } from "../../tabel";
import type { Grid } from "../grid";
import { barisData, cocokLabel, pisahIndikator, sel, type KepalaMulti } from "./kepala";

const TARGET_JM = /jangka menengah|target akhir renstra|target s ?d|target sampai/;

export function bacaJangka(grid: Grid, k: KepalaMulti, berikut?: KepalaMulti): JangkaTable | null {
  const target = k.kolom.find((x) => cocokLabel(x, TARGET_JM));
  const realisasi = k.kolom.find((x) => x !== target && cocokLabel(x, /^realisasi|^ralisasi/));
  const capaian = k.kolom.find((x) => cocokLabel(x, /^capaian|^%/));
  if (!target || !realisasi || !capaian) return null;
  const rows: JangkaRow[] = [];
  for (const r of barisData(grid, k, berikut)) {
    const teks = grid.text(r, k.indikator);
    if (!teks) continue;
    const id = pisahIndikator(teks, k.kode !== null ? grid.text(r, k.kode) : null);
    rows.push({
      row: r,
      kode: id.kode,
      indikator: id.indikator,
      target: sel(grid, r, target.col),
      realisasi: sel(grid, r, realisasi.col),
      capaian: sel(grid, r, capaian.col),
    });
  }
  if (rows.length === 0) return null;
  const range = rangeA1({ top: k.top, left: grid.left, bottom: rows[rows.length - 1].row, right: Math.max(target.col, realisasi.col, capaian.col) });
  return {
    id: `${grid.sheet.name}!${range}`,
    sheet: grid.sheet.name,
    range,
    bentuk: "jangka-menengah",
    confidence: 0.95,
    headerRows: k.rows,
    title: k.judul,
    tahunRealisasi: realisasi.tahun,
    rows,
  };
}
