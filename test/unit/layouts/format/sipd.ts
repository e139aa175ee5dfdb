/**
 * SIPD "Rekapitulasi Belanja per Sub Kegiatan" as the system exports it: the unit's title block,
 * "Kode" merged over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan, "Uraian", and "Kelompok
 * Belanja" › Belanja Operasi | Belanja Modal | Belanja Tidak Terduga | Belanja Transfer | Total ›
 * Anggaran | Realisasi | %, a numbering row 1 … 21, a JUMLAH footer.
 */
import { kol, teksRp, type LembarF, type Nilai } from "./buku";

export interface SubKegiatan {
  kode: string;
  nama: string;
  operasi: [number, number];
  modal: [number, number];
}

/** Sub kegiatan of a health office (Permendagri 90/2019 nomenclature), amounts in Rupiah. */
export const SUB: SubKegiatan[] = [
  { kode: "1.02.01.2.01.0001", nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah", operasi: [45_250_000, 44_180_500], modal: [0, 0] },
  { kode: "1.02.01.2.01.0002", nama: "Koordinasi dan Penyusunan Dokumen RKA-SKPD", operasi: [18_600_000, 17_955_000], modal: [0, 0] },
  { kode: "1.02.01.2.02.0001", nama: "Penyediaan Gaji dan Tunjangan ASN", operasi: [8_456_300_000, 8_120_442_318], modal: [0, 0] },
  { kode: "1.02.01.2.02.0002", nama: "Pengadaan Peralatan dan Mesin Lainnya", operasi: [12_000_000, 11_500_000], modal: [385_000_000, 379_850_000] },
  { kode: "1.02.02.2.01.0004", nama: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Layanan Kesehatan", operasi: [0, 0], modal: [2_150_000_000, 2_098_765_400] },
  { kode: "1.02.02.2.01.0020", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", operasi: [96_400_000, 88_213_000], modal: [0, 0] },
  { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Jaminan Kesehatan Masyarakat", operasi: [4_200_000_000, 4_187_320_000], modal: [0, 0] },
];

const NAMA: Record<string, string> = {
  "1": "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
  "1.02": "URUSAN PEMERINTAHAN BIDANG KESEHATAN",
  "1.02.01": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
  "1.02.01.2.01": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  "1.02.01.2.02": "Administrasi Keuangan Perangkat Daerah",
  "1.02.02": "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
  "1.02.02.2.01": "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
  "1.02.02.2.02": "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
};

export interface BarisSipd {
  kode: string;
  nama: string;
  operasi: [number, number];
  modal: [number, number];
}

/** Every row of the report in order: each parent before its children, amounts summed from the leaves. */
export function barisSipd(sub: SubKegiatan[] = SUB): BarisSipd[] {
  const induk = (k: string): string[] => {
    const s = k.split(".");
    return [s[0], s.slice(0, 2).join("."), s.slice(0, 3).join("."), s.slice(0, 5).join(".")];
  };
  const out: BarisSipd[] = [];
  const lihat = new Map<string, BarisSipd>();
  for (const x of sub) {
    for (const k of induk(x.kode)) {
      let b = lihat.get(k);
      if (!b) {
        b = { kode: k, nama: NAMA[k], operasi: [0, 0], modal: [0, 0] };
        lihat.set(k, b);
        out.push(b);
      }
      for (let i = 0; i < 2; i++) {
        b.operasi[i] += x.operasi[i];
        b.modal[i] += x.modal[i];
      }
    }
    const daun = { ...x, operasi: [...x.operasi] as [number, number], modal: [...x.modal] as [number, number] };
    out.push(daun);
  }
  return out;
}

export interface TataSipd {
  /** "segmen": each code column its own segment; "penuh": each its full code; "satu": code and name in the Uraian cell. */
  kode?: "segmen" | "penuh" | "satu";
  /** Amounts stored as text "1.234.567,00". */
  teks?: boolean;
  /** Header printed again before this body row index. */
  ulang?: number;
  /** Changes applied to a row's Total (kode → [anggaran delta, realisasi delta]). */
  salah?: Record<string, [number, number]>;
  /** Only the Total group (a plain LRA: Anggaran | Realisasi | %). */
  satuGrup?: boolean;
}

const GRUP = ["Belanja Operasi", "Belanja Modal", "Belanja Tidak Terduga", "Belanja Transfer", "Total"];

function persen(a: number, r: number): Nilai {
  return a === 0 ? 0 : Math.round((r / a) * 10000) / 100;
}

/** The sheet; `sel` returns where a row's Total Anggaran/Realisasi landed (for the slip tests). */
export function lembarSipd(nama: string, tata: TataSipd = {}): LembarF & { sel: Map<string, { anggaran: string; realisasi: string }>; awalData: number } {
  const kodeMode = tata.kode ?? "segmen";
  const nKode = kodeMode === "satu" ? 1 : 5;
  const grup = tata.satuGrup ? ["Total"] : GRUP;
  const rows: Nilai[][] = [
    ["PEMERINTAH KABUPATEN MUARA ENIM"],
    ["REKAPITULASI BELANJA PER SUB KEGIATAN"],
    ["TAHUN ANGGARAN 2024"],
    ["SKPD : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN"],
    [],
  ];
  const gabung: string[] = [];
  const h1 = rows.length + 1;
  const uraianCol = nKode + 1;
  const nilai0 = nKode + 2;
  const r1: Nilai[] = [kodeMode === "satu" ? "Kode Rekening" : "Kode"];
  for (let i = 1; i < nKode; i++) r1.push(null);
  r1.push("Uraian", tata.satuGrup ? "Realisasi Belanja" : "Kelompok Belanja");
  const r2: Nilai[] = kodeMode === "satu" ? [null] : ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"];
  r2.push(null);
  const r3: Nilai[] = new Array(nKode + 1).fill(null);
  for (const g of grup) {
    r2.push(g, null, null);
    r3.push("Anggaran", "Realisasi", "%");
  }
  rows.push(r1, r2, r3);
  const kanan = nilai0 + grup.length * 3 - 1;
  if (nKode > 1) gabung.push(`A${h1}:${kol(nKode)}${h1}`);
  else gabung.push(`A${h1}:A${h1 + 2}`);
  if (kodeMode !== "satu") for (let c = 1; c <= nKode; c++) gabung.push(`${kol(c)}${h1 + 1}:${kol(c)}${h1 + 2}`);
  gabung.push(`${kol(uraianCol)}${h1}:${kol(uraianCol)}${h1 + 2}`);
  gabung.push(`${kol(nilai0)}${h1}:${kol(kanan)}${h1}`);
  grup.forEach((_, i) => gabung.push(`${kol(nilai0 + i * 3)}${h1 + 1}:${kol(nilai0 + i * 3 + 2)}${h1 + 1}`));
  const kepala = rows.slice(h1 - 1, h1 + 2).map((r) => [...r]);
  rows.push(Array.from({ length: kanan }, (_, i) => i + 1));
  const awalData = rows.length + 1;
  const sel = new Map<string, { anggaran: string; realisasi: string }>();
  const uang = (n: number): Nilai => (tata.teks ? teksRp(n) : n);
  const semua = barisSipd();
  let tot: [number, number] = [0, 0];
  semua.forEach((b, i) => {
    if (tata.ulang === i) rows.push(...kepala.map((r) => [...r]));
    const seg = b.kode.split(".");
    const r: Nilai[] = [];
    if (kodeMode === "satu") r.push(null, `${b.kode} ${b.nama}`);
    else {
      const bagian = [seg[0], seg[1], seg[2], seg.length >= 5 ? `${seg[3]}.${seg[4]}` : undefined, seg[5]];
      const penuh = [seg.slice(0, 1), seg.slice(0, 2), seg.slice(0, 3), seg.slice(0, 5), seg.slice(0, 6)].map((s, j) => (bagian[j] === undefined ? undefined : s.join(".")));
      for (let j = 0; j < 5; j++) r.push((kodeMode === "penuh" ? penuh[j] : bagian[j]) ?? null);
      r.push(b.nama);
    }
    const d = tata.salah?.[b.kode] ?? [0, 0];
    const total: [number, number] = [b.operasi[0] + b.modal[0] + d[0], b.operasi[1] + b.modal[1] + d[1]];
    if (b.kode.length === 1) tot = [tot[0] + b.operasi[0] + b.modal[0], tot[1] + b.operasi[1] + b.modal[1]];
    const isi: [number, number][] = tata.satuGrup ? [total] : [b.operasi, b.modal, [0, 0], [0, 0], total];
    for (const [a, re] of isi) r.push(uang(a), uang(re), persen(a, re));
    rows.push(r);
    const row = rows.length;
    sel.set(b.kode, { anggaran: `${kol(kanan - 2)}${row}`, realisasi: `${kol(kanan - 1)}${row}` });
  });
  const kaki: Nilai[] = new Array(nKode).fill(null);
  kaki.push("JUMLAH");
  const isiKaki: [number, number][] = tata.satuGrup ? [tot] : [[tot[0], tot[1]], [0, 0], [0, 0], [0, 0], tot];
  if (!tata.satuGrup) {
    const op = semua.filter((b) => b.kode.length === 1).reduce<[number, number]>((s, b) => [s[0] + b.operasi[0], s[1] + b.operasi[1]], [0, 0]);
    const mo = semua.filter((b) => b.kode.length === 1).reduce<[number, number]>((s, b) => [s[0] + b.modal[0], s[1] + b.modal[1]], [0, 0]);
    isiKaki.splice(0, 2, op, mo);
  }
  for (const [a, re] of isiKaki) kaki.push(uang(a), uang(re), persen(a, re));
  rows.push(kaki);
  rows.push([], [null, null, null, null, null, "Muara Enim, 31 Desember 2024"], [null, null, null, null, null, "Kepala Dinas Kesehatan"]);
  return { nama, baris: rows, gabung, sel, awalData };
}
