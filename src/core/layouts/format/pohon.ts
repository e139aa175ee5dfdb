/**
 * The tree of an exported code list: each row's parent from the codes (SIPD: the nearest open
 * code that is a prefix; an account list "5 › 5.1 › 5.1.02 …" sits under the sub kegiatan above
 * it) or from the code columns (DIPA: the deepest filled column). Every row with children is a
 * subtotal; a "Jumlah"/"Total" row without a code stands for the top rows above it.
 */
import type { AnggaranPohonRow } from "../../tabel";
import { kodeRekening } from "./kode";

const PROGRAM = /^\d{3}\.\d{2}\.[A-Z]{2}$/;

interface Buka {
  kode: string;
  row: AnggaranPohonRow;
  rekening: boolean;
}

/** Parents by code prefix. `rows` in sheet order; footers (total, no code) are left at the top. */
export function pohonKode(rows: AnggaranPohonRow[]): void {
  const tumpukan: Buka[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.total && !row.kode) {
      tumpukan.length = 0;
      row.induk = null;
      continue;
    }
    const kode = row.kode;
    if (!kode) {
      row.induk = tumpukan.length ? tumpukan[tumpukan.length - 1].row.row : null;
      continue;
    }
    const rekening = kodeRekening(kode) || akarRekening(rows, i);
    while (tumpukan.length) {
      const top = tumpukan[tumpukan.length - 1];
      if (kode.startsWith(top.kode + ".")) break;
      // An account code under a sub kegiatan hangs beneath it.
      if (rekening && !top.rekening) break;
      // A DIPA program ("019.07.WA") holds the kegiatan codes below it, which do not repeat it.
      if (PROGRAM.test(top.kode) && !PROGRAM.test(kode)) break;
      tumpukan.pop();
    }
    row.induk = tumpukan.length ? tumpukan[tumpukan.length - 1].row.row : null;
    row.level = tumpukan.length;
    tumpukan.push({ kode, row, rekening });
  }
  tandaiSubtotal(rows);
}

/** "5" right above "5.1": an account root, not urusan 5. */
function akarRekening(rows: AnggaranPohonRow[], i: number): boolean {
  const k = rows[i].kode!;
  if (!/^[4-6]$/.test(k)) return false;
  for (let j = i + 1; j < rows.length; j++) {
    const n = rows[j].kode;
    if (!n) continue;
    return kodeRekening(n) && n.startsWith(k + ".");
  }
  return false;
}

/** Parents by code column: a row's level is its deepest filled column; its parent the last row of a lower level. */
export function pohonLevel(rows: AnggaranPohonRow[]): void {
  const terakhir: AnggaranPohonRow[] = [];
  for (const row of rows) {
    if (row.total && !row.kode) {
      terakhir.length = 0;
      row.induk = null;
      continue;
    }
    const lv = row.level ?? 0;
    let induk: AnggaranPohonRow | undefined;
    for (let l = lv - 1; l >= 0 && !induk; l--) induk = terakhir[l];
    row.induk = induk ? induk.row : null;
    terakhir[lv] = row;
    terakhir.length = lv + 1;
  }
  tandaiSubtotal(rows);
}

function tandaiSubtotal(rows: AnggaranPohonRow[]): void {
  const induk = new Set<number>();
  for (const r of rows) if (r.induk !== null) induk.add(r.induk);
  for (const r of rows) if (induk.has(r.row)) r.total = true;
}
