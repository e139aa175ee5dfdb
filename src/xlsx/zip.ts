/**
 * Opens an .xlsx package without trusting it: the central directory is read first, then each
 * part is inflated in small steps with a cap on the bytes it really produces (the sizes a zip
 * declares can lie). A part or a package over the cap stops the read at once, before the rest is
 * inflated, so a "zip bomb" costs a few megabytes and a fraction of a second. Runs in Node and in
 * the browser (fflate).
 */
import { Inflate } from "fflate";
import { formatAngka } from "../core/angka";
import { BukuKerjaError } from "./galat";

const MB = 1024 * 1024;
/** Any single part (a sheet of 1 juta baris is ~55 MB of XML). */
export const BATAS_BAGIAN = 64 * MB;
/** The sheets and shared strings together: what the reader must hold in memory. */
export const BATAS_ISI = 64 * MB;
/** Every part of the package together. */
export const BATAS_TOTAL = 160 * MB;
/** Compressed bytes fed to the inflater per step: bounds what one step can produce (~1:1000). */
const LANGKAH = 8 * 1024;

export interface Entri {
  nama: string;
  /** 0 stored, 8 deflated. */
  metode: number;
  ukuranMampat: number;
  /** Offset of the local header. */
  offset: number;
}

function mb(n: number): string {
  return `${formatAngka(n / MB, 1)} MB`;
}

function rusak(rincian: string): BukuKerjaError {
  return new BukuKerjaError("rusak", rincian);
}

/** "Berkas terlalu besar", naming the part that crossed the cap. */
export function terlaluBesar(bagian: string, batas: number, isi = false): BukuKerjaError {
  const pesan = isi
    ? `Berkas terlalu besar: isi lembar (sampai bagian ${bagian}) lebih dari ${mb(batas)} setelah diurai ` +
      "(kira-kira 1 juta sel). Pisahkan lembar-lembarnya ke beberapa berkas."
    : `Berkas terlalu besar: bagian ${bagian} di dalam berkas lebih dari ${mb(batas)} setelah diurai. ` +
      "Berkas seperti ini tidak dapat dibaca dengan aman; simpan ulang di Excel tanpa bagian itu.";
  return new BukuKerjaError("terlalu-besar", `${bagian} > ${batas}`, pesan);
}

function cariEocd(b: Uint8Array, _dv: DataView): number {
  const batas = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= batas; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  throw rusak("akhir direktori zip tidak ditemukan");
}

/** Zip64 extra field (0x0001): the real values of the fields set to 0xFFFFFFFF, in order. */
function zip64(dv: DataView, p: number, n: number, perlu: { mampat: boolean; offset: boolean; asli: boolean }) {
  let q = p;
  const akhir = p + n;
  while (q + 4 <= akhir) {
    const id = dv.getUint16(q, true);
    const len = dv.getUint16(q + 2, true);
    if (id === 1) {
      let r = q + 4;
      const baca = () => {
        const v = Number(dv.getBigUint64(r, true));
        r += 8;
        return v;
      };
      const asli = perlu.asli ? baca() : undefined;
      const mampat = perlu.mampat ? baca() : undefined;
      const offset = perlu.offset ? baca() : undefined;
      void asli;
      return { mampat, offset };
    }
    q += 4 + len;
  }
  return {};
}

/** The central directory's entries, in the order stored. */
export function daftarEntri(b: Uint8Array): Entri[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const eocd = cariEocd(b, dv);
  let jumlah = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  // Zip64 end record locator sits just before the end record.
  if ((p === 0xffffffff || jumlah === 0xffff) && eocd >= 20 && dv.getUint32(eocd - 20, true) === 0x07064b50) {
    const r = Number(dv.getBigUint64(eocd - 12, true));
    if (r + 56 <= b.length && dv.getUint32(r, true) === 0x06064b50) {
      jumlah = Number(dv.getBigUint64(r + 32, true));
      p = Number(dv.getBigUint64(r + 48, true));
    }
  }
  const dec = new TextDecoder();
  const out: Entri[] = [];
  for (let k = 0; k < jumlah; k++) {
    if (p + 46 > b.length || dv.getUint32(p, true) !== 0x02014b50) throw rusak("entri direktori zip tidak sah");
    const metode = dv.getUint16(p + 10, true);
    let ukuranMampat = dv.getUint32(p + 20, true);
    const asli = dv.getUint32(p + 24, true);
    const n = dv.getUint16(p + 28, true);
    const x = dv.getUint16(p + 30, true);
    const c = dv.getUint16(p + 32, true);
    let offset = dv.getUint32(p + 42, true);
    const nama = dec.decode(b.subarray(p + 46, p + 46 + n)).replace(/^\//, "");
    if (ukuranMampat === 0xffffffff || offset === 0xffffffff || asli === 0xffffffff) {
      const z = zip64(dv, p + 46 + n, x, { asli: asli === 0xffffffff, mampat: ukuranMampat === 0xffffffff, offset: offset === 0xffffffff });
      if (z.mampat !== undefined) ukuranMampat = z.mampat;
      if (z.offset !== undefined) offset = z.offset;
    }
    out.push({ nama, metode, ukuranMampat, offset });
    p += 46 + n + x + c;
  }
  return out;
}

/** The compressed bytes of one entry (local header skipped). */
export function dataMampat(b: Uint8Array, e: Entri): Uint8Array {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (e.offset + 30 > b.length || dv.getUint32(e.offset, true) !== 0x04034b50) throw rusak(`header lokal ${e.nama} tidak sah`);
  const awal = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
  const akhir = awal + e.ukuranMampat;
  if (akhir > b.length) throw rusak(`${e.nama} melewati akhir berkas`);
  return b.subarray(awal, akhir);
}

/** Sheets and shared strings: the parts the reader turns into cells. */
export function bagianIsi(nama: string): boolean {
  if (/(^|\/)_rels\//.test(nama)) return false;
  return /(^|\/)worksheets\/.+\.xml$/i.test(nama) || /(^|\/)sharedstrings\.xml$/i.test(nama);
}

/** Inflates one entry, stopping as soon as its real output passes `batas` bytes. */
export function inflateTerbatas(data: Uint8Array, metode: number, nama: string, batas: number, simpan: boolean): { data: Uint8Array | null; ukuran: number } {
  if (metode === 0) {
    if (data.length > batas) throw terlaluBesar(nama, batas);
    return { data: simpan ? data.slice() : null, ukuran: data.length };
  }
  if (metode !== 8) throw rusak(`metode kompresi ${metode} pada ${nama}`);
  const potongan: Uint8Array[] = [];
  let ukuran = 0;
  let selesai = false;
  const inf = new Inflate((chunk, final) => {
    ukuran += chunk.length;
    if (simpan && ukuran <= batas) potongan.push(chunk);
    if (final) selesai = true;
  });
  try {
    for (let i = 0; i < data.length && !selesai; i += LANGKAH) {
      const akhir = Math.min(data.length, i + LANGKAH);
      inf.push(data.subarray(i, akhir), akhir === data.length);
      if (ukuran > batas) throw terlaluBesar(nama, batas);
    }
  } catch (e) {
    if (e instanceof BukuKerjaError) throw e;
    throw rusak(`${nama}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!selesai && data.length > 0) throw rusak(`${nama}: data terpotong`);
  if (!simpan) return { data: null, ukuran };
  if (potongan.length === 1) return { data: potongan[0], ukuran };
  const out = new Uint8Array(ukuran);
  let o = 0;
  for (const p of potongan) {
    out.set(p, o);
    o += p.length;
  }
  return { data: out, ukuran };
}

export interface OpsiBuka {
  /** Parts to keep in memory; the others are inflated only to be counted. Default: all. */
  simpan?: (nama: string) => boolean;
}

/**
 * Every part of the package, inflated under the caps (a part not kept is still inflated and
 * counted, so a bomb hidden in customXml or an image is refused too). Map order = zip order.
 */
export function bukaZip(b: Uint8Array, opsi: OpsiBuka = {}): Map<string, Uint8Array> {
  const entri = daftarEntri(b);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  let isi = 0;
  for (const e of entri) {
    if (e.nama.endsWith("/")) continue;
    const simpan = opsi.simpan ? opsi.simpan(e.nama) : true;
    const sisaTotal = BATAS_TOTAL - total;
    const lembar = bagianIsi(e.nama);
    const sisaIsi = lembar ? BATAS_ISI - isi : Infinity;
    const batas = Math.min(BATAS_BAGIAN, sisaTotal, sisaIsi);
    let r: { data: Uint8Array | null; ukuran: number };
    try {
      r = inflateTerbatas(dataMampat(b, e), e.metode, e.nama, batas, simpan);
    } catch (err) {
      // Name the cap that was really crossed: the part's own, the sheets' or the package's.
      if (err instanceof BukuKerjaError && err.alasan === "terlalu-besar") {
        if (batas === sisaIsi) throw terlaluBesar(e.nama, BATAS_ISI, true);
        if (batas === sisaTotal) throw terlaluBesar(e.nama, BATAS_TOTAL);
      }
      throw err;
    }
    total += r.ukuran;
    if (lembar) isi += r.ukuran;
    if (r.data) out.set(e.nama, r.data);
  }
  return out;
}

/** One small part (the content types, say) without inflating the rest; null when absent. */
export function bacaSatuBagian(b: Uint8Array, nama: string): Uint8Array | null {
  const e = daftarEntri(b).find((x) => x.nama.toLowerCase() === nama.toLowerCase());
  return e ? inflateTerbatas(dataMampat(b, e), e.metode, e.nama, BATAS_BAGIAN, true).data : null;
}

/** The workbook is macro-enabled (.xlsm): its main part has the macro-enabled content type. */
export function bukuMakro(b: Uint8Array): boolean {
  const ct = bacaSatuBagian(b, "[Content_Types].xml");
  return !!ct && /application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/.test(new TextDecoder().decode(ct));
}
