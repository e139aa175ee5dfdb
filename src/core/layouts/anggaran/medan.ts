/**
 * Fields of a budget table a planner can move to another column, per layout: the same keys
 * the layout reports in `columns`, so a correction and a recognition speak one language.
 */
import { medanTw, type Bentuk } from "../../tabel";

const TW = [0, 1, 2, 3].flatMap((i) => [medanTw(i, "target"), medanTw(i, "realisasi")]);

export const MEDAN_ANGGARAN: Partial<Record<Bentuk, readonly string[]>> = {
  ro: ["kode", "uraian", "pagu", "realisasi", "persen", "sisa"],
  triwulan: ["kode", "uraian", "pagu", "realisasi", ...TW],
  "jenis-belanja": ["kode", "uraian", "pagu", "realisasi", "persen"],
  pnbp: ["no", "uraian", "pagu", "sdBulanLalu", "bulanIni", "realisasi", "persen"],
  pk: ["sasaran", "noIk", "indikator", "satuan", "targetIk", "realisasiIk", "capaianIk", "kode", "uraian", "pagu", "realisasi", "persen", "sisa"],
  revisi: ["kode", "uraian"],
  tahunan: ["uraian"],
};
