/**
 * The tree of an anggaran table: which rows a group, subtotal or total row stands for.
 *
 * - A code parent wins: 6077 → 6077.BAD → 6077.BAD.036 (the nearest code prefix on the sheet).
 * - Otherwise a total row with a level heads the following rows of deeper level, up to the next
 *   row of its level or higher (group rows such as "2 Pelayanan Teknis Pengujian" over its items).
 * - A total row left without children is a footer ("Total", "Grand Total"): it stands for the
 *   rows above it back to the previous footer of its level or higher; a footer right under other
 *   footers (a grand total) stands for everything above that is not yet counted.
 *
 * All passes are linear (a Map of codes, a stack of open groups), so a 100.000-row sheet is cheap.
 * A group row without printed amounts counts as the sum of its own rows.
 */
import { bacaAngka } from "../angka";
import { adalahMedan, uraiMedan, type AnggaranRow, type AnggaranTable, type Medan } from "../tabel";
import { nilaiMedan } from "./umum";

export interface Pohon {
  /** Parent row index, -1 for none. */
  induk: Int32Array;
  /** Children of row i: anakIsi[anakAwal[i] .. anakAwal[i + 1]) (flat arrays: no array per row). */
  anakAwal: Int32Array;
  anakIsi: Int32Array;
  /** Children of one row as an array (for the few rows a finding is about). */
  anak(i: number): number[];
  /** Row is a footer total. */
  kaki: Uint8Array;
  /** Rows whose code an earlier row already has: [row index, index of the first]. */
  kembar: [number, number][];
  /** Printed value, else the sum of the children; NaN when a part cannot be read; null when nothing. */
  nilai(i: number, medan: Medan): number | null;
  /** Sum of the leaves beneath (printed value only for a leaf): what a total is when its subtotals are off. */
  nilaiDalam(i: number, medan: Medan): number | null;
}

export function normalKode(k: string): string {
  return kodeBaku(k) ? k : k.replace(/\s+/g, "").replace(/\.+$/, "").toUpperCase();
}

/** Already "6077.BAD.036": digits and capitals between single dots (a loop; a regex costs more here). */
function kodeBaku(k: string): boolean {
  let titik = true;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c === 46) {
      if (titik) return false;
      titik = true;
    } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) titik = false;
    else return false;
  }
  return !titik;
}

function adaAngka(row: AnggaranRow, medan: Medan[]): boolean {
  for (const m of medan) if (nilaiMedan(row, m) !== null) return true;
  return false;
}

/** The cell holds something, but not a number (so a sum over it is unknown). */
function rusak(row: AnggaranRow, medan: Medan): boolean {
  const s = row.cells[medan];
  if (!s) return false;
  if (s.problem) return true;
  if (typeof s.raw === "boolean") return true;
  if (typeof s.raw !== "string") return false;
  return bacaAngka(s.raw).kind === "rusak";
}

/** Money fields the table has a column for. */
export function medanUang(t: AnggaranTable): Medan[] {
  const out: Medan[] = [];
  for (const k of ["pagu", "realisasi", "sisa", "sdBulanLalu", "bulanIni"] as const) if (t.columns[k]) out.push(k);
  for (const k of Object.keys(t.columns)) if (adalahMedan(k) && uraiMedan(k).jenis === "revisi" && t.columns[k] !== t.columns.pagu) out.push(k);
  if (!out.length) out.push("pagu", "realisasi");
  return out;
}

/** `a` is a code prefix of `b` ("6077.BAD" of "6077.BAD.036"). */
function awalan(a: string, b: string): boolean {
  return b.length > a.length && b.charCodeAt(a.length) === 46 && b.startsWith(a);
}

/** Nearest code prefix of `k` longer than `batas` characters that is a row, else `cadangan`. */
function cariInduk(k: string, batas: number, kodeIdx: Map<string, number>, i: number, cadangan: number): number {
  let p = k.lastIndexOf(".");
  while (p > batas) {
    const j = kodeIdx.get(k.slice(0, p));
    if (j !== undefined && j !== i) return j;
    p = k.lastIndexOf(".", p - 1);
  }
  return cadangan;
}

type BarisA = AnggaranTable["rows"][number];

/** One Map of codes (also gives the duplicates), and each row's normalised code. */
function petaKode(rows: BarisA[]): { kode: (string | null)[]; kodeIdx: Map<string, number>; kembar: [number, number][] } {
  const n = rows.length;
  const kodeIdx = new Map<string, number>();
  const kembar: [number, number][] = [];
  const kode: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = rows[i].kode;
    if (!k) {
      kode[i] = null;
      continue;
    }
    const nk = normalKode(k);
    kode[i] = nk;
    const j = kodeIdx.get(nk);
    if (j === undefined) kodeIdx.set(nk, i);
    else kembar.push([i, j]);
  }
  return { kode, kodeIdx, kembar };
}

/**
 * Parents from the stack of open codes, which needs no substring for a tree written in order,
 * and from the Map otherwise; rows without a code hang under the group row above by level.
 */
function sambungInduk(rows: BarisA[], kode: (string | null)[], kodeIdx: Map<string, number>, induk: Int32Array): void {
  const n = rows.length;
  // Subtotals written below their rows need the Map search; a tree written top-down does not.
  let subtotalBawah = false;
  for (let i = 1; i < n && !subtotalBawah; i++) {
    const k = kode[i];
    const sebelum = kode[i - 1];
    if (k && sebelum && rows[i].total && awalan(k, sebelum)) subtotalBawah = true;
  }
  const terbuka: number[] = [];
  const tumpukan: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const k = kode[i];
    if (k) {
      while (terbuka.length && !awalan(kode[terbuka[terbuka.length - 1]]!, k)) terbuka.pop();
      if (terbuka.length) {
        const j = terbuka[terbuka.length - 1];
        // A nearer parent written elsewhere (a subtotal below its rows) is still found.
        induk[i] = subtotalBawah && kode[j]!.length < k.lastIndexOf(".") ? cariInduk(k, kode[j]!.length, kodeIdx, i, j) : j;
      } else if (k.indexOf(".") > 0) {
        induk[i] = cariInduk(k, 0, kodeIdx, i, -1);
      }
      terbuka.push(i);
    }
    const level = row.level;
    if (level === undefined || level === null) {
      if (row.total) tumpukan.length = 0;
      else if (induk[i] < 0 && tumpukan.length) induk[i] = tumpukan[tumpukan.length - 1];
      continue;
    }
    while (tumpukan.length && (rows[tumpukan[tumpukan.length - 1]].level ?? 0) >= level) tumpukan.pop();
    if (induk[i] < 0 && tumpukan.length) induk[i] = tumpukan[tumpukan.length - 1];
    if (row.total) tumpukan.push(i);
  }
}

/** Footers, top to bottom; each takes the uncounted rows of its region. */
function pasangKaki(rows: BarisA[], induk: Int32Array, kaki: Uint8Array, uang: Medan[]): void {
  const n = rows.length;
  const punyaAnak = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (induk[i] >= 0) punyaAnak[induk[i]] = 1;
  const kakiSebelum: number[] = [];
  for (let f = 0; f < n; f++) {
    const row = rows[f];
    if (!row.total || punyaAnak[f] || !adaAngka(row, uang)) continue;
    kaki[f] = 1;
    const lv = row.level ?? -1;
    let awal = 0;
    for (let x = kakiSebelum.length - 1; x >= 0; x--) {
      const g = kakiSebelum[x];
      if ((rows[g].level ?? -1) <= lv) {
        awal = g + 1;
        break;
      }
    }
    let ada = false;
    for (let j = awal; j < f; j++) if (induk[j] < 0) ada = true;
    if (!ada) awal = 0;
    for (let j = awal; j < f; j++) {
      if (induk[j] < 0) {
        induk[j] = f;
        punyaAnak[f] = 1;
      }
    }
    kakiSebelum.push(f);
  }
}

/** Children of every row in one array, by parent (counting sort). */
function susunAnak(induk: Int32Array): { anakAwal: Int32Array; anakIsi: Int32Array } {
  const n = induk.length;
  const anakAwal = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (induk[i] >= 0) anakAwal[induk[i] + 1]++;
  for (let i = 0; i < n; i++) anakAwal[i + 1] += anakAwal[i];
  const isiKe = anakAwal.slice(0, n);
  const anakIsi = new Int32Array(anakAwal[n]);
  for (let i = 0; i < n; i++) if (induk[i] >= 0) anakIsi[isiKe[induk[i]]++] = i;
  return { anakAwal, anakIsi };
}

/** Leaves are read directly; only group rows (a few per thousand) are remembered. */
function ukur(rows: BarisA[], anakAwal: Int32Array, anakIsi: Int32Array, cetak: boolean): (i: number, medan: Medan) => number | null {
  const memo = new Map<string, Map<number, number | null>>();
  const f = (i: number, medan: Medan): number | null => {
    const a = anakAwal[i];
    const b = anakAwal[i + 1];
    if (a === b) {
      const v = nilaiMedan(rows[i], medan);
      return v === null && rusak(rows[i], medan) ? NaN : v;
    }
    let m = memo.get(medan);
    if (!m) memo.set(medan, (m = new Map()));
    const ada = m.get(i);
    if (ada !== undefined) return ada;
    let v: number | null = cetak ? nilaiMedan(rows[i], medan) : null;
    if (v === null && cetak && rusak(rows[i], medan)) v = NaN;
    else if (v === null) {
      let jumlah = 0;
      let isi = false;
      for (let k = a; k < b; k++) {
        const x = f(anakIsi[k], medan);
        if (x === null) continue;
        jumlah += x;
        isi = true;
      }
      v = isi ? jumlah : cetak ? null : nilaiMedan(rows[i], medan);
    }
    m.set(i, v);
    return v;
  };
  return f;
}

export function bangunPohon(t: AnggaranTable): Pohon {
  const rows: BarisA[] = t.rows;
  const n = rows.length;
  const induk = new Int32Array(n).fill(-1);
  const kaki = new Uint8Array(n);
  const { kode, kodeIdx, kembar } = petaKode(rows);
  sambungInduk(rows, kode, kodeIdx, induk);
  pasangKaki(rows, induk, kaki, medanUang(t));
  const { anakAwal, anakIsi } = susunAnak(induk);
  const anak = (i: number): number[] => Array.from(anakIsi.subarray(anakAwal[i], anakAwal[i + 1]));
  return { induk, anakAwal, anakIsi, anak, kaki, kembar, nilai: ukur(rows, anakAwal, anakIsi, true), nilaiDalam: ukur(rows, anakAwal, anakIsi, false) };
}

/** Trees built during one run of the validator (several rule families use the same tree). */
export class KumpulanPohon {
  private peta = new Map<AnggaranTable, Pohon>();
  dari(t: AnggaranTable): Pohon {
    let p = this.peta.get(t);
    if (!p) this.peta.set(t, (p = bangunPohon(t)));
    return p;
  }
}
