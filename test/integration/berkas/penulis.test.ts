/**
 * Workbooks from other writers (openpyxl, LibreOffice, SheetJS, and the ExcelJS-written sample):
 * `periksa` reads each whatever drawings, comments, tables or pivots it holds, and `ringkas`
 * writes a copy that holds every part of the input, each untouched part byte for byte, which
 * LibreOffice opens.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { LibreOffice, adaLibreOffice } from "../../../scripts/lo";
import { CONTOH, folderSementara, kinerja, sidik } from "../cli/bantu";
import { adaOpenpyxl, buatLibreOffice, buatOpenpyxl, buatSheetJs } from "./penulis";

const ADA_LO = adaLibreOffice();
const ADA_PY = adaOpenpyxl();
/** Parts the graft extends (new sheets listed, styles appended); every other part stays as it was. */
const DIUBAH = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);

let dir: string;
let lo: LibreOffice | null = null;
const berkas: Record<string, string> = {};

beforeAll(async () => {
  dir = folderSementara("kinerja-penulis-");
  berkas["exceljs (contoh)"] = CONTOH;
  berkas["sheetjs"] = buatSheetJs(dir);
  if (ADA_PY) {
    const o = buatOpenpyxl(dir);
    berkas["openpyxl"] = o.xlsx;
    berkas["openpyxl .xlsm"] = o.xlsm;
  }
  if (ADA_LO) {
    lo = LibreOffice.buka();
    berkas["libreoffice"] = await buatLibreOffice(dir, lo);
  }
}, 180000);
afterAll(() => {
  lo?.tutup();
  fs.rmSync(dir, { recursive: true, force: true });
});

function bagian(f: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(fs.readFileSync(f)));
}

const teks = (b: Uint8Array) => new TextDecoder().decode(b);

function sama(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function keluaranUntuk(nama: string): string {
  return path.join(dir, `keluar-${nama.replace(/\W+/g, "-")}${path.extname(berkas[nama])}`);
}

test("the fixtures hold what they are meant to", () => {
  if (ADA_PY) {
    const o = Object.keys(bagian(berkas["openpyxl"]));
    expect(o).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/media/image1.png", "xl/comments/comment1.xml", "xl/tables/table1.xml", "xl/tables/table2.xml"]));
    const t2 = teks(bagian(berkas["openpyxl"])["xl/tables/table2.xml"]);
    expect(t2).not.toContain("tableStyleInfo");
    expect(Object.keys(bagian(berkas["openpyxl .xlsm"]))).toContain("xl/vbaProject.bin");
  }
  if (ADA_LO) {
    const p = bagian(berkas["libreoffice"]);
    expect(Object.keys(p)).toEqual(expect.arrayContaining(["xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "docProps/custom.xml"]));
    expect(teks(p["xl/worksheets/sheet1.xml"])).toContain("<sheetProtection");
  }
  expect(Object.keys(bagian(berkas["sheetjs"]))).toContain("xl/comments1.xml");
});

describe.each(["exceljs (contoh)", "sheetjs", ...(ADA_PY ? ["openpyxl", "openpyxl .xlsm"] : []), ...(ADA_LO ? ["libreoffice"] : [])])("%s", (nama) => {
  test("periksa reads the cells", () => {
    const r = kinerja(["periksa", berkas[nama]]);
    expect(r.galat).toBe("");
    expect([0, 1]).toContain(r.kode);
    expect(r.keluar).toMatch(/Perjanjian Kinerja di [A-Z]+\d+:[A-Z]+\d+/);
  }, 120000);

  test("ringkas keeps every part of the input, each untouched part byte for byte", () => {
    const keluar = keluaranUntuk(nama);
    const sebelum = sidik(berkas[nama]);
    const r = kinerja(["ringkas", berkas[nama], "-o", keluar]);
    expect(r.galat).toBe("");
    expect([0, 1]).toContain(r.kode);
    expect(sidik(berkas[nama])).toBe(sebelum);
    const masuk = bagian(berkas[nama]);
    const hasil = bagian(keluar);
    const namaMasuk = Object.keys(masuk).filter((n) => !n.endsWith("/"));
    expect(Object.keys(hasil)).toEqual(expect.arrayContaining(namaMasuk));
    const berubah = namaMasuk.filter((n) => !DIUBAH.has(n) && !sama(masuk[n], hasil[n]));
    expect(berubah).toEqual([]);
    // New sheets were added, and every content type of the input is still declared.
    expect(Object.keys(hasil).length).toBeGreaterThan(namaMasuk.length);
    const ctMasuk = teks(masuk["[Content_Types].xml"]).match(/<(Override|Default)\s[^>]*\/>/g) ?? [];
    const ctKeluar = teks(hasil["[Content_Types].xml"]);
    for (const t of ctMasuk) expect(ctKeluar).toContain(t);
    const wb = teks(hasil["xl/workbook.xml"]);
    expect(wb).toContain('name="Temuan"');
    expect(wb).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  }, 120000);

  test("ringkas on its own output replaces only its own sheets", () => {
    const satu = keluaranUntuk(nama);
    if (!fs.existsSync(satu)) kinerja(["ringkas", berkas[nama], "-o", satu]);
    const dua = satu.replace(/(\.\w+)$/, "-2$1");
    const r = kinerja(["ringkas", satu, "-o", dua, "--json"]);
    expect([0, 1]).toContain(r.kode);
    const j = JSON.parse(r.keluar);
    expect(j.lembar.every((l: { menggantikan: string | null }) => l.menggantikan)).toBe(true);
    const a = bagian(satu);
    const b = bagian(dua);
    const sheets = (x: Record<string, Uint8Array>) => (teks(x["xl/workbook.xml"]).match(/<sheet\s/g) ?? []).length;
    expect(sheets(b)).toBe(sheets(a));
    // The input's own parts are still there and unchanged.
    for (const n of Object.keys(bagian(berkas[nama]))) {
      if (!DIUBAH.has(n) && !n.endsWith("/")) expect({ n, sama: sama(a[n], b[n]) }).toEqual({ n, sama: true });
    }
  }, 120000);
});

(ADA_PY ? test : test.skip)(".xlsm stays an .xlsm: its VBA project and macro-enabled content type are kept", () => {
  const keluar = path.join(dir, "makro-keluar.xlsm");
  kinerja(["ringkas", berkas["openpyxl .xlsm"], "-o", keluar]);
  const p = bagian(keluar);
  expect(sama(p["xl/vbaProject.bin"], bagian(berkas["openpyxl .xlsm"])["xl/vbaProject.bin"])).toBe(true);
  expect(teks(p["[Content_Types].xml"])).toContain('PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
  expect(teks(p["xl/_rels/workbook.xml.rels"])).toContain("vbaProject.bin");
  // The validation on I5:I10 is written once, as it was.
  expect([...teks(p["xl/worksheets/sheet1.xml"]).matchAll(/<dataValidation\s[^>]*sqref="([^"]*)"/g)].map((m) => m[1])).toEqual(["I5:I10"]);
}, 120000);

(ADA_LO ? test : test.skip)("LibreOffice opens every summary copy (converted to PDF)", async () => {
  const keluar = Object.keys(berkas).map(keluaranUntuk).filter((f) => fs.existsSync(f));
  expect(keluar.length).toBeGreaterThanOrEqual(4);
  const pdf = path.join(dir, "pdf");
  const hasil = await lo!.konversiBanyak(keluar, "pdf", pdf);
  for (const h of hasil) expect(fs.statSync(h.file).size).toBeGreaterThan(1000);
}, 300000);
