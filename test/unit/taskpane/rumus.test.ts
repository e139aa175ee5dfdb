/**
 * The Rumus tab's examples show the report's printed results (seed-formulas, Tabel 3.15/3.40/3.48/3.107/3.112),
 * and the catalogue they come from says what the generated functions.json says.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { hasilContoh, KATALOG } from "../../../src/functions/katalog";
import { RUMUS, rumusExcel, teksRumus } from "../../../src/taskpane/Rumus";

const DICETAK: Record<string, string> = {
  CAPAIAN: "123,33 %", // 37 ÷ 30, Tabel 3.112
  PRODUKTIVITAS: "26,67 %", // 900 → 1140, Tabel 3.40
  EFISIENSI: "30,00 %", // 20 → 14 hari, Tabel 3.15
  PERTUMBUHAN: "25,05 %", // PNBP 4.147.659.000 → 5.186.827.000
  PENYERAPAN: "94,49 %", // 2022, Tabel 3.107
  IBT: "1.186.666,67",
  IBR: "960.049,08",
  "EFISIENSI.ANGGARAN": "19,10 %",
  ANGKA: "65.345.000",
  PREDIKAT: "A (Sangat Baik)", // IKM 3,68, SK5.IK1
};

test.each(Object.entries(DICETAK))("SAKIP.%s → %s", (nama, hasil) => {
  const r = RUMUS.find((x) => x.nama === nama)!;
  expect(hasilContoh(r)).toBe(hasil);
});

interface Meta {
  functions: { id: string; name: string; description: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
}

describe("functions.json (generated from the JSDoc) against the catalogue", () => {
  let meta: Meta;
  beforeAll(async () => {
    const h = await generateCustomFunctionsMetadata(["src/functions/functions.ts"]);
    expect(h.errors).toEqual([]);
    meta = JSON.parse(h.metadataJson);
  });

  test("the same functions, in the same order", () => {
    expect(meta.functions.map((f) => f.name)).toEqual(KATALOG.map((f) => f.nama));
  });

  test.each(KATALOG.map((f) => [f.nama, f] as const))("%s: description, parameter names, count, optionality and help", (nama, f) => {
    const m = meta.functions.find((x) => x.name === nama)!;
    expect(m.description).toBe(f.arti);
    expect(m.parameters.map((p) => [p.name, p.optional === true, p.description])).toEqual(
      f.params.map((p) => [p.nama, p.opsional === true, p.arti]),
    );
    // The pane runs the same function Excel calls, with one argument per parameter.
    expect(f.jalankan.length).toBe(f.params.length);
  });
});

test("teks rumus: pemisah Indonesia untuk dibaca, en-US untuk Office.js", () => {
  const c = RUMUS.find((x) => x.nama === "CAPAIAN")!;
  expect(teksRumus(c)).toBe("=SAKIP.CAPAIAN(30;37)");
  expect(rumusExcel(c)).toBe("=SAKIP.CAPAIAN(30,37)");
  const p = RUMUS.find((x) => x.nama === "PREDIKAT")!;
  expect(teksRumus(p)).toBe('=SAKIP.PREDIKAT(3,68;"ikm")');
  expect(rumusExcel(p)).toBe('=SAKIP.PREDIKAT(3.68,"ikm")');
});
