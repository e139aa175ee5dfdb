/**
 * The task pane's one view of a workbook. Two implementations: the open Excel workbook
 * (sumber-excel.ts, Office.js) and an .xlsx file in the browser (sumber-berkas.ts, loaded on
 * demand so ExcelJS stays out of the first download).
 */
import type { SheetPlan } from "../core/lembar/plan";
import type { Snapshot } from "../core/snapshot";
import type { Koreksi } from "../core/tabel";

export interface Buku {
  readonly jenis: "excel" | "berkas";
  /** What the planner sees as the workbook's name. */
  readonly nama: string;
  /** Formulas can be inserted at the selection (Excel only). */
  readonly bisaSisip: boolean;
  baca(): Promise<Snapshot>;
  /** Writes the generated sheets; resolves with the sheet names used. */
  tulis(plans: SheetPlan[]): Promise<string[]>;
  /** Selects a cell in the workbook (Excel); the file mode shows a preview instead. */
  pilih(sheet: string, cell: string): Promise<void>;
  /** Brings a sheet to the front (Excel). */
  aktifkan(sheet: string): Promise<void>;
  muatKoreksi(): Promise<Koreksi[]>;
  /** Resolves false when the corrections could only be kept in memory. */
  simpanKoreksi(daftar: Koreksi[]): Promise<boolean>;
  /** Puts a formula into the selected cell; resolves with the cell's address. */
  sisipRumus(rumus: string, format?: string): Promise<string>;
  /** The file mode's result (source workbook + generated sheets), once written. */
  unduhan?(): { nama: string; data: Uint8Array } | null;
}

/** A step failed; `judul` says what (Indonesian), the cause is in `message`. */
export class GalatLangkah extends Error {
  constructor(
    public readonly judul: string,
    pesan: string,
  ) {
    super(pesan);
    this.name = "GalatLangkah";
  }
}

/** The planner-facing text of any failure: library detail kept, nothing dropped. */
export function teksGalat(e: unknown): string {
  if (e instanceof Error) {
    const kode = (e as { code?: unknown }).code;
    const msg = e.message || e.name;
    return typeof kode === "string" && kode && !msg.includes(kode) ? `${msg} (kode: ${kode})` : msg;
  }
  return String(e);
}
