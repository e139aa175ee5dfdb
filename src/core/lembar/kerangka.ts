/** The frame every generated sheet shares: title line, source line and header rows. */
import { a1, columnLetters } from "../snapshot";
import type { SheetPlan } from "./plan";
import { GAYA, Lembar, selTeks } from "./sel";

export const PEMBUAT = "dibuat oleh SAKIP Kinerja";

/** Row of the header; data starts below it. */
export const BARIS_KEPALA = 4;

/** Writes the title (row 1) and the source line (row 2); returns the merges. */
export function judulLembar(l: Lembar, judul: string, sumber: string | null, kolom: number): string[] {
  const akhir = columnLetters(Math.max(kolom, 1));
  l.set(selTeks("A1", `${judul} — ${PEMBUAT}`, GAYA.judul));
  const merges = [`A1:${akhir}1`];
  if (sumber) {
    l.set(selTeks("A2", sumber, GAYA.subjudul));
    merges.push(`A2:${akhir}2`);
  }
  return merges;
}

export function barisKepala(l: Lembar, row: number, label: string[], mulai = 1): void {
  label.forEach((teks, i) => l.set(selTeks(a1(row, mulai + i), teks, GAYA.kepala)));
}

export function kolom(n: number): string {
  return columnLetters(n);
}

/** A line of text in the first column, merged across `kolom` columns (notes under a table); returns the merge. */
export function barisPenuh(l: Lembar, row: number, teks: string, kolom: number, gaya = GAYA.catatan): string {
  l.set(selTeks(a1(row, 1), teks, gaya));
  return `${a1(row, 1)}:${a1(row, Math.max(kolom, 1))}`;
}

/** A note in the first column of a row, not merged (the sheet has nothing else to show). */
export function catatanKosong(l: Lembar, row: number, teks: string): void {
  l.set(selTeks(a1(row, 1), teks, { ...GAYA.catatan, wrap: false }));
}

/** Landscape A4, one page wide, the given header rows on every page. */
export function cetakLebar(repeatRows?: string): NonNullable<SheetPlan["print"]> {
  return { orientation: "landscape", fitToWidth: true, ...(repeatRows ? { repeatRows } : {}) };
}
