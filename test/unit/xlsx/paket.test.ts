/** The package pieces of the summary writer and reader: guarded unzip, styles merge, sheet graft. */
import { zipSync } from "fflate";
import * as zlib from "zlib";
import { cangkokLembar, teksSahXml } from "../../../src/xlsx/cangkok-lembar";
import { gabungGaya } from "../../../src/xlsx/gaya-gabung";
import { lembarBaca } from "../../../src/xlsx/salinan-baca";
import { BukuKerjaError } from "../../../src/xlsx/galat";
import { BATAS_BAGIAN, bukaZip, inflateTerbatas } from "../../../src/xlsx/zip";

const enc = new TextEncoder();
const dec = new TextDecoder();

describe("bukaZip", () => {
  test("stored and deflated parts come out as written, in zip order", () => {
    const z = zipSync({ "a.xml": [enc.encode("<a/>"), { level: 0 }], "b/c.xml": [enc.encode("<c>" + "x".repeat(5000) + "</c>"), { level: 9 }] });
    const p = bukaZip(z);
    expect([...p.keys()]).toEqual(["a.xml", "b/c.xml"]);
    expect(dec.decode(p.get("b/c.xml")!)).toBe("<c>" + "x".repeat(5000) + "</c>");
  });
  test("a part not kept is still inflated and counted, but not held", () => {
    const z = zipSync({ "a.xml": enc.encode("<a/>"), "xl/media/x.png": new Uint8Array(100) });
    expect([...bukaZip(z, { simpan: (n) => n.endsWith(".xml") }).keys()]).toEqual(["a.xml"]);
  });
  test("a deflate stream cut short is a damaged file, not an internal error", () => {
    const d = new Uint8Array(zlib.deflateRawSync(Buffer.from("y".repeat(100000)) as unknown as Uint8Array));
    expect(() => inflateTerbatas(d.subarray(0, d.length - 5), 8, "xl/x.xml", BATAS_BAGIAN, true)).toThrow(BukuKerjaError);
    try {
      inflateTerbatas(d.subarray(0, d.length - 5), 8, "xl/x.xml", BATAS_BAGIAN, true);
    } catch (e) {
      expect((e as BukuKerjaError).alasan).toBe("rusak");
    }
  });
  test("the cap is on the real output: 2 MB refused under a 1 MB cap however small the input", () => {
    const d = new Uint8Array(zlib.deflateRawSync(Buffer.alloc(2 * 1024 * 1024) as unknown as Uint8Array));
    expect(d.length).toBeLessThan(4096);
    expect(() => inflateTerbatas(d, 8, "customXml/item1.xml", 1024 * 1024, false)).toThrow(/Berkas terlalu besar: bagian customXml\/item1\.xml/);
  });
});

const SUMBER = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>
<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const GEN = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="0.00%"/></numFmts>
<fonts count="1"><font><sz val="12"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="1" borderId="0" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs>
<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs></styleSheet>`;

describe("gabungGaya", () => {
  const g = gabungGaya(SUMBER, GEN);
  test("the source's own styles keep their indexes; ours are appended and remapped", () => {
    expect(g.peta.xf).toEqual([2, 3]);
    expect(g.peta.dxf).toEqual([0]);
    expect(g.xml).toContain('<fonts count="3"><font><sz val="11"/></font><font><b/></font><font><sz val="12"/></font></fonts>');
    expect(g.xml).toMatch(/<cellXfs count="4">.*<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0"\/><xf numFmtId="164" fontId="2" fillId="3" borderId="1" xfId="0" applyNumberFormat="1"><alignment wrapText="1"\/><\/xf><\/cellXfs>/s);
  });
  test("a number format the source has is reused; a new one gets a free id", () => {
    expect(g.xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.00%"/><numFmt numFmtId="165" formatCode="#,##0"/></numFmts>');
  });
  test("a missing list (dxfs) is created in schema order, after cellStyles", () => {
    expect(g.xml.indexOf("<dxfs")).toBeGreaterThan(g.xml.indexOf("</cellStyles>"));
  });
});

describe("cangkokLembar", () => {
  test("cells get remapped styles and inline strings; the conditional format its dxf", () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="0"><v>5</v></c></row></sheetData>' +
      '<conditionalFormatting sqref="B1"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>1</formula></cfRule></conditionalFormatting></worksheet>';
    const out = cangkokLembar(xml, { peta: { xf: [7, 8], dxf: [3] }, sst: ['<t xml:space="preserve">_x0041_ a\r</t>'] });
    expect(out).toContain('<c r="A1" s="8" t="inlineStr"><is><t xml:space="preserve">_x005F_x0041_ a_x000D_</t></is></c>');
    expect(out).toContain('<c r="B1" s="7"><v>5</v></c>');
    expect(out).toContain('dxfId="3"');
  });
  test("XML 1.0 has no U+FFFF and no half surrogate pairs", () => {
    expect(teksSahXml("a\uFFFF\uD800b\uDC00😀")).toBe("a\uFFFD\uFFFDb\uFFFD😀");
  });
});

test("the reading copy keeps merges and the footer, and drops what points at other parts", () => {
  const xml = enc.encode(
    '<worksheet xmlns="x"><sheetData><row r="1"/></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' +
      '<headerFooter><oddFooter>SAKIP Kinerja · temuan</oddFooter></headerFooter><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts></worksheet>',
  );
  expect(dec.decode(lembarBaca(xml))).toBe(
    '<worksheet xmlns="x"><sheetData><row r="1"/></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><headerFooter><oddFooter>SAKIP Kinerja · temuan</oddFooter></headerFooter></worksheet>',
  );
});
