/**
 * A minimal PNG encoder (indexed colour, zlib through fflate) and a raster canvas with a 3×5
 * digit font: enough to draw the Bab III bar charts without a canvas library, in Node and the
 * browser. One byte per pixel keeps hundreds of charts cheap to compress.
 */
import { zlibSync } from "fflate";

const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function potong(jenis: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = jenis.charCodeAt(i);
  out.set(data, 8);
  dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Palette: 0 background, 1 bar, 2 axis, 3 text. */
export type Warna = 0 | 1 | 2 | 3;
const PALET = new Uint8Array([255, 255, 255, 47, 84, 150, 90, 90, 90, 40, 40, 40]);

export class Kanvas {
  readonly px: Uint8Array;
  constructor(readonly lebar: number, readonly tinggi: number) {
    this.px = new Uint8Array(lebar * tinggi);
  }

  kotak(x: number, y: number, w: number, h: number, warna: Warna): void {
    const x0 = Math.max(0, Math.round(x));
    const x1 = Math.min(this.lebar, Math.round(x + w));
    if (x1 <= x0) return;
    for (let j = Math.max(0, Math.round(y)); j < Math.min(this.tinggi, Math.round(y + h)); j++) this.px.fill(warna, j * this.lebar + x0, j * this.lebar + x1);
  }

  /** Digits, comma, dot, minus and "N/A"-free text in a 3×5 font scaled by `s`. */
  teks(x: number, y: number, s: string, skala: number): void {
    let cx = x;
    for (const ch of s) {
      const g = HURUF[ch];
      if (g) g.forEach((baris, j) => [...baris].forEach((b, i) => b === "1" && this.kotak(cx + i * skala, y + j * skala, skala, skala, 3)));
      cx += 4 * skala;
    }
  }

  png(): Uint8Array {
    const mentah = new Uint8Array((this.lebar + 1) * this.tinggi);
    for (let y = 0; y < this.tinggi; y++) mentah.set(this.px.subarray(y * this.lebar, (y + 1) * this.lebar), y * (this.lebar + 1) + 1);
    const ihdr = new Uint8Array(13);
    const dv = new DataView(ihdr.buffer);
    dv.setUint32(0, this.lebar);
    dv.setUint32(4, this.tinggi);
    ihdr.set([8, 3, 0, 0, 0], 8);
    const bagian = [
      new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
      potong("IHDR", ihdr),
      potong("PLTE", PALET),
      potong("IDAT", zlibSync(mentah, { level: 6 })),
      potong("IEND", new Uint8Array(0)),
    ];
    const out = new Uint8Array(bagian.reduce((n, b) => n + b.length, 0));
    let o = 0;
    for (const b of bagian) {
      out.set(b, o);
      o += b.length;
    }
    return out;
  }
}

export function lebarTeks(s: string, skala: number): number {
  return s.length * 4 * skala - skala;
}

const HURUF: Record<string, string[]> = {
  "0": ["111", "101", "101", "101", "111"],
  "1": ["010", "110", "010", "010", "111"],
  "2": ["111", "001", "111", "100", "111"],
  "3": ["111", "001", "111", "001", "111"],
  "4": ["101", "101", "111", "001", "001"],
  "5": ["111", "100", "111", "001", "111"],
  "6": ["111", "100", "111", "101", "111"],
  "7": ["111", "001", "010", "010", "010"],
  "8": ["111", "101", "111", "101", "111"],
  "9": ["111", "101", "111", "001", "111"],
  ",": ["000", "000", "000", "010", "100"],
  ".": ["000", "000", "000", "000", "010"],
  "-": ["000", "000", "111", "000", "000"],
};
