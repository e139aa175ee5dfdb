/** Bab III pieces: target definitions, the generated paragraph, multi-year findings, the chart PNG. */
import { unzlibSync } from "fflate";
import type { IndikatorBab } from "../../../src/core/laporan/indikator";
import { kalimatIndikator } from "../../../src/core/laporan/kalimat";
import { targetTurunan } from "../../../src/core/laporan/keluarga-d";
import type { PerkinRow, PerkinTable, RenstraTable, SelNilai, Sumber } from "../../../src/core/tabel";
import { periksaMultitahun } from "../../../src/core/validasi/multitahun";
import { gambarGrafik } from "../../../src/docx/grafik";

const s = (cell: string, raw: number | string | null, decimals?: number): Sumber => ({ cell, raw, ...(decimals !== undefined ? { decimals } : {}) });
const n = (cell: string, value: number | null, d = 0): SelNilai => ({ value, sumber: s(cell, value, d) });

function renstra(targets: (number | null)[], realisasi: (number | null)[], persen: (number | null)[], total: [number, number, number]): RenstraTable {
  const tahun = [2021, 2022, 2023, 2024];
  return {
    id: "R!A1:P5", sheet: "R", range: "A1:P5", confidence: 0.95, headerRows: [1, 2], bentuk: "renstra", tahun,
    rows: [{
      row: 5, kode: "SK.3.4", indikator: "Persentase nilai capaian penggunaan produk dalam negeri", satuan: "Persen",
      tahun: tahun.map((t, i) => ({ tahun: t, target: n(`B${i}`, targets[i], 2), realisasi: n(`C${i}`, realisasi[i], 2), persen: n(`D${i}`, persen[i]) })),
      total: { target: n("N5", total[0], 2), realisasi: n("O5", total[1], 2), persen: n("P5", total[2]) },
    }],
  };
}

test("jangka menengah target: final year by default, or the mean, or the sum of the yearly targets (III.4: 43,75)", () => {
  const d: IndikatorBab = { nama: "P3DN", satuan: "Persen", sasaran: null, renstra: { row: renstra([40, 40, 45, 50], [68.5, 85.83, 92.2, 96.52], [171, 215, 205, 193], [43.75, 85.76, 196]).rows[0], tabel: renstra([40, 40, 45, 50], [], [], [0, 0, 0]) } };
  expect(targetTurunan(d, "akhir")?.nilai).toBe(50);
  expect(targetTurunan(d, "rata")?.nilai).toBe(43.75);
  expect(targetTurunan(d, "jumlah")?.nilai).toBe(175);
});

test("Renstra TOTAL: accepted as sum, mean or final year; a TOTAL capaian that does not follow is an error (SK.5.1: 103 for 3,68 ÷ 3,6)", () => {
  const ok = renstra([40, 40, 45, 50], [68.5, 85.83, 92.2, 96.52], [171, 215, 205, 193], [43.75, 85.76, 196]);
  expect(periksaMultitahun([ok], [])).toEqual([]);
  const salah = renstra([3.5, 3.6, 3.6, 3.6], [3.55, 3.6, 3.69, 3.68], [101, 100, 103, 102], [3.6, 3.68, 103]);
  const f = periksaMultitahun([salah], []);
  expect(f.map((i) => [i.rule, i.severity, i.cell])).toEqual([["capaian-selisih", "error", "P5"]]);
  expect(f[0].expected).toBeCloseTo(102.222, 3);
  const total = renstra([2, 2, 2, 2], [1, 1, 1, 1], [50, 50, 50, 50], [7, 4, 57]);
  expect(periksaMultitahun([total], []).map((i) => [i.rule, i.cell])).toEqual([["jumlah-selisih", "N5"]]);
});

test("one paragraph of numbers and three marked places; nothing else is written for the planner", () => {
  const cells = { target: s("E5", 30), realisasi: s("G5", 37), capaian: s("H5", 123.33, 2) };
  const row: PerkinRow = { row: 5, cells, sasaran: "SS I", indikator: "Produktivitas kolaborasi", target: 30, satuan: "Persen", realisasi: 37, capaian: 123.33 };
  const tabel = { kind: "perkin", bentuk: "perkin", rows: [row], sheet: "PK 2024" } as unknown as PerkinTable;
  const r = renstra([null, null, 30, 30], [null, null, 53.3, 37], [0, 0, 178, 123], [30, 45.15, 151]);
  const p = kalimatIndikator({ nama: row.indikator, satuan: "Persen", sasaran: "SS I", pk: { row, tabel }, renstra: { row: r.rows[0], tabel: r } }, 2024);
  expect(p[0].isi.map((x) => x.teks).join("")).toBe(
    "Indikator Produktivitas kolaborasi pada tahun 2024 ditargetkan 30 persen dan terealisasi 37 persen, sehingga capaiannya 123,33 persen (tercapai). Dibandingkan tahun 2023 (53,30 persen), realisasi menurun sebesar 16,30 persen.",
  );
  const isian = p.flatMap((x) => x.isi.filter((y) => y.isian).map((y) => y.teks));
  expect(isian).toHaveLength(3);
  for (const t of isian) expect(t).toMatch(/^\[.*diisi perencana\]$/);
});

test("chart PNG: signature, size from IHDR, indexed pixels with bars drawn", () => {
  const png = gambarGrafik({ jenis: "grafik", keluarga: "C", nomor: 1, judul: "x", bentuk: "batang", label: ["2023", "2024"], seri: [{ nama: "R", nilai: [53.3, 37] }], satuan: null }, String);
  expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const dv = new DataView(png.buffer, png.byteOffset);
  expect([dv.getUint32(16), dv.getUint32(20)]).toEqual([560, 260]);
  let i = 8;
  while (String.fromCharCode(...png.slice(i + 4, i + 8)) !== "IDAT") i += 12 + dv.getUint32(i);
  const px = unzlibSync(png.slice(i + 8, i + 8 + dv.getUint32(i)));
  expect(px.length).toBe((560 + 1) * 260); // a filter byte per row, one palette index per pixel
  expect(px.filter((v) => v === 1).length).toBeGreaterThan(5000); // bar colour
});
