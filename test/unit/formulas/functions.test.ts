/** Custom functions (=SAKIP.…): values and ranges, Indonesian text, Excel errors. Numbers from Tabel 3.112. */
import * as F from "../../../src/functions/functions";
import { galat, type GalatExcel } from "../../../src/functions/angkat";

/** Scalar calls throw the Excel error so the cell shows its message. */
function galatDari(f: () => unknown): GalatExcel {
  try {
    f();
  } catch (e) {
    return e as GalatExcel;
  }
  throw new Error("tidak ada galat");
}

describe("scalar calls", () => {
  test("CAPAIAN returns a fraction (Tabel 3.112 row 1: 30 → 37 = 123,33 %)", () => {
    const [[v]] = F.capaian([[30]], [[37]]);
    expect(v).toBeCloseTo(1.233333, 6);
  });

  test("Excel may pass plain values as well as 1×1 matrices", () => {
    expect(F.capaian(30 as any, 37 as any)[0][0]).toBeCloseTo(1.233333, 6);
  });

  test("Indonesian text input", () => {
    expect(F.angka([["123,33%"]])).toEqual([[1.2333]]);
    expect(F.angka([["Rp        65.345.000,00"]])).toEqual([[65345000]]);
    expect(F.angka([["(- 4.024.000)"]])).toEqual([[-4024000]]);
    expect(F.capaian([["76"]], [["82, 25"]])[0][0]).toBeCloseTo(1.082237, 6); // Tabel 3.112 row 14
    expect(F.capaian([["30%"]], [["123,33%"]])[0][0]).toBeCloseTo(4.111, 10); // both as Excel fractions
    expect(F.penyerapan([["Rp. 20.508.472.000"]], [["20.461.336.805"]])[0][0]).toBeCloseTo(0.9977, 4);
  });

  test("all ten functions on one row of Tabel 3.112 (row 3)", () => {
    expect(F.capaian([[2]], [[8]])).toEqual([[4]]);
    expect(F.penyerapan([[34950000]], [[34856916]])[0][0]).toBeCloseTo(0.9973, 4);
    expect(F.ibt([[34950000]], [[2]])).toEqual([[17475000]]);
    expect(F.ibr([[34856916]], [[8]])).toEqual([[4357114.5]]);
    expect(F.efisiensiAnggaran([[34950000]], [[2]], [[34856916]], [[8]])[0][0]).toBeCloseTo(0.7507, 4);
    expect(F.pertumbuhan([[4147659000]], [[5186827000]])[0][0]).toBeCloseTo(0.2505, 4); // PNBP, Tabel 3.49
    expect(F.produktivitas([[900]], [[1140]])[0][0]).toBeCloseTo(0.2667, 4); // Tabel 3.40
    expect(F.efisiensi([[40]], [[10]])).toEqual([[0.75]]); // Tabel 3.40 Jamokoe
    expect(F.predikat([[3.68]], [["ikm"]])).toEqual([["A (Sangat Baik)"]]);
    expect(F.predikat([[82.25]], [["SAKIP"]])).toEqual([["A (Memuaskan)"]]);
    expect(F.predikat([[1.2333]], [["capaian"]])).toEqual([["Tercapai"]]);
  });

  test('arah "min"', () => {
    expect(F.capaian([[100]], [[90]], [["min"]])[0][0]).toBeCloseTo(1.1, 12);
    expect(F.capaian([[100]], [[90]], [["minimasi"]])[0][0]).toBeCloseTo(1.1, 12);
    expect(F.capaian([[100]], [[90]], [[""]])[0][0]).toBeCloseTo(0.9, 12);
    expect(galatDari(() => F.capaian([[100]], [[90]], [["naik"]]))).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('"naik"') });
  });
});

describe("errors", () => {
  test("zero target → #DIV/0!", () => {
    expect(galatDari(() => F.capaian([[0]], [[37]]))).toMatchObject({ code: "#DIV/0!", errorCode: "#DIV/0!" });
    expect(galatDari(() => F.ibr([[100]], [[0]]))).toMatchObject({ code: "#DIV/0!" });
  });

  test("#VALUE! names the bad text", () => {
    expect(galatDari(() => F.capaian([["abc"]], [[37]]))).toEqual({ code: "#VALUE!", errorCode: "#VALUE!", message: 'Bukan angka: "abc"' });
    const e = galatDari(() => F.angka([["4..147.659.000"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('"4..147.659.000"');
    expect(e.message).toMatch(/pemisah ganda/);
    expect(galatDari(() => F.capaian([[true]], [[1]])).message).toBe("Bukan angka: TRUE");
  });

  test("negative target → #VALUE! with its reason (Excel shows messages only on #VALUE!/#N/A)", () => {
    expect(galatDari(() => F.capaian([[-5]], [[1]]))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/negatif/) });
  });

  test("N/A → #N/A; empty → blank", () => {
    expect(galatDari(() => F.capaian([["N/A"]], [[1]]))).toMatchObject({ code: "#N/A" });
    expect(F.capaian([[""]], [[1]])).toEqual([[""]]);
    expect(F.capaian([[30]], [["-"]])).toEqual([[""]]);
  });

  test("with the CustomFunctions global present, real error objects are built", () => {
    class ErrorCF {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    const g = globalThis as any;
    g.CustomFunctions = {
      Error: ErrorCF,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    };
    try {
      const e = galatDari(() => F.capaian([["abc"]], [[1]]));
      expect(e).toBeInstanceOf(ErrorCF);
      expect(e).toMatchObject({ code: "#VALUE!", message: 'Bukan angka: "abc"' });
      const d = galat("#DIV/0!", "Target bernilai nol");
      expect(d).toBeInstanceOf(ErrorCF);
      expect(d.message).toBeUndefined(); // Excel refuses messages on #DIV/0!
    } finally {
      delete g.CustomFunctions;
    }
  });
});

describe("ranges", () => {
  // Tabel 3.112 rows 1–5: target, realisasi, pagu, realisasi anggaran
  const target = [[30], [1], [2], [3], [3]];
  const realisasi = [[37], [1], [8], [3], ["3.66"]];
  const pagu = [[35600000], [29450000], [34950000], [65345000], [569125000]];
  const ra = [[35521816], [29367050], [34856916], [65214283], [563428969]];
  const persen = (m: unknown[][]) => m.map((r) => Math.round((r[0] as number) * 1e6) / 1e4);

  test("same-shaped ranges spill a result of that shape", () => {
    const c = F.capaian(target, realisasi);
    expect(c).toHaveLength(5);
    expect(persen(c).map((x) => Math.round(x * 100) / 100)).toEqual([123.33, 100, 400, 100, 122]);
    const e = F.efisiensiAnggaran(pagu, target, ra, realisasi);
    expect(persen(e).map((x) => Math.round(x * 100) / 100)).toEqual([19.1, 0.28, 75.07, 0.2, 18.85]);
  });

  test("a single cell is repeated against a range", () => {
    expect(F.capaian([[4]], [[4], [4.57], [2]])).toEqual([[1], [1.1425], [0.5]]);
    expect(F.capaian([[100], [100]], [[90], [90]], [["min"]]).map((r) => Math.round((r[0] as number) * 100))).toEqual([110, 110]);
    expect(F.predikat([[3.43], [3.71]], [["ikm"]])).toEqual([["B (Baik)"], ["A (Sangat Baik)"]]);
  });

  test("rows and 2-D blocks", () => {
    expect(F.ibt([[100, 200]], [[4, 8]])).toEqual([[25, 25]]);
    expect(F.ibt([[100, 200], [300, 400]], [[1, 2], [3, 4]])).toEqual([
      [100, 100],
      [100, 100],
    ]);
  });

  test("a bad cell gives its own error, the others still compute", () => {
    const r = F.capaian([[30], [0], ["abc"], [""]], [[37], [1], [1], [1]]);
    expect(r[0][0]).toBeCloseTo(1.2333, 4);
    expect(r[1][0]).toMatchObject({ code: "#DIV/0!" });
    expect(r[2][0]).toMatchObject({ code: "#VALUE!", message: 'Bukan angka: "abc"' });
    expect(r[3][0]).toBe("");
  });

  test("mismatched shapes → #VALUE! with the sizes", () => {
    const e = galatDari(() => F.capaian([[1], [2]], [[1], [2], [3]]));
    expect(e).toMatchObject({ code: "#VALUE!", message: "Ukuran rentang tidak sama: 2×1 dan 3×1" });
  });

  test("a ragged range (rows of different widths) → #VALUE!, in a column and in a block", () => {
    expect(galatDari(() => F.capaian([[30], [1, 2], [3]], [[37], [1], [3]]))).toMatchObject({ code: "#VALUE!", message: "Rentang tidak persegi" });
    expect(galatDari(() => F.ibt([[100, 200], [300]], [[1, 2], [3, 4]]))).toMatchObject({ code: "#VALUE!", message: "Rentang tidak persegi" });
  });

  test("a bad single argument gives its error in every cell of the spill", () => {
    expect(F.capaian([[1], [2]], [[1], [2]], [["naik"]])).toEqual([
      [expect.objectContaining({ code: "#VALUE!" })],
      [expect.objectContaining({ code: "#VALUE!" })],
    ]);
  });

  test("ANGKA over a column of report text", () => {
    expect(F.angka([["20.535.869.000"], ["99,77%"], ["N/A"], ["-"], ["1,530,589,950"]])).toEqual([
      [20535869000],
      [0.9977],
      [{ code: "#N/A", errorCode: "#N/A", message: "Nilai N/A" }],
      [""],
      [1530589950],
    ]);
  });
});
