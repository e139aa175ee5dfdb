/**
 * The Bab III document as data: headings, paragraphs (with marked places the planner must
 * write), numbered tables and charts. Writers (Word, sheets) only lay this out; every number in
 * it was computed and rounded here, and every value cell names the sheet cell it came from.
 */
import type { Issue } from "../tabel";

/** Table families of the report's Bab III (seed-indicators.md §2) plus the budget tables. */
export type Keluarga = "A" | "B" | "C" | "D" | "E" | "F" | "efisiensi" | "nka" | "anggaran";

export type FormatSel = "teks" | "angka" | "persen" | "rupiah";

export interface SelDok {
  teks: string;
  /** The number shown, already rounded (null for text and for N/A). */
  angka?: number | null;
  format: FormatSel;
  /** "Sheet!A1" of the value, when it came from the workbook. */
  sumber?: string;
  /** Set when the workbook's printed value did not follow from its inputs: what it said. */
  koreksi?: string;
  gabungKolom?: number;
  gabungBaris?: number;
  tebal?: boolean;
}

export interface TabelDok {
  jenis: "tabel";
  keluarga: Keluarga;
  /** Assigned in document order ("Tabel 3.n"). */
  nomor: number;
  judul: string;
  /** Header rows (repeated on every page), cells may span columns/rows. */
  kepala: SelDok[][];
  baris: SelDok[][];
  /** Relative column widths. */
  lebar: number[];
  catatan: string[];
}

export interface GrafikDok {
  jenis: "grafik";
  keluarga: Keluarga;
  nomor: number;
  judul: string;
  bentuk: "batang" | "garis";
  label: string[];
  seri: { nama: string; nilai: (number | null)[] }[];
  satuan: string | null;
}

/** A run of a paragraph; `isian` marks text the planner must replace (never generated analysis). */
export interface Potongan {
  teks: string;
  isian?: boolean;
}

export interface ParagrafDok {
  jenis: "paragraf";
  isi: Potongan[];
}

export interface JudulDok {
  jenis: "judul";
  tingkat: 1 | 2 | 3;
  teks: string;
}

export type BlokDok = TabelDok | GrafikDok | ParagrafDok | JudulDok;

export interface Dokumen {
  judul: string;
  blok: BlokDok[];
  /** Findings met while building (printed values that do not follow from their inputs). */
  temuan: Issue[];
  /** Families that were asked for but have no data in the workbook, with the reason. */
  dilewati: { keluarga: Keluarga; alasan: string }[];
}

export function paragraf(...isi: (string | Potongan)[]): ParagrafDok {
  return { jenis: "paragraf", isi: isi.map((x) => (typeof x === "string" ? { teks: x } : x)) };
}

export function isian(teks: string): Potongan {
  return { teks: `[${teks}]`, isian: true };
}
