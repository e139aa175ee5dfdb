/**
 * Family C: Indikator | Realisasi TA.2020 … TA.2024, one row per indicator, realisasi only.
 * Years before an indicator existed are N/A or "-"; units may be inline ("7 Perusahaan", "4.97 (A)").
 */
import { rangeA1 } from "../../snapshot";
import type { RiwayatRow, RiwayatTable } from "../../tabel";
import type { Grid } from "../grid";
import { barisData, cocokLabel, pisahIndikator, sel, type KepalaMulti } from "./kepala";

const BUKAN_RIWAYAT = /target|capaian|%|jangka|renstra|anggaran|pagu/;

export function bacaRiwayat(grid: Grid, k: KepalaMulti, berikut?: KepalaMulti): RiwayatTable | null {
  const tahunKol = k.kolom.filter((x) => x.tahun !== null && x.col !== k.indikator);
  if (tahunKol.length < 2 || tahunKol.some((x) => cocokLabel(x, BUKAN_RIWAYAT))) return null;
  if (new Set(tahunKol.map((x) => x.tahun)).size !== tahunKol.length) return null;
  const rows: RiwayatRow[] = [];
  for (const r of barisData(grid, k, berikut)) {
    const teks = grid.text(r, k.indikator);
    if (!teks) continue;
    const id = pisahIndikator(teks, k.kode !== null ? grid.text(r, k.kode) : null);
    const realisasi = tahunKol.map((x) => ({ tahun: x.tahun as number, nilai: sel(grid, r, x.col) }));
    const satuan = realisasi.map((x) => x.nilai.sumber.unit).find((u) => u) ?? id.satuan;
    rows.push({ row: r, kode: id.kode, indikator: id.indikator, satuan: satuan ?? null, realisasi });
  }
  if (rows.length === 0) return null;
  const right = Math.max(...tahunKol.map((x) => x.col));
  const range = rangeA1({ top: k.top, left: grid.left, bottom: rows[rows.length - 1].row, right });
  return {
    id: `${grid.sheet.name}!${range}`,
    sheet: grid.sheet.name,
    range,
    bentuk: "riwayat",
    confidence: tahunKol.every((x) => cocokLabel(x, /realisasi|^ta |tahun|^\d{4}$/)) ? 0.9 : 0.6,
    headerRows: k.rows,
    title: k.judul,
    tahun: tahunKol.map((x) => x.tahun as number),
    rows,
  };
}
