/**
 * Lifts a core/rumus function into an Excel custom function: reads Indonesian number text,
 * accepts single values and ranges (same-shaped ranges → a spilled result of that shape, a single
 * cell is repeated against a range), and turns RumusError into Excel errors with a message.
 * Every custom function is then only its JSDoc and one call to `angkat`.
 */
import { bacaAngka } from "../core/angka";
import { RumusError } from "../core/rumus";

export type Sel = number | string | boolean | null | undefined;
export type Masukan = Sel | Sel[] | Sel[][];

export type KodeExcel = "#DIV/0!" | "#VALUE!" | "#NUM!" | "#N/A";

/** The shape of CustomFunctions.Error (`code`, `message`); `errorCode` repeats the code for plain-object readers. */
export interface GalatExcel {
  code: string;
  errorCode?: string;
  message?: string;
}

export type Keluaran = number | string | GalatExcel;

const KUNCI: Record<KodeExcel, string> = {
  "#DIV/0!": "divisionByZero",
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#N/A": "notAvailable",
};

/**
 * Excel accepts a message only with #VALUE! and #N/A, so #NUM! from the rules (e.g. a negative target)
 * becomes #VALUE! with its explanation. Outside Excel (tests, CLI) there is no CustomFunctions global,
 * and a plain object with the same fields stands in.
 */
export function galat(kode: KodeExcel, pesan?: string): GalatExcel {
  const kodeAkhir: KodeExcel = kode === "#NUM!" && pesan ? "#VALUE!" : kode;
  const bolehPesan = kodeAkhir === "#VALUE!" || kodeAkhir === "#N/A";
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (cf && typeof cf.Error === "function" && cf.ErrorCode) {
    const code = (cf.ErrorCode as unknown as Record<string, CustomFunctions.ErrorCode>)[KUNCI[kodeAkhir]];
    return bolehPesan && pesan ? new cf.Error(code, pesan) : new cf.Error(code);
  }
  return pesan ? { code: kodeAkhir, errorCode: kodeAkhir, message: pesan } : { code: kodeAkhir, errorCode: kodeAkhir };
}

export function galatDari(e: unknown): GalatExcel {
  if (e instanceof RumusError) return galat(e.code, e.message);
  throw e;
}

/** Result of reading one cell: a value, or "leave the result blank", or "not available". */
export const KOSONG: unique symbol = Symbol("kosong");
export const NA: unique symbol = Symbol("na");
export type Pengubah = (v: Sel) => unknown;

function huruf(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A number, or Indonesian number text; "%" text is a fraction as Excel stores it ("123,33%" → 1.2333). */
export const ANGKA: Pengubah = (v) => {
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    throw new RumusError("#VALUE!", `Bukan angka: ${String(v)}`);
  }
  if (v === null || v === undefined || v === "") return KOSONG;
  if (typeof v === "boolean") throw new RumusError("#VALUE!", `Bukan angka: ${v ? "TRUE" : "FALSE"}`);
  const a = bacaAngka(String(v));
  switch (a.kind) {
    case "angka":
      // Shift the decimal point in text, so "99,77%" is exactly 0.9977 as Excel reads it (99.77/100 is not).
      if (!a.persen) return a.value;
      return /e/i.test(String(a.value)) ? a.value / 100 : Number(`${a.value}e-2`);
    case "kosong":
      return KOSONG;
    case "na":
      return NA;
    case "rusak":
      return tolak(String(v), a.alasan);
  }
};

function tolak(teks: string, alasan: string): never {
  const rinci = alasan === "Bukan angka" ? "" : ` (${huruf(alasan)})`;
  throw new RumusError("#VALUE!", `Bukan angka: "${teks}"${rinci}`);
}

/** "maks"/"min" (also "maksimasi"/"minimasi"); blank means maks. */
export const ARAH: Pengubah = (v) => {
  if (v === null || v === undefined || v === "") return "maks";
  const s = String(v).trim().toLowerCase();
  if (/^(maks|maksimasi|maksimal|max)$/.test(s)) return "maks";
  if (/^(min|minimasi|minimal)$/.test(s)) return "min";
  throw new RumusError("#VALUE!", `Arah tidak dikenal: "${String(v)}" (pakai "maks" atau "min")`);
};

/** "ikm" | "sakip" | "capaian" | "ilp". */
export const SKALA: Pengubah = (v) => {
  const s = String(v ?? "").trim().toLowerCase();
  if (s === "ikm" || s === "sakip" || s === "capaian" || s === "ilp") return s;
  throw new RumusError("#VALUE!", `Skala tidak dikenal: "${String(v ?? "")}" (pakai ikm, sakip, capaian atau ilp)`);
};

/** Rules return percent points; Excel cells hold fractions formatted as %. */
// Fixed arity (no rest/spread): this sits in the per-cell loop. Missing arguments arrive as undefined,
// which keeps the rule's own defaults.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pecahan(f: (a: any, b: any, c?: any, d?: any) => number): (a: any, b: any, c?: any, d?: any) => number {
  return (a, b, c, d) => f(a, b, c, d) / 100;
}

function matriks(x: Masukan): Sel[][] {
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) return [[undefined]];
  if (!Array.isArray(x[0])) return [x as Sel[]];
  return x as Sel[][];
}

/** Row i of a range, which must be `kolom` wide (checked while reading: one pass over the rows). */
function barisRentang(mk: Sel[][], i: number, kolom: number): Sel[] {
  const r = mk[i];
  if (r.length !== kolom) throw galat("#VALUE!", "Rentang tidak persegi");
  return r;
}

/**
 * Applies `fungsi` cell by cell. A single result is returned as [[value]] or thrown as an Excel error
 * (so the cell shows the message); over ranges each failing cell holds its own error.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function angkat(fungsi: (...a: any[]) => number | string, pengubah: Pengubah[], masukan: Masukan[]): Keluaran[][] {
  const n = pengubah.length;
  const m: Sel[][][] = [];
  const tunggal: boolean[] = [];
  let baris = 1;
  let kolom = 1;
  for (let k = 0; k < n; k++) {
    const mk = matriks(masukan[k]);
    m.push(mk);
    const b = mk.length;
    const c = mk[0].length;
    tunggal.push(b === 1 && c === 1);
    if (b === 1 && c === 1) continue;
    if (baris === 1 && kolom === 1) {
      baris = b;
      kolom = c;
    } else if (b !== baris || c !== kolom) {
      throw galat("#VALUE!", `Ukuran rentang tidak sama: ${baris}×${kolom} dan ${b}×${c}`);
    }
  }

  if (n > 4) throw new Error("angkat: paling banyak 4 argumen");
  // Single cells are read once, not once per row.
  const tetap: unknown[] = [undefined, undefined, undefined, undefined];
  let galatTetap: GalatExcel | undefined;
  for (let k = 0; k < n; k++) {
    if (!tunggal[k]) continue;
    try {
      tetap[k] = pengubah[k](m[k][0][0]);
    } catch (e) {
      galatTetap ??= galatDari(e);
    }
  }
  const angkaSaja = pengubah.map((p) => p === ANGKA);
  const baca = (k: number, x: Sel): unknown =>
    // Finite numbers skip the reader: most cells of a large range are plain numbers.
    angkaSaja[k] && typeof x === "number" && x - x === 0 ? x : pengubah[k](x);

  if (kolom === 1 && !galatTetap) return kolomTunggal(fungsi, n, baris, m, tunggal, tetap, baca);
  const b: unknown[] = [undefined, undefined, undefined, undefined];
  const baris1: (Sel[] | null)[] = [null, null, null, null];
  const keluaran: Keluaran[][] = new Array(baris);
  for (let i = 0; i < baris; i++) {
    for (let k = 0; k < n; k++) baris1[k] = tunggal[k] ? null : barisRentang(m[k], i, kolom);
    const r: Keluaran[] = new Array(kolom);
    for (let j = 0; j < kolom; j++) {
      let hasil: Keluaran;
      if (galatTetap) hasil = galatTetap;
      else {
        try {
          let kosong = false;
          let na = false;
          for (let k = 0; k < n; k++) {
            const rk = baris1[k];
            const v = rk === null ? tetap[k] : baca(k, rk[j]);
            if (v === KOSONG) kosong = true;
            else if (v === NA) na = true;
            b[k] = v;
          }
          hasil = kosong ? "" : na ? galat("#N/A", "Nilai N/A") : fungsi(b[0], b[1], b[2], b[3]);
        } catch (e) {
          hasil = galatDari(e);
        }
      }
      r[j] = hasil;
    }
    keluaran[i] = r;
  }

  if (baris === 1 && kolom === 1 && typeof keluaran[0][0] === "object") throw keluaran[0][0];
  return keluaran;
}

/**
 * The common spill: one column of results. Arguments stay in locals (an array that also holds text
 * such as "maks" would box every number it receives), and each row is a literal built once its
 * value is known, so a number stays an unboxed double.
 */
function kolomTunggal(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fungsi: (...a: any[]) => number | string,
  n: number,
  baris: number,
  m: Sel[][][],
  tunggal: boolean[],
  tetap: unknown[],
  baca: (k: number, x: Sel) => unknown,
): Keluaran[][] {
  const kol = (k: number): Sel[][] | null => (k < n && !tunggal[k] ? m[k] : null);
  const c0 = kol(0);
  const c1 = kol(1);
  const c2 = kol(2);
  const c3 = kol(3);
  const keluaran: Keluaran[][] = new Array(baris);
  for (let i = 0; i < baris; i++) {
    const r0 = c0 === null ? null : barisRentang(c0, i, 1);
    const r1 = c1 === null ? null : barisRentang(c1, i, 1);
    const r2 = c2 === null ? null : barisRentang(c2, i, 1);
    const r3 = c3 === null ? null : barisRentang(c3, i, 1);
    let hasil: Keluaran;
    try {
      const a0 = r0 === null ? tetap[0] : baca(0, r0[0]);
      const a1 = r1 === null ? tetap[1] : baca(1, r1[0]);
      const a2 = r2 === null ? tetap[2] : baca(2, r2[0]);
      const a3 = r3 === null ? tetap[3] : baca(3, r3[0]);
      if (a0 === KOSONG || a1 === KOSONG || a2 === KOSONG || a3 === KOSONG) hasil = "";
      else if (a0 === NA || a1 === NA || a2 === NA || a3 === NA) hasil = galat("#N/A", "Nilai N/A");
      else hasil = fungsi(a0, a1, a2, a3);
    } catch (e) {
      hasil = galatDari(e);
    }
    keluaran[i] = [hasil];
  }
  if (baris === 1 && typeof keluaran[0][0] === "object") throw keluaran[0][0];
  return keluaran;
}
