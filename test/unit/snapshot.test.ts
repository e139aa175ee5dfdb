import { a1, columnLetters, columnNumber, parseA1, parseRange, rangeA1, sheetRef } from "../../src/core/snapshot";

describe("A1 helpers", () => {
  test("columns round-trip", () => {
    for (const n of [1, 26, 27, 52, 702, 703, 16384]) expect(columnNumber(columnLetters(n))).toBe(n);
    expect(columnLetters(28)).toBe("AB");
  });
  test("addresses and ranges", () => {
    expect(a1(8, 5)).toBe("E8");
    expect(parseA1("$E$8")).toEqual({ row: 8, col: 5 });
    expect(parseRange("'PK 2024'!H22:A5")).toEqual({ top: 5, left: 1, bottom: 22, right: 8 });
    expect(rangeA1({ top: 5, left: 1, bottom: 22, right: 8 })).toBe("A5:H22");
  });
  test("sheet names are quoted when needed", () => {
    expect(sheetRef("Data")).toBe("Data");
    expect(sheetRef("PK 2024")).toBe("'PK 2024'");
    expect(sheetRef("O'Neil")).toBe("'O''Neil'");
    expect(sheetRef("AB12")).toBe("'AB12'");
  });
});
