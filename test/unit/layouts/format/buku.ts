/**
 * Writes fixture workbooks with ExcelJS as offices' exports look: titles above the header,
 * merged headers, numbering rows, numbers as Indonesian text, hidden working copies. Read back
 * through the file adapter, as a planner's file is.
 */
import ExcelJS from "exceljs";
import { bacaBukuKerja } from "../../../../src/xlsx/baca";
import type { Snapshot } from "../../../../src/core/snapshot";

export type Nilai = string | number | null;

export interface LembarF {
  nama: string;
  baris: Nilai[][];
  /** "A1:E1" ranges. */
  gabung?: string[];
  tersembunyi?: boolean;
}

/** 1234567 → "1.234.567,00" (as SIPD exports amounts when saved as text). */
export function teksRp(n: number): string {
  const [b, s] = Math.abs(n).toFixed(2).split(".");
  return `${n < 0 ? "-" : ""}${b.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${s}`;
}

export async function tulisBuku(lembar: LembarF[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const l of lembar) {
    const ws = wb.addWorksheet(l.nama, l.tersembunyi ? { state: "hidden" } : undefined);
    l.baris.forEach((b, i) => {
      const row = ws.getRow(i + 1);
      b.forEach((v, j) => {
        if (v !== null && v !== "") row.getCell(j + 1).value = v;
      });
    });
    for (const g of l.gabung ?? []) ws.mergeCells(g);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function bukaBuku(lembar: LembarF[]): Promise<Snapshot> {
  return bacaBukuKerja(await tulisBuku(lembar));
}

/** Column letter of a 1-based column. */
export function kol(n: number): string {
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
