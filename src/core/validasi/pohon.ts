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
import type { AnggaranRow, AnggaranTable } from "../tabel";
import { nilaiMedan } from "./umum";

export interface Pohon {
  /** Parent row index, -1 for none. */
  induk: Int32Array;
  /** Children per row (empty array for leaves). */
  anak: number[][];
  /** Row is a footer total. */
  kaki: Uint8Array;
  /** Printed value, else the sum of the children; NaN when a part cannot be read; null when nothing. */
  nilai(i: number, medan: string): number | null;
  /** Sum of the leaves beneath (printed value only for a leaf): what a total is when its subtotals are off. */
  nilaiDalam(i: number, medan: string): number | null;
}

function normalKode(k: string): string {
  return k.replace(/\s+/g, "").replace(/\.+$/, "").toUpperCase();
}

function adaAngka(row: AnggaranRow, medan: string[]): boolean {
  for (const m of medan) if (nilaiMedan(row, m) !== null) return true;
  return false;
}

/** The cell holds something, but not a number (so a sum over it is unknown). */
function rusak(row: AnggaranRow, medan: string): boolean {
  const s = row.cells[medan];
  if (!s) return false;
  if (s.problem) return true;
  if (typeof s.raw === "boolean") return true;
  if (typeof s.raw !== "string") return false;
  return bacaAngka(s.raw).kind === "rusak";
}

export function medanUang(t: AnggaranTable): string[] {
  const out = ["pagu", "realisasi", "sisa", "sdBulanLalu", "bulanIni"];
  for (const k of Object.keys(t.columns)) if (/^revisi\.\d+$/.test(k)) out.push(k);
  return out;
}

export function bangunPohon(t: AnggaranTable): Pohon {
  const rows = t.rows;
  const n = rows.length;
  const induk = new Int32Array(n).fill(-1);
  const kaki = new Uint8Array(n);
  const uang = medanUang(t);

  const kodeIdx = new Map<string, number>();
  const kode: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = rows[i].kode;
    kode[i] = k ? normalKode(k) : null;
    if (kode[i] && !kodeIdx.has(kode[i]!)) kodeIdx.set(kode[i]!, i);
  }

  const tumpukan: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const k = kode[i];
    if (k) {
      let p = k.lastIndexOf(".");
      while (p > 0) {
        const j = kodeIdx.get(k.slice(0, p));
        if (j !== undefined && j !== i) {
          induk[i] = j;
          break;
        }
        p = k.lastIndexOf(".", p - 1);
      }
    }
    const level = row.level;
    if (level === undefined || level === null) {
      if (row.total) tumpukan.length = 0;
      else if (induk[i] < 0 && tumpukan.length) induk[i] = tumpukan[tumpukan.length - 1];
      continue;
    }
    while (tumpukan.length && (rows[tumpukan[tumpukan.length - 1]].level as number) >= level) tumpukan.pop();
    if (induk[i] < 0 && tumpukan.length) induk[i] = tumpukan[tumpukan.length - 1];
    if (row.total) tumpukan.push(i);
  }

  const punyaAnak = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (induk[i] >= 0) punyaAnak[induk[i]] = 1;

  // Footers, top to bottom; each takes the uncounted rows of its region.
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

  const anak: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) if (induk[i] >= 0) anak[induk[i]].push(i);

  function ukur(cetak: boolean): (i: number, medan: string) => number | null {
    const memo = new Map<string, (number | null | undefined)[]>();
    const f = (i: number, medan: string): number | null => {
      let m = memo.get(medan);
      if (!m) memo.set(medan, (m = new Array(n)));
      const ada = m[i];
      if (ada !== undefined) return ada;
      let v: number | null = cetak || !anak[i].length ? nilaiMedan(rows[i], medan) : null;
      if (v === null && (cetak || !anak[i].length) && rusak(rows[i], medan)) v = NaN;
      else if (v === null && anak[i].length) {
        let jumlah = 0;
        let isi = false;
        for (const c of anak[i]) {
          const x = f(c, medan);
          if (x === null) continue;
          jumlah += x;
          isi = true;
        }
        v = isi ? jumlah : cetak ? null : nilaiMedan(rows[i], medan);
      }
      m[i] = v;
      return v;
    };
    return f;
  }
  return { induk, anak, kaki, nilai: ukur(true), nilaiDalam: ukur(false) };
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
