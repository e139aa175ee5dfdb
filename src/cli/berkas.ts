/** Reads a workbook from disk for a command; every failure becomes one Indonesian sentence. */
import * as fs from "fs";
import type { Snapshot } from "../core/snapshot";
import { bacaBukuKerja } from "../xlsx/baca";
import { periksaUkuranBerkas, periksaUkuranIsi, ukuranBerkas } from "./batas";
import { MasukanError } from "./galat";

export { MasukanError } from "./galat";

/** The file's bytes; a file past the size limit is refused before it is read. */
export function bacaBerkas(jalur: string): Uint8Array {
  const ukuran = ukuranBerkas(jalur);
  if (ukuran !== null) periksaUkuranBerkas(jalur, ukuran);
  try {
    const b = fs.readFileSync(jalur);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code;
    if (kode === "ENOENT") throw new MasukanError(`Berkas tidak ditemukan: ${jalur}`);
    if (kode === "EISDIR") throw new MasukanError(`${jalur} adalah folder, bukan berkas .xlsx.`);
    if (kode === "EACCES" || kode === "EPERM") throw new MasukanError(`Berkas tidak boleh dibaca (izin ditolak): ${jalur}`);
    throw new MasukanError(`Berkas tidak dapat dibaca: ${jalur} (${kode ?? String(e)})`);
  }
}

/** Reads and parses a workbook; also checks the unpacked size before the parser sees it. */
export async function bacaSnapshot(jalur: string, bytes: Uint8Array = bacaBerkas(jalur)): Promise<Snapshot> {
  periksaUkuranIsi(jalur, bytes);
  return bacaBukuKerja(bytes);
}
