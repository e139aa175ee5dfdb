/**
 * The summary writer on its own: any text a plan holds reads back from the written copy (after
 * the cell-safety rules), every XML part of the copy is well-formed XML 1.0, and a sheet with
 * charts gets its drawing at the place the schema wants, through its own relationship.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { amankanRencana, teksSel } from "../../../src/core/lembar/aman";
import type { SheetPlan } from "../../../src/core/lembar/plan";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { tulisRingkasan, type BuatGrafik } from "../../../src/xlsx/tulis";

async function sumber(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK 2024");
  ws.addRow(["No", "Indikator", "Target"]);
  ws.addRow([1, "Nilai SAKIP", 76]);
  ws.getCell("B2").note = "catatan pengguna";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const teks = (b: Uint8Array) => new TextDecoder().decode(b);

/** Any UTF-16 code unit (lone surrogates and U+FFFF included), emoji, Excel-style escapes, XML specials. */
const potongan = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.constantFrom("_xFFFF_", "_xD800_", "_x0041_", "_x005F_", "_x000D_", "😀", "&amp;", "<t>", '"', "'", " ", "\r\n", "\t", "=SUM(A1)"),
  fc.string({ maxLength: 4 }),
);
const teksAcak = fc.array(potongan, { minLength: 1, maxLength: 12 }).map((a) => a.join(""));

function rencana(nilai: string[]): SheetPlan {
  return { key: "uji-teks", name: "Uji Teks", cells: nilai.map((v, i) => ({ at: `A${i + 1}`, value: v })) };
}

const kosong = (s: string) => (s === "" ? null : s);

test("any string written to a cell reads back from our own output (fast-check)", async () => {
  const src = await sumber();
  await fc.assert(
    fc.asyncProperty(fc.array(teksAcak, { minLength: 1, maxLength: 15 }), async (nilai) => {
      const plans = amankanRencana([rencana(nilai)]);
      const snap = await bacaBukuKerja(await tulisRingkasan(src, plans));
      const lembar = snap.sheets.find((s) => s.name === "Uji Teks")!;
      const dibaca = nilai.map((_, i) => lembar.values[i - (lembar.top - 1)]?.[0] ?? null);
      expect(dibaca).toEqual(nilai.map((v) => kosong(teksSel(v).teks)));
    }),
    { numRuns: 40 },
  );
}, 120000);

test("invalid characters are replaced and the cell says so; every part of the copy is well-formed XML", async () => {
  const nakal = ["a\uFFFFb", "c\uD800d", "e\uDC00", "_xFFFF_", "_xD800_ teks"];
  const plans = amankanRencana([rencana(nakal)]);
  expect(plans[0].cells[0].value).toBe("a\uFFFDb");
  expect(plans[0].cells[0].note).toMatch(/diganti/);
  const out = await tulisRingkasan(await sumber(), plans);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-xml-"));
  try {
    const f = path.join(dir, "keluar.xlsx");
    fs.writeFileSync(f, out);
    // Python's expat is a strict XML 1.0 parser: it rejects U+FFFF and lone surrogates in the bytes.
    const skrip = "import sys,zipfile,xml.dom.minidom as m\nz=zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist():\n  if n.endswith(('.xml','.rels','.vml')): m.parseString(z.read(n))\nprint('ok')";
    expect(execFileSync("/usr/bin/python3", ["-c", skrip, f], { encoding: "utf8" }).trim()).toBe("ok");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const snap = await bacaBukuKerja(out);
  const v = snap.sheets.find((s) => s.name === "Uji Teks")!.values.map((r) => r[0]);
  expect(v).toEqual(["a\uFFFDb", "c\uFFFDd", "e\uFFFD", "_xFFFF_", "_xD800_ teks"]);
}, 60000);

test("a sheet with charts gets <drawing> after the footer and before the table, through its own relationship", async () => {
  const dipanggil: { nama: string; nomor: { drawing: number; chart: number } }[] = [];
  const palsu: BuatGrafik = (charts, nama, nomor) => {
    dipanggil.push({ nama, nomor });
    const drawingPath = `xl/drawings/drawing${nomor.drawing}.xml`;
    return {
      parts: new Map([
        [drawingPath, "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\"/>"],
        [`xl/charts/chart${nomor.chart}.xml`, "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>"],
      ]),
      contentTypes: [
        { partName: `/${drawingPath}`, contentType: "application/vnd.openxmlformats-officedocument.drawing+xml" },
        { partName: `/xl/charts/chart${nomor.chart}.xml`, contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" },
      ],
      drawingPath,
    };
  };
  const plan: SheetPlan = {
    key: "uji-grafik",
    name: "Uji Grafik",
    cells: [
      { at: "A1", value: "Indikator" },
      { at: "B1", value: "Capaian" },
      { at: "A2", value: "IKU 1" },
      { at: "B2", value: 1.05 },
    ],
    table: { name: "TabelUji", range: "A1:B2" },
    charts: [{ type: "bar", title: "Capaian", categories: "A2:A2", series: [{ name: "Capaian", values: "B2:B2" }], anchor: "D2" }],
  };
  const p = unzipSync(await tulisRingkasan(await sumber(), [plan], { grafik: palsu }));
  expect(dipanggil).toEqual([{ nama: "Uji Grafik", nomor: { drawing: 1, chart: 1 } }]);
  const wb = teks(p["xl/workbook.xml"]);
  const rid = /<sheet [^>]*name="Uji Grafik"[^>]*r:id="([^"]+)"/.exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(teks(p["xl/_rels/workbook.xml.rels"]))![1];
  const lembar = `xl/${target}`;
  const xml = teks(p[lembar]);
  const d = xml.indexOf('<drawing r:id="rIdSakipGrafik"/>');
  expect(d).toBeGreaterThan(xml.indexOf("</headerFooter>"));
  expect(d).toBeLessThan(xml.indexOf("<tableParts"));
  const rels = teks(p[lembar.replace("worksheets/", "worksheets/_rels/") + ".rels"]);
  expect(rels).toMatch(/Id="rIdSakipGrafik" Type="[^"]*\/relationships\/drawing" Target="..\/drawings\/drawing1.xml"/);
  const ct = teks(p["[Content_Types].xml"]);
  expect(ct).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  expect(ct).toContain('<Override PartName="/xl/charts/chart1.xml"');
  // The source's note drawing is kept and the table id is new.
  expect(Object.keys(p).filter((n) => /vmlDrawing/.test(n)).length).toBe(1);
}, 60000);
