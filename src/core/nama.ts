/**
 * The one label table: the Indonesian name of every id the model carries (table kinds, budget
 * and quarter layouts, severities, rules, rule families). The pane, the CLI and the summary
 * sheets all name things through it, so a word is changed in one place only.
 */
import type { Bentuk, Jenis, RuleId, Severity } from "./tabel";

export const NAMA_JENIS: Readonly<Record<Jenis, string>> = {
  perkin: "Perjanjian Kinerja",
  triwulan: "Realisasi per triwulan",
  anggaran: "Anggaran",
};

export const NAMA_BENTUK: Readonly<Record<Bentuk, string>> = {
  perkin: "Perjanjian Kinerja",
  fisik: "Capaian fisik per triwulan",
  indikator: "Indikator per triwulan",
  "rencana-aksi": "Rencana aksi",
  ro: "Realisasi per RO",
  triwulan: "Anggaran per triwulan",
  revisi: "Revisi pagu",
  "jenis-belanja": "Jenis belanja",
  pnbp: "PNBP",
  tahunan: "Anggaran tahunan",
  pk: "Anggaran per indikator",
  "sipd-rekap": "SIPD Rekapitulasi Belanja / LRA",
  rak: "SIPD Anggaran Kas (RAK)",
  dipa: "DIPA / POK / realisasi SAKTI",
  renja: "Evaluasi Renja / RKPD",
  "tw-kode": "Realisasi triwulan per kode indikator",
};

export const NAMA_TINGKAT: Readonly<Record<Severity, string>> = { error: "Galat", warning: "Peringatan", info: "Info" };

/** Most severe first: the order findings are counted and listed in. */
export const URUTAN_TINGKAT: readonly Severity[] = ["error", "warning", "info"];

/** Rule families: one file of `validasi/` each. */
export type KeluargaAturan =
  | "bentuk-angka"
  | "kelengkapan"
  | "capaian"
  | "persen"
  | "jumlah"
  | "pagu"
  | "triwulan"
  | "satuan"
  | "antar-lembar"
  | "duplikat";

const KELUARGA: Record<KeluargaAturan, string> = {
  "bentuk-angka": "Bentuk angka",
  kelengkapan: "Kelengkapan",
  capaian: "Capaian",
  persen: "Persentase",
  jumlah: "Jumlah",
  pagu: "Pagu",
  triwulan: "Triwulan",
  satuan: "Satuan",
  "antar-lembar": "Antarlembar",
  duplikat: "Baris ganda",
};

const ATURAN: Record<RuleId, { judul: string; keluarga: KeluargaAturan }> = {
  "angka-teks": { judul: "Angka tersimpan sebagai teks", keluarga: "bentuk-angka" },
  "angka-rusak": { judul: "Angka tidak terbaca", keluarga: "bentuk-angka" },
  "nilai-kosong": { judul: "Nilai kosong", keluarga: "kelengkapan" },
  "target-nol": { judul: "Target nol", keluarga: "kelengkapan" },
  "capaian-selisih": { judul: "Capaian tidak sesuai perhitungan", keluarga: "capaian" },
  "persen-selisih": { judul: "Persentase tidak sesuai", keluarga: "persen" },
  "jumlah-selisih": { judul: "Jumlah tidak sesuai", keluarga: "jumlah" },
  "melebihi-pagu": { judul: "Realisasi melebihi pagu", keluarga: "pagu" },
  "kumulatif-turun": { judul: "Nilai kumulatif menurun", keluarga: "triwulan" },
  "tw4-target": { judul: "Target TW IV berbeda dengan target tahunan", keluarga: "triwulan" },
  "satuan-beda": { judul: "Satuan berbeda", keluarga: "satuan" },
  "antar-lembar": { judul: "Nilai berbeda antarlembar", keluarga: "antar-lembar" },
  duplikat: { judul: "Baris ganda", keluarga: "duplikat" },
};

/** "perkin" → "Perjanjian Kinerja". */
export function namaJenis(jenis: Jenis): string {
  return NAMA_JENIS[jenis];
}

/** "ro" → "Realisasi per RO"; an unknown layout keeps its id. */
export function namaBentuk(bentuk: Bentuk): string {
  return NAMA_BENTUK[bentuk] ?? bentuk;
}

/** What a table is, in one phrase: its kind, and its layout when that says more. */
export function namaTabel(t: { kind: Jenis; bentuk?: Bentuk }): string {
  if (!t.bentuk || t.bentuk === t.kind || NAMA_BENTUK[t.bentuk] === NAMA_JENIS[t.kind]) return NAMA_JENIS[t.kind];
  return `${NAMA_JENIS[t.kind]} — ${namaBentuk(t.bentuk)}`;
}

/** "error" → "Galat" (sentence case; lower-case it inside a sentence). */
export function namaTingkat(tingkat: Severity): string {
  return NAMA_TINGKAT[tingkat];
}

/** "capaian-selisih" → "Capaian tidak sesuai perhitungan"; an unknown id keeps its id. */
export function judulAturan(id: RuleId): string {
  return ATURAN[id]?.judul ?? id;
}

/** The family a rule belongs to ("tw4-target" → "triwulan"). */
export function keluargaAturan(id: RuleId): KeluargaAturan {
  return ATURAN[id].keluarga;
}

/** "bentuk-angka" → "Bentuk angka". */
export function namaKeluarga(k: KeluargaAturan): string {
  return KELUARGA[k];
}

/** Every kind and rule id, in the order lists show them. */
export const SEMUA_JENIS: readonly Jenis[] = ["perkin", "triwulan", "anggaran"];
export const SEMUA_ATURAN: readonly RuleId[] = [
  "angka-teks",
  "angka-rusak",
  "nilai-kosong",
  "target-nol",
  "capaian-selisih",
  "persen-selisih",
  "jumlah-selisih",
  "melebihi-pagu",
  "kumulatif-turun",
  "tw4-target",
  "satuan-beda",
  "antar-lembar",
  "duplikat",
];
