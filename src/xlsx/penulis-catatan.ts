/**
 * ExcelJS signs every note it writes "Author". Our notes come from the add-in, so the comments
 * parts of both writers (the summary copy and the new gabung file) name it instead.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export const PENULIS_CATATAN = "SAKIP Kinerja";

export const BAGIAN_CATATAN = /^xl\/comments\d*\.xml$/i;

export function tandaiPenulis(xml: string): string {
  return xml.replace(/<author>Author<\/author>/g, `<author>${PENULIS_CATATAN}</author>`);
}

/** The same for a whole package written by ExcelJS (only its comments parts change). */
export function tandaiPenulisPaket(paket: Uint8Array): Uint8Array {
  const parts = unzipSync(paket);
  const catatan = Object.keys(parts).filter((n) => BAGIAN_CATATAN.test(n));
  if (catatan.length === 0) return paket;
  for (const n of catatan) parts[n] = strToU8(tandaiPenulis(strFromU8(parts[n])));
  return zipSync(parts, { level: 6 });
}
