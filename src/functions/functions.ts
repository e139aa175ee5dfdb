/*
 * Custom functions of the SAKIP namespace (=SAKIP.CAPAIAN(...)). Metadata (functions.json) is
 * generated from these JSDoc blocks; the arithmetic lives in core/rumus, and `angkat` handles text
 * numbers, ranges and errors. Percent results are fractions: format the cell as %.
 */
import * as rumus from "../core/rumus";
import { angkat, pecahan, ANGKA, ARAH, SKALA } from "./angkat";

/* eslint-disable @typescript-eslint/no-explicit-any */

// Built once: a fresh wrapper per call would hand the engine a new callee on every recalculation.
const PECAHAN = {
  capaian: pecahan(rumus.capaian),
  produktivitas: pecahan(rumus.produktivitas),
  efisiensi: pecahan(rumus.efisiensi),
  pertumbuhan: pecahan(rumus.pertumbuhan),
  penyerapan: pecahan(rumus.penyerapan),
  efisiensiAnggaran: pecahan(rumus.efisiensiAnggaran),
};

/**
 * Capaian kinerja: realisasi dibagi target (maksimasi) atau 2 − realisasi/target (minimasi). Hasil berupa pecahan; format sel sebagai persen.
 * @customfunction CAPAIAN
 * @param target Target kinerja (angka, teks angka seperti "82,25", atau rentang)
 * @param realisasi Realisasi kinerja (angka, teks angka, atau rentang seukuran target)
 * @param [arah] "maks" (makin tinggi makin baik, bawaan) atau "min" (makin rendah makin baik)
 * @returns Capaian sebagai pecahan (1,2333 = 123,33 %)
 */
export function capaian(target: any[][], realisasi: any[][], arah?: any[][]): any[][] {
  return angkat(PECAHAN.capaian, [ANGKA, ANGKA, ARAH], [target, realisasi, arah]);
}

/**
 * Produktivitas: (sesudah − sebelum) / sebelum. Hasil berupa pecahan; format sel sebagai persen.
 * @customfunction PRODUKTIVITAS
 * @param sebelum Kinerja sebelum (A)
 * @param sesudah Kinerja sesudah (B)
 * @returns Kenaikan sebagai pecahan
 */
export function produktivitas(sebelum: any[][], sesudah: any[][]): any[][] {
  return angkat(PECAHAN.produktivitas, [ANGKA, ANGKA], [sebelum, sesudah]);
}

/**
 * Efisiensi proses: (sebelum − sesudah) / sebelum, misalnya waktu atau biaya yang dihemat. Hasil berupa pecahan.
 * @customfunction EFISIENSI
 * @param sebelum Nilai sebelum (A), misalnya waktu proses lama
 * @param sesudah Nilai sesudah (B)
 * @returns Penghematan sebagai pecahan
 */
export function efisiensi(sebelum: any[][], sesudah: any[][]): any[][] {
  return angkat(PECAHAN.efisiensi, [ANGKA, ANGKA], [sebelum, sesudah]);
}

/**
 * Pertumbuhan dari tahun lalu ke tahun ini: (kini − lalu) / lalu, misalnya PNBP. Hasil berupa pecahan.
 * @customfunction PERTUMBUHAN
 * @param lalu Nilai tahun lalu (A)
 * @param kini Nilai tahun ini (B)
 * @returns Pertumbuhan sebagai pecahan
 */
export function pertumbuhan(lalu: any[][], kini: any[][]): any[][] {
  return angkat(PECAHAN.pertumbuhan, [ANGKA, ANGKA], [lalu, kini]);
}

/**
 * Penyerapan anggaran: realisasi anggaran dibagi pagu. Hasil berupa pecahan; format sel sebagai persen.
 * @customfunction PENYERAPAN
 * @param pagu Pagu anggaran (Rupiah; teks seperti "Rp 65.345.000,00" diterima)
 * @param realisasi Realisasi anggaran (Rupiah)
 * @returns Penyerapan sebagai pecahan
 */
export function penyerapan(pagu: any[][], realisasi: any[][]): any[][] {
  return angkat(PECAHAN.penyerapan, [ANGKA, ANGKA], [pagu, realisasi]);
}

/**
 * Indeks Biaya Target: pagu dibagi target, yaitu rupiah per satuan target kinerja.
 * @customfunction IBT
 * @param pagu Pagu anggaran indikator (Rupiah)
 * @param target Target kinerja
 * @returns Rupiah per satuan target
 */
export function ibt(pagu: any[][], target: any[][]): any[][] {
  return angkat(rumus.ibt, [ANGKA, ANGKA], [pagu, target]);
}

/**
 * Indeks Biaya Realisasi: realisasi anggaran dibagi realisasi kinerja, yaitu rupiah per satuan realisasi.
 * @customfunction IBR
 * @param realisasiAnggaran Realisasi anggaran indikator (Rupiah)
 * @param realisasi Realisasi kinerja
 * @returns Rupiah per satuan realisasi
 */
export function ibr(realisasiAnggaran: any[][], realisasi: any[][]): any[][] {
  return angkat(rumus.ibr, [ANGKA, ANGKA], [realisasiAnggaran, realisasi]);
}

/**
 * Efisiensi anggaran terhadap kinerja: (IBT − IBR) / IBT. Hasil berupa pecahan; format sel sebagai persen.
 * @customfunction EFISIENSI.ANGGARAN
 * @param pagu Pagu anggaran indikator (Rupiah)
 * @param target Target kinerja
 * @param realisasiAnggaran Realisasi anggaran indikator (Rupiah)
 * @param realisasi Realisasi kinerja
 * @returns Rasio efisiensi sebagai pecahan
 */
export function efisiensiAnggaran(pagu: any[][], target: any[][], realisasiAnggaran: any[][], realisasi: any[][]): any[][] {
  return angkat(PECAHAN.efisiensiAnggaran, [ANGKA, ANGKA, ANGKA, ANGKA], [pagu, target, realisasiAnggaran, realisasi]);
}

/**
 * Membaca teks angka berformat Indonesia ("20.535.869.000", "Rp 65.345.000,00", "123,33%") menjadi angka. Teks persen menjadi pecahan.
 * @customfunction ANGKA
 * @param teks Teks angka atau rentang berisi teks angka
 * @returns Angka; sel kosong atau "-" menjadi kosong
 */
export function angka(teks: any[][]): any[][] {
  return angkat((x: number) => x, [ANGKA], [teks]);
}

/**
 * Predikat menurut skala peraturan: IKM (mutu A–D), SAKIP (AA–E), capaian (Tercapai/Hampir/Belum), atau indeks pelayanan publik.
 * @customfunction PREDIKAT
 * @param nilai Nilai yang dinilai: IKM 1–4 (atau NIK 25–100), nilai SAKIP 0–100, capaian sebagai pecahan, atau indeks pelayanan publik 0–5
 * @param skala "ikm", "sakip", "capaian" atau "ilp"
 * @returns Predikat, misalnya "A (Sangat Baik)"
 */
export function predikat(nilai: any[][], skala: any[][]): any[][] {
  return angkat((n: number, s: rumus.Skala) => rumus.predikat(s === "capaian" ? n * 100 : n, s), [ANGKA, SKALA], [nilai, skala]);
}
