/**
 * A quarterly realisation sheet keyed by indicator code, as a unit fills it for its inspectorate:
 * title with the quarter, Kode Indikator | Indikator Kinerja | Satuan | Target | Realisasi (one
 * TW column, or TW I–IV under a merged "Realisasi") | Capaian (%) | Kendala | Solusi | Rencana
 * Tindak Lanjut | PIC | Batas Waktu.
 */
import type { LembarF, Nilai } from "./buku";
import { kol } from "./buku";

export interface IkTw {
  kode: string;
  indikator: string;
  satuan: string;
  target: number;
  tw: number[];
  kendala: string;
  solusi: string;
  rtl: string;
  pic: string;
  batas: string;
}

export const IK: IkTw[] = [
  { kode: "SK1.IK1", indikator: "Jumlah layanan jasa teknis industri", satuan: "Layanan", target: 1140, tw: [210, 505, 842, 1163], kendala: "Alat uji kalibrasi antre", solusi: "Penjadwalan ulang alat", rtl: "Pengadaan alat cadangan", pic: "Seksi Pelayanan Teknis", batas: "31 Desember 2024" },
  { kode: "SK1.IK2", indikator: "Indeks Kepuasan Masyarakat", satuan: "Indeks", target: 3.5, tw: [3.52, 3.55, 3.6, 3.68], kendala: "-", solusi: "-", rtl: "Survei triwulanan", pic: "Subbag Umum", batas: "Triwulan IV" },
  { kode: "SK2.IK1", indikator: "Jumlah IKM yang menerapkan standar", satuan: "IKM", target: 30, tw: [4, 11, 19, 37], kendala: "IKM belum siap dokumen", solusi: "= pendampingan teknis", rtl: "Klinik dokumen mutu", pic: "Seksi Standardisasi", batas: "15 November 2024" },
  { kode: "SK3.IK3", indikator: "Persentase realisasi anggaran", satuan: "Persen", target: 95, tw: [18.2, 41.5, 70.1, 99.78], kendala: "Revisi DIPA", solusi: "Percepatan pengadaan", rtl: "Monitoring mingguan", pic: "Subbag Keuangan", batas: "20 Desember 2024" },
];

const r2 = (x: number) => Math.round(x * 100) / 100;

export interface TataTw {
  /** Only the realisation of this quarter (1–4), or all four. */
  satu?: number;
  capaianSalah?: Record<number, number>;
}

export function lembarTw(nama: string, tata: TataTw = {}): LembarF & { sel: Map<number, string> } {
  const q = tata.satu;
  const rom = ["I", "II", "III", "IV"];
  const rows: Nilai[][] = [[`LAPORAN REALISASI KINERJA TRIWULAN ${q ? rom[q - 1] : "IV"} TAHUN 2024`], ["BSPJI Palembang"], []];
  const h = rows.length + 1;
  const gabung: string[] = [];
  const a: Nilai[] = ["No", "Kode Indikator", "Indikator Kinerja", "Satuan", "Target 2024"];
  const b: Nilai[] = [null, null, null, null, null];
  if (q) a.push(`Realisasi TW ${rom[q - 1]}`);
  else {
    a.push("Realisasi", null, null, null);
    b.push("TW I", "TW II", "TW III", "TW IV");
    gabung.push(`F${h}:I${h}`);
  }
  const sisa = ["Capaian (%)", "Kendala", "Solusi", "Rencana Tindak Lanjut", "PIC", "Batas Waktu"];
  a.push(...sisa);
  if (!q) {
    b.push(...sisa.map(() => null));
    for (let c = 1; c <= a.length; c++) if (c < 6 || c > 9) gabung.push(`${kol(c)}${h}:${kol(c)}${h + 1}`);
  }
  rows.push(a);
  if (!q) rows.push(b);
  const capCol = q ? 7 : 10;
  const sel = new Map<number, string>();
  IK.forEach((x, i) => {
    const akhir = q ? x.tw[q - 1] : x.tw[3];
    const cap = tata.capaianSalah?.[i] ?? r2((akhir / x.target) * 100);
    const r: Nilai[] = [i + 1, x.kode, x.indikator, x.satuan, x.target, ...(q ? [akhir] : x.tw), cap, x.kendala, x.solusi, x.rtl, x.pic, x.batas];
    rows.push(r);
    sel.set(i, `${kol(capCol)}${rows.length}`);
  });
  return { nama, baris: rows, gabung, sel };
}
