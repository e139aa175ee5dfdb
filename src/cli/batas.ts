/**
 * Size limits checked before a workbook is parsed. ExcelJS holds the whole workbook in memory
 * (about 1 KB of memory per cell: 600.000 cells ≈ 38 MB of sheet XML ≈ 0,6 GB), so a file past
 * these limits is refused with a clear sentence instead of exhausting memory midway.
 */
import { formatAngka } from "../core/angka";
import { MasukanError } from "./galat";

/** Bytes of the .xlsx file itself. */
export const BATAS_BERKAS = 40 * 1024 * 1024;
/**
 * The unpacked limits (per part, sheets and shared strings together, whole package) live with
 * the reader, which inflates every part under them: src/xlsx/zip.ts.
 */
export { BATAS_BAGIAN, BATAS_ISI, BATAS_TOTAL } from "../xlsx/zip";

function mb(n: number): string {
  return `${formatAngka(n / (1024 * 1024), 1)} MB`;
}

export function periksaUkuranBerkas(jalur: string, ukuran: number): void {
  if (ukuran > BATAS_BERKAS) {
    throw new MasukanError(
      `Berkas terlalu besar: ${jalur} berukuran ${mb(ukuran)}, batasnya ${mb(BATAS_BERKAS)}. ` +
        "Pisahkan lembar-lembarnya ke beberapa berkas, atau hapus lembar yang tidak diperlukan.",
    );
  }
}
