/**
 * Fixtures for the bad-file tests: a 50 MB workbook (cached in the temp folder: building it takes
 * a few seconds) and a "zip bomb" workbook whose sheet unpacks to ~100 MB from ~100 KB.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";

/** A valid .xlsx of ~50 MB: one small sheet and a 50 MB (incompressible) image part. */
export async function berkas50Mb(): Promise<string> {
  const f = path.join(os.tmpdir(), "kinerja-uji-50mb-v1.xlsx");
  if (fs.existsSync(f) && fs.statSync(f).size > 50 * 1024 * 1024) return f;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK 2024");
  ws.addRow(["No", "Indikator Kinerja", "Target", "Realisasi"]);
  ws.addRow([1, "Nilai minimal akuntabilitas kinerja", 76, 82.25]);
  const isi = Buffer.alloc(51 * 1024 * 1024);
  let a = 7;
  for (let i = 0; i < isi.length; i += 4) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    isi.writeUInt32LE(a, i);
  }
  const id = wb.addImage({ buffer: isi as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(id, "F2:H10");
  const sementara = `${f}.${process.pid}.tmp`;
  await wb.xlsx.writeFile(sementara);
  fs.renameSync(sementara, f);
  return f;
}

/** The size check reads the central directory only; the reader never gets this far, so no CRC is needed. */
function crc32(_b: Buffer): number {
  return 0;
}

const u8 = (b: Buffer) => b as unknown as Uint8Array;

/** A zip of deflated entries (enough of a workbook for the size check and the reader). */
export function zip(entri: [string, Buffer][]): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let off = 0;
  for (const [nama, isi] of entri) {
    const n = Buffer.from(nama);
    const d = zlib.deflateRawSync(u8(isi), { level: 9 });
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(crc32(isi), 14);
    h.writeUInt32LE(d.length, 18);
    h.writeUInt32LE(isi.length, 22);
    h.writeUInt16LE(n.length, 26);
    lokal.push(h, n, d);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc32(isi), 16);
    c.writeUInt32LE(d.length, 20);
    c.writeUInt32LE(isi.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(off, 42);
    pusat.push(c, n);
    off += 30 + n.length + d.length;
  }
  const p = Buffer.concat(pusat.map(u8));
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(entri.length, 8);
  e.writeUInt16LE(entri.length, 10);
  e.writeUInt32LE(p.length, 12);
  e.writeUInt32LE(off, 16);
  return Buffer.concat([...lokal, p, e].map(u8));
}

/** ~7 million cells of sheet XML (~100 MB unpacked) in a file of a few hundred KB. */
export function bomZip(): Buffer {
  // Row and cell addresses are optional in the file format: identical rows compress ~1000:1.
  const baris = "<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c><c><v>5</v></c><c><v>6</v></c></row>";
  const sheet = Buffer.from(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${baris.repeat(1200000)}</sheetData></worksheet>`);
  return zip([
    ["[Content_Types].xml", Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
    ["xl/workbook.xml", Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')],
    ["xl/worksheets/sheet1.xml", sheet],
  ]);
}
