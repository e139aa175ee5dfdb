/**
 * Size limits checked before a workbook is parsed. ExcelJS holds the whole workbook in memory
 * (about 1 KB of memory per cell: 600.000 cells ≈ 38 MB of sheet XML ≈ 0,6 GB), so a file past
 * these limits is refused with a clear sentence instead of exhausting memory midway.
 */
import * as fs from "fs";
import { formatAngka } from "../core/angka";
import { MasukanError } from "./galat";

/** Bytes of the .xlsx file itself. */
export const BATAS_BERKAS = 40 * 1024 * 1024;
/**
 * Uncompressed bytes of the sheets and shared strings: ≈ 1 juta sel at the 64 bytes per cell of a
 * typical anggaran sheet, which ExcelJS reads in ≈ 0,9 GB (inside Node's default heap).
 */
export const BATAS_ISI = 64 * 1024 * 1024;

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

/**
 * Sums the uncompressed sizes that the zip's central directory declares for the sheet and
 * shared-string parts. Anything that does not parse as a zip is left to the reader, which
 * explains what the file is.
 */
export function ukuranIsi(b: Uint8Array): number {
  if (b.length < 22) return 0;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  const batas = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= batas; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 0;
  const jumlah = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const dec = new TextDecoder();
  let total = 0;
  for (let k = 0; k < jumlah && p + 46 <= b.length; k++) {
    if (dv.getUint32(p, true) !== 0x02014b50) break;
    const besar = dv.getUint32(p + 24, true);
    const n = dv.getUint16(p + 28, true);
    const x = dv.getUint16(p + 30, true);
    const c = dv.getUint16(p + 32, true);
    const nama = dec.decode(b.subarray(p + 46, p + 46 + n)).toLowerCase();
    // 0xFFFFFFFF: the real size is in a zip64 record; count it as over the limit.
    if (/^\/?xl\/(worksheets\/[^/]+\.xml|sharedstrings\.xml)$/.test(nama)) total += besar === 0xffffffff ? Infinity : besar;
    p += 46 + n + x + c;
  }
  return total;
}

export function periksaUkuranIsi(jalur: string, b: Uint8Array): void {
  const isi = ukuranIsi(b);
  if (isi > BATAS_ISI) {
    throw new MasukanError(
      `Berkas terlalu besar: isi lembar ${jalur} ${Number.isFinite(isi) ? mb(isi) : "lebih dari 4 GB"} setelah diurai ` +
        `(batas ${mb(BATAS_ISI)}, kira-kira 1 juta sel). Pisahkan lembar-lembarnya ke beberapa berkas.`,
    );
  }
}

/** Size of a file without reading it (null when it cannot be stat'ed; the read reports why). */
export function ukuranBerkas(jalur: string): number | null {
  try {
    const s = fs.statSync(jalur);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}
