/**
 * Recognizes what a file is from its bytes, before any parser sees it, so that a planner who
 * picked a .xls, a password-protected workbook or a CSV gets advice instead of a parser stack.
 * Works on a plain Uint8Array (Node and browser alike).
 */
import { BukuKerjaError } from "./galat";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip (no entries) starts with the end-of-central-directory record. */
const ZIP_KOSONG = [0x50, 0x4b, 0x05, 0x06];

function diawali(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function cari(b: Uint8Array, pola: Uint8Array, dari = 0, sampai = b.length): number {
  const first = pola[0];
  const last = sampai - pola.length;
  outer: for (let i = b.indexOf(first, dari); i !== -1 && i <= last; i = b.indexOf(first, i + 1)) {
    for (let j = 1; j < pola.length; j++) if (b[i + j] !== pola[j]) continue outer;
    return i;
  }
  return -1;
}

/** Stream names of an OLE compound file are stored as UTF-16LE in its directory sectors. */
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

/** Printable text (UTF-8, line breaks and tabs allowed) in its first 4 KB. */
function tampakTeks(b: Uint8Array): { teks: string } | null {
  let start = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
  const n = Math.min(b.length, start + 4096);
  for (let i = start; i < n; i++) {
    const c = b[i];
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || c === 0x7f) return null;
  }
  return { teks: new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(start, n)) };
}

/**
 * Text that a spreadsheet would have exported: one separator (comma, semicolon or tab) appearing
 * as often in most of the first lines as in the header line. Prose (a README) has commas too,
 * but not the same number on every line.
 */
function tampakCsv(teks: string, terpotong: boolean): boolean {
  // HTML or XML saved under an Excel name is not a CSV.
  if (/^\s*</.test(teks)) return false;
  const baris = teks.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (terpotong && baris.length > 1) baris.pop();
  const contoh = baris.slice(0, 20);
  if (contoh.length === 0) return false;
  for (const sep of [",", ";", "\t"]) {
    const hitung = contoh.map((l) => l.split(sep).length - 1);
    if (hitung[0] === 0) continue;
    if (contoh.length === 1) return true;
    const sama = hitung.filter((h) => h === hitung[0]).length;
    if (sama / contoh.length >= 0.8) return true;
  }
  return false;
}

/**
 * Reads the zip's central directory (at the end of the file) to confirm the archive is complete
 * and holds xl/workbook.xml. A truncated download loses the directory first.
 */
function periksaZip(b: Uint8Array): void {
  const minimal = 22;
  if (b.length < minimal) throw new BukuKerjaError("rusak", "zip terlalu pendek");
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  const batas = Math.max(0, b.length - minimal - 0xffff);
  for (let i = b.length - minimal; i >= batas; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new BukuKerjaError("rusak", "akhir direktori zip tidak ditemukan (berkas terpotong?)");
  const jumlah = dv.getUint16(eocd + 10, true);
  const ukuran = dv.getUint32(eocd + 12, true);
  const awal = dv.getUint32(eocd + 16, true);
  // Zip64 archives keep the real values elsewhere; leave those to the parser.
  if (awal === 0xffffffff || jumlah === 0xffff) return;
  if (awal + ukuran > eocd) throw new BukuKerjaError("rusak", "direktori zip menunjuk ke luar berkas");
  const dec = new TextDecoder();
  let p = awal;
  let odf = 0;
  for (let k = 0; k < jumlah; k++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== 0x02014b50) {
      throw new BukuKerjaError("rusak", "entri direktori zip tidak sah");
    }
    const panjangNama = dv.getUint16(p + 28, true);
    const panjangExtra = dv.getUint16(p + 30, true);
    const panjangKomentar = dv.getUint16(p + 32, true);
    const nama = dec.decode(b.subarray(p + 46, p + 46 + panjangNama)).replace(/^\//, "");
    if (nama.toLowerCase() === "xl/workbook.xml") return;
    // An OpenDocument package (.ods) names its parts mimetype and content.xml.
    if (nama === "mimetype" || nama === "content.xml") odf++;
    p += 46 + panjangNama + panjangExtra + panjangKomentar;
  }
  if (odf === 2) throw new BukuKerjaError("ods");
  throw new BukuKerjaError("rusak", "zip tidak berisi xl/workbook.xml");
}

/** Throws BukuKerjaError unless the bytes look like a complete .xlsx package. */
export function pastikanXlsx(b: Uint8Array): void {
  if (b.length === 0) throw new BukuKerjaError("kosong");
  if (diawali(b, CFB)) {
    if (cari(b, ENCRYPTED_PACKAGE) >= 0) throw new BukuKerjaError("terenkripsi");
    throw new BukuKerjaError("xls");
  }
  if (diawali(b, ZIP)) {
    periksaZip(b);
    return;
  }
  if (diawali(b, ZIP_KOSONG)) throw new BukuKerjaError("rusak", "zip tanpa isi");
  const teks = tampakTeks(b);
  // Markup (an HTML page or XML saved under a spreadsheet name) is no spreadsheet and no prose.
  if (teks && /^\s*</.test(teks.teks)) throw new BukuKerjaError("bukan-xlsx");
  if (teks) throw new BukuKerjaError(tampakCsv(teks.teks, b.length > 4096) ? "csv" : "teks");
  throw new BukuKerjaError("bukan-xlsx");
}
