import { judulAturan, keluargaAturan, namaBentuk, namaJenis, namaKeluarga, namaTabel, namaTingkat, SEMUA_ATURAN, URUTAN_TINGKAT } from "../../../src/core/nama";

test("every rule id has its own title and a family", () => {
  expect(SEMUA_ATURAN).toHaveLength(13);
  const judul = SEMUA_ATURAN.map(judulAturan);
  expect(new Set(judul).size).toBe(13);
  for (const id of SEMUA_ATURAN) expect(judulAturan(id)).not.toBe(id);
  expect(judulAturan("capaian-selisih")).toBe("Capaian tidak sesuai perhitungan");
  expect(keluargaAturan("tw4-target")).toBe("triwulan");
  expect(namaKeluarga(keluargaAturan("angka-teks"))).toBe("Bentuk angka");
});

test("one word per kind and severity", () => {
  expect(namaJenis("perkin")).toBe("Perjanjian Kinerja");
  expect(URUTAN_TINGKAT.map(namaTingkat)).toEqual(["Galat", "Peringatan", "Info"]);
});

test("a table is named by its kind and, when it says more, its layout", () => {
  expect(namaTabel({ kind: "perkin", bentuk: "perkin" })).toBe("Perjanjian Kinerja");
  expect(namaTabel({ kind: "anggaran", bentuk: "ro" })).toBe("Anggaran — Realisasi per RO");
  expect(namaTabel({ kind: "anggaran", bentuk: "pnbp" })).toBe("Anggaran — PNBP");
  expect(namaBentuk("triwulan")).toBe("Anggaran per triwulan");
});
