/** Column choices for the mapping dropdowns: each column of a table with its header text. */
import { MEDAN_ANGGARAN } from "../core/layouts/anggaran/medan";
import { cellAt, columnLetters, parseRange, type Snapshot } from "../core/snapshot";
import type { Bentuk, Jenis, Tabel } from "../core/tabel";
import { MEDAN_JENIS } from "./teks";

export interface PilihanKolom {
  huruf: string;
  label: string;
}

const PANJANG = 40;

function ringkas(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > PANJANG ? t.slice(0, PANJANG - 1) + "…" : t;
}

export function pilihanKolom(snapshot: Snapshot | null, t: Tabel): PilihanKolom[] {
  const r = parseRange(t.range);
  const sheet = snapshot?.sheets.find((s) => s.name === t.sheet);
  const out: PilihanKolom[] = [];
  for (let c = r.left; c <= r.right; c++) {
    const huruf = columnLetters(c);
    const teks: string[] = [];
    if (sheet) {
      for (const row of t.headerRows) {
        const v = cellAt(sheet, row, c);
        const s = v === null ? "" : String(v).trim();
        if (s && !teks.includes(s)) teks.push(s);
      }
    }
    out.push({ huruf, label: teks.length ? `${huruf} · ${ringkas(teks.join(" / "))}` : huruf });
  }
  return out;
}

/** "indikator D · target E …" in the order of the field list, the others after. */
export function urutanKolom(columns: Record<string, string>, urutan: string[]): [string, string][] {
  const ada = Object.entries(columns);
  const dikenal = urutan.filter((m) => columns[m]).map((m): [string, string] => [m, columns[m]]);
  return [...dikenal, ...ada.filter(([m]) => !urutan.includes(m))];
}

/**
 * Fields a planner can map for a table of this kind, in display order. A budget table's fields
 * depend on its layout (the ones its reader takes from `columns`); without a known layout, the
 * fields every budget layout shares.
 */
export function medanKoreksi(jenis: Jenis, bentuk?: Bentuk): readonly string[] {
  if (jenis !== "anggaran") return MEDAN_JENIS[jenis];
  return (bentuk && MEDAN_ANGGARAN[bentuk]) || MEDAN_JENIS.anggaran;
}
