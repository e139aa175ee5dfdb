import { bacaSnapshot } from "../../../src/excel/baca";
import { cellAt, formatAt, formulaAt } from "../../../src/core/snapshot";
import { markerText } from "../../../src/core/lembar/plan";
import { cariGalatMuat, type SeedLembar } from "./mockWorkbook";
import { bukaMock as buka, INDIKATOR_2024, lembarKecil, lembarPK } from "./fixtures";

afterEach(() => delete (globalThis as any).Office);

function duaPuluhLembar(): SeedLembar[] {
  const seeds: SeedLembar[] = [lembarPK()];
  for (let i = 1; i <= 16; i++) seeds.push(lembarKecil(`TW ${i}`, i));
  seeds.push({ name: "Kosong" });
  seeds.push({ name: "Tersembunyi", hidden: true, values: [["rahasia"]] });
  seeds.push({ name: "Ringkasan Kinerja", footer: markerText("ringkasan-kinerja"), values: [["Ringkasan"]] });
  return seeds;
}

describe("bacaSnapshot", () => {
  test("the sync count does not depend on the number of sheets (1 vs 20)", async () => {
    const satu = buka([lembarPK()]);
    await bacaSnapshot(satu.ctx);
    const dua = buka(duaPuluhLembar());
    const snap = await bacaSnapshot(dua.ctx);
    expect(snap.sheets).toHaveLength(20);
    expect(satu.sync).toHaveBeenCalledTimes(3);
    expect(dua.sync).toHaveBeenCalledTimes(3);
  });

  test("values, formulas, formats, merges and markers come back as in the workbook", async () => {
    const { ctx } = buka(duaPuluhLembar());
    const snap = await bacaSnapshot(ctx);
    expect(cariGalatMuat(snap)).toEqual([]);

    const pk = snap.sheets.find((s) => s.name === "PK 2024")!;
    expect([pk.top, pk.left]).toEqual([1, 1]);
    expect(pk.values).toHaveLength(19);
    // SK1.IK1: target 30, realisasi 37, capaian 123,33 % by a live formula.
    expect(cellAt(pk, 4, 1)).toBe("SK1.IK1");
    expect(cellAt(pk, 4, 4)).toBe(30);
    expect(cellAt(pk, 4, 6)).toBe(37);
    expect(cellAt(pk, 4, 7)).toBeCloseTo(1.2333, 4);
    expect(formulaAt(pk, 4, 7)).toBe("=F4/D4");
    expect(formatAt(pk, 4, 7)).toBe("0.00%");
    expect(formatAt(pk, 4, 6)).toBe("0.00");
    // SK5.IK1: IKM 3,68 against 3,6.
    expect(cellAt(pk, 14, 4)).toBe(3.6);
    expect(cellAt(pk, 14, 6)).toBe(3.68);
    // Constants are not formulas; errors stay as Excel's text.
    expect(formulaAt(pk, 4, 4)).toBeNull();
    expect(cellAt(pk, 19, 7)).toBe("#DIV/0!");
    expect(formulaAt(pk, 19, 7)).toBe("=F19/D19");
    // Empty cells are null, not "".
    expect(cellAt(pk, 2, 1)).toBeNull();
    expect(pk.merges.sort()).toEqual(["A1:G1", "B17:B18", "B5:B8", "B9:B12"]);
    expect(pk.generatedKey).toBeUndefined();
    expect(pk.hidden).toBeUndefined();

    const tw = snap.sheets.find((s) => s.name === "TW 3")!;
    expect([tw.top, tw.left]).toEqual([2, 2]);
    expect(cellAt(tw, 3, 3)).toBe(75);

    const kosong = snap.sheets.find((s) => s.name === "Kosong")!;
    expect(kosong.values).toEqual([]);
    expect(kosong.merges).toEqual([]);

    expect(snap.sheets.find((s) => s.name === "Tersembunyi")!.hidden).toBe(true);
    expect(snap.sheets.find((s) => s.name === "Ringkasan Kinerja")!.generatedKey).toBe("ringkasan-kinerja");
    expect(snap.sheets.map((s) => s.name)).toEqual(duaPuluhLembar().map((s) => s.name));
  });

  test("text that starts with '=' in a Text cell is not taken for a formula", async () => {
    const { ctx } = buka([{ name: "Catatan", values: [['=HYPERLINK("x")']], formulas: [['=HYPERLINK("x")']], formats: [["@"]] }]);
    const snap = await bacaSnapshot(ctx);
    expect(snap.sheets[0].values[0][0]).toBe('=HYPERLINK("x")');
    expect(snap.sheets[0].formulas![0][0]).toBeNull();
  });

  test("a 300,000-cell sheet is read in several blocks within the same three syncs", async () => {
    const rows = 10_000;
    const cols = 30;
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c));
    const { wb, sync, ctx } = buka([lembarPK(), { name: "Besar", values }]);
    const sebelum = wb.rangeProxies;
    const snap = await bacaSnapshot(ctx);
    expect(sync).toHaveBeenCalledTimes(3);
    const besar = snap.sheets[1];
    expect(besar.values).toHaveLength(rows);
    expect(besar.values[0]).toHaveLength(cols);
    // 50,000 cells per block → 1,666 rows per block → 7 blocks for this sheet (+1 for PK, +2 used ranges).
    expect(wb.rangeProxies - sebelum).toBe(2 + 1 + 7);
    for (const r of [0, 1665, 1666, 1667, 9999]) expect(besar.values[r][cols - 1]).toBe(r * cols + cols - 1);
    expect(besar.numberFormats![9999][0]).toBe("General");
  });

  test("hosts without page layout or merged-area APIs still give a snapshot", async () => {
    const { sync, ctx } = buka(duaPuluhLembar(), { api: 8 });
    const snap = await bacaSnapshot(ctx);
    expect(sync).toHaveBeenCalledTimes(3);
    const pk = snap.sheets[0];
    expect(pk.merges).toEqual([]);
    expect(snap.sheets.some((s) => s.generatedKey)).toBe(false);
    expect(cellAt(pk, 4 + INDIKATOR_2024.length - 1, 6)).toBe(98);
  });

  test("a workbook of empty sheets needs no third sync", async () => {
    const { sync, ctx } = buka([{ name: "Sheet1" }]);
    const snap = await bacaSnapshot(ctx);
    expect(snap.sheets[0].values).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(2);
  });
});
