/**
 * Reads one value cell into a number with its provenance (Sumber): the address, the raw value,
 * formula and format, whether it came from text, the decimals shown, the scale applied and the
 * unit written in the cell. Percentages come out in percent points however they are stored.
 */
import { bacaAngka, type Angka } from "../angka";
import { a1 } from "../snapshot";
import type { Sumber } from "../tabel";
import type { Grid } from "./grid";

export interface Baca {
  value: number | null;
  sumber: Sumber;
  angka: Angka;
}

export interface OpsiBaca {
  /** Money multiplier from the header ("(Rp000)" → 1000). */
  pengali?: number;
}

/** True when a number format shows percent (a "%" outside quotes). */
export function formatPersen(fmt: string | null | undefined): boolean {
  if (!fmt || !fmt.includes("%")) return false;
  return fmt.replace(/"[^"]*"/g, "").replace(/\\%/g, "").includes("%");
}

/** Decimals a number format shows ("0.00%" → 2, "#,##0" → 0), or undefined for General/text. */
export function desimalFormat(fmt: string | null | undefined): number | undefined {
  if (!fmt || /^general$/i.test(fmt) || fmt === "@") return undefined;
  const bagian = fmt.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  if (!/[0#?]/.test(bagian)) return undefined;
  const m = /\.([0#?]+)/.exec(bagian);
  return m ? m[1].length : 0;
}

/** Removes binary noise after scaling (0.2533 × 100 → 25.33, not 25.330000000000002). */
export function rapikan(x: number): number {
  return Number(x.toPrecision(15));
}

// Text values repeat a lot in a sheet ("25%", "100", "Persen"); Angka results are never mutated.
const cacheTeks = new Map<string, Angka>();

function bacaTeksCache(s: string): Angka {
  let a = cacheTeks.get(s);
  if (a === undefined) {
    a = bacaAngka(s);
    if (cacheTeks.size >= 50_000) cacheTeks.clear();
    cacheTeks.set(s, a);
  }
  return a;
}

/** Reads the value at (row, col), a merged area reading as its top-left cell. */
export function bacaSel(grid: Grid, row: number, col: number, opsi: OpsiBaca = {}): Baca {
  const [r, c] = grid.owner(row, col);
  const raw = grid.raw(r, c);
  return bacaNilai(grid, r, c, raw, opsi);
}

/** Reads a given raw value as if it were the content of (r, c) (for cells holding extra text). */
export function bacaNilai(
  grid: Grid,
  r: number,
  c: number,
  raw: number | string | boolean | null,
  opsi: OpsiBaca = {},
  asli: number | string | boolean | null = raw,
): Baca {
  const sumber: Sumber = { cell: a1(r, c), raw: asli };
  const formula = grid.formula(r, c);
  if (formula) sumber.formula = formula;
  const format = grid.format(r, c);
  if (format && !/^general$/i.test(format)) sumber.format = format;
  const angka = typeof raw === "string" ? bacaTeksCache(raw) : bacaAngka(raw);
  if (angka.kind === "rusak") {
    sumber.problem = angka.alasan;
    return { value: null, sumber, angka };
  }
  if (angka.kind !== "angka") return { value: null, sumber, angka };

  let value = angka.value;
  let scale = 1;
  let decimals = angka.desimal;
  if (!angka.teks) {
    const d = desimalFormat(format);
    if (formatPersen(format)) {
      scale = 100;
      decimals = d ?? Math.max(0, angka.desimal - 2);
    } else if (d !== undefined) decimals = d;
  } else {
    sumber.fromText = true;
    if (angka.satuan) sumber.unit = angka.satuan;
  }
  if (scale === 1 && opsi.pengali && opsi.pengali !== 1 && !angka.persen) scale = opsi.pengali;
  if (scale !== 1) {
    value = rapikan(value * scale);
    sumber.scale = scale;
  }
  sumber.decimals = decimals;
  return { value, sumber, angka };
}

/** Leading percentage of a rencana aksi cell: "35% B04: - Monitoring …" → "35%". */
export function awalPersen(teks: string): string | null {
  const m = /^\s*([-–]?\s*\d[\d.,\s]*%?)/.exec(teks);
  return m ? m[1].trim() : null;
}
