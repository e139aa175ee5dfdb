import { areaDariAlamat, gabungAlamat, kePersegi, potongBaris } from "../../../src/excel/blok";
import { namaTabelSah, namaTabelUnik, barisJudul } from "../../../src/excel/objek";
import { blokSel } from "../../../src/excel/sel";
import { rangeA1 } from "../../../src/core/snapshot";

describe("block helpers", () => {
  test("row blocks cover the rectangle without overlap", () => {
    const b = potongBaris({ top: 3, left: 2, bottom: 10_002, right: 31 }, 50_000);
    expect(b).toHaveLength(7);
    expect(b[0]).toEqual({ top: 3, left: 2, bottom: 1668, right: 31 });
    expect(b[6].bottom).toBe(10_002);
    for (let i = 1; i < b.length; i++) expect(b[i].top).toBe(b[i - 1].bottom + 1);
  });

  test("cells become rectangles", () => {
    const pos = [];
    for (let r = 4; r <= 2003; r++) for (let c = 1; c <= 6; c++) pos.push({ row: r, col: c });
    pos.push({ row: 1, col: 1 }, { row: 1, col: 3 });
    expect(kePersegi(pos).map(rangeA1)).toEqual(["A1", "C1", "A4:F2003"]);
  });

  test("address lists stay under the length limit", () => {
    const areas = Array.from({ length: 400 }, (_, i) => ({ top: 2 * i + 1, left: 1, bottom: 2 * i + 1, right: 3 }));
    const lists = gabungAlamat(areas, 200);
    expect(lists.every((s) => s.length <= 200)).toBe(true);
    expect(lists.join(", ").split(", ")).toHaveLength(400);
  });

  test("RangeAreas addresses, quoted names included", () => {
    expect(areaDariAlamat("'PK 2024'!A1:G1, 'PK 2024'!$B$5:$B$8")).toEqual(["A1:G1", "B5:B8"]);
    expect(areaDariAlamat("'Data, A1!x'!C3")).toEqual(["C3"]);
    expect(areaDariAlamat("")).toEqual([]);
  });

  test("table names and print-title rows", () => {
    expect(namaTabelSah("Ringkasan Kinerja 2024")).toBe("Ringkasan_Kinerja_2024");
    expect(namaTabelSah("2024")).toBe("T_2024");
    expect(namaTabelSah("PK1")).toBe("_PK1");
    const t = new Set(["tabel"]);
    expect(namaTabelUnik("Tabel", t)).toBe("Tabel_2");
    expect(namaTabelUnik("Tabel", t)).toBe("Tabel_3");
    expect(barisJudul("3:4")).toBe("$3:$4");
    expect(barisJudul("A3:F3")).toBe("$3:$3");
  });

  test("plan cells as blocks: Text format for strings, General in gaps", () => {
    const [b] = blokSel({ key: "k", name: "n", cells: [{ at: "B2", value: "=1+1" }, { at: "D3", value: 98, format: "0" }, { at: "C2", formula: "SUM(D3)" }] });
    expect(rangeA1(b.pos)).toBe("B2:D3");
    expect(b.numberFormat).toEqual([["@", "General", "General"], ["General", "General", "0"]]);
    expect(b.formulas).toEqual([["=1+1", "=SUM(D3)", ""], ["", "", 98]]);
  });
});
