/** The chart parts for one sheet: paths, content types, references, axes, anchors, escaping. */
import type { ChartSpec, SheetPlan } from "../../../src/core/lembar/plan";
import { bagianGrafik, nilaiGrafik } from "../../../src/xlsx/grafik";
import { cekXml, uraiGrafik } from "../../integration/grafik/urai";

const CAPAIAN: ChartSpec = {
  type: "bar",
  title: "Capaian per indikator",
  categories: "C5:C7",
  series: [{ name: "Capaian", values: "G5:G7", format: "0.00%", cache: [1.2333333333333334, 1, null] }],
  reference: { value: 1, name: "Target (100 %)" },
  categoryCache: ["Produktivitas/efisiensi perusahaan", "Perusahaan terfasilitasi industri 4.0", "IKM <5> & \"mitra\""],
  anchor: "J4",
  width: 8,
  height: 15,
};

const ANGGARAN: ChartSpec = {
  type: "column",
  title: "Pagu, realisasi dan penyerapan",
  categories: "A7:A8",
  series: [
    { name: "Pagu", values: "D7:D8", format: "#,##0", cache: [35600000, 11478265000] },
    { name: "Realisasi", values: "E7:E8", format: "#,##0", cache: [35521816, 11468616136] },
    { name: "Penyerapan", values: "F7:F8", format: "0.00%", cache: [0.9978038202247191, 0.9991593795752233], secondary: true },
  ],
  anchor: "I6",
};

describe("bagianGrafik", () => {
  const b = bagianGrafik([CAPAIAN, ANGGARAN], "Ringkasan O'Neil", { drawing: 3, chart: 5 });

  test("names the drawing, its relationships and one chart part per spec, numbered from the given numbers", () => {
    expect(b.drawingPath).toBe("xl/drawings/drawing3.xml");
    expect([...b.parts.keys()].sort()).toEqual(["xl/charts/chart5.xml", "xl/charts/chart6.xml", "xl/drawings/_rels/drawing3.xml.rels", "xl/drawings/drawing3.xml"]);
    expect(b.contentTypes).toEqual([
      { partName: "/xl/drawings/drawing3.xml", contentType: "application/vnd.openxmlformats-officedocument.drawing+xml" },
      { partName: "/xl/charts/chart5.xml", contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" },
      { partName: "/xl/charts/chart6.xml", contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" },
    ]);
    const rels = b.parts.get("xl/drawings/_rels/drawing3.xml.rels")!;
    expect(rels).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart5.xml"');
    expect(rels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart6.xml"');
  });

  test("every part is well-formed XML", () => {
    for (const [path, xml] of b.parts) expect({ path, galat: cekXml(xml) }).toEqual({ path, galat: "" });
  });

  test("series point at the summary cells with the sheet name quoted, and carry the cached values", () => {
    const g = uraiGrafik(b.parts.get("xl/charts/chart5.xml")!);
    expect(g.judul).toBe("Capaian per indikator");
    const [capaian] = g.seri;
    expect(capaian).toMatchObject({ nama: "Capaian", grup: "barChart", kategori: "'Ringkasan O''Neil'!$C$5:$C$7", nilai: "'Ringkasan O''Neil'!$G$5:$G$7", tampak: true });
    expect(capaian.cache).toEqual([1.2333333333333334, 1, null]);
    expect(g.kategoriCache).toEqual(CAPAIAN.categoryCache);
  });

  test("the 100 % reference: an unlabelled axis of the second pair crossing it at 1, scaled by an invisible copy of the bars", () => {
    const g = uraiGrafik(b.parts.get("xl/charts/chart5.xml")!);
    expect(g.seri.map((s) => [s.nilai, s.sumbu, s.tampak])).toEqual([
      ["'Ringkasan O''Neil'!$G$5:$G$7", "1001/1002", true],
      ["'Ringkasan O''Neil'!$G$5:$G$7", "1003/1004", false],
    ]);
    expect(g.sumbuKategori.find((k) => k.id === "1003")).toEqual({ id: "1003", posisi: "l", silangDi: "1", label: "none", hapus: "0" });
    expect(g.sumbuNilai.find((k) => k.id === "1004")).toMatchObject({ min: "0", max: null, hapus: "1" });
    // One series shows, so no legend; with two, the copy is left out of it.
    expect(g.legendaDihapus).toBeNull();
    const dua: ChartSpec = { ...CAPAIAN, series: [...CAPAIAN.series, { name: "Tahun lalu", values: "H5:H7", format: "0.00%", cache: [0.9, 1.1, 1] }] };
    const g2 = uraiGrafik(bagianGrafik([dua], "R", { drawing: 1, chart: 1 }).parts.get("xl/charts/chart1.xml")!);
    expect(g2.legendaDihapus).toEqual(["2", "3"]);
  });

  test("values all below the reference: both value scales reach past it, so the line stays on the chart", () => {
    const rendah: ChartSpec = { ...CAPAIAN, series: [{ ...CAPAIAN.series[0], cache: [0.8, 0.55, 0.9] }] };
    const g = uraiGrafik(bagianGrafik([rendah], "R", { drawing: 1, chart: 1 }).parts.get("xl/charts/chart1.xml")!);
    expect(g.sumbuNilai.map((s) => [s.id, s.max])).toEqual([["1002", "1.2"], ["1004", "1.2"]]);
  });

  test("value axes start at 0; a percent series gets a percent axis", () => {
    const g = uraiGrafik(b.parts.get("xl/charts/chart5.xml")!);
    expect(g.sumbuNilai[0]).toEqual({ id: "1002", posisi: "b", min: "0", max: null, format: "0%", hapus: "0" });
  });

  test("columns with a line on a secondary percent axis; Rupiah in millions", () => {
    const g = uraiGrafik(b.parts.get("xl/charts/chart6.xml")!);
    expect(g.seri.map((s) => [s.nama, s.grup])).toEqual([["Pagu", "barChart"], ["Realisasi", "barChart"], ["Penyerapan", "lineChart"]]);
    expect(g.seri[2].cache).toEqual([0.9978038202247191, 0.9991593795752233]);
    expect(g.sumbuNilai.map((s) => [s.id, s.posisi, s.min, s.format])).toEqual([
      ["1002", "l", "0", '#,##0,," jt"'],
      ["1004", "r", "0", "0%"],
    ]);
    expect(g.seri.map((s) => s.sumbu)).toEqual(["1001/1002", "1001/1002", "1003/1004"]);
  });

  test("anchors span the spec's columns and rows from its top-left cell (0-based in the drawing)", () => {
    const d = b.parts.get("xl/drawings/drawing3.xml")!;
    const titik = [...d.matchAll(/<xdr:(from|to)><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map((m) => `${m[1]} ${m[2]},${m[3]}`);
    // J4, 8 × 15 → columns 9–17, rows 3–18; I6 with the default 8 × 15 → columns 8–16, rows 5–20.
    expect(titik).toEqual(["from 9,3", "to 17,18", "from 8,5", "to 16,20"]);
  });

  test("text from cells is escaped and control characters are dropped", () => {
    const spec: ChartSpec = { ...CAPAIAN, title: "Capaian <TW> & \"IKU\"\u0007", reference: undefined };
    const xml = bagianGrafik([spec], "A&B <1>", { drawing: 1, chart: 1 }).parts.get("xl/charts/chart1.xml")!;
    expect(cekXml(xml)).toBe("");
    const g = uraiGrafik(xml);
    expect(g.judul).toBe('Capaian <TW> & "IKU"');
    expect(g.seri[0].nilai).toBe("'A&B <1>'!$G$5:$G$7");
    expect(g.kategoriCache[2]).toBe('IKM <5> & "mitra"');
  });

  test("a sheet name that needs no quotes is written bare", () => {
    const xml = bagianGrafik([ANGGARAN], "Efisiensi", { drawing: 1, chart: 1 }).parts.get("xl/charts/chart1.xml")!;
    expect(uraiGrafik(xml).seri[0].nilai).toBe("Efisiensi!$D$7:$D$8");
  });
});

describe("nilaiGrafik", () => {
  const plan: SheetPlan = {
    key: "ringkasan-kinerja",
    name: "Ringkasan Kinerja",
    cells: [
      { at: "C5", value: "Produktivitas/efisiensi perusahaan" },
      { at: "C6", value: "Rata-rata indeks profesionalitas ASN" },
      { at: "G5", formula: "=F5/D5", value: 37 / 30, format: "0.00%" },
      { at: "G6", value: "–", note: "Target nol: capaian tidak dapat dihitung." },
    ],
    charts: [{ type: "bar", title: "Capaian per indikator", categories: "C5:C7", series: [{ name: "Capaian", values: "G5:G7" }], anchor: "J4" }],
  };

  test("caches the cells' current numbers (a dash or an empty cell leaves a gap) and the number format", () => {
    const [spec] = nilaiGrafik(plan);
    expect(spec.categoryCache).toEqual(["Produktivitas/efisiensi perusahaan", "Rata-rata indeks profesionalitas ASN", ""]);
    expect(spec.series[0]).toEqual({ name: "Capaian", values: "G5:G7", cache: [37 / 30, null, null], format: "0.00%" });
  });

  test("leaves the plan's own specs untouched", () => {
    nilaiGrafik(plan);
    expect(plan.charts![0].series[0]).toEqual({ name: "Capaian", values: "G5:G7" });
  });
});
