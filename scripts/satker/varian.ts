/**
 * How satker number i differs from the sample: numbers (seeded), and layout choices that cycle so
 * that every variant occurs in a set of 30: column order, title block height, numbers stored as
 * text, sheet names, Rupiah vs "(Rp000)", sasaran merged vs blank below, total row or none.
 */
import { bulat } from "../../src/core/rumus";
import { acak } from "./acak";
import type { Dasar, RincianDasar } from "./dasar";

export type Medan = "no" | "sasaran" | "indikator" | "target" | "satuan" | "realisasi" | "capaian";

export const URUTAN_KOLOM: { medan: Medan; kepala: string }[][] = [
  [
    { medan: "no", kepala: "No" },
    { medan: "sasaran", kepala: "Sasaran Kegiatan" },
    { medan: "indikator", kepala: "Indikator Kinerja" },
    { medan: "target", kepala: "Target" },
    { medan: "satuan", kepala: "Satuan" },
    { medan: "realisasi", kepala: "Realisasi" },
    { medan: "capaian", kepala: "Capaian" },
  ],
  [
    { medan: "no", kepala: "No." },
    { medan: "sasaran", kepala: "Sasaran Strategis" },
    { medan: "indikator", kepala: "Indikator Kinerja Utama (IKU)" },
    { medan: "satuan", kepala: "Satuan" },
    { medan: "target", kepala: "Target 2024" },
    { medan: "realisasi", kepala: "Realisasi 2024" },
    { medan: "capaian", kepala: "Capaian (%)" },
  ],
  [
    { medan: "sasaran", kepala: "Sasaran" },
    { medan: "indikator", kepala: "Indikator" },
    { medan: "satuan", kepala: "Satuan" },
    { medan: "target", kepala: "Target" },
    { medan: "realisasi", kepala: "Realisasi" },
    { medan: "capaian", kepala: "% Capaian" },
  ],
  [
    { medan: "no", kepala: "No" },
    { medan: "sasaran", kepala: "Sasaran Kegiatan (SK)" },
    { medan: "indikator", kepala: "Indikator Kinerja (IK)" },
    { medan: "target", kepala: "Target" },
    { medan: "realisasi", kepala: "Realisasi" },
    { medan: "capaian", kepala: "Capaian" },
    { medan: "satuan", kepala: "Satuan" },
  ],
];

const KOTA = [
  "Medan", "Padang", "Banda Aceh", "Pekanbaru", "Jambi", "Bengkulu", "Lampung", "Pangkal Pinang", "Jakarta", "Bandung",
  "Semarang", "Yogyakarta", "Surabaya", "Denpasar", "Mataram", "Kupang", "Pontianak", "Banjarbaru", "Samarinda", "Palangka Raya",
  "Manado", "Palu", "Makassar", "Kendari", "Gorontalo", "Ambon", "Ternate", "Jayapura", "Manokwari", "Palembang",
];

export const NAMA_PK = ["PK 2024", "Perjanjian Kinerja", "IKU", "Capaian Kinerja 2024", "Sheet1"];
export const NAMA_ANGGARAN = ["Realisasi RO", "Anggaran", "Realisasi Anggaran", "Sheet2"];

export interface IndikatorSatker {
  sasaran: string;
  nama: string;
  target: number;
  satuan: string;
  realisasi: number;
  /** As printed in the file (percent points, 2 decimals); wrong on purpose where `capaianSalah`. */
  capaian: number;
}

/** A budget row of one satker: the base row with the satker's own amounts. */
export type RincianSatker = RincianDasar;

export interface Satker {
  nomor: number;
  file: string;
  /** Name the comparison should show: the title cell's when there is one, else the file name. */
  satker: string;
  kota: string;
  judulSatker: boolean;
  kolom: (typeof URUTAN_KOLOM)[number];
  barisJudul: number;
  angkaTeks: boolean;
  namaPk: string;
  namaAnggaran: string;
  ribuan: boolean;
  sasaranGabung: boolean;
  adaTotal: boolean;
  capaianSalah: boolean;
  indikator: IndikatorSatker[];
  rincian: RincianSatker[];
  pagu: number;
  realisasi: number;
  rusak?: "terpotong" | "csv";
}

function dua(n: number): number {
  return bulat(n, 2);
}

export function varian(dasar: Dasar, nomor: number, seed: number, jumlah: number): Satker {
  const rnd = acak(seed * 1000 + nomor);
  const i = nomor - 1;
  const file = `satker-${String(nomor).padStart(2, "0")}.xlsx`;
  const kota = KOTA[i % KOTA.length];
  const judulSatker = nomor % 5 === 0;
  const indikator: IndikatorSatker[] = [];
  dasar.indikator.forEach((d, k) => {
    // Now and then a satker lacks an indicator (never the first, which carries the ties).
    if (k > 0 && rnd() < 0.05) return;
    const f = 0.6 + rnd() * 0.8;
    // Every sixth satker meets its first target exactly: equal capaian, a shared rank.
    const realisasi = k === 0 && nomor % 6 === 0 ? d.target : dua(d.target * f);
    const benar = dua((realisasi / d.target) * 100);
    const capaianSalah = nomor % 7 === 3 && k === 2;
    indikator.push({ sasaran: d.sasaran, nama: d.nama, target: d.target, satuan: d.satuan, realisasi, capaian: capaianSalah ? dua(benar + 17.5) : benar });
  });
  const ribuan = nomor % 3 === 2;
  const faktor = 0.5 + rnd();
  const rincian = dasar.rincian.map((r) => {
    const pagu = Math.round((r.pagu * faktor * (0.9 + rnd() * 0.2)) / 1000) * 1000;
    const serap = 0.85 + rnd() * 0.15;
    const realisasi = ribuan ? Math.round((pagu * serap) / 1000) * 1000 : Math.round(pagu * serap);
    return { ...r, pagu, realisasi };
  });
  const rusak = nomor === jumlah - 1 ? "terpotong" : nomor === jumlah ? "csv" : undefined;
  return {
    nomor,
    file,
    satker: judulSatker ? `BSPJI ${kota}` : file.replace(/\.xlsx$/, ""),
    kota,
    judulSatker,
    kolom: URUTAN_KOLOM[i % URUTAN_KOLOM.length],
    barisJudul: [0, 2, 4][i % 3],
    angkaTeks: nomor % 2 === 1,
    namaPk: NAMA_PK[i % NAMA_PK.length],
    namaAnggaran: NAMA_ANGGARAN[i % NAMA_ANGGARAN.length],
    ribuan,
    sasaranGabung: nomor % 4 < 2,
    adaTotal: nomor % 4 !== 3,
    capaianSalah: nomor % 7 === 3,
    indikator,
    rincian,
    pagu: rincian.reduce((s, r) => s + r.pagu, 0),
    realisasi: rincian.reduce((s, r) => s + r.realisasi, 0),
    ...(rusak ? { rusak } : {}),
  };
}
