/** What the sections of Realisasi Anggaran share: the state of the sheet being built and the money columns. */
import type { AnggaranTable } from "../tabel";
import type { CellStyle, SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, type Lembar, selTeks } from "../lembar/sel";
import type { Isi, Kolom, Letak } from "../lembar/kolom";
import { asalTabel } from "./kerangka";
import { barisPenuh } from "../lembar/kerangka";
import { a1 } from "../snapshot";
import { jumlah, selJumlahRentang, selPenyerapanSisa } from "./jumlah";

export const TENGAH = { ...GAYA.data, align: "center" as const };
export const BUNGKUS = { ...GAYA.data, wrap: true };
const JUDUL_SEKSI = { ...GAYA.judul, fontSize: 12 };

export interface Keadaan {
  l: Lembar;
  plan: SheetPlan;
  /** Next free row. */
  row: number;
  /** Columns the section notes are merged across (the money sections'). */
  kolom: number;
}

export const PAGU = "Pagu (Rp)";
export const REALISASI = "Realisasi (Rp)";
const PENYERAPAN = "Penyerapan";
const SISA = "Sisa (Rp)";

/** Pagu and realisasi of one row, and whether it is a total row. */
export interface Uang {
  pagu: number | null;
  real: number | null;
  total?: boolean;
}

export interface SumberUang<R> {
  uang(r: R): Uang;
  /** The pagu and realisasi cells (a source reference, a SUM…). */
  pagu(r: R, k: Letak): Isi;
  real(r: R, k: Letak): Isi;
  /** All rows, for the block's total row (when it has one). */
  semua?: readonly R[];
}

/** Pagu, Realisasi, Penyerapan (realisasi ÷ pagu) and Sisa (pagu − realisasi). */
export function kolomUang<R>(s: SumberUang<R>): Kolom<R>[] {
  const gaya = (r: R): CellStyle => (s.uang(r).total ? GAYA.total : GAYA.data);
  const turunan = (k: Letak, u: Uang, style: CellStyle) => selPenyerapanSisa(k.sel(PENYERAPAN), k.sel(SISA), k.sel(PAGU), k.sel(REALISASI), u.pagu, u.real, style);
  const Σ = (): Uang => ({ pagu: jumlah((s.semua ?? []).map((r) => s.uang(r).pagu)), real: jumlah((s.semua ?? []).map((r) => s.uang(r).real)) });
  return [
    { kepala: PAGU, lebar: 18, isi: s.pagu, jumlah: (k) => selJumlahRentang(k.at, k.rentang(PAGU), Σ().pagu, FORMAT.rupiah) },
    { kepala: REALISASI, lebar: 18, isi: s.real, jumlah: (k) => selJumlahRentang(k.at, k.rentang(REALISASI), Σ().real, FORMAT.rupiah) },
    { kepala: PENYERAPAN, lebar: 12, isi: (r, k) => turunan(k, s.uang(r), gaya(r))[0], jumlah: (k) => turunan(k, Σ(), GAYA.total)[0] },
    { kepala: SISA, lebar: 16, isi: (r, k) => turunan(k, s.uang(r), gaya(r))[1], jumlah: (k) => turunan(k, Σ(), GAYA.total)[1] },
  ];
}

/** A text column whose total row shows `label`; total-style rows of the data keep the total style. */
export function kolomTeks<R>(kepala: string, lebar: number, isi: (r: R) => string | number | null, opsi: { gaya?: CellStyle; total?: (r: R) => boolean; label?: string } = {}): Kolom<R> {
  const gaya = opsi.gaya ?? GAYA.data;
  return {
    kepala,
    lebar,
    isi: (r, k) => selTeks(k.at, isi(r), opsi.total?.(r) ? GAYA.total : gaya),
    ...(opsi.label !== undefined ? { jumlah: () => opsi.label! } : {}),
  };
}

export function judulSeksi(k: Keadaan, teks: string, t: AnggaranTable): void {
  k.l.set(selTeks(a1(k.row, 1), teks, JUDUL_SEKSI));
  k.plan.merges!.push(barisPenuh(k.l, k.row + 1, `Sumber: ${asalTabel(t)}`, k.kolom));
  k.row += 2;
}
