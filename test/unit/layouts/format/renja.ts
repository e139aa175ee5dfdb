/**
 * Permendagri 86/2017 "Evaluasi terhadap Hasil Renja Perangkat Daerah": three header rows
 * (group labels, Triwulan I–IV under one merged "Realisasi Kinerja Pada Triwulan", K | Rp), a
 * numbering row printing the form's formulas, a "Perangkat Daerah : …" label row.
 */
import type { LembarF, Nilai } from "./buku";
import { kol, teksRp } from "./buku";

export interface IndRenja {
  sasaran: string;
  kode: string;
  program: string;
  indikator: string;
  /** Target Renstra, realisasi s.d. tahun lalu, target Renja: [K, Rp]. */
  renstra: [number, number];
  lalu: [number, number];
  target: [number, number];
  tw: [number, number][];
}

export const IND: IndRenja[] = [
  {
    sasaran: "Meningkatnya derajat kesehatan masyarakat",
    kode: "1.02.02",
    program: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    indikator: "Persentase fasilitas kesehatan yang terakreditasi (%)",
    renstra: [100, 48_500_000_000],
    lalu: [40, 18_200_000_000],
    target: [80, 9_650_000_000],
    tw: [[10, 1_250_000_000], [20, 2_400_000_000], [25, 2_810_000_000], [20, 2_905_000_000]],
  },
  {
    sasaran: "Meningkatnya derajat kesehatan masyarakat",
    kode: "1.02.02.2.01",
    program: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
    indikator: "Jumlah puskesmas yang dibangun/direhabilitasi (unit)",
    renstra: [12, 30_000_000_000],
    lalu: [5, 11_400_000_000],
    target: [4, 7_150_000_000],
    tw: [[0, 350_000_000], [1, 1_900_000_000], [1, 2_210_000_000], [2, 2_480_000_000]],
  },
  {
    sasaran: "Meningkatnya mutu pelayanan kesehatan",
    kode: "1.02.02.2.02",
    program: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    indikator: "Cakupan peserta Jaminan Kesehatan Nasional (%)",
    renstra: [98, 18_500_000_000],
    lalu: [88, 7_600_000_000],
    target: [95, 2_500_000_000],
    tw: [[24, 600_000_000], [23, 625_000_000], [24, 640_000_000], [22, 615_000_000]],
  },
];

const r2 = (x: number) => Math.round(x * 100) / 100;

export interface HitungRenja {
  realisasi: [number, number];
  capaian: [number, number];
  renstraReal: [number, number];
  renstraCap: [number, number];
}

export function hitungRenja(i: IndRenja): HitungRenja {
  const realisasi: [number, number] = [0, 1].map((j) => i.tw.reduce((s, t) => s + t[j], 0)) as [number, number];
  const capaian = [0, 1].map((j) => r2((realisasi[j] / i.target[j]) * 100)) as [number, number];
  const renstraReal = [0, 1].map((j) => i.lalu[j] + realisasi[j]) as [number, number];
  const renstraCap = [0, 1].map((j) => r2((renstraReal[j] / i.renstra[j]) * 100)) as [number, number];
  return { realisasi, capaian, renstraReal, renstraCap };
}

export interface TataRenja {
  /** Print the numbering row with the form's formulas (else plain 1 … 17, or none). */
  nomor?: "rumus" | "polos" | "tidak";
  teks?: boolean;
  /** Index → wrong K capaian. */
  capaianSalah?: Record<number, number>;
}

export function lembarRenja(nama: string, tata: TataRenja = {}): LembarF & { sel: Map<number, Record<string, string>> } {
  const rows: Nilai[][] = [
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN MUARA ENIM"],
    ["RENJA PERANGKAT DAERAH KABUPATEN MUARA ENIM TAHUN 2024"],
    ["Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD Kabupaten: Meningkatnya kualitas pelayanan kesehatan"],
    [],
  ];
  const h = rows.length + 1;
  const grup = [
    "Target Renstra Perangkat Daerah pada Tahun 2025 (Akhir Periode Renstra Perangkat Daerah)",
    "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (2023)",
    "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi",
    "Realisasi Kinerja Pada Triwulan",
    "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)",
    "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2024",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2024 (%)",
  ];
  const a: Nilai[] = ["No", "Sasaran", "Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "Indikator Kinerja Program (outcome)/ Kegiatan (output)"];
  const b: Nilai[] = [null, null, null, null, null];
  const c: Nilai[] = [null, null, null, null, null];
  const gabung: string[] = [];
  for (let i = 1; i <= 5; i++) gabung.push(`${kol(i)}${h}:${kol(i)}${h + 2}`);
  let col = 6;
  const nomorKolom: number[] = [];
  grup.forEach((g) => {
    if (g === "Realisasi Kinerja Pada Triwulan") {
      a.push(g, ...new Array(7).fill(null));
      gabung.push(`${kol(col)}${h}:${kol(col + 7)}${h}`);
      for (const q of ["I", "II", "III", "IV"]) {
        b.push(q, null);
        c.push("K", "Rp");
        gabung.push(`${kol(col)}${h + 1}:${kol(col + 1)}${h + 1}`);
        nomorKolom.push(col);
        col += 2;
      }
      return;
    }
    a.push(g, null);
    b.push(null, null);
    c.push("K", "Rp");
    gabung.push(`${kol(col)}${h}:${kol(col + 1)}${h + 1}`);
    nomorKolom.push(col);
    col += 2;
  });
  a.push("Unit Perangkat Daerah Penanggung Jawab");
  gabung.push(`${kol(col)}${h}:${kol(col)}${h + 2}`);
  rows.push(a, b, c);
  const mode = tata.nomor ?? "rumus";
  if (mode !== "tidak") {
    const n: Nilai[] = [1, 2, 3, 4, 5];
    const rumus: Record<number, string> = { 13: "13 = 9 + 10 + 11 + 12", 14: "14 = 13 / 8 x 100", 15: "15 = 7 + 13", 16: "16 = 15 / 6 x 100" };
    nomorKolom.forEach((cc, i) => {
      const no = i + 6;
      n.push(mode === "rumus" ? rumus[no] ?? no : no, null);
      gabung.push(`${kol(cc)}${h + 3}:${kol(cc + 1)}${h + 3}`);
    });
    n.push(17);
    rows.push(n);
  }
  rows.push(["Perangkat Daerah : Dinas Kesehatan"]);
  const uang = (x: number): Nilai => (tata.teks ? teksRp(x) : x);
  const sel = new Map<number, Record<string, string>>();
  IND.forEach((x, i) => {
    const hh = hitungRenja(x);
    const capK = tata.capaianSalah?.[i] ?? hh.capaian[0];
    const r: Nilai[] = [i + 1, x.sasaran, x.kode, x.program, x.indikator];
    r.push(x.renstra[0], uang(x.renstra[1]), x.lalu[0], uang(x.lalu[1]), x.target[0], uang(x.target[1]));
    for (const t of x.tw) r.push(t[0], uang(t[1]));
    r.push(hh.realisasi[0], uang(hh.realisasi[1]), capK, hh.capaian[1], hh.renstraReal[0], uang(hh.renstraReal[1]), hh.renstraCap[0], hh.renstraCap[1], "Bidang Pelayanan Kesehatan");
    rows.push(r);
    sel.set(i, { capaian: `${kol(nomorKolom[8])}${rows.length}` });
  });
  return { nama, baris: rows, gabung, sel };
}
