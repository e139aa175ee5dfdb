/*
 * The SAKIP custom functions described once: name, what each computes, its parameters and an
 * example from the LAKIP 2024. The task pane's Rumus list is built from this; functions.json is
 * generated from the JSDoc in functions.ts (Excel reads only that), and a test holds the two equal.
 * Example results come from running the functions themselves on the example arguments.
 */
import { formatAngka, formatPersen } from "../core/angka";
import * as f from "./functions";

export type Arg = number | string;

/** How the example's result is shown: as a percent, a number with n decimals, or text. */
export type Tampil = "persen" | "angka2" | "angka0" | "teks";

export interface ParamFungsi {
  nama: string;
  arti: string;
  opsional?: boolean;
}

export interface FungsiSakip {
  /** The name after SAKIP. in a formula. */
  nama: string;
  arti: string;
  params: ParamFungsi[];
  /** The function Excel calls (one argument per parameter, each a matrix). */
  jalankan: (...args: unknown[][][]) => unknown[][];
  contoh: { args: Arg[]; sumber: string };
  tampil: Tampil;
}

const PECAHAN = "Hasil berupa pecahan; format sel sebagai persen.";

export const KATALOG: FungsiSakip[] = [
  {
    nama: "CAPAIAN",
    arti: `Capaian kinerja: realisasi dibagi target (maksimasi) atau 2 − realisasi/target (minimasi). ${PECAHAN}`,
    params: [
      { nama: "target", arti: 'Target kinerja (angka, teks angka seperti "82,25", atau rentang)' },
      { nama: "realisasi", arti: "Realisasi kinerja (angka, teks angka, atau rentang seukuran target)" },
      { nama: "arah", arti: '"maks" (makin tinggi makin baik, bawaan) atau "min" (makin rendah makin baik)', opsional: true },
    ],
    jalankan: f.capaian,
    contoh: { args: [30, 37], sumber: "SK1.IK1, Tabel 3.112" },
    tampil: "persen",
  },
  {
    nama: "PRODUKTIVITAS",
    arti: `Produktivitas: (sesudah − sebelum) / sebelum. ${PECAHAN}`,
    params: [
      { nama: "sebelum", arti: "Kinerja sebelum (A)" },
      { nama: "sesudah", arti: "Kinerja sesudah (B)" },
    ],
    jalankan: f.produktivitas,
    contoh: { args: [900, 1140], sumber: "produksi IKM Fadyan per bulan, Tabel 3.40" },
    tampil: "persen",
  },
  {
    nama: "EFISIENSI",
    arti: "Efisiensi proses: (sebelum − sesudah) / sebelum, misalnya waktu atau biaya yang dihemat. Hasil berupa pecahan.",
    params: [
      { nama: "sebelum", arti: "Nilai sebelum (A), misalnya waktu proses lama" },
      { nama: "sesudah", arti: "Nilai sesudah (B)" },
    ],
    jalankan: f.efisiensi,
    contoh: { args: [20, 14], sumber: "waktu dekomposisi KSM Bukit Kancil, Tabel 3.15" },
    tampil: "persen",
  },
  {
    nama: "PERTUMBUHAN",
    arti: "Pertumbuhan dari tahun lalu ke tahun ini: (kini − lalu) / lalu, misalnya PNBP. Hasil berupa pecahan.",
    params: [
      { nama: "lalu", arti: "Nilai tahun lalu (A)" },
      { nama: "kini", arti: "Nilai tahun ini (B)" },
    ],
    jalankan: f.pertumbuhan,
    contoh: { args: [4147659000, 5186827000], sumber: "PNBP 2023 → 2024, Tabel 3.48" },
    tampil: "persen",
  },
  {
    nama: "PENYERAPAN",
    arti: `Penyerapan anggaran: realisasi anggaran dibagi pagu. ${PECAHAN}`,
    params: [
      { nama: "pagu", arti: 'Pagu anggaran (Rupiah; teks seperti "Rp 65.345.000,00" diterima)' },
      { nama: "realisasi", arti: "Realisasi anggaran (Rupiah)" },
    ],
    jalankan: f.penyerapan,
    contoh: { args: [14806645000, 13990833037], sumber: "anggaran 2022, Tabel 3.107" },
    tampil: "persen",
  },
  {
    nama: "IBT",
    arti: "Indeks Biaya Target: pagu dibagi target, yaitu rupiah per satuan target kinerja.",
    params: [
      { nama: "pagu", arti: "Pagu anggaran indikator (Rupiah)" },
      { nama: "target", arti: "Target kinerja" },
    ],
    jalankan: f.ibt,
    contoh: { args: [35600000, 30], sumber: "SK1.IK1, Tabel 3.112" },
    tampil: "angka2",
  },
  {
    nama: "IBR",
    arti: "Indeks Biaya Realisasi: realisasi anggaran dibagi realisasi kinerja, yaitu rupiah per satuan realisasi.",
    params: [
      { nama: "realisasiAnggaran", arti: "Realisasi anggaran indikator (Rupiah)" },
      { nama: "realisasi", arti: "Realisasi kinerja" },
    ],
    jalankan: f.ibr,
    contoh: { args: [35521816, 37], sumber: "SK1.IK1, Tabel 3.112" },
    tampil: "angka2",
  },
  {
    nama: "EFISIENSI.ANGGARAN",
    arti: `Efisiensi anggaran terhadap kinerja: (IBT − IBR) / IBT. ${PECAHAN}`,
    params: [
      { nama: "pagu", arti: "Pagu anggaran indikator (Rupiah)" },
      { nama: "target", arti: "Target kinerja" },
      { nama: "realisasiAnggaran", arti: "Realisasi anggaran indikator (Rupiah)" },
      { nama: "realisasi", arti: "Realisasi kinerja" },
    ],
    jalankan: f.efisiensiAnggaran,
    contoh: { args: [35600000, 30, 35521816, 37], sumber: "SK1.IK1, Tabel 3.112" },
    tampil: "persen",
  },
  {
    nama: "ANGKA",
    arti: 'Membaca teks angka berformat Indonesia ("20.535.869.000", "Rp 65.345.000,00", "123,33%") menjadi angka. Teks persen menjadi pecahan.',
    params: [{ nama: "teks", arti: "Teks angka atau rentang berisi teks angka" }],
    jalankan: f.angka,
    contoh: { args: ["Rp 65.345.000,00"], sumber: "pagu SK2.IK2, Tabel 3.112" },
    tampil: "angka0",
  },
  {
    nama: "PREDIKAT",
    arti: "Predikat menurut skala peraturan: IKM (mutu A–D), SAKIP (AA–E), capaian (Tercapai/Hampir/Belum), atau indeks pelayanan publik.",
    params: [
      { nama: "nilai", arti: "Nilai yang dinilai: IKM 1–4 (atau NIK 25–100), nilai SAKIP 0–100, capaian sebagai pecahan, atau indeks pelayanan publik 0–5" },
      { nama: "skala", arti: '"ikm", "sakip", "capaian" atau "ilp"' },
    ],
    jalankan: f.predikat,
    contoh: { args: [3.68, "ikm"], sumber: "IKM 2024, SK5.IK1" },
    tampil: "teks",
  },
];

/** Number format for the cell an example goes into (Office.js number formats are en-US). */
export const FORMAT_SEL: Record<Tampil, string | undefined> = { persen: "0.00%", angka2: "#,##0.00", angka0: "#,##0", teks: undefined };

/** The example's result as the pane shows it, computed by the custom function itself. */
export function hasilContoh(fn: FungsiSakip): string {
  const v = fn.jalankan(...fn.contoh.args.map((a) => [[a]]))[0][0];
  if (typeof v !== "number") return String(v);
  if (fn.tampil === "persen") return formatPersen(v * 100, 2); // the functions return fractions
  if (fn.tampil === "angka2") return formatAngka(v, 2);
  if (fn.tampil === "angka0") return formatAngka(v, 0);
  return String(v);
}
