/** Bab III from a workbook snapshot: recognition (single- and multi-year), then the document model. */
import { kenali } from "../layouts/index";
import { kenaliMultitahun } from "../layouts/multitahun/index";
import type { Koreksi } from "../tabel";
import type { Snapshot } from "../snapshot";
import type { Dokumen } from "./model";
import { susunBab3, type OpsiLaporan } from "./susun";

export { susunBab3, SEMUA_KELUARGA, type OpsiLaporan } from "./susun";
export type { Dokumen, Keluarga, TabelDok, GrafikDok, SelDok } from "./model";

export function laporanDariSnapshot(snapshot: Snapshot, opsi: OpsiLaporan = {}, koreksi: Koreksi[] = []): Dokumen {
  return susunBab3(kenali(snapshot, koreksi), kenaliMultitahun(snapshot), opsi);
}

/** Families as the pane and the CLI name them. */
export const NAMA_KELUARGA: Record<string, string> = {
  A: "Per Tujuan",
  B: "Per Sasaran Strategis",
  C: "Riwayat realisasi (dengan grafik)",
  D: "Target jangka menengah Renstra",
  E: "Perbandingan dengan satker sejenis",
  F: "Capaian Renstra (TOTAL)",
  efisiensi: "Efisiensi per indikator",
  nka: "Nilai Kinerja Anggaran",
  anggaran: "Realisasi anggaran (RO, triwulan, PNBP)",
};
