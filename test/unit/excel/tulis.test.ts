import { tulisRencana } from "../../../src/excel/tulis";
import { bacaSnapshot } from "../../../src/excel/baca";
import { lebarPoin } from "../../../src/excel/gaya";
import { markerText, type SheetPlan } from "../../../src/core/lembar/plan";
import { cellAt, formulaAt } from "../../../src/core/snapshot";
import { MockWorkbook, type SeedLembar } from "./mockWorkbook";
import { bukaMock as buka, INDIKATOR_2024, lembarPK, PENANDA_RINGKASAN, rencanaRingkasan } from "./fixtures";

afterEach(() => delete (globalThis as any).Office);

function salinSel(wb: MockWorkbook, nama: string) {
  const s = wb.sheet(nama)!;
  return { cells: new Map([...s.cells].map(([k, v]) => [k, { ...v }])), footer: { ...s.footer }, merges: [...s.merges], tables: s.tables.map((t) => ({ ...t })) };
}

describe("tulisRencana", () => {
  test("15 and 2,000 indicators take the same two syncs", async () => {
    const kecil = buka([lembarPK()]);
    await tulisRencana(kecil.ctx, [rencanaRingkasan(15)]);
    const besar = buka([lembarPK()]);
    await tulisRencana(besar.ctx, [rencanaRingkasan(2000)]);
    expect(kecil.sync).toHaveBeenCalledTimes(2);
    expect(besar.sync).toHaveBeenCalledTimes(2);

    const s = besar.wb.sheet("Ringkasan Kinerja")!;
    expect(s.at("B2003")?.value).toBe(INDIKATOR_2024[1999 % 15][0]);
    expect(s.at("F2003")?.formula).toBe("=E2003/D2003");
    // One range per linked cell (a hyperlink is per cell); everything else is a handful of blocks.
    const links = 2000;
    expect(s.hyperlinks.size).toBe(links);
    const lain = besar.wb.rangeProxies - links;
    expect(lain).toBeLessThan(60);
    expect(lain).toBeLessThanOrEqual(kecil.wb.rangeProxies - 15 + 2);
  });

  test("a user's sheet with the wanted name is left alone; the summary gets a free name", async () => {
    const pengguna: SeedLembar = { name: "Ringkasan Kinerja", values: [["Catatan saya", 123]], merges: ["A1:B1"], tables: ["TabelSaya"] };
    const { wb, sync, ctx } = buka([lembarPK(), pengguna]);
    const sebelum = salinSel(wb, "Ringkasan Kinerja");
    const nama = await tulisRencana(ctx, [rencanaRingkasan(15)]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(nama).toEqual(["Ringkasan Kinerja (2)"]);
    expect(salinSel(wb, "Ringkasan Kinerja")).toEqual(sebelum);
    expect(wb.sheet("PK 2024")!.cells.size).toBeGreaterThan(100);
    const baru = wb.sheet("Ringkasan Kinerja (2)")!;
    expect(baru.footer.centerFooter).toBe(PENANDA_RINGKASAN);
    expect(wb.active).toBe(baru);
    expect(wb.sheets.map((s) => s.name)).toEqual(["PK 2024", "Ringkasan Kinerja", "Ringkasan Kinerja (2)"]);
  });

  test("a previously generated sheet is replaced in place, with its table name reused", async () => {
    const lama: SeedLembar = {
      name: "Ringkasan Kinerja",
      footer: PENANDA_RINGKASAN,
      values: [["isi lama"], [], [], [], [], [], [], [], [], ["baris lama yang harus hilang"]],
      tables: ["TabelRingkasanKinerja"],
    };
    const { wb, sync, ctx } = buka([{ name: "Sampul", values: [["LAKIP 2024"]] }, lama, lembarPK()]);
    const nama = await tulisRencana(ctx, [rencanaRingkasan(15)]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(nama).toEqual(["Ringkasan Kinerja"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sampul", "Ringkasan Kinerja", "PK 2024"]);
    const s = wb.sheet("Ringkasan Kinerja")!;
    expect(s.at("A10")?.value).toBe(7); // row 10 = 7th indicator, not the old text
    expect(s.at("A1")?.value).toBe("Ringkasan Capaian Kinerja 2024");
    expect(s.tables.map((t) => t.name)).toEqual(["TabelRingkasanKinerja"]);
    expect(s.footer.centerFooter).toBe(PENANDA_RINGKASAN);
  });

  test("the only sheet of a workbook can be a generated one and still be replaced", async () => {
    const { wb, ctx } = buka([{ name: "Temuan", footer: markerText("temuan"), values: [["lama"]] }]);
    const plan: SheetPlan = { key: "temuan", name: "Temuan", cells: [{ at: "A1", value: "Temuan Pemeriksaan" }] };
    await tulisRencana(ctx, [plan]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Temuan"]);
    expect(wb.sheets[0].at("A1")?.value).toBe("Temuan Pemeriksaan");
  });

  test("strings are written as text — even '=HYPERLINK(\"x\")' — and formulas as formulas", async () => {
    const { wb, ctx } = buka([lembarPK()]);
    const plan: SheetPlan = {
      key: "temuan",
      name: "Temuan",
      cells: [
        { at: "A1", value: '=HYPERLINK("x")' },
        { at: "A2", value: "+62 711 123" },
        { at: "A3", value: "-" },
        { at: "A4", value: "@satker" },
        { at: "A5", value: "0123" },
        { at: "B1", formula: "='PK 2024'!G4", value: 37 / 30, format: "0.00%" },
        { at: "B2", value: 20535869000, format: "#,##0" },
        { at: "B3", value: true },
      ],
    };
    await tulisRencana(ctx, [plan]);
    const s = wb.sheet("Temuan")!;
    for (const [at, teks] of [["A1", '=HYPERLINK("x")'], ["A2", "+62 711 123"], ["A3", "-"], ["A4", "@satker"], ["A5", "0123"]]) {
      expect(s.at(at)).toEqual({ value: teks, formula: null, format: "@" });
    }
    expect(s.at("B1")).toEqual({ value: null, formula: "='PK 2024'!G4", format: "0.00%" });
    expect(s.at("B2")).toEqual({ value: 20535869000, formula: null, format: "#,##0" });
    expect(s.at("B3")?.value).toBe(true);
  });

  test("styles, widths, freeze, merges, table, conditional formats, chart, print and links", async () => {
    const { wb, ctx } = buka([lembarPK()]);
    await tulisRencana(ctx, [rencanaRingkasan(15)]);
    const s = wb.sheet("Ringkasan Kinerja")!;
    expect(wb.calcSuspended).toBe(1);
    expect(s.styleAt("C3")).toMatchObject({ "font/bold": true, "fill/color": "#1F4E78", "font/color": "#FFFFFF", horizontalAlignment: "Center" });
    expect(s.styleAt("C3")["borders/EdgeBottom/style"]).toBe("Continuous");
    expect(s.styleAt("C10")).toMatchObject({ wrapText: true });
    expect(s.styleAt("E10")).toMatchObject({ horizontalAlignment: "Right" });
    expect(s.styleAt("A1")).toMatchObject({ "font/bold": true, "font/size": 14 });
    // Widths 5, 10, 60, 12, 12, 12 characters → points; D:F share one range.
    const lebar = s.formats.filter((f) => "columnWidth" in f.props).map((f) => [f.address, f.props.columnWidth]);
    expect(lebar).toEqual([["A:A", lebarPoin(5)], ["B:B", lebarPoin(10)], ["C:C", lebarPoin(60)], ["D:F", lebarPoin(12)]]);
    expect(lebarPoin(60)).toBeCloseTo(318.75, 2);
    expect(s.freeze).toEqual({ rows: 3 });
    expect(s.merges).toEqual(["A1:F1"]);
    expect(s.tables).toEqual([{ name: "TabelRingkasanKinerja", range: "A3:F18", hasHeaders: true, style: "TableStyleLight9" }]);
    expect(s.conditionalFormats.map((c) => [c.range, c.type])).toEqual([["F4:F18", "CellValue"], ["F4:F18", "DataBar"]]);
    expect(s.conditionalFormats[0].props).toMatchObject({
      "cellValue/rule": { operator: "LessThan", formula1: "=0.8" },
      "cellValue/format/fill/color": "#F8CBAD",
    });
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({ type: "BarClustered", "title/text": "Capaian per Indikator", position: ["H3", "O17"], "axes/valueAxis/minimum": 0 });
    expect(s.charts[0].series).toEqual([{ values: "F4:F18", name: "Capaian", xAxis: "B4:B18" }]);
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$3:$3" });
    expect(s.hyperlinks.get("B4")).toEqual({ documentReference: "'PK 2024'!A4", screenTip: "Buka PK 2024!A4", textToDisplay: "SK1.IK1" });
  });

  test("a secondary series becomes a line on the right-hand axis, in the same two syncs", async () => {
    const { wb, ctx, sync } = buka([lembarPK()]);
    const plan = rencanaRingkasan(3);
    plan.charts = [{ type: "column", title: "Pagu dan penyerapan", categories: "B4:B6", series: [{ name: "Pagu", values: "D4:D6" }, { name: "Penyerapan", values: "F4:F6", secondary: true }], anchor: "H3" }];
    await tulisRencana(ctx, [plan]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(wb.sheet("Ringkasan Kinerja")!.charts[0].series).toEqual([
      { values: "D4:D6", name: "Pagu", xAxis: "B4:B6" },
      { values: "F4:F6", name: "Penyerapan", xAxis: "B4:B6", chartType: "Line", axisGroup: "Secondary" },
    ]);
  });

  test("a table name taken elsewhere in the workbook gets a suffix", async () => {
    const { wb, ctx } = buka([lembarPK(), { name: "Data", values: [["x"]], tables: ["TabelRingkasanKinerja"] }]);
    await tulisRencana(ctx, [rencanaRingkasan(3)]);
    expect(wb.sheet("Ringkasan Kinerja")!.tables[0].name).toBe("TabelRingkasanKinerja_2");
    expect(wb.sheet("Data")!.tables[0].name).toBe("TabelRingkasanKinerja");
  });

  test("several plans: one batch, first sheet activated, read back with their markers", async () => {
    const { wb, sync, ctx } = buka([lembarPK()]);
    const kedua: SheetPlan = { key: "capaian-triwulan", name: "Capaian Triwulan", cells: [{ at: "B2", value: 25 }] };
    const nama = await tulisRencana(ctx, [rencanaRingkasan(15), kedua]);
    expect(nama).toEqual(["Ringkasan Kinerja", "Capaian Triwulan"]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(wb.active?.name).toBe("Ringkasan Kinerja");

    const snap = await bacaSnapshot(ctx);
    const r = snap.sheets.find((s) => s.name === "Ringkasan Kinerja")!;
    expect(r.generatedKey).toBe("ringkasan-kinerja");
    expect(formulaAt(r, 4, 4)).toBe("='PK 2024'!D4");
    expect(cellAt(r, 4, 2)).toBe("SK1.IK1");
    expect(snap.sheets.find((s) => s.name === "Capaian Triwulan")!.generatedKey).toBe("capaian-triwulan");
  });

  test("older hosts (ExcelApi 1.8): no page layout, no RangeAreas, no notes — still two syncs", async () => {
    const { wb, sync, ctx } = buka([lembarPK()], { api: 8 });
    const plan = rencanaRingkasan(15);
    plan.cells.push({ at: "H1", value: "3,68", fromText: true, note: "Dibaca dari teks" }, { at: "H2", value: "Sub", style: { indent: 1 } });
    await tulisRencana(ctx, [plan]);
    expect(sync).toHaveBeenCalledTimes(2);
    const s = wb.sheet("Ringkasan Kinerja")!;
    expect(s.footer.centerFooter).toBe("");
    expect(s.notes.size).toBe(0);
    expect(s.at("H1")?.value).toBe("3,68");
    expect(s.styleAt("D3")).toMatchObject({ "font/bold": true });
    expect(s.styleAt("H2")).toEqual({});
  });

  test("indent is written on current hosts", async () => {
    const { wb, ctx } = buka([lembarPK()]);
    await tulisRencana(ctx, [{ key: "temuan", name: "Temuan", cells: [{ at: "B4", value: "Komponen", style: { indent: 2 } }] }]);
    expect(wb.sheet("Temuan")!.styleAt("B4")).toEqual({ indentLevel: 2 });
  });

  test("notes are written where the host supports them", async () => {
    const { wb, ctx } = buka([lembarPK()]);
    const plan: SheetPlan = { key: "temuan", name: "Temuan", cells: [{ at: "C5", value: 3.68, fromText: true, note: "Dibaca dari teks \"3.68\"" }] };
    await tulisRencana(ctx, [plan]);
    expect(wb.sheet("Temuan")!.notes.get("C5")).toBe('Dibaca dari teks "3.68"');
  });
});
