/**
 * Codes as the exports write them. A code is only ever what a cell says: read from code columns
 * (joined as written, or carried down where a cell is left blank under its parent) or from the
 * start of a "code name" cell ("1.01.02 PROGRAM PENGELOLAAN …", "5.1.02 Belanja Barang dan Jasa").
 * Nothing is derived from a name.
 */
import type { CellValue } from "../../snapshot";

/** A code segment: digits, capitals, or SIPD's "X"/"XX" placeholders. */
const SEGMEN = /^[0-9A-Z]{1,6}$/;

/** Text of a code cell ("1.02", 4798, " 01 "), "" when empty; spaces around dots folded. */
export function teksKode(v: CellValue): string {
  if (v === null || typeof v === "boolean") return "";
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? String(v) : "";
  const t = v.trim().replace(/\s*\.\s*/g, ".").replace(/\.$/, "");
  if (t === "") return "";
  for (const s of t.split(".")) if (!SEGMEN.test(s)) return "";
  return t;
}

/** "1.01.02 PROGRAM PENGELOLAAN …" → code and name; a code must hold a digit. */
export function pisahKodeNama(teks: string): { kode: string; nama: string } | null {
  const m = /^\s*([0-9A-Z]{1,6}(?:\s?\.\s?[0-9A-Z]{1,6})*)\.?\s+(\S.*)$/.exec(teks);
  if (!m || !/\d/.test(m[1])) return null;
  // "2024 Laporan …" or "100 unit" are not codes: a lone number needs a dotted partner or ≥4 digits with letters after.
  const kode = teksKode(m[1]);
  if (!kode) return null;
  if (!kode.includes(".") && !/^\d{4}$/.test(kode)) return null;
  return { kode, nama: m[2].replace(/\s+/g, " ").trim() };
}

/**
 * SIPD's codes split over columns: each cell holds either its full code ("1.02.01") or only its
 * own segment ("01"); the row's code is the most specific one.
 */
export function gabungKodeSipd(bagian: string[]): string {
  let acc = "";
  for (const t of bagian) {
    if (!t) continue;
    if (!acc || t === acc || t.startsWith(acc + ".")) acc = t;
    else acc = `${acc}.${t}`;
  }
  return acc;
}

/** SIPD/Permendagri 90 shape: "1", "1.02", "1.02.01", "1.02.01.2.01", "X.XX.01", "5.1.02.01.001.00024". */
export function kodeSipd(k: string): boolean {
  return /^[0-9X]{1,2}(\.[0-9X]{1,5})*$/.test(k);
}

/** A rekening (account) code "5.1.02…": its second segment has one digit (a bidang has two). */
export function kodeRekening(k: string): boolean {
  return /^[4-6]\.\d(\.|$)/.test(k);
}
