/**
 * Output files are written whole or not at all: the bytes go to a temporary file in the target's
 * folder (same file system, so the rename is atomic), which is then renamed over the target.
 * On any failure the temporary file is removed and the target is left as it was.
 */
import * as fs from "fs";
import * as path from "path";
import { MasukanError } from "./galat";

/** The file operations used, replaceable in tests to make a write fail midway. */
export interface OperasiBerkas {
  openSync(p: string, flags: string, mode?: number): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(a: string, b: string): void;
  unlinkSync(p: string): void;
}

const SEBAB: Record<string, string> = {
  ENOSPC: "ruang disk penuh",
  EDQUOT: "kuota disk habis",
  EACCES: "izin ditolak",
  EPERM: "izin ditolak",
  EROFS: "disk hanya-baca",
  EISDIR: "tujuan adalah folder",
  ENOENT: "folder tujuan tidak ada",
  ENOTDIR: "folder tujuan tidak ada",
};

function sebab(e: unknown): string {
  const kode = (e as NodeJS.ErrnoException).code;
  return (kode && SEBAB[kode]) ?? kode ?? String(e);
}

/** True when both paths name the same file (also through a link or another spelling of the path). */
export function samaBerkas(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Checks, before any work is done, that the output can be written at all. */
export function periksaTujuan(jalur: string): void {
  if (jalur.trim() === "") throw new MasukanError("Nama berkas keluaran (-o) kosong. Sebutkan nama berkas .xlsx yang akan ditulis.");
  const tujuan = path.resolve(jalur);
  const folder = path.dirname(tujuan);
  try {
    const s = fs.statSync(tujuan);
    if (s.isDirectory()) throw new MasukanError(`Berkas keluaran tidak dapat ditulis: ${jalur} adalah folder.`);
    // Renaming over a device or a FIFO would replace it (as root, even /dev/null).
    if (!s.isFile()) {
      throw new MasukanError(`Berkas keluaran tidak dapat ditulis: ${jalur} bukan berkas biasa (perangkat atau FIFO); tidak disentuh. Pilih nama berkas lain.`);
    }
  } catch (e) {
    if (e instanceof MasukanError) throw e;
  }
  if (!fs.existsSync(folder)) throw new MasukanError(`Berkas keluaran tidak dapat ditulis: folder ${folder} tidak ada.`);
}

export function tulisAtomik(jalur: string, data: Uint8Array, ops: OperasiBerkas = fs): void {
  periksaTujuan(jalur);
  const tujuan = path.resolve(jalur);
  const folder = path.dirname(tujuan);
  const acak = Math.random().toString(36).slice(2, 10);
  const sementara = path.join(folder, `.${path.basename(tujuan)}.${process.pid}.${acak}.tmp`);
  let fd: number | null = null;
  try {
    fd = ops.openSync(sementara, "wx", 0o644);
    for (let off = 0; off < data.length; ) off += ops.writeSync(fd, data, off, data.length - off);
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = null;
    ops.renameSync(sementara, tujuan);
  } catch (e) {
    if (fd !== null) {
      try {
        ops.closeSync(fd);
      } catch {
        // already closed or never usable; the unlink below is what matters
      }
    }
    try {
      ops.unlinkSync(sementara);
    } catch {
      // never created
    }
    throw new MasukanError(`Berkas keluaran tidak dapat ditulis: ${jalur} (${sebab(e)}). Tidak ada berkas yang ditulis.`);
  }
}
