/** The Rumus tab's examples show the report's printed results (seed-formulas, Tabel 3.15/3.40/3.48/3.107/3.112). */
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
};

test.each(Object.entries(DICETAK))("SAKIP.%s → %s", (nama, hasil) => {
  const r = RUMUS.find((x) => x.nama === nama)!;
  expect(r.hasil()).toBe(hasil);
});

test("setiap fungsi di functions.json punya contoh", () => {
  const meta = require("../../../src/functions/functions.ts");
  const ada = Object.keys(meta).filter((k) => typeof meta[k] === "function").length;
  expect(RUMUS.length).toBe(ada);
});

test("teks rumus: pemisah Indonesia untuk dibaca, en-US untuk Office.js", () => {
  const c = RUMUS.find((x) => x.nama === "CAPAIAN")!;
  expect(teksRumus(c)).toBe("=SAKIP.CAPAIAN(30;37)");
  expect(rumusExcel(c)).toBe("=SAKIP.CAPAIAN(30,37)");
  const p = RUMUS.find((x) => x.nama === "PREDIKAT")!;
  expect(teksRumus(p)).toBe('=SAKIP.PREDIKAT(3,68;"ikm")');
  expect(rumusExcel(p)).toBe('=SAKIP.PREDIKAT(3.68,"ikm")');
});
