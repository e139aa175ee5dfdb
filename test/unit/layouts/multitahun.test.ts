/** Multi-year recognition: the header spellings, N/A and "-", inline units, Renstra groups, D and E. */
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { kenaliMultitahunLembar, tahunDari } from "../../../src/core/layouts/multitahun/index";
import type { JangkaTable, PembandingTable, RenstraTable, RiwayatTable } from "../../../src/core/tabel";

function lembar(values: CellValue[][], merges: string[] = []): SheetSnapshot {
  return { name: "Uji", top: 1, left: 1, values, merges };
}

test("year spellings of a history header", () => {
  for (const [s, t] of [["Realisasi TA. 2020", 2020], ["Realisasi TA .2020", 2020], ["TA.2021", 2021], ["Tahun 2022", 2022], ["2023", 2023], ["Ralisasi s.d 2024", 2024], ["Indikator", null]] as const)
    expect(tahunDari(String(s))).toBe(t);
});

test("history table: every spelling, N/A, '-', inline units and letter grades", () => {
  const t = kenaliMultitahunLembar(
    lembar([
      ["Indikator Kinerja", "Realisasi TA. 2020", "Realisasi TA .2021", "Tahun 2022", "TA.2023", 2024],
      ["Nilai Minimal Indeks Layanan Publik", "N/A", "A", "-", "4.97 (A)", "4.57 (A)"],
      ["Perusahaan yang Terfasilitasi", "-", "N/A", "1  Perusahaan", "7 Perusahaan", "32 Persen"],
    ]),
  );
  expect(t).toHaveLength(1);
  const r = t[0] as RiwayatTable;
  expect(r.bentuk).toBe("riwayat");
  expect(r.tahun).toEqual([2020, 2021, 2022, 2023, 2024]);
  expect(r.rows[0].realisasi.map((x) => x.nilai.value)).toEqual([null, null, null, 4.97, 4.57]);
  expect(r.rows[1].realisasi.map((x) => x.nilai.value)).toEqual([null, null, 1, 7, 32]);
  expect(r.rows[1].satuan).toBe("Perusahaan");
  expect(r.rows[0].realisasi[4].nilai.sumber.cell).toBe("F2");
});

test("Renstra table: year groups over Target | Realisasi | %, TOTAL block, group rows skipped", () => {
  const t = kenaliMultitahunLembar(
    lembar(
      [
        ["Sasaran Kegiatan (output)/Indikator", "2023", null, null, "2024", null, null, "TOTAL 2021-2024", null, null],
        [null, "Target Renstra", "Realisasi", "%", "Target Renstra", "Realisasi", "%", "Target Renstra Sampai 2024", "Realisasi s.d 2024", "%"],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        ["SK.4 Tercapainya Pengawasan", null, null, null, null, null, null, null, null, null],
        ["SK.4.1 Rekomendasi Hasil Pengawasan (Persen)", 93, 100, 1.08, 95, 100, 1.05, 95, 100, 1.05],
      ],
      ["A1:A2", "B1:D1", "E1:G1", "H1:J1"],
    ),
  );
  const r = t[0] as RenstraTable;
  expect(r.bentuk).toBe("renstra");
  expect(r.tahun).toEqual([2023, 2024]);
  expect(r.rows).toHaveLength(1);
  expect(r.rows[0]).toMatchObject({ kode: "SK.4.1", satuan: "Persen", indikator: "Rekomendasi Hasil Pengawasan" });
  expect(r.rows[0].total?.target.value).toBe(95);
  expect(r.rows[0].tahun[0].persen.sumber.raw).toBe(1.08);
});

test("jangka menengah (every header spelling) and the other-satker comparison", () => {
  for (const kepala of ["Target Jangka Menengah Renstra", "Target Akhir Renstra", "Target s.d. 2024"]) {
    const t = kenaliMultitahunLembar(lembar([["Indikator Kinerja", kepala, "Ralisasi TA 2024", "Capaian (%)"], ["IKM", "3,6 Indeks", "3,68 Indeks", "102%"]]));
    const j = t[0] as JangkaTable;
    expect(j.bentuk).toBe("jangka-menengah");
    expect([j.rows[0].target.value, j.rows[0].realisasi.value, j.rows[0].capaian.value]).toEqual([3.6, 3.68, 102]);
  }
  const e = kenaliMultitahunLembar(
    lembar(
      [
        ["Indikator Kinerja", "BSPJI Samarinda", null, null],
        [null, "Target", "Realisasi", "Capaian"],
        ["PNBP", 3, 16.33, "544%"],
      ],
      ["A1:A2", "B1:D1"],
    ),
  )[0] as PembandingTable;
  expect(e.bentuk).toBe("pembanding");
  expect(e.rows[0].satker[0]).toMatchObject({ nama: "BSPJI Samarinda" });
  expect(e.rows[0].satker[0].capaian.value).toBe(544);
});
