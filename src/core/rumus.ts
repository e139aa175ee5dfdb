/**
 * Every performance and budget calculation of the add-in (custom functions, validation and
 * summaries all call these). Percentages are in percent points (123.33 means 123,33 %) and are
 * returned unrounded; `bulat` rounds the way the report and Excel do.
 *
 * Rules and worked examples: LAKIP BSPJI Palembang 2024 (capaian = realisasi / target × 100,
 * IBT/IBR and the efficiency ratio of Tabel 3.112, NKA of Tabel 3.113, IKM intervals of Tabel 3.70).
 */
import Decimal from "decimal.js";

export type KodeGalat = "#DIV/0!" | "#VALUE!" | "#NUM!";

export class RumusError extends Error {
  code: KodeGalat;
  constructor(code: KodeGalat, message: string) {
    super(message);
    this.name = "RumusError";
    this.code = code;
  }
}

function cekAngka(nama: string, x: number): void {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new RumusError("#VALUE!", `${nama} bukan angka: ${String(x)}`);
  }
}

/** Divisor that must be a positive number; zero is Excel's #DIV/0!, a negative base has no meaning here. */
function cekPembagi(nama: string, x: number): void {
  cekAngka(nama, x);
  if (x === 0) throw new RumusError("#DIV/0!", `${nama} bernilai nol`);
  if (x < 0) throw new RumusError("#NUM!", `${nama} bernilai negatif (${x})`);
}

/** A result that overflowed (a divisor so small the quotient is infinite) is an error, never a number. */
function hasil(x: number): number {
  if (!Number.isFinite(x)) throw new RumusError("#NUM!", "Hasil terlalu besar untuk dihitung (pembagi mendekati nol)");
  return x;
}

/** The rule's result, or null where the inputs give none (zero or negative divisor, overflow). */
export function aman(hitung: () => number): number | null {
  try {
    return hitung();
  } catch (e) {
    if (e instanceof RumusError) return null;
    throw e;
  }
}

/**
 * Half-up rounding on the decimal value, like Excel ROUND: 98.735 → 98.74 (binary rounding gives
 * 98.73). Like Excel, the value is first taken to 15 significant digits, so 68.23/40*100 → 170.58.
 */
export function bulat(x: number, desimal: number): number {
  cekAngka("Nilai", x);
  if (!Number.isInteger(desimal)) throw new RumusError("#VALUE!", `Jumlah desimal bukan bilangan bulat: ${desimal}`);
  const d = new Decimal(x).toSignificantDigits(15, Decimal.ROUND_HALF_UP);
  if (desimal >= 0) return d.toDecimalPlaces(desimal, Decimal.ROUND_HALF_UP).toNumber();
  const skala = new Decimal(10).pow(-desimal);
  return d.div(skala).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(skala).toNumber();
}

export type Arah = "maks" | "min";

/**
 * maks (maksimasi, higher is better): R/T × 100.
 * min (minimasi, lower is better): (2 − R/T) × 100, the PermenPAN-RB rule; the report itself has no minimasi indicator.
 */
export function capaian(target: number, realisasi: number, arah: Arah = "maks"): number {
  cekPembagi("Target", target);
  cekAngka("Realisasi", realisasi);
  if (arah === "min") return hasil((2 - realisasi / target) * 100);
  if (arah !== "maks") throw new RumusError("#VALUE!", `Arah tidak dikenal: "${String(arah)}" (pakai "maks" atau "min")`);
  return hasil((realisasi / target) * 100);
}

/** (B − A)/A × 100 — Manual IKU "produktivitas". */
export function produktivitas(sebelum: number, sesudah: number): number {
  cekPembagi("Nilai sebelum", sebelum);
  cekAngka("Nilai sesudah", sesudah);
  return hasil(((sesudah - sebelum) / sebelum) * 100);
}

/** (A − B)/A × 100 — Manual IKU "efisiensi" (time or cost saved). */
export function efisiensi(sebelum: number, sesudah: number): number {
  cekPembagi("Nilai sebelum", sebelum);
  cekAngka("Nilai sesudah", sesudah);
  return hasil(((sebelum - sesudah) / sebelum) * 100);
}

/** (B − A)/A × 100 — growth year on year (PNBP, hasil layanan). */
export function pertumbuhan(lalu: number, kini: number): number {
  cekPembagi("Nilai tahun lalu", lalu);
  cekAngka("Nilai tahun ini", kini);
  return hasil(((kini - lalu) / lalu) * 100);
}

/** Realisasi anggaran / pagu × 100. */
export function penyerapan(pagu: number, realisasi: number): number {
  cekPembagi("Pagu", pagu);
  cekAngka("Realisasi anggaran", realisasi);
  return hasil((realisasi / pagu) * 100);
}

/** Indeks Biaya Target: rupiah per unit of target. */
export function ibt(pagu: number, target: number): number {
  cekAngka("Pagu", pagu);
  cekPembagi("Target", target);
  return hasil(pagu / target);
}

/** Indeks Biaya Realisasi: rupiah spent per unit realised. */
export function ibr(realisasiAnggaran: number, realisasi: number): number {
  cekAngka("Realisasi anggaran", realisasiAnggaran);
  cekPembagi("Realisasi", realisasi);
  return hasil(realisasiAnggaran / realisasi);
}

/**
 * (IBT − IBR)/IBT × 100 = (1 − %penyerapan / %capaian) × 100, with the uncapped capaian (Tabel 3.112).
 * Computed in the same order as `excel.efisiensiAnggaran`, so sheet and code agree to the last bit.
 */
export function efisiensiAnggaran(pagu: number, target: number, realisasiAnggaran: number, realisasi: number): number {
  cekPembagi("Pagu", pagu);
  cekPembagi("Target", target);
  cekAngka("Realisasi anggaran", realisasiAnggaran);
  cekPembagi("Realisasi", realisasi);
  return hasil((1 - realisasiAnggaran / pagu / (realisasi / target)) * 100);
}

/** Nilai Kinerja Anggaran: 50 % perencanaan + 50 % pelaksanaan (Tabel 3.113). */
export function nka(perencanaan: number, pelaksanaan: number): number {
  cekAngka("NK perencanaan", perencanaan);
  cekAngka("NK pelaksanaan", pelaksanaan);
  return (perencanaan + pelaksanaan) / 2;
}

export type StatusCapaian = "tercapai" | "hampir" | "belum";

/** ≥ 100 tercapai, 80 – < 100 hampir, < 80 belum (capaian in percent points). */
export function statusCapaian(capaianPersen: number): StatusCapaian {
  cekAngka("Capaian", capaianPersen);
  if (capaianPersen >= 100) return "tercapai";
  if (capaianPersen >= 80) return "hampir";
  return "belum";
}

/** IKM (1–4) → Nilai Interval Konversi (25–100). */
export function ikmKeNik(ikm: number): number {
  cekIkm(ikm);
  return ikm * 25;
}

export type MutuIkm = { mutu: "A" | "B" | "C" | "D"; kinerja: "Sangat Baik" | "Baik" | "Kurang Baik" | "Tidak Baik" };

function cekIkm(ikm: number): void {
  cekAngka("IKM", ikm);
  if (ikm < 1 || ikm > 4) throw new RumusError("#NUM!", `IKM di luar rentang 1–4: ${ikm}`);
}

/**
 * Tabel 3.70 (PermenPAN-RB 14/2017). The printed upper bounds overlap (3,0644 and 3,5324 each end one
 * row and start the next), so each lower bound decides: A ≥ 3,5324; B ≥ 3,0644; C ≥ 2,60; else D.
 */
export function mutuIkm(ikm: number): MutuIkm {
  cekIkm(ikm);
  if (ikm >= 3.5324) return { mutu: "A", kinerja: "Sangat Baik" };
  if (ikm >= 3.0644) return { mutu: "B", kinerja: "Baik" };
  if (ikm >= 2.6) return { mutu: "C", kinerja: "Kurang Baik" };
  return { mutu: "D", kinerja: "Tidak Baik" };
}

/** PermenPAN-RB 88/2021: AA > 90, A > 80–90, BB > 70–80, B > 60–70, C > 50–60, D > 30–50, E ≤ 30. */
const SAKIP: [number, string, string][] = [
  [90, "AA", "Sangat Memuaskan"],
  [80, "A", "Memuaskan"],
  [70, "BB", "Sangat Baik"],
  [60, "B", "Baik"],
  [50, "C", "Cukup"],
  [30, "D", "Kurang"],
];

/** PermenPAN-RB 29/2022 Indeks Pelayanan Publik (1–5), upper bounds of the printed two-decimal ranges. */
const ILP: [number, string, string][] = [
  [1.0, "F", "Gagal"],
  [1.5, "E", "Sangat Buruk"],
  [2.0, "D", "Buruk"],
  [2.5, "C-", "Cukup (dengan catatan)"],
  [3.0, "C", "Cukup"],
  [3.5, "B-", "Baik (dengan catatan)"],
  [4.0, "B", "Baik"],
  [4.5, "A-", "Sangat Baik"],
  [5.0, "A", "Pelayanan Prima"],
];

export type Skala = "ikm" | "sakip" | "capaian" | "ilp";

export type Predikat = { kode: string; keterangan: string };

/**
 * Grade on a regulation's scale.
 * - ikm: IKM 1–4 (or its NIK 25–100) → mutu A–D (Tabel 3.70);
 * - sakip: SAKIP score 0–100 → AA…E;
 * - capaian: capaian in percent points → Tercapai / Hampir tercapai / Belum tercapai (no scale in the report);
 * - ilp: Indeks Pelayanan Publik 0–5 → A … F.
 */
export function predikatRinci(nilai: number, skala: Skala): Predikat {
  cekAngka("Nilai", nilai);
  switch (skala) {
    case "ikm": {
      // IKM (1–4) and NIK (25–100) do not overlap, so either may be given.
      const ikm = nilai >= 25 && nilai <= 100 ? nilai / 25 : nilai;
      const m = mutuIkm(ikm);
      return { kode: m.mutu, keterangan: m.kinerja };
    }
    case "sakip": {
      if (nilai < 0 || nilai > 100) throw new RumusError("#NUM!", `Nilai SAKIP di luar rentang 0–100: ${nilai}`);
      for (const [batas, kode, ket] of SAKIP) if (nilai > batas) return { kode, keterangan: ket };
      return { kode: "E", keterangan: "Sangat Kurang" };
    }
    case "capaian": {
      const s = statusCapaian(nilai);
      const ket = s === "tercapai" ? "Tercapai" : s === "hampir" ? "Hampir tercapai" : "Belum tercapai";
      return { kode: s, keterangan: ket };
    }
    case "ilp": {
      if (nilai < 0 || nilai > 5) throw new RumusError("#NUM!", `Indeks pelayanan publik di luar rentang 0–5: ${nilai}`);
      const n = bulat(nilai, 2);
      for (const [batas, kode, ket] of ILP) if (n <= batas) return { kode, keterangan: ket };
      return { kode: "A", keterangan: "Pelayanan Prima" };
    }
    default:
      throw new RumusError("#VALUE!", `Skala tidak dikenal: "${String(skala)}" (pakai ikm, sakip, capaian atau ilp)`);
  }
}

/** "A (Sangat Baik)", "BB (Sangat Baik)", "Tercapai". */
export function predikat(nilai: number, skala: Skala): string {
  const p = predikatRinci(nilai, skala);
  return skala === "capaian" ? p.keterangan : `${p.kode} (${p.keterangan})`;
}

/** A cell reference, a sheet-qualified reference or a plain number needs no parentheses. */
function op(x: string): string {
  const t = x.trim();
  if (/^(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+$/.test(t)) return t;
  if (/^\d+(?:\.\d+)?$/.test(t)) return t;
  return `(${t})`;
}

/**
 * Native Excel formula text for the same rules, so generated summaries stay live. Percent results
 * are FRACTIONS (format the cell as %); no leading "=".
 */
export const excel = {
  capaian(t: string, r: string, arah: Arah = "maks"): string {
    return arah === "min" ? `2-${op(r)}/${op(t)}` : `${op(r)}/${op(t)}`;
  },
  penyerapan(p: string, r: string): string {
    return `${op(r)}/${op(p)}`;
  },
  ibt(p: string, t: string): string {
    return `${op(p)}/${op(t)}`;
  },
  ibr(ra: string, r: string): string {
    return `${op(ra)}/${op(r)}`;
  },
  efisiensiAnggaran(p: string, t: string, ra: string, r: string): string {
    return `1-${op(ra)}/${op(p)}/(${op(r)}/${op(t)})`;
  },
  produktivitas(a: string, b: string): string {
    return `(${op(b)}-${op(a)})/${op(a)}`;
  },
  efisiensi(a: string, b: string): string {
    return `(${op(a)}-${op(b)})/${op(a)}`;
  },
  pertumbuhan(a: string, b: string): string {
    return `(${op(b)}-${op(a)})/${op(a)}`;
  },
  nka(perencanaan: string, pelaksanaan: string): string {
    return `(${op(perencanaan)}+${op(pelaksanaan)})/2`;
  },
  /** Excel ROUND is half away from zero on the decimal value, the same as `bulat`. */
  bulat(x: string, desimal: number): string {
    return `ROUND(${x},${desimal})`;
  },
};
