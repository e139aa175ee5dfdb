import { Grid } from "../../src/core/layouts/grid";
import { normalisasi } from "../../src/core/teks";

describe("Grid", () => {
  const g = new Grid({
    name: "PK 2024",
    top: 3,
    left: 2,
    values: [
      ["No", "Sasaran", "Indikator"],
      [1, "Meningkatnya daya saing", "IK 1"],
      [null, null, "IK 2"],
      [null, null, null],
    ],
    merges: ["C4:C5"],
  });
  test("merged sasaran reads on every row it spans", () => {
    expect(g.value(5, 3)).toBe("Meningkatnya daya saing");
    expect(g.raw(5, 3)).toBeNull();
    expect(g.owner(5, 3)).toEqual([4, 3]);
    expect(g.isMergedPart(4, 3)).toBe(false);
    expect(g.mergeFrom(4, 3)).toEqual({ bottom: 5, right: 3 });
  });
  test("bounds and blank rows", () => {
    expect([g.top, g.left, g.bottom, g.right]).toEqual([3, 2, 6, 4]);
    expect(g.isBlankRow(6)).toBe(true);
    expect(g.isBlankRow(5)).toBe(false);
    expect(g.value(2, 2)).toBeNull();
  });
  test("normalisasi folds headers", () => {
    expect(normalisasi("Triwulan  I (%)")).toBe("triwulan i %");
    expect(normalisasi("Real.")).toBe("real");
    expect(normalisasi("N0")).toBe("n0");
  });
});
