/** The frame every generated sheet shares: title line, source line and header rows. */
import { a1, columnLetters } from "../snapshot";
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
