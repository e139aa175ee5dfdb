/**
 * Reading one value cell of a budget table into a number and its provenance (Sumber):
 * Rupiah after the header unit, percentages in percent points.
 */
import { bacaAngka, hitungDesimal } from "../../angka";
import { a1 } from "../../snapshot";
import type { AnggaranRow, Sumber } from "../../tabel";
import type { Grid } from "../grid";

export interface Bacaan {
  value: number | null;
  sumber: Sumber;
}

const desimalCache = new Map<string, number | null>();

/** Decimals a number format shows ("#,##0.00" → 2, "0%" → 0, "General" → null). */
export function desimalFormat(format: string | null): number | null {
  if (!format || format === "General") return null;
  let d = desimalCache.get(format);
  if (d !== undefined) return d;
  const bagian = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const m = /\.([0#?]+)/.exec(bagian);
  d = m ? m[1].length : /[0#]/.test(bagian) ? 0 : null;
  desimalCache.set(format, d);
  return d;
}

export function formatPersen(format: string | null): boolean {
  return !!format && format.includes("%") && !/^"[^"]*%[^"]*"$/.test(format);
}

/** A currency format that states Rupiah ('"Rp"#,##0', '[$Rp-421]'): the cell is already in Rupiah. */
function formatRupiah(format: string | null): boolean {
  return !!format && /rp/i.test(format);
}

function dasar(grid: Grid, row: number, col: number): Sumber {
  const raw = grid.raw(row, col);
  const s: Sumber = { cell: a1(row, col), raw };
  const f = grid.formula(row, col);
  if (f) s.formula = f;
  const fmt = grid.format(row, col);
  if (fmt && fmt !== "General") s.format = fmt;
  return s;
}

/**
 * Money: × `kali` (1000 under "(Rp000)") unless the cell itself says Rupiah ("Rp65.345.000,00",
 * a Rupiah currency format) — Tabel 3.105 prints full Rupiah under an "(Rp)(000)" header.
 */
export function bacaUang(grid: Grid, row: number, col: number, kali: number): Bacaan {
  const s = dasar(grid, row, col);
  const v = s.raw;
  if (typeof v === "number") {
    const k = kali !== 1 && !formatRupiah(s.format ?? null) ? kali : 1;
    const d = desimalFormat(s.format ?? null);
    s.decimals = d ?? hitungDesimal(v);
    if (k !== 1) s.scale = k;
    return { value: v * k, sumber: s };
  }
  const a = bacaAngka(v);
  if (a.kind === "angka") {
    const k = kali !== 1 && !a.rupiah ? kali : 1;
    s.fromText = true;
    s.decimals = a.desimal;
    if (k !== 1) s.scale = k;
    if (a.satuan) s.unit = a.satuan;
    if (a.persen) s.problem = "Persen di kolom uang";
    return { value: a.value * k, sumber: s };
  }
  if (a.kind === "rusak") s.problem = a.alasan;
  return { value: null, sumber: s };
}

/**
 * Percent points: "99,80%" → 99.8; 0.998 formatted as % → 99.8; 99.8 under a "%" header → 99.8.
 * `pecahan`: the column holds unformatted fractions (0.998), decided per column by the caller.
 */
export function bacaPersen(grid: Grid, row: number, col: number, pecahan: boolean): Bacaan {
  const s = dasar(grid, row, col);
  const v = s.raw;
  if (typeof v === "number") {
    const fmt = s.format ?? null;
    const d = desimalFormat(fmt);
    if (formatPersen(fmt) || pecahan) {
      s.scale = 100;
      const x = kali100(v);
      s.decimals = d ?? hitungDesimal(x);
      return { value: x, sumber: s };
    }
    s.decimals = d ?? hitungDesimal(v);
    return { value: v, sumber: s };
  }
  const a = bacaAngka(v);
  if (a.kind === "angka") {
    s.fromText = true;
    s.decimals = a.desimal;
    if (a.satuan) s.unit = a.satuan;
    return { value: a.value, sumber: s };
  }
  if (a.kind === "rusak") s.problem = a.alasan;
  return { value: null, sumber: s };
}

/** 0.9977 × 100 without binary noise (99.77, not 99.77000000000001). */
function kali100(v: number): number {
  // Nine decimals of a percent point is beyond any sheet's precision and clears binary noise.
  return Math.round(v * 1e11) / 1e9;
}

/**
 * A percent column holds fractions when its numbers carry no % format and all lie within ±1.5
 * (a real 0,69 % among them is possible but a whole column below 1,5 % is not a budget table).
 */
export function kolomPecahan(grid: Grid, rows: number[], col: number): boolean {
  let n = 0;
  for (const r of rows) {
    const v = grid.raw(r, col);
    if (typeof v !== "number") continue;
    if (formatPersen(grid.format(r, col))) return false;
    if (Math.abs(v) > 1.5) return false;
    if (v !== 0) n++;
  }
  return n >= 2;
}

/** Text of a cell as seen (merged areas included), trimmed. */
export function teks(grid: Grid, row: number, col: number): string {
  return grid.text(row, col);
}

type MedanUang = "pagu" | "realisasi" | "sisa";

/** Reads a money column of row r into the row's field, with its provenance under the same name. */
export function isiUang(grid: Grid, r: number, row: AnggaranRow, medan: MedanUang, kolom: { col: number; kali: number }): void {
  const b = bacaUang(grid, r, kolom.col, kolom.kali);
  row[medan] = b.value;
  row.cells[medan] = b.sumber;
}

/** Reads the printed % of row r into `persen`, with its provenance. */
export function isiPersen(grid: Grid, r: number, row: AnggaranRow, col: number, pecahan: boolean): void {
  const b = bacaPersen(grid, r, col, pecahan);
  row.persen = b.value;
  row.cells.persen = b.sumber;
}
