/**
 * Gives every entry of a zip the same timestamp, so that building the sample twice gives the same
 * bytes (the zip writer stamps entries with the current time). The DOS date/time fields sit at
 * fixed offsets in each local header and central-directory entry; nothing else changes.
 */
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 31; // 2025-01-31

export function zipTetap(bytes: Uint8Array): Uint8Array {
  const b = new Uint8Array(bytes);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("zip tanpa direktori pusat");
  const jumlah = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  for (let k = 0; k < jumlah; k++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new Error("entri direktori zip tidak sah");
    dv.setUint16(p + 12, DOS_TIME, true);
    dv.setUint16(p + 14, DOS_DATE, true);
    const lokal = dv.getUint32(p + 42, true);
    if (dv.getUint32(lokal, true) !== 0x04034b50) throw new Error("header lokal zip tidak sah");
    dv.setUint16(lokal + 10, DOS_TIME, true);
    dv.setUint16(lokal + 12, DOS_DATE, true);
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return b;
}
