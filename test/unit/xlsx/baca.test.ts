import * as ExcelJS from "exceljs";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { cellAt, formatAt, formulaAt, parseA1, type SheetSnapshot } from "../../../src/core/snapshot";
import { markerText } from "../../../src/core/lembar/plan";

async function tulis(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function di(sheet: SheetSnapshot, ref: string) {
  const { row, col } = parseA1(ref);
  return { v: cellAt(sheet, row, col), f: formulaAt(sheet, row, col), fmt: formatAt(sheet, row, col) };
}

// Figures from Tabel 3.106 / 3.3 of the LAKIP 2024 (BSPJI Palembang).
const PAGU_TOTAL = 20508472000;
const REALISASI_TOTAL = 20461336835;

describe("bacaBukuKerja", () => {
  let sheet: SheetSnapshot;
  let semua: SheetSnapshot[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Realisasi RO");
    ws.getCell("B3").value = "Kode";
    ws.getCell("C3").value = "Uraian";
    ws.getCell("D3").value = "Pagu";
    ws.getCell("E3").value = "Realisasi";
    ws.getCell("F3").value = "%";
    ws.getCell("B4").value = "6077.AEC.002.051.A";
    ws.getCell("C4").value = { richText: [{ text: "kerjasama ", font: { bold: true } }, { text: "optimalisasi teknologi" }] };
    ws.getCell("D4").value = 65345000;
    ws.getCell("E4").value = 65214283;
    ws.getCell("D4").numFmt = "#,##0";
    ws.getCell("E4").numFmt = "#,##0";
    ws.getCell("F4").value = { formula: "E4/D4", result: 65214283 / 65345000 };
    ws.getCell("F4").numFmt = "0.00%";
    ws.getCell("B5").value = "Total";
    ws.getCell("D5").value = { formula: "SUM(D4:D4)+20443127000", result: PAGU_TOTAL };
    ws.getCell("E5").value = { formula: "E4*0", result: 0 };
    ws.getCell("F5").value = { formula: "E5/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
    ws.getCell("G4").value = { text: "Tabel 3.106", hyperlink: "https://example.org/lakip" };
    ws.getCell("G5").value = new Date(Date.UTC(2025, 0, 31));
    ws.getCell("G5").numFmt = "dd/mm/yyyy";
    ws.getCell("H4").value = "123, 33%";
    ws.getCell("H5").value = true;
    ws.getCell("B7").value = "Palembang,       Januari 2025";
    ws.mergeCells("B7:D8");
    ws.fillFormula("I4:I6", "D4*2", [130690000, PAGU_TOTAL * 2, 0]);

    const gen = wb.addWorksheet("Ringkasan Kinerja");
    gen.getCell("A1").value = REALISASI_TOTAL;
    gen.headerFooter.oddFooter = `&L${markerText("ringkasan-kinerja")}&RHalaman &P`;
    const tersembunyi = wb.addWorksheet("Catatan", { state: "hidden" });
    tersembunyi.getCell("A1").value = "rahasia";
    wb.addWorksheet("Kosong");

    const snap = await bacaBukuKerja(await tulis(wb));
    semua = snap.sheets;
    sheet = snap.sheets[0];
  });

  test("keeps the sheets in order with their names", () => {
    expect(semua.map((s) => s.name)).toEqual(["Realisasi RO", "Ringkasan Kinerja", "Catatan", "Kosong"]);
  });

  test("used range starts at the first cell holding a value", () => {
    expect(sheet.top).toBe(3);
    expect(sheet.left).toBe(2);
    expect(sheet.values[0][0]).toBe("Kode");
  });

  test("numbers, text, rich text, hyperlinks, booleans", () => {
    expect(di(sheet, "D4").v).toBe(65345000);
    expect(di(sheet, "B4").v).toBe("6077.AEC.002.051.A");
    expect(di(sheet, "C4").v).toBe("kerjasama optimalisasi teknologi");
    expect(di(sheet, "G4").v).toBe("Tabel 3.106");
    expect(di(sheet, "H4").v).toBe("123, 33%");
    expect(di(sheet, "H5").v).toBe(true);
  });

  test("formula cells give their cached result and their formula text", () => {
    expect(di(sheet, "D5")).toMatchObject({ v: PAGU_TOTAL, f: "=SUM(D4:D4)+20443127000" });
    expect(di(sheet, "F4").v).toBeCloseTo(0.998, 3);
    expect(di(sheet, "F4").f).toBe("=E4/D4");
    // A cached 0 is a value, not an empty cell.
    expect(di(sheet, "E5")).toMatchObject({ v: 0, f: "=E4*0" });
    expect(di(sheet, "D4").f).toBeNull();
  });

  test("shared formulas are translated to each cell", () => {
    expect(di(sheet, "I4").f).toBe("=D4*2");
    expect(di(sheet, "I5")).toMatchObject({ v: PAGU_TOTAL * 2, f: "=D5*2" });
  });

  test("errors arrive as their text", () => {
    expect(di(sheet, "F5").v).toBe("#DIV/0!");
  });

  test("dates become Excel serial numbers, the format says date", () => {
    expect(di(sheet, "G5").v).toBe(45688); // 2025-01-31
    expect(di(sheet, "G5").fmt).toBe("dd/mm/yyyy");
  });

  test("number formats, General where none", () => {
    expect(di(sheet, "D4").fmt).toBe("#,##0");
    expect(di(sheet, "F4").fmt).toBe("0.00%");
    expect(di(sheet, "B4").fmt).toBe("General");
    expect(sheet.numberFormats!.length).toBe(sheet.values.length);
    sheet.values.forEach((r, i) => expect(sheet.numberFormats![i].length).toBe(r.length));
  });

  test("merged areas, and the merged non-master cells are empty", () => {
    expect(sheet.merges).toEqual(["B7:D8"]);
    expect(di(sheet, "B7").v).toBe("Palembang,       Januari 2025");
    expect(di(sheet, "C7").v).toBeNull();
    expect(di(sheet, "B8").v).toBeNull();
  });

  test("generated sheets are recognized by their footer marker", () => {
    expect(semua[1].generatedKey).toBe("ringkasan-kinerja");
    expect(semua[0].generatedKey).toBeUndefined();
  });

  test("hidden flag", () => {
    expect(semua[2].hidden).toBe(true);
    expect(semua[0].hidden).toBeUndefined();
  });

  test("sheets without formulas carry none; an empty sheet has no values", () => {
    expect(semua[1].formulas).toBeUndefined();
    expect(semua[1].values).toEqual([[REALISASI_TOTAL]]);
    expect(semua[3].values).toEqual([]);
    expect(semua[3].merges).toEqual([]);
  });
});

describe("bacaBukuKerja input types", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("PK 2024").getCell("E5").value = 30;
    bytes = await tulis(wb);
  });

  test("ArrayBuffer (browser FileReader)", async () => {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const s = await bacaBukuKerja(ab);
    expect(s.sheets[0].values).toEqual([[30]]);
  });

  test("Node Buffer", async () => {
    // @types/node 20 types Buffer without the Uint8Array generic; at runtime it is one.
    const s = await bacaBukuKerja(Buffer.from(bytes) as unknown as Uint8Array);
    expect(cellAt(s.sheets[0], 5, 5)).toBe(30);
  });

  test("a Uint8Array view into a larger buffer", async () => {
    const besar = new Uint8Array(bytes.length + 100);
    besar.set(bytes, 37);
    const s = await bacaBukuKerja(besar.subarray(37, 37 + bytes.length));
    expect(cellAt(s.sheets[0], 5, 5)).toBe(30);
  });
});
