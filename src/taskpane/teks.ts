/**
 * Pane-only labels: field names for the mapping form, badge colours, the summary list. Kinds,
 * layouts, severities and rule titles come from the core's one label table (core/nama).
 */
import type { Bentuk, Jenis, Severity } from "../core/tabel";
import { medanTw, TRIWULAN, uraiMedan } from "../core/tabel";

const MEDAN: Record<string, string> = {
  noSasaran: "No. sasaran",
  no: "No.",
  sasaran: "Sasaran",
  indikator: "Indikator",
  target: "Target",
  satuan: "Satuan",
  realisasi: "Realisasi",
  capaian: "Capaian",
  kode: "Kode",
  uraian: "Uraian",
  pagu: "Pagu",
  persen: "Persen",
  sisa: "Sisa",
  sdBulanLalu: "s.d. bulan lalu",
  bulanIni: "Bulan ini",
  noIk: "No. indikator",
  targetIk: "Target indikator",
  realisasiIk: "Realisasi indikator",
  capaianIk: "Capaian indikator",
};

/** Names a field carries in one layout (a PNBP "pagu" is the revenue target). */
const MEDAN_BENTUK: Partial<Record<Bentuk, Record<string, string>>> = {
  pnbp: { uraian: "Jenis penerimaan", pagu: "Target penerimaan", realisasi: "Jumlah penerimaan" },
  pk: { kode: "No. komponen", uraian: "Komponen", pagu: "Pagu komponen", realisasi: "Realisasi anggaran", persen: "Persen anggaran" },
  "jenis-belanja": { uraian: "Jenis belanja" },
};

export function namaMedan(medan: string, bentuk?: Bentuk): string {
  const khusus = bentuk && MEDAN_BENTUK[bentuk]?.[medan];
  if (khusus) return khusus;
  if (MEDAN[medan]) return MEDAN[medan];
  const u = uraiMedan(medan);
  if (u.jenis === "tw") return `TW ${TRIWULAN[u.ke]} ${namaMedan(u.nilai).toLowerCase()}`;
  if (u.jenis === "bulan") return `Bulan ${u.ke + 1}`;
  if (u.jenis === "revisi") return `Revisi ${u.ke}`;
  return medan;
}

/** Fields a planner can map, per kind, in display order. */
export const MEDAN_JENIS: Record<Jenis, string[]> = {
  perkin: ["sasaran", "indikator", "target", "satuan", "realisasi", "capaian"],
  triwulan: [
    "sasaran",
    "indikator",
    "target",
    "realisasi",
    "capaian",
    ...[0, 1, 2, 3].flatMap((i) => [medanTw(i, "target"), medanTw(i, "realisasi")]),
  ],
  anggaran: ["kode", "uraian", "pagu", "realisasi", "persen", "sisa"],
};

export const WARNA_TINGKAT: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export const LEMBAR_RINGKASAN: { key: string; nama: string; isi: string }[] = [
  { key: "ringkasan-kinerja", nama: "Ringkasan Kinerja", isi: "target, realisasi dan capaian setiap indikator" },
  { key: "capaian-triwulan", nama: "Capaian Triwulan", isi: "rencana dan realisasi per triwulan" },
  { key: "realisasi-anggaran", nama: "Realisasi Anggaran", isi: "pagu, realisasi, penyerapan dan sisa" },
  { key: "efisiensi", nama: "Efisiensi", isi: "IBT, IBR dan efisiensi anggaran per indikator" },
  { key: "temuan", nama: "Temuan", isi: "daftar hasil pemeriksaan dengan tautan ke sel" },
];

/** 0.953 → "95 %" */
export function teksKeyakinan(x: number): string {
  return `${Math.round(x * 100)} %`;
}
