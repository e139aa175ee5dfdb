/**
 * Cells of a summary sheet: a value that comes from a numeric source cell becomes a live
 * reference to it; a value read from text is written as a number and marked, so the planner
 * knows it will not follow edits of the source.
 */
import type { Sumber } from "../tabel";
import { sheetRef } from "../snapshot";
import { formatAngka, hitungDesimal } from "../angka";
import type { CellStyle, PlanCell } from "./plan";

export const WARNA = {
  kepala: "#1F4E78",
  putih: "#FFFFFF",
  total: "#DDEBF7",
  abu: "#7F7F7F",
  hijau: "#C6EFCE",
  hijauTeks: "#006100",
  kuning: "#FFEB9C",
  kuningTeks: "#9C5700",
  merah: "#FFC7CE",
  merahTeks: "#9C0006",
  batang: "#5B9BD5",
};

export const GAYA: Record<"judul" | "subjudul" | "kepala" | "data" | "total" | "catatan", CellStyle> = {
  judul: { bold: true, fontSize: 14 },
  subjudul: { italic: true, color: WARNA.abu, wrap: true },
  kepala: { bold: true, fill: WARNA.kepala, color: WARNA.putih, align: "center", wrap: true, border: true },
  data: { border: true },
  total: { bold: true, fill: WARNA.total, border: true },
  catatan: { italic: true, color: WARNA.abu, wrap: true },
};

/** Extra style of a number that was read from text. */
const DARI_TEKS: CellStyle = { italic: true, color: WARNA.abu };

export const FORMAT = {
  rupiah: "#,##0",
  rupiahSen: "#,##0.00",
  persen: "0.00%",
  /** A number already in percent points (454,8 → "454,80 %"). */
  persenPoin: '#,##0.00" %"',
  teks: "@",
};

/** '#,##0' or '#,##0.00' with as many decimals as the source shows (at most 4). */
export function formatDesimal(desimal: number): string {
  const d = Math.max(0, Math.min(4, Math.trunc(desimal)));
  return d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`;
}

export function formatSumber(s: Sumber | undefined, nilai: number): string {
  return formatDesimal(s?.decimals ?? hitungDesimal(nilai));
}

/** The source cell holds a number the summary can reference. */
export function hidup(s: Sumber | undefined): s is Sumber {
  return !!s && typeof s.raw === "number" && Number.isFinite(s.raw) && !s.fromText && !s.problem;
}

export function alamat(sheet: string, cell: string): string {
  return `${sheetRef(sheet)}!${cell}`;
}

/**
 * Formula text (no "=") giving the source value in core units times `faktor`
 * (faktor 1/100 turns percent points into the fraction Excel formats as %).
 */
export function ekspresi(sheet: string, s: Sumber, faktor = 1): string {
  const ref = alamat(sheet, s.cell);
  const k = (s.scale ?? 1) * faktor;
  if (k === 1) return ref;
  if (Number.isInteger(k)) return `${ref}*${k}`;
  const kebalikan = Math.round(1 / k);
  if (Math.abs(1 / k - kebalikan) < 1e-9) return `${ref}/${kebalikan}`;
  return `${ref}*${k}`;
}

export function catatanTeks(sheet: string, s: Sumber): string {
  const asal = alamat(sheet, s.cell);
  if (s.problem) return `Angka tidak terbaca pasti (${s.problem}) di ${asal}: "${String(s.raw)}"`;
  return `Dibaca dari teks "${String(s.raw)}" di ${asal}; tidak ikut berubah bila sumbernya diubah.`;
}

export interface OpsiAngka {
  format?: string;
  /** Multiplies the core value (1/100: percent points → fraction). */
  faktor?: number;
  style?: CellStyle;
}

/** A summary cell showing one source value: a live reference, or a marked value read from text. */
export function selSumber(at: string, sheet: string, s: Sumber | undefined, nilai: number | null, opsi: OpsiAngka = {}): PlanCell {
  const faktor = opsi.faktor ?? 1;
  const style = opsi.style ?? GAYA.data;
  if (nilai === null || !Number.isFinite(nilai)) {
    const sel: PlanCell = { at, value: null, style };
    if (s?.problem) {
      sel.note = catatanTeks(sheet, s);
      sel.style = { ...style, ...DARI_TEKS };
    }
    return sel;
  }
  const format = opsi.format ?? (faktor === 1 ? formatSumber(s, nilai) : FORMAT.persen);
  const value = nilai * faktor;
  if (hidup(s)) return { at, formula: `=${ekspresi(sheet, s, faktor)}`, value, format, style };
  if (!s) return { at, value, format, style };
  return { at, value, format, style: { ...style, ...DARI_TEKS }, fromText: true, note: catatanTeks(sheet, s) };
}

/**
 * Operand of a derived formula: the source reference when the source is live, else the summary's
 * own cell that holds the value read from text.
 */
export function operand(at: string, sheet: string, s: Sumber | undefined, faktor = 1): string {
  return hidup(s) ? ekspresi(sheet, s, faktor) : at;
}

/** A value the core computed, written as a formula with its result cached. */
export function selRumus(at: string, formula: string, value: number | string | null, format?: string, style: CellStyle = GAYA.data): PlanCell {
  return { at, formula: `=${formula}`, value, format, style };
}

export function selTeks(at: string, value: string | number | null, style: CellStyle = GAYA.data, format?: string): PlanCell {
  const sel: PlanCell = { at, value, style };
  if (format) sel.format = format;
  return sel;
}

/** Indonesian text of a number for notes ("20.535.869.000"). */
export function teksAngka(n: number, desimal?: number): string {
  return formatAngka(n, desimal);
}

/** Collects the cells of a plan, one per address. */
export class Lembar {
  readonly cells: PlanCell[] = [];
  private readonly index = new Map<string, number>();

  set(sel: PlanCell): void {
    const i = this.index.get(sel.at);
    if (i === undefined) {
      this.index.set(sel.at, this.cells.length);
      this.cells.push(sel);
    } else this.cells[i] = sel;
  }

  semua(sel: PlanCell[]): void {
    for (const s of sel) this.set(s);
  }
}

/**
 * Operands of a ratio (capaian, R ÷ S): when both sources are live with the same scale the scale
 * cancels, so the formula is the plain 'Sheet'!R/'Sheet'!T.
 */
export function pasangan(sheet: string, a: [string, Sumber | undefined], b: [string, Sumber | undefined]): [string, string] {
  const [atA, sA] = a;
  const [atB, sB] = b;
  if (hidup(sA) && hidup(sB) && (sA.scale ?? 1) === (sB.scale ?? 1)) {
    const f = 1 / (sA.scale ?? 1);
    return [ekspresi(sheet, sA, f), ekspresi(sheet, sB, f)];
  }
  return [operand(atA, sheet, sA), operand(atB, sheet, sB)];
}
