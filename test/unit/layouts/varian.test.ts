import { kenali } from "../../../src/core/layouts";
import type { PerkinTable, TriwulanTable } from "../../../src/core/tabel";
import { indikatorPerkin, indikatorTriwulan, tanpaSel } from "./bangun";
import {
  barisPerkinHarapan,
  barisRencanaHarapan,
  barisTriwulanHarapan,
  lembarPerkin,
  lembarRencanaAksi,
  lembarTriwulan,
  type Tata,
} from "./tata";

const pk = indikatorPerkin();
const tw = indikatorTriwulan();

function satu<T>(xs: T[]): T {
  expect(xs).toHaveLength(1);
  return xs[0];
}

const VARIAN_PERKIN: [string, Tata][] = [
  ["polos", {}],
  ["judul 3 baris + jeda", { judul: 3, jeda: 1 }],
  ["judul 5 baris, geser kolom C", { judul: 5, jeda: 2, kiri: 3 }],
  ["sasaran sekali, kosong di bawah", { sasaran: "kosong" }],
  ["sasaran diulang tiap baris", { sasaran: "ulang" }],
  ["angka numerik", { angka: "angka" }],
  ["persen disimpan 0,3 berformat %", { angka: "fraksi" }],
  ["target dan satuan satu sel", { angka: "gabung" }],
  ["sinonim 1", { sinonim: 1 }],
  ["sinonim 2 + angka", { sinonim: 2, angka: "angka" }],
  ["sinonim 3 (huruf besar)", { sinonim: 3 }],
  ["urutan kolom lain", { urut: [1, 0, 2, 3, 4, 5] }],
  ["urutan kolom terbalik", { urut: [5, 4, 3, 2, 1, 0] }],
  ["header diulang (page break)", { ulang: [5, 10], sasaran: "merge" }],
  ["header diulang di tengah sasaran", { ulang: [3, 7], sasaran: "kosong" }],
  ["baris kosong pemisah", { kosong: [1, 5, 9, 14] }],
  ["baris nomor kolom", { nomor: true }],
  ["header dua tingkat", { dalam: true, judul: 2 }],
  ["blok tanda tangan", { penutup: true, judul: 1 }],
  ["semua sekaligus", { judul: 4, jeda: 1, kiri: 2, sasaran: "kosong", urut: [0, 1, 3, 2, 5, 4], angka: "fraksi", ulang: [8], kosong: [4], nomor: true, dalam: true, penutup: true, sinonim: 1 }],
];

describe("Perkin: the report's 15 indicators in 20 layouts", () => {
  const harapan = barisPerkinHarapan(pk);
  test.each(VARIAN_PERKIN)("%s", (_nama, tata) => {
    const t = satu(kenali({ sheets: [lembarPerkin(tata)] })) as PerkinTable;
    expect(t.kind).toBe("perkin");
    expect(t.rows.map(tanpaSel)).toEqual(harapan);
    expect(t.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test("provenance: cell, raw, decimals, scale, unit", () => {
    const t = satu(kenali({ sheets: [lembarPerkin({ angka: "fraksi" })] })) as PerkinTable;
    const r = t.rows[5]; // SK3.IK1 Persen: target 40 stored 0.4 "0%", realisasi 68.23 stored 0.6823 "0.00%"
    expect(r.indikator).toMatch(/jasa konsultansi/);
    expect(r.cells.target).toMatchObject({ raw: 0.4, format: "0%", scale: 100, decimals: 0 });
    expect(r.cells.realisasi).toMatchObject({ raw: 0.6823, scale: 100, decimals: 2 });
    expect(r.cells.capaian).toMatchObject({ scale: 100, decimals: 2 });
    expect(r.cells.capaian!.raw).toBeCloseTo(1.7058, 12);
    expect(r.capaian).toBe(170.58);
    expect(t.columns).toMatchObject({ noSasaran: "A", sasaran: "B", no: "C", indikator: "D", target: "E", satuan: "F" });
    const g = satu(kenali({ sheets: [lembarPerkin({ angka: "gabung" })] })) as PerkinTable;
    expect(g.rows[10].cells.target).toMatchObject({ raw: "3,6 Indeks", fromText: true, unit: "Indeks", decimals: 1 });
    const x = satu(kenali({ sheets: [lembarPerkin({ angka: "teks" })] })) as PerkinTable;
    expect(x.rows[13].cells.realisasi).toMatchObject({ raw: "82, 25", fromText: true, decimals: 2 });
    expect(x.rows[0].cells.capaian).toMatchObject({ raw: "123,33%", decimals: 2 });
  });
});

const VARIAN_TW: [string, Tata][] = [
  ["Tabel 3.9 seperti laporan (teks, nomor kolom)", { nomor: true, judul: 1 }],
  ["angka di bawah header (%)", { angka: "angka" }],
  ["fraksi berformat %", { angka: "fraksi", judul: 2, jeda: 1 }],
  ["TW 1 / Target / Realisasi", { sinonim: 1 }],
  ["TW-I / Rencana / Real.", { sinonim: 2, angka: "angka" }],
  ["Trw. I / Sasaran / Realisasi", { sinonim: 3 }],
  ["tanpa baris Fisik", { dalam: false }],
  ["sasaran sekali", { sasaran: "kosong" }],
  ["sasaran diulang", { sasaran: "ulang", kiri: 2 }],
  ["header diulang", { ulang: [4, 11], nomor: true }],
  ["kolom tahunan diacak", { urut: [1, 0, 4, 3, 2] }],
  ["baris kosong + tanda tangan", { kosong: [2, 8], penutup: true }],
];

describe("Tabel 3.9 (fisik): the report's 15 rows in 12 layouts", () => {
  const harapan = barisTriwulanHarapan(tw);
  test.each(VARIAN_TW)("%s", (_nama, tata) => {
    const t = satu(kenali({ sheets: [lembarTriwulan(tata)] })) as TriwulanTable;
    expect(t.kind).toBe("triwulan");
    expect(t.bentuk).toBe("fisik");
    expect(t.rows.map(tanpaSel)).toEqual(harapan);
    expect(t.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test("quarter cells carry their provenance", () => {
    const t = satu(kenali({ sheets: [lembarTriwulan({ nomor: true })] })) as TriwulanTable;
    expect(t.headerRows).toEqual([1, 2, 3, 4]);
    const r = t.rows[0];
    expect(r.cells["tw1.realisasi"]).toMatchObject({ raw: "30,50%", fromText: true, decimals: 2 });
    expect(r.cells["tw4.target"]).toMatchObject({ raw: "100" });
    expect(r.cells.target).toMatchObject({ raw: "30 Persen", unit: "Persen" });
    expect(t.columns["tw2.target"]).toBe("I");
  });
});

describe("Tabel 3.7 (rencana aksi): month from the sub-row position", () => {
  const harapan = barisRencanaHarapan(tw);
  test.each([
    ["seperti laporan", {}],
    ["judul, nomor kolom, TW I", { judul: 2, nomor: true, sinonim: 1 }],
    ["Q1, header diulang", { sinonim: 2, ulang: [6] }],
    ["indikator tidak digabung", { sasaran: "kosong" as const }],
    ["fraksi berformat %", { angka: "fraksi" as const, penutup: true }],
  ] as [string, Tata][])("%s", (_n, tata) => {
    const t = satu(kenali({ sheets: [lembarRencanaAksi(tata)] })) as TriwulanTable;
    expect(t.bentuk).toBe("rencana-aksi");
    expect(t.rows.map(tanpaSel)).toEqual(harapan);
  });
  test("SK5.IK1 keeps its non-cumulative series and B09 reads from position despite the B08 label", () => {
    const t = satu(kenali({ sheets: [lembarRencanaAksi()] })) as TriwulanTable;
    expect(t.rows[10].bulan).toEqual([5, 10, 25, 8, 10, 12, 12, 12, 10, 6, 4, 4]);
    expect(t.rows[2].cells.b09!.raw).toMatch(/B08:/);
    expect(t.rows[2].bulan![8]).toBe(75);
  });
});
