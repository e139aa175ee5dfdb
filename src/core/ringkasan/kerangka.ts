/** The frame every summary sheet shares: title, source line, header row, labels of the status rules. */
import type { Tabel } from "../tabel";
import { a1, columnLetters } from "../snapshot";
import { predikat } from "../rumus";
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

/** "lembar 'PK 2024', A5:H22 (Tabel 1 Target dan Capaian …)" */
export function asalTabel(t: Tabel): string {
  const judul = t.title ? ` — ${t.title}` : "";
  return `'${t.sheet}' ${t.range}${judul}`;
}

export const KETERANGAN_TEKS = "Angka abu-abu miring dibaca dari teks dan tidak ikut berubah bila sumbernya diubah.";

/**
 * Thresholds of rumus.statusCapaian in percent points, for the live status formula
 * (a unit test holds them equal to the function).
 */
export const BATAS_STATUS = { tercapai: 100, hampir: 80 } as const;

export const LABEL_STATUS = {
  tercapai: predikat(BATAS_STATUS.tercapai, "capaian"),
  hampir: predikat(BATAS_STATUS.hampir, "capaian"),
  belum: predikat(0, "capaian"),
};

/** IF formula giving the status label of a capaian cell holding a fraction. */
export function rumusStatus(capaianSel: string): string {
  const t = BATAS_STATUS.tercapai / 100;
  const h = BATAS_STATUS.hampir / 100;
  return `IF(${capaianSel}>=${t},"${LABEL_STATUS.tercapai}",IF(${capaianSel}>=${h},"${LABEL_STATUS.hampir}","${LABEL_STATUS.belum}"))`;
}

export function kolom(n: number): string {
  return columnLetters(n);
}
