import { cocokkan, mungkinLabel, pengaliLabel, bulanLabel } from "../../../src/core/layouts/kosakata";
import { Grid } from "../../../src/core/layouts/grid";
import { cariHeader, susunKolom, wilayahTabel } from "../../../src/core/layouts/header";

describe("cocokkan: one vocabulary for every recognizer", () => {
  test.each([
    ["N0", "no"],
    ["No.", "no"],
    ["Sasaran Kegiatan (SK)", "sasaran"],
    ["Sasaran Srategis", "sasaran"],
    ["IKU", "indikator"],
    ["Indikator Kinerja Pada Renstra 2021-2024", "indikator"],
    ["Rencana", "target"],
    ["Real.", "realisasi"],
    ["Ralisasi TA 2024", "realisasi"],
    ["%Capaian", "capaian"],
    ["Rencana Kegiatan", "kegiatan"],
    ["Pagu Anggaran", "pagu"],
    ["DIPA", "pagu"],
    ["Penyerapan (%)", "persen"],
    ["Sisa Anggaran", "sisa"],
    ["Jenis Belanja", "jenisBelanja"],
  ])("%s → %s", (label, medan) => {
    expect(cocokkan(label)?.medan).toBe(medan);
  });

  test.each([
    ["TW 1", 1],
    ["TW-I", 1],
    ["Triwulan II (%)", 2],
    ["Trw. III", 3],
    ["Q4", 4],
    ["TWIV", 4],
  ])("quarter %s → %d", (label, q) => {
    expect(cocokkan(label)?.triwulan).toBe(q);
  });

  test("months, years, revisions, units", () => {
    expect(cocokkan("B04")?.bulan).toBe(4);
    expect(cocokkan("Desember")?.bulan).toBe(12);
    expect(cocokkan("Realisasi TA.2024")).toMatchObject({ medan: "realisasi", tahun: 2024 });
    expect(cocokkan("Pagu Revisi 19(Rp.000)")).toMatchObject({ medan: "pagu", revisi: 19, pengali: 1000 });
    expect(cocokkan("Pagu Awal (000)")).toMatchObject({ medan: "pagu", revisi: 0, pengali: 1000 });
    expect(cocokkan("Target Antara")).toMatchObject({ medan: "target", antara: true });
    expect(cocokkan("(%)")).toMatchObject({ hanyaSatuan: true, persen: true });
    expect(pengaliLabel("Realisasi (Rp000)")).toBe(1000);
    expect(pengaliLabel("Pagu (Rp juta)")).toBe(1_000_000);
    expect(pengaliLabel("Pagu")).toBeUndefined();
    expect(bulanLabel("35% B04: - Monitoring")).toBe(4);
    expect(bulanLabel("25% B03 : -")).toBe(3);
  });

  test("words that name nothing we read", () => {
    for (const s of ["Nama", "NIP", "Jabatan", "Meningkatnya Daya Saing", "Keterangan Lain-lain xyz"])
      expect(["sasaran", "indikator", "target", "realisasi"]).not.toContain(cocokkan(s)?.medan);
    expect(mungkinLabel("Produktivitas/efisiensi perusahaan")).toBe(false);
    expect(mungkinLabel("(%)")).toBe(true);
  });
});

describe("label paths", () => {
  test("S under 'Triwulan I (%)' > 'Fisik' is the quarter's target in %", () => {
    expect(susunKolom(7, ["Triwulan I (%)", "Fisik", "S"])).toMatchObject({
      medan: "target",
      triwulan: 1,
      persen: true,
      grup: ["fisik"],
    });
    expect(susunKolom(7, ["Triwulan II", "Sasaran"])).toMatchObject({ medan: "target", triwulan: 2 });
  });
  test("'Anggaran' over 'Pagu | Realisasi | %' groups, it does not name", () => {
    expect(susunKolom(1, ["Anggaran", "Pagu"])).toMatchObject({ medan: "pagu", grup: ["anggaran"] });
    expect(susunKolom(2, ["Anggaran", "Realisasi"])).toMatchObject({ medan: "realisasi", grup: ["anggaran"] });
    expect(susunKolom(3, ["Anggaran", "%"])).toMatchObject({ medan: "persen", persen: true });
    expect(susunKolom(4, ["Anggaran", "Volume"]).medan).toBeNull();
    expect(susunKolom(5, ["Target", "TW III"])).toMatchObject({ medan: "target", triwulan: 3 });
  });
});

describe("header blocks", () => {
  const sheet = {
    name: "x",
    top: 2,
    left: 2,
    merges: ["B4:B6", "C4:C6", "D4:E4", "D5:E5"],
    values: [
      ["Tabel 3. 9 Capaian Rencana Aksi Per Triwulan TA.2024"],
      [],
      ["No", "Indikator Kinerja", "Triwulan I (%)", null],
      [null, null, "Fisik", null],
      [null, null, "S", "R"],
      [1, 2, 3, 4],
      [1, "Produktivitas", "25%", "30,50%"],
      ["No", "Indikator Kinerja", "Triwulan I (%)", null],
      [2, "Perusahaan", "25%", "26%"],
      [],
      ["No", "Nama", "Kode", "Pagu", "Realisasi"],
    ],
  };
  const g = new Grid(sheet as any);
  const blok = cariHeader(g);
  test("three label rows and a numbering row, with the caption above", () => {
    expect(blok[0]).toMatchObject({ top: 4, bottom: 7, nomor: 7, rows: [4, 5, 6, 7], left: 2, right: 5 });
    expect(blok[0].judul).toMatch(/^Tabel 3. 9/);
    expect(blok[0].kolom.map((k) => [k.medan, k.triwulan ?? null])).toEqual([
      ["no", null],
      ["indikator", null],
      ["target", 1],
      ["realisasi", 1],
    ]);
  });
  test("a header printed again is a page break of the same table; another header starts a new table", () => {
    const w = wilayahTabel(g, blok);
    expect(w).toHaveLength(2);
    expect(w[0].headerRows).toEqual([4, 5, 6, 7, 9]);
    expect([w[0].top, w[0].bottom]).toEqual([8, 11]);
  });
});
