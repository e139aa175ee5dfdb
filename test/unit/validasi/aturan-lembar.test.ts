/**
 * Every rule from a real sheet: a grid as a planner types it goes through the recognizers and the
 * validator, and one planted slip fires its rule exactly once, at the cell where the slip was
 * typed (found in the grid, not taken from the recognizer). The same grid without the slip fires
 * nothing of that rule.
 */
import { kenali } from "../../../src/core/layouts";
import { a1, type CellValue, type SheetSnapshot, type Snapshot } from "../../../src/core/snapshot";
import type { Issue, RuleId } from "../../../src/core/tabel";
import { periksa } from "../../../src/core/validasi";
import { indikatorTriwulan, type IndikatorTw } from "../layouts/bangun";
import { lembarTriwulan } from "../layouts/tata";

type Baris = CellValue[];

/** A sheet from rows (row 1 = first row), percent formats on the given columns. */
function lembar(nama: string, rows: Baris[], persen: number[] = []): SheetSnapshot {
  const numberFormats = rows.map((r, i) => r.map((v, c) => (i >= 3 && persen.includes(c) && typeof v === "number" ? "0.00%" : "General")));
  return { name: nama, top: 1, left: 1, values: rows.map((r) => [...r]), numberFormats, merges: [] };
}

const KEPALA_PK = ["No", "Sasaran Kegiatan", "No", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"];
function perkin(): Baris[] {
  return [
    ["Perjanjian Kinerja 2024"],
    [],
    KEPALA_PK,
    [1, "Meningkatnya daya saing industri", 1, "Produktivitas perusahaan industri hasil kegiatan kolaborasi", 30, "Persen", 37, 1.2333],
    [2, "Penguatan implementasi industri 4.0", 1, "Perusahaan yang terfasilitasi industri 4.0", 1, "Perusahaan", 1, 1],
    [null, null, 2, "Tingkat kepuasan perusahaan yang diberikan fasilitasi industri 4.0", 3, "Indeks", 3, 1],
    [3, "Tata kelola satker", 1, "Nilai minimal laporan keuangan", 4, "Indeks", 4.57, 1.1425],
  ];
}

const KEPALA_RO = ["Kode", "Uraian", "Pagu", "Realisasi", "%"];
function ro(): Baris[] {
  return [
    ["Realisasi Anggaran per RO"],
    [],
    KEPALA_RO,
    ["6077.AEC.002.051.A", "Komponen kerja sama", 1000000, 900000, 0.9],
    ["6077.AEC.002.051.B", "Komponen pelatihan", 2000000, 1500000, 0.75],
    ["6077.AEC.002.051.C", "Komponen sertifikasi", 3000000, 3000000, 1],
    ["Total", null, 6000000, 5400000, 0.9],
  ];
}

function periksaLembar(...sheets: SheetSnapshot[]): Issue[] {
  const snap: Snapshot = { sheets };
  return periksa(kenali(snap));
}

function dari(issues: Issue[], rule: RuleId): string[] {
  return issues.filter((i) => i.rule === rule).map((i) => `${i.sheet}!${i.cell}`);
}

/** Where `cocok` holds in the sheet's grid, as A1 (exactly one place). */
function letak(s: SheetSnapshot, cocok: (v: CellValue) => boolean): string {
  const hasil: string[] = [];
  s.values.forEach((r, i) => r.forEach((v, j) => cocok(v) && hasil.push(a1(s.top + i, s.left + j))));
  expect(hasil).toHaveLength(1);
  return hasil[0];
}

function ubahPk(r: number, c: number, v: CellValue, persen = [7]): SheetSnapshot {
  const rows = perkin();
  rows[r - 1][c - 1] = v;
  return lembar("PK 2024", rows, persen);
}

describe("each rule fires once at the typed cell, from a real sheet", () => {
  test("the clean sheets fire no error or warning", () => {
    const hasil = periksaLembar(lembar("PK 2024", perkin(), [7]), lembar("Realisasi RO", ro(), [4]));
    expect(hasil.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test.each<[RuleId, () => SheetSnapshot[], string]>([
    ["angka-teks", () => [ubahPk(4, 7, "37")], "PK 2024!G4"],
    ["angka-rusak", () => [ubahPk(4, 7, "3..7")], "PK 2024!G4"],
    ["nilai-kosong", () => [ubahPk(5, 7, null)], "PK 2024!G5"],
    ["target-nol", () => [ubahPk(6, 5, 0)], "PK 2024!E6"],
    ["capaian-selisih", () => [ubahPk(4, 8, 1.5)], "PK 2024!H4"],
    ["satuan-beda", () => [ubahPk(7, 7, "4,57 Persen")], "PK 2024!G7"],
    [
      "duplikat",
      () => {
        const rows = perkin();
        // The same indicator again under the same sasaran (written once above it).
        rows.push([null, null, 2, rows[6][3], 4, "Indeks", 4.57, 1.1425]);
        return [lembar("PK 2024", rows, [7])];
      },
      "PK 2024!D8",
    ],
    [
      "antar-lembar",
      () => {
        const lain = perkin();
        lain[3][6] = 38;
        return [lembar("PK 2024", perkin(), [7]), lembar("Tabel 1", lain, [7])];
      },
      "Tabel 1!G4",
    ],
  ])("%s", (rule, sheets, cell) => {
    expect(dari(periksaLembar(lembar("PK 2024", perkin(), [7])), rule)).toEqual([]);
    expect(dari(periksaLembar(...sheets()), rule)).toEqual([cell]);
  });

  test.each<[RuleId, (rows: Baris[]) => void, string]>([
    ["persen-selisih", (rows) => (rows[4][4] = 0.8), "Realisasi RO!E5"],
    ["jumlah-selisih", (rows) => (rows[6][3] = 5500000), "Realisasi RO!D7"],
    ["melebihi-pagu", (rows) => (rows[3][3] = 1100000), "Realisasi RO!D4"],
    // A DIPA line typed twice: its code counted twice in the total.
    ["duplikat", (rows) => rows.splice(6, 0, ["6077.AEC.002.051.B", "Komponen pelatihan (lagi)", 0, 0, 0]), "Realisasi RO!A7"],
  ])("%s", (rule, ubah, cell) => {
    expect(dari(periksaLembar(lembar("Realisasi RO", ro(), [4])), rule)).toEqual([]);
    const rows = ro();
    ubah(rows);
    expect(dari(periksaLembar(lembar("Realisasi RO", rows, [4])), rule)).toEqual([cell]);
  });

  test.each<[RuleId, (d: IndikatorTw[]) => number]>([
    // R of TW III typed below TW II's (cumulative progress cannot fall).
    ["kumulatif-turun", (d) => ((d[0].r[2] = { raw: "17,5%", value: 17.5 }), 17.5)],
    // S of TW IV typed as 95,5 % instead of 100 %.
    ["tw4-target", (d) => ((d[0].s[3] = { raw: "95,5%", value: 95.5 }), 95.5)],
  ])("%s", (rule, ubah) => {
    expect(dari(periksaLembar(lembarTriwulan({ angka: "angka" })), rule)).toEqual([]);
    const data = indikatorTriwulan();
    const nilai = ubah(data);
    const s = lembarTriwulan({ angka: "angka" }, data);
    const cell = letak(s, (v) => v === nilai);
    expect(dari(periksaLembar(s), rule)).toEqual([`Capaian TW!${cell}`]);
  });
});
