/** Builders for the byte-level fixtures of the reader tests. */

/** A one-entry zip (stored, no compression), enough for the reader's directory check. */
export function zipSatuBerkas(nama: string, isi: string): Uint8Array {
  const n = new TextEncoder().encode(nama);
  const d = new TextEncoder().encode(isi);
  const lokal = new Uint8Array(30 + n.length + d.length);
  const lv = new DataView(lokal.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint32(18, d.length, true);
  lv.setUint32(22, d.length, true);
  lv.setUint16(26, n.length, true);
  lokal.set(n, 30);
  lokal.set(d, 30 + n.length);
  const pusat = new Uint8Array(46 + n.length);
  const pv = new DataView(pusat.buffer);
  pv.setUint32(0, 0x02014b50, true);
  pv.setUint16(4, 20, true);
  pv.setUint16(6, 20, true);
  pv.setUint32(20, d.length, true);
  pv.setUint32(24, d.length, true);
  pv.setUint16(28, n.length, true);
  pv.setUint32(42, 0, true);
  pusat.set(n, 46);
  const akhir = new Uint8Array(22);
  const av = new DataView(akhir.buffer);
  av.setUint32(0, 0x06054b50, true);
  av.setUint16(8, 1, true);
  av.setUint16(10, 1, true);
  av.setUint32(12, pusat.length, true);
  av.setUint32(16, lokal.length, true);
  const out = new Uint8Array(lokal.length + pusat.length + akhir.length);
  out.set(lokal, 0);
  out.set(pusat, lokal.length);
  out.set(akhir, lokal.length + pusat.length);
  return out;
}

/**
 * A minimal OLE compound file: the CFB signature, a 512-byte header, and one directory sector
 * holding the given stream names (UTF-16LE, as CFB stores them).
 */
export function cfb(streams: string[]): Uint8Array {
  const out = new Uint8Array(512 + 512);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const dv = new DataView(out.buffer);
  dv.setUint16(0x1a, 3, true); // major version 3
  dv.setUint16(0x1c, 0xfffe, true); // little-endian byte order mark
  dv.setUint16(0x1e, 9, true); // 512-byte sectors
  const nama = ["Root Entry", ...streams].slice(0, 4);
  nama.forEach((s, i) => {
    const off = 512 + i * 128;
    for (let k = 0; k < s.length; k++) dv.setUint16(off + k * 2, s.charCodeAt(k), true);
    dv.setUint16(off + 64, (s.length + 1) * 2, true);
    out[off + 66] = i === 0 ? 5 : 2;
  });
  return out;
}

/** Reproducible "random" bytes. */
export function byteAcak(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed;
  for (let i = 0; i < n; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}
