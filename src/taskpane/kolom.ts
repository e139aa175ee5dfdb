/** Column choices for the mapping dropdowns: each column of a table with its header text. */
import { cellAt, columnLetters, parseRange, type Snapshot } from "../core/snapshot";
import type { Tabel } from "../core/tabel";

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
