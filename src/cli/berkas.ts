/** Reads a workbook from disk for a command; every failure becomes one Indonesian sentence. */
import * as fs from "fs";
import type { Snapshot } from "../core/snapshot";
import { bacaBukuKerja } from "../xlsx/baca";

export class MasukanError extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = "MasukanError";
  }
}

export function bacaBerkas(jalur: string): Uint8Array {
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

export async function bacaSnapshot(jalur: string): Promise<Snapshot> {
  return bacaBukuKerja(bacaBerkas(jalur));
}
