/** Reads a workbook from disk for a command; every failure becomes one Indonesian sentence. */
import * as fs from "fs";
import type { Snapshot } from "../core/snapshot";
import { bacaBukuKerja } from "../xlsx/baca";
import { periksaUkuranBerkas } from "./batas";
import { MasukanError } from "./galat";

export { MasukanError } from "./galat";

function galatBaca(jalur: string, e: unknown): MasukanError {
  const kode = (e as NodeJS.ErrnoException).code;
  if (kode === "ENOENT") return new MasukanError(`Berkas tidak ditemukan: ${jalur}`);
  if (kode === "EISDIR") return new MasukanError(`${jalur} adalah folder, bukan berkas .xlsx.`);
  if (kode === "EACCES" || kode === "EPERM") return new MasukanError(`Berkas tidak boleh dibaca (izin ditolak): ${jalur}`);
  return new MasukanError(`Berkas tidak dapat dibaca: ${jalur} (${kode ?? String(e)})`);
}

/**
 * The file's bytes. Only a regular file is read: a device (/dev/zero) or a FIFO would never end
 * or never start, so it is refused at once. The file is opened without blocking and checked
 * through its descriptor, so what is checked is what is read.
 */
export function bacaBerkas(jalur: string): Uint8Array {
  if (jalur === "") throw new MasukanError("Nama berkas masukan kosong. Sebutkan berkas .xlsx yang akan dibaca.");
  let fd: number;
  try {
    fd = fs.openSync(jalur, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw galatBaca(jalur, e);
  }
  try {
    const s = fs.fstatSync(fd);
    if (s.isDirectory()) throw new MasukanError(`${jalur} adalah folder, bukan berkas .xlsx.`);
    if (!s.isFile()) throw new MasukanError(`${jalur} bukan berkas biasa (perangkat, FIFO atau soket), tidak dibaca. Pilih berkas .xlsx.`);
    periksaUkuranBerkas(jalur, s.size);
    const b = new Uint8Array(s.size);
    for (let off = 0; off < b.length; ) {
      const n = fs.readSync(fd, b, off, b.length - off, off);
      if (n === 0) return b.subarray(0, off);
      off += n;
    }
    return b;
  } catch (e) {
    if (e instanceof MasukanError) throw e;
    throw galatBaca(jalur, e);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads and parses a workbook; the reader inflates every part under its caps before parsing. */
export async function bacaSnapshot(jalur: string, bytes: Uint8Array = bacaBerkas(jalur)): Promise<Snapshot> {
  return bacaBukuKerja(bytes);
}
