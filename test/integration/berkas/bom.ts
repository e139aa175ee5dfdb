/**
 * Zip bombs shaped like workbooks, built at test time without holding their unpacked size in
 * memory (the deflate stream is fed one repeated megabyte at a time): a customXml part, a sheet
 * under a sub-path, and a sheet whose size header lies.
 */
import { once } from "events";
import * as zlib from "zlib";

const MB = 1024 * 1024;

/** `pola` repeated until `ukuran` bytes, deflated (raw) as one stream. */
export async function deflateUlang(pola: string, ukuran: number, awal = "", akhir = ""): Promise<Buffer> {
  const d = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on("data", (c: Buffer) => out.push(c));
  const blok = Buffer.from(pola.repeat(Math.ceil(MB / pola.length)));
  d.write(awal);
  for (let n = 0; n < ukuran; n += blok.length) if (!d.write(blok)) await once(d, "drain");
  d.end(akhir);
  await once(d, "end");
  return Buffer.concat(out.map((b) => b as unknown as Uint8Array) as unknown as Uint8Array[]);
}

export interface EntriMentah {
  nama: string;
  /** Raw deflate data. */
  data: Buffer;
  /** The unpacked size the headers declare (may lie). */
  dinyatakan: number;
}

export function entri(nama: string, isi: string): EntriMentah {
  return { nama, data: zlib.deflateRawSync(Buffer.from(isi) as unknown as Uint8Array), dinyatakan: Buffer.byteLength(isi) };
}

/** A zip of deflated entries with the sizes they declare (no CRC: the reader does not get that far). */
export function zipMentah(daftar: EntriMentah[]): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let off = 0;
  for (const e of daftar) {
    const n = Buffer.from(e.nama);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(e.dinyatakan, 22);
    h.writeUInt16LE(n.length, 26);
    lokal.push(h, n, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.dinyatakan, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(off, 42);
    pusat.push(c, n);
    off += 30 + n.length + e.data.length;
  }
  const p = Buffer.concat(pusat as unknown as Uint8Array[]);
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(daftar.length, 8);
  e.writeUInt16LE(daftar.length, 10);
  e.writeUInt32LE(p.length, 12);
  e.writeUInt32LE(off, 16);
  return Buffer.concat([...lokal, p, e] as unknown as Uint8Array[]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a one-sheet workbook whose sheet lives at `lembar` (relative to xl/). */
function kerangka(lembar: string): EntriMentah[] {
  return [
    entri("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    entri("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    entri("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS} ${NS_R}><sheets><sheet name="PK 2024" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    entri("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${lembar}"/></Relationships>`),
  ];
}

const BARIS = "<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c><c><v>5</v></c><c><v>6</v></c></row>";
const AWAL_LEMBAR = `<?xml version="1.0"?><worksheet ${NS}><sheetData>`;
const AKHIR_LEMBAR = "</sheetData></worksheet>";

export type JenisBom = "customxml" | "sub-folder" | "ukuran-bohong";

/** One bomb of about `ukuran` unpacked bytes in a file of a few hundred KB. */
export async function bom(jenis: JenisBom, ukuran = 1024 * MB): Promise<Buffer> {
  const lembarKecil = entri("xl/worksheets/sheet1.xml", `${AWAL_LEMBAR}${BARIS}${AKHIR_LEMBAR}`);
  switch (jenis) {
    case "customxml": {
      const data = await deflateUlang("<a>SAKIP</a>", ukuran, '<?xml version="1.0"?><root>', "</root>");
      return zipMentah([...kerangka("worksheets/sheet1.xml"), lembarKecil, { nama: "customXml/item1.xml", data, dinyatakan: ukuran }]);
    }
    case "sub-folder": {
      const data = await deflateUlang(BARIS, ukuran, AWAL_LEMBAR, AKHIR_LEMBAR);
      return zipMentah([...kerangka("worksheets/data/2024/sheet1.xml"), { nama: "xl/worksheets/data/2024/sheet1.xml", data, dinyatakan: ukuran }]);
    }
    case "ukuran-bohong": {
      const data = await deflateUlang(BARIS, ukuran, AWAL_LEMBAR, AKHIR_LEMBAR);
      return zipMentah([...kerangka("worksheets/sheet1.xml"), { nama: "xl/worksheets/sheet1.xml", data, dinyatakan: 2048 }]);
    }
  }
}
