/**
 * A SAKTI "Realisasi Anggaran per Akun" / POK of a Kemenperin satker as exported: the satker title,
 * "Kode" merged over Program | Kegiatan | KRO | RO | Komponen | Subkomponen | Akun, Uraian, Pagu,
 * "Realisasi" over s.d. Periode Lalu | Periode Ini | s.d. Periode Ini, %, Sisa Anggaran, numbering
 * row, a JUMLAH footer.
 */
import { kol, teksRp, type LembarF, type Nilai } from "./buku";

/** A leaf account: its path of codes (program … akun; "" for a level the DIPA skips) and amounts. */
export interface Akun {
  jalur: string[];
  uraian: string;
  pagu: number;
  lalu: number;
  ini: number;
}

export const AKUN: Akun[] = [
  { jalur: ["019.07.WA", "4798", "FAK", "001", "005", "K", "521211"], uraian: "Belanja Bahan", pagu: 24_500_000, lalu: 12_100_000, ini: 3_450_000 },
  { jalur: ["019.07.WA", "4798", "FAK", "001", "005", "K", "524111"], uraian: "Belanja Perjalanan Dinas Biasa", pagu: 86_200_000, lalu: 40_950_000, ini: 11_300_000 },
  { jalur: ["019.07.WA", "4798", "FAK", "001", "005", "L", "521211"], uraian: "Belanja Bahan", pagu: 9_800_000, lalu: 2_000_000, ini: 0 },
  { jalur: ["019.07.WA", "4798", "EBA", "994", "001", "", "511111"], uraian: "Belanja Gaji Pokok PNS", pagu: 3_412_584_000, lalu: 2_559_438_000, ini: 284_382_000 },
  { jalur: ["019.07.WA", "4798", "EBA", "994", "001", "", "511121"], uraian: "Belanja Tunjangan Suami/Istri PNS", pagu: 198_331_000, lalu: 148_748_250, ini: 16_527_583 },
  { jalur: ["019.07.WA", "4798", "EBA", "994", "002", "", "521111"], uraian: "Belanja Operasional Perkantoran", pagu: 412_650_000, lalu: 301_225_400, ini: 28_930_000 },
  { jalur: ["019.07.WA", "4798", "EBA", "994", "002", "", "523111"], uraian: "Belanja Pemeliharaan Gedung dan Bangunan", pagu: 265_000_000, lalu: 118_500_000, ini: 64_220_000 },
];

const NAMA: Record<string, string> = {
  "019.07.WA": "Program Dukungan Manajemen",
  "4798": "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya",
  "4798.FAK": "Fasilitasi dan Pembinaan Lembaga",
  "4798.FAK.001": "Standardisasi dan Pelayanan Jasa Industri",
  "4798.FAK.001.005": "Pelaksanaan Kerja Sama",
  "4798.FAK.001.005.K": "Koordinasi Kerja Sama Dalam Negeri",
  "4798.FAK.001.005.L": "Koordinasi Kerja Sama Luar Negeri",
  "4798.EBA": "Layanan Dukungan Manajemen Internal",
  "4798.EBA.994": "Layanan Perkantoran",
  "4798.EBA.994.001": "Gaji dan Tunjangan",
  "4798.EBA.994.002": "Operasional dan Pemeliharaan Kantor",
};

export interface BarisDipa {
  kode: string;
  level: number;
  /** The cell of each level for this row (only its own level, or all, by layout). */
  jalur: string[];
  uraian: string;
  pagu: number;
  lalu: number;
  ini: number;
}

/** Rows in DIPA order with the sums of their accounts. */
export function barisDipa(): BarisDipa[] {
  const out: BarisDipa[] = [];
  const lihat = new Map<string, BarisDipa>();
  for (const a of AKUN) {
    for (let l = 0; l < 7; l++) {
      if (!a.jalur[l]) continue;
      const seg = a.jalur.slice(1, l + 1).filter((x) => x);
      const kode = l === 0 ? a.jalur[0] : seg.join(".");
      let b = lihat.get(kode);
      if (!b) {
        b = { kode, level: l, jalur: a.jalur.slice(0, l + 1), uraian: l === 6 ? a.uraian : NAMA[kode], pagu: 0, lalu: 0, ini: 0 };
        if (l < 6) lihat.set(kode, b);
        out.push(b);
      }
      b.pagu += a.pagu;
      b.lalu += a.lalu;
      b.ini += a.ini;
    }
  }
  return out;
}

export interface TataDipa {
  /** "bawa": each row writes only its own level (parents carried down); "penuh": every level; "satu": code and name in one cell. */
  kode?: "bawa" | "penuh" | "satu";
  teks?: boolean;
  /** kode → change to [pagu, s.d. periode ini]. */
  salah?: Record<string, [number, number]>;
}

export function lembarDipa(nama: string, tata: TataDipa = {}): LembarF & { sel: Map<string, Record<string, string>> } {
  const mode = tata.kode ?? "bawa";
  const rows: Nilai[][] = [
    ["LAPORAN REALISASI ANGGARAN BELANJA"],
    ["Satker : 409343 BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI PALEMBANG"],
    ["Periode : Oktober 2024"],
    [],
  ];
  const h = rows.length + 1;
  const r1: Nilai[] = mode === "satu" ? ["Kode / Uraian"] : ["Kode", null, null, null, null, null, null, "Uraian"];
  const r2: Nilai[] = mode === "satu" ? [null] : ["Program", "Kegiatan", "KRO", "RO", "Komponen", "Subkomponen", "Akun", null];
  r1.push("Pagu", "Realisasi", null, null, "%", "Sisa Anggaran");
  r2.push(null, "s.d. Periode Lalu", "Periode Ini", "s.d. Periode Ini", null, null);
  rows.push(r1, r2);
  const v0 = mode === "satu" ? 2 : 9;
  const gabung: string[] = [];
  if (mode !== "satu") gabung.push(`A${h}:G${h}`, `H${h}:H${h + 1}`);
  else gabung.push(`A${h}:A${h + 1}`);
  gabung.push(`${kol(v0)}${h}:${kol(v0)}${h + 1}`, `${kol(v0 + 1)}${h}:${kol(v0 + 3)}${h}`, `${kol(v0 + 4)}${h}:${kol(v0 + 4)}${h + 1}`, `${kol(v0 + 5)}${h}:${kol(v0 + 5)}${h + 1}`);
  const lebar = v0 + 5;
  rows.push(Array.from({ length: lebar }, (_, i) => (mode === "satu" ? i + 1 : i < 7 ? null : i - 5)).map((x, i) => (mode !== "satu" && i === 0 ? 1 : x)));
  const uang = (n: number): Nilai => (tata.teks ? teksRp(n) : n);
  const sel = new Map<string, Record<string, string>>();
  let tot = [0, 0, 0];
  for (const b of barisDipa()) {
    const r: Nilai[] = [];
    if (mode === "satu") r.push(`${b.kode} ${b.uraian}`);
    else {
      for (let l = 0; l < 7; l++) r.push(mode === "penuh" ? b.jalur[l] || null : l === b.level ? b.jalur[l] : null);
      r.push(b.uraian);
    }
    const d = tata.salah?.[b.kode] ?? [0, 0];
    const sd = b.lalu + b.ini;
    const pagu = b.pagu + d[0];
    // % and sisa follow the printed pagu and s.d. periode ini: a planted slip stays one slip.
    const sdTulis = sd + d[1];
    r.push(uang(pagu), uang(b.lalu), uang(b.ini), uang(sdTulis), Math.round((sdTulis / pagu) * 10000) / 100, uang(pagu - sdTulis));
    rows.push(r);
    const row = rows.length;
    sel.set(b.kode, { pagu: `${kol(v0)}${row}`, realisasi: `${kol(v0 + 3)}${row}`, sisa: `${kol(v0 + 5)}${row}` });
    if (b.level === 0) tot = [tot[0] + b.pagu, tot[1] + b.lalu, tot[2] + b.ini];
  }
  const kaki: Nilai[] = mode === "satu" ? ["JUMLAH"] : [null, null, null, null, null, null, null, "JUMLAH"];
  const sd = tot[1] + tot[2];
  kaki.push(uang(tot[0]), uang(tot[1]), uang(tot[2]), uang(sd), Math.round((sd / tot[0]) * 10000) / 100, uang(tot[0] - sd));
  rows.push(kaki);
  return { nama, baris: rows, gabung, sel };
}
