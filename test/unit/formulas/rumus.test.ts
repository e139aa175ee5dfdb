/** core/rumus: errors, grades on the regulations' scales, and the Excel formula text. */
import * as R from "../../../src/core/rumus";
import { bacaJson, jelajah } from "./referensi";

const kode = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof R.RumusError) return e.code;
    throw e;
  }
  return undefined;
};

describe("bulat (Excel ROUND)", () => {
  test("half-up on the decimal value", () => {
    expect(R.bulat((100 + 97.47) / 2, 2)).toBe(98.74); // Tabel 3.113, binary rounding gives 98,73
    expect(R.bulat((99.84 + 92.25) / 2, 2)).toBe(96.05);
    expect(R.bulat((68.23 / 40) * 100, 2)).toBe(170.58); // Tabel 3.112 row 6
    expect(R.bulat(-2.5, 0)).toBe(-3); // away from zero, as Excel
    expect(R.bulat(1234.5, -2)).toBe(1200);
    expect(R.bulat(1250, -2)).toBe(1300);
  });
  test("bad input", () => {
    expect(kode(() => R.bulat(NaN, 2))).toBe("#VALUE!");
    expect(kode(() => R.bulat(1, 1.5))).toBe("#VALUE!");
  });
});

describe("capaian", () => {
  test("maks and min", () => {
    expect(R.capaian(30, 37)).toBeCloseTo(123.3333, 4);
    expect(R.capaian(100, 90, "min")).toBeCloseTo(110, 10); // 10 % under a minimasi target is 110 %
    expect(R.capaian(100, 120, "min")).toBeCloseTo(80, 10);
    expect(R.capaian(100, 100, "min")).toBe(100);
  });
  test("errors", () => {
    expect(kode(() => R.capaian(0, 37))).toBe("#DIV/0!");
    expect(kode(() => R.capaian(-5, 37))).toBe("#NUM!");
    expect(kode(() => R.capaian(NaN, 37))).toBe("#VALUE!");
    expect(kode(() => R.capaian(30, Infinity))).toBe("#VALUE!");
    expect(kode(() => R.capaian(30, 37, "x" as R.Arah))).toBe("#VALUE!");
  });
  test("messages are Indonesian", () => {
    expect(() => R.capaian(0, 1)).toThrow("Target bernilai nol");
  });
});

describe("other rules: zero and negative bases", () => {
  test.each([
    ["produktivitas", () => R.produktivitas(0, 1)],
    ["efisiensi", () => R.efisiensi(0, 1)],
    ["pertumbuhan", () => R.pertumbuhan(0, 1)],
    ["penyerapan", () => R.penyerapan(0, 1)],
    ["ibt", () => R.ibt(1, 0)],
    ["ibr", () => R.ibr(1, 0)],
    ["efisiensiAnggaran pagu", () => R.efisiensiAnggaran(0, 1, 1, 1)],
    ["efisiensiAnggaran realisasi", () => R.efisiensiAnggaran(1, 1, 1, 0)],
  ])("%s → #DIV/0!", (_, f) => expect(kode(f)).toBe("#DIV/0!"));

  test("negative base → #NUM!, non-number → #VALUE!", () => {
    expect(kode(() => R.pertumbuhan(-1, 1))).toBe("#NUM!");
    expect(kode(() => R.penyerapan(-1, 1))).toBe("#NUM!");
    expect(kode(() => R.nka(NaN, 1))).toBe("#VALUE!");
    expect(kode(() => R.statusCapaian(NaN))).toBe("#VALUE!");
  });

  test("efficiency ratio equals (1 − %anggaran/%capaian) × 100 (Tabel 3.112 row 3)", () => {
    const viaIndeks = ((R.ibt(34950000, 2) - R.ibr(34856916, 8)) / R.ibt(34950000, 2)) * 100;
    expect(R.efisiensiAnggaran(34950000, 2, 34856916, 8)).toBeCloseTo(viaIndeks, 10);
    expect(R.bulat(R.efisiensiAnggaran(34950000, 2, 34856916, 8), 2)).toBe(75.07);
  });
});

describe("statusCapaian and predikat", () => {
  test("status bands", () => {
    expect(R.statusCapaian(100)).toBe("tercapai");
    expect(R.statusCapaian(99.99)).toBe("hampir");
    expect(R.statusCapaian(80)).toBe("hampir");
    expect(R.statusCapaian(77.53)).toBe("belum"); // Tabel 3.102 SK8.1 2022
    expect(R.predikat(123.33, "capaian")).toBe("Tercapai");
    expect(R.predikat(97.76, "capaian")).toBe("Hampir tercapai");
  });

  test("SAKIP scale (PermenPAN-RB 88/2021) on the 29 units of Tabel 3.90", () => {
    const baris: { total: number; kategori: string }[] = [];
    jelajah(bacaJson("indicators_history.json"), (o) => {
      const t = o.total as { value?: unknown } | undefined;
      const k = o.kategori as { value?: unknown } | undefined;
      if (typeof t?.value === "number" && typeof k?.value === "string") baris.push({ total: t.value, kategori: k.value });
    });
    expect(baris).toHaveLength(29);
    for (const b of baris) expect(R.predikatRinci(b.total, "sakip").kode).toBe(b.kategori);
    expect(R.predikat(82.25, "sakip")).toBe("A (Memuaskan)");
  });

  test("SAKIP bounds", () => {
    const k = (n: number) => R.predikatRinci(n, "sakip").kode;
    expect([90.01, 90, 80, 70, 60, 50, 30, 0].map(k)).toEqual(["AA", "A", "BB", "B", "C", "D", "E", "E"]);
    expect(kode(() => R.predikat(101, "sakip"))).toBe("#NUM!");
  });

  test("IKM unsur of Tabel 3.69 get the printed mutu", () => {
    const rows = bacaJson<Record<string, any>>("detail_tables.json")["3.69"].rows as any[];
    expect(rows).toHaveLength(9);
    for (const r of rows) expect(R.mutuIkm(r.nilai_unsur.value).kinerja).toBe(r.mutu.value);
  });

  test("IKM: NIK accepted too; out of range → #NUM!", () => {
    expect(R.predikat(3.68, "ikm")).toBe("A (Sangat Baik)");
    expect(R.predikat(92, "ikm")).toBe("A (Sangat Baik)");
    expect(R.predikat(85.75, "ikm")).toBe("B (Baik)");
    expect(kode(() => R.predikat(10, "ikm"))).toBe("#NUM!");
    expect(kode(() => R.predikat(1, "lain" as R.Skala))).toBe("#VALUE!");
  });
});

describe("excel formula text", () => {
  test("contract example and shapes", () => {
    expect(R.excel.capaian("'PK 2024'!E8", "'PK 2024'!G8")).toBe("'PK 2024'!G8/'PK 2024'!E8");
    expect(R.excel.capaian("E8", "G8", "min")).toBe("2-G8/E8");
    expect(R.excel.penyerapan("C5", "D5")).toBe("D5/C5");
    expect(R.excel.ibt("C5", "E5")).toBe("C5/E5");
    expect(R.excel.ibr("D5", "F5")).toBe("D5/F5");
    expect(R.excel.efisiensiAnggaran("C5", "E5", "D5", "F5")).toBe("1-D5/C5/(F5/E5)");
    expect(R.excel.capaian("SUM(E8:E9)", "$G$8")).toBe("$G$8/(SUM(E8:E9))");
    expect(R.excel.bulat(R.excel.capaian("E8", "G8"), 4)).toBe("ROUND(G8/E8,4)");
  });

  /** Evaluates the formula text with JS arithmetic (same IEEE doubles as Excel) to show it is the same rule. */
  function hitungTeks(rumus: string, sel: Record<string, number>): number {
    const js = rumus.replace(/[A-Z]+\d+/g, (a) => String(sel[a]));
    if (!/^[\d.+\-*/() ]+$/.test(js)) throw new Error(js);
    return Function(`return (${js});`)() as number;
  }

  test("formula text and TS value agree on Tabel 3.112 row 1", () => {
    const sel = { C5: 35600000, D5: 35521816, E5: 30, F5: 37 };
    expect(hitungTeks(R.excel.capaian("E5", "F5"), sel) * 100).toBe(R.capaian(30, 37));
    expect(hitungTeks(R.excel.capaian("E5", "F5", "min"), sel) * 100).toBe(R.capaian(30, 37, "min"));
    expect(hitungTeks(R.excel.penyerapan("C5", "D5"), sel) * 100).toBe(R.penyerapan(35600000, 35521816));
    expect(hitungTeks(R.excel.ibt("C5", "E5"), sel)).toBe(R.ibt(35600000, 30));
    expect(hitungTeks(R.excel.ibr("D5", "F5"), sel)).toBe(R.ibr(35521816, 37));
    expect(hitungTeks(R.excel.efisiensiAnggaran("C5", "E5", "D5", "F5"), sel) * 100).toBe(
      R.efisiensiAnggaran(35600000, 30, 35521816, 37),
    );
    expect(hitungTeks(R.excel.pertumbuhan("C5", "D5"), sel) * 100).toBeCloseTo(R.pertumbuhan(35600000, 35521816), 12);
    expect(hitungTeks(R.excel.nka("E5", "F5"), sel)).toBe(R.nka(30, 37));
  });
});
