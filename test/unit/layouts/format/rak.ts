/**
 * SIPD "Rencana Anggaran Kas" of one sub kegiatan as exported: title and sub kegiatan line, one
 * header row Kode Akun | Nama Akun | Nilai Rincian | Total RAK | bulan1 … bulan12 with TW 1 … TW 4
 * after every third month; the account tree 5 › 5.1 › … › 5.1.02.01.01.0024.
 */
import type { LembarF, Nilai } from "./buku";
import { kol, teksRp } from "./buku";

export interface AkunRak {
  kode: string;
  nama: string;
  bulan: number[];
}

const rata = (n: number, pola: number[]): number[] => pola.map((p) => p * n);

export const DAUN: AkunRak[] = [
  { kode: "5.1.02.01.01.0024", nama: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", bulan: rata(1_250_000, [0, 2, 2, 1, 1, 2, 1, 1, 2, 1, 1, 0]) },
  { kode: "5.1.02.01.01.0026", nama: "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", bulan: rata(800_000, [0, 0, 3, 0, 0, 3, 0, 0, 3, 0, 0, 3]) },
  { kode: "5.1.02.04.01.0001", nama: "Belanja Perjalanan Dinas Biasa", bulan: rata(3_400_000, [0, 1, 2, 2, 1, 2, 2, 1, 2, 1, 1, 0]) },
  { kode: "5.2.02.06.01.0001", nama: "Belanja Modal Alat Kedokteran Umum", bulan: [0, 0, 0, 0, 0, 612_500_000, 0, 0, 0, 1_225_000_000, 0, 0] },
];

function induk(k: string): string[] {
  const s = k.split(".");
  return [1, 2, 3, 4, 5].map((n) => s.slice(0, n).join("."));
}

const NAMA: Record<string, string> = {
  "5": "BELANJA DAERAH",
  "5.1": "BELANJA OPERASI",
  "5.1.02": "Belanja Barang dan Jasa",
  "5.1.02.01": "Belanja Barang",
  "5.1.02.01.01": "Belanja Barang Pakai Habis",
  "5.1.02.04": "Belanja Perjalanan Dinas",
  "5.1.02.04.01": "Belanja Perjalanan Dinas Dalam Negeri",
  "5.2": "BELANJA MODAL",
  "5.2.02": "Belanja Modal Peralatan dan Mesin",
  "5.2.02.06": "Belanja Modal Alat Kedokteran",
  "5.2.02.06.01": "Belanja Modal Alat Kedokteran Umum",
};

export function barisRak(): AkunRak[] {
  const out: AkunRak[] = [];
  const lihat = new Map<string, AkunRak>();
  for (const d of DAUN) {
    for (const k of induk(d.kode)) {
      let b = lihat.get(k);
      if (!b) {
        b = { kode: k, nama: NAMA[k], bulan: new Array(12).fill(0) };
        lihat.set(k, b);
        out.push(b);
      }
      d.bulan.forEach((v, i) => (b!.bulan[i] += v));
    }
    out.push({ ...d, bulan: [...d.bulan] });
  }
  return out;
}

export type LabelBulan = "bulan1" | "Bulan 1" | "Januari" | "Jan";
const NAMA_BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

function labelBulan(i: number, gaya: LabelBulan): string {
  if (gaya === "bulan1") return `bulan${i + 1}`;
  if (gaya === "Bulan 1") return `Bulan ${i + 1}`;
  if (gaya === "Januari") return NAMA_BULAN[i];
  return NAMA_BULAN[i].slice(0, 3).replace("Agu", "Agt");
}

export interface TataRak {
  bulan?: LabelBulan;
  teks?: boolean;
  /** kode → [month index, change]. */
  salah?: Record<string, [number, number]>;
}

export function lembarRak(nama: string, tata: TataRak = {}): LembarF & { sel: Map<string, Record<string, string>> } {
  const rows: Nilai[][] = [
    ["RENCANA ANGGARAN KAS SATUAN KERJA PERANGKAT DAERAH"],
    ["Tahun Anggaran 2024"],
    ["Sub Kegiatan : 1.02.02.2.01.0004 Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Layanan Kesehatan"],
    [],
  ];
  const kepala: Nilai[] = ["Kode Akun", "Nama Akun", "Nilai Rincian", "Total RAK"];
  const kolomBulan: number[] = [];
  const kolomTw: number[] = [];
  for (let i = 0; i < 12; i++) {
    kepala.push(labelBulan(i, tata.bulan ?? "bulan1"));
    kolomBulan.push(kepala.length);
    if (i % 3 === 2) {
      kepala.push(`TW ${(i + 1) / 3}`);
      kolomTw.push(kepala.length);
    }
  }
  rows.push(kepala);
  const uang = (n: number): Nilai => (tata.teks ? teksRp(n) : n);
  const sel = new Map<string, Record<string, string>>();
  for (const b of barisRak()) {
    const bulan = [...b.bulan];
    const total = bulan.reduce((s, v) => s + v, 0);
    const d = tata.salah?.[b.kode];
    if (d) bulan[d[0]] += d[1];
    const r: Nilai[] = [b.kode, b.nama, uang(total), uang(total)];
    for (let i = 0; i < 12; i++) {
      r.push(uang(bulan[i]));
      if (i % 3 === 2) r.push(uang(b.bulan[i - 2] + b.bulan[i - 1] + b.bulan[i]));
    }
    rows.push(r);
    const row = rows.length;
    sel.set(b.kode, { total: `D${row}`, ...Object.fromEntries(kolomBulan.map((c, i) => [`bulan${i + 1}`, `${kol(c)}${row}`])) });
  }
  return { nama, baris: rows, sel };
}
