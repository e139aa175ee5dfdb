/**
 * The validator on the report's own numbers: Tabel 1, Tabel 3.9, Tabel 3.105, 3.106 and 3.109 of
 * the LAKIP 2024 of BSPJI Palembang, built with the raw strings as printed.
 *
 * Expected findings are the inconsistencies the reference lists for these tables
 * (capaian_checks.json, arith_checks.md, seed-perkin.md §8 and §11), named by identity:
 *   error   capaian-selisih  Tabel 1   SK3.IK3 capaian   587,47 % printed, 22,74 ÷ 5 = 454,80 %   (seed-perkin §11.2)
 *   error   capaian-selisih  Tabel 3.9 SK3.IK3 capaian   587.47 % printed, 29.37 ÷ 5 = 587,40 %   (capaian_checks "III.3 3.10")
 *   error   antar-lembar     Tabel 3.9 SK3.IK3 realisasi 29.37 here, 22,74 in Tabel 1          (seed-perkin §11.2)
 *   error   persen-selisih   3.109     Sertifikasi Industri Hijau %  8 % printed, 6,65 % of group (T3.109-SHARE-Sertifikasi Industri Hijau)
 *   error   jumlah-selisih   3.109     Total (fungsional) Jumlah ≠ s/d bulan lalu + bulan ini    (T3.109-XF-Total: the refund is
 *                                      deducted from Jumlah only) — and, by the same refund, the Grand Total row.
 *   warning satuan-beda      Tabel 1 and Tabel 3.9 SK5.IK1 realisasi "3.68 Persen" for an Indeks (seed-perkin §11.6)
 *   warning angka-teks       "82, 25" (Tabel 1 SK8.IK1), "123, 33%" (Tabel 3.9 SK1.IK1), "96,97%%" (3.105 RAH TW III R)
 * Not findings: R below S in six quarter cells of Tabel 3.9 (belum tercapai, not an inconsistency);
 * 105 % for 100 ÷ 95 (0 dp); TW III T = TW II T in 3.105 is only a note.
 */
import { periksa } from "../../../src/core/validasi";
import type { Issue } from "../../../src/core/tabel";
import { bacaLaporan, LEMBAR, tabelLaporan, type DataLaporan } from "./referensi";

function ringkas(i: Issue): string {
  return `${i.severity} ${i.rule} ${i.sheet}!${i.cell}`;
}

describe("the report's own numbers", () => {
  const { tables, peta } = tabelLaporan();
  const hasil = periksa(tables);
  const t1 = (kode: string, kol: string) => `${LEMBAR.tabel1}!${kol}${peta.tabel1.get(kode)}`;
  const t39 = (kode: string, kol: string) => `${LEMBAR.tabel39}!${kol}${peta.tabel39.get(kode)}`;
  const pn = (nama: string, kol: string) => `${LEMBAR.pnbp}!${kol}${peta.pnbp.get(nama)}`;
  const kro = (kode: string, kol: string) => `${LEMBAR.kro}!${kol}${peta.kro.get(kode)}`;

  it("finds exactly the listed errors", () => {
    const galat = hasil.filter((i) => i.severity === "error").map(ringkas).sort();
    expect(galat).toEqual(
      [
        `error capaian-selisih ${t1("SK3.IK3", "G")}`,
        `error capaian-selisih ${t39("SK3.IK3", "F")}`,
        `error antar-lembar ${t39("SK3.IK3", "E")}`,
        `error persen-selisih ${pn("Sertifikasi Industri Hijau", "E")}`,
        `error jumlah-selisih ${pn("Total", "D")}`,
        `error jumlah-selisih ${pn("Grand Total", "D")}`,
      ].sort(),
    );
  });

  it("says what was expected and what was found, with the numbers", () => {
    const di = (cell: string, rule: string) => hasil.find((i) => `${i.sheet}!${i.cell}` === cell && i.rule === rule)!;
    expect(di(t1("SK3.IK3", "G"), "capaian-selisih").message).toContain("tertulis 587,47 %, tetapi realisasi 22,74 ÷ target 5 = 454,80 %");
    expect(di(t39("SK3.IK3", "F"), "capaian-selisih").message).toContain("tertulis 587,47 %, tetapi realisasi 29,37 ÷ target 5 = 587,40 %");
    expect(di(t39("SK3.IK3", "E"), "antar-lembar").message).toContain(`di sini 29,37, tetapi di lembar 'Tabel 1' sel ${t1("SK3.IK3", "F").split("!")[1]} 22,74`);
    expect(di(pn("Sertifikasi Industri Hijau", "E"), "persen-selisih").message).toContain("tertulis 8 %, tetapi bagiannya dari \"Pelayanan Teknis Sertifikasi\": 117.850.000 ÷ 1.773.500.000 = 6,65 % (dibulatkan 7 %)");
    expect(di(pn("Total", "D"), "jumlah-selisih").message).toContain("tertulis 5.186.827.000, tetapi s/d bulan lalu 4.398.250.000 + bulan ini 792.601.000 = 5.190.851.000 (selisih -4.024.000)");
    expect(di(pn("Total", "D"), "jumlah-selisih").expected).toBe(5190851000);
  });

  it("finds the listed warnings and no others", () => {
    const peringatan = hasil.filter((i) => i.severity === "warning").map(ringkas).sort();
    expect(peringatan).toEqual(
      [
        `warning satuan-beda ${t1("SK5.IK1", "F")}`,
        `warning satuan-beda ${t39("SK5.IK1", "E")}`,
        `warning angka-teks ${t1("SK8.IK1", "F")}`,
        `warning angka-teks ${t39("SK1.IK1", "F")}`,
        `warning angka-teks ${kro("6077.RAH", "N")}`,
      ].sort(),
    );
    const persen = hasil.find((i) => `${i.sheet}!${i.cell}` === kro("6077.RAH", "N"))!;
    expect(persen.message).toContain('"96,97%%" (tanda persen ganda); terbaca 96,97 %');
  });

  it("R below S is 'belum tercapai', not an inconsistency", () => {
    // SK2.IK1 TW II 35/50 and TW III 63/75, SK3.IK1/IK2/IK3 TW I, SK8.IK2 TW II (seed-perkin §8).
    const sel = [t39("SK2.IK1", "J"), t39("SK2.IK1", "L"), t39("SK3.IK1", "H"), t39("SK3.IK2", "H"), t39("SK3.IK3", "H"), t39("SK8.IK2", "J")];
    const di = hasil.filter((i) => sel.includes(`${i.sheet}!${i.cell}`));
    expect(di).toEqual([]);
    expect(hasil.filter((i) => i.sheet === LEMBAR.tabel39 && ["kumulatif-turun", "tw4-target"].includes(i.rule))).toEqual([]);
  });

  it("accepts the sheet's rounding (SK4.IK1 105 % for 100 ÷ 95) and budget tables that agree across sheets", () => {
    expect(hasil.filter((i) => `${i.sheet}!${i.cell}` === t1("SK4.IK1", "G"))).toEqual([]);
    expect(hasil.filter((i) => [LEMBAR.ro, LEMBAR.kro].includes(i.sheet) && i.severity !== "info" && i.rule !== "angka-teks")).toEqual([]);
  });
});

/** Every printed capaian, %, total and unit made to follow from its inputs. */
function konsisten(d: DataLaporan): DataLaporan {
  const x: DataLaporan = JSON.parse(JSON.stringify(d));
  const ik = (kode: string) => x.perkin.sasaran.flatMap((s: { indikator: unknown[] }) => s.indikator).find((i: { code: string }) => i.code === kode);
  const ra = (kode: string) => x.rencana.indikator.find((i: { code: string }) => i.code === kode);
  ik("SK3.IK3").sources.tabel_1.capaian.raw = "454,80%";
  ik("SK8.IK1").sources.tabel_1.realisasi.raw = "82,25";
  ik("SK5.IK1").sources.tabel_1.satuan_realisasi.raw = "Indeks";
  ra("SK3.IK3").annual_tabel_3_9.realisasi.raw = "22,74";
  ra("SK3.IK3").annual_tabel_3_9.capaian.raw = "454,80%";
  ra("SK1.IK1").annual_tabel_3_9.capaian.raw = "123,33%";
  ra("SK5.IK1").annual_tabel_3_9.satuan_realisasi.raw = "Indeks";
  x.anggaran.realisasi_triwulan.rows.find((r: { kode_kro: { raw: string } }) => r.kode_kro.raw === "RAH").tw.tw3_R.raw = "96,97%";
  const p = x.anggaran.pnbp.tabel_3_109;
  p.rows_fungsional.find((r: { jenis_penerimaan: string }) => r.jenis_penerimaan === "Sertifikasi Industri Hijau").persen.raw = "7%";
  // The refund goes through Bulan Ini as well, so s/d bulan lalu + bulan ini = Jumlah on the totals.
  p.pengembalian.bulan_ini = { raw: "(-4.024.000)" };
  p.total_fungsional.bulan_ini.raw = "788.577.000";
  p.grand_total.bulan_ini.raw = "788.577.000";
  return x;
}

describe("a consistent copy of the report's tables", () => {
  it("gives no error and no warning", () => {
    const { tables } = tabelLaporan(konsisten(bacaLaporan()));
    const hasil = periksa(tables).filter((i) => i.severity !== "info");
    expect(hasil).toEqual([]);
  });

  it("each single edit undone brings back exactly its finding", () => {
    const asli = bacaLaporan();
    const x = konsisten(asli);
    x.anggaran.pnbp.tabel_3_109.rows_fungsional.find((r: { jenis_penerimaan: string }) => r.jenis_penerimaan === "Sertifikasi Industri Hijau").persen.raw = "8%";
    const hasil = periksa(tabelLaporan(x).tables).filter((i) => i.severity !== "info");
    expect(hasil.map((i) => i.rule)).toEqual(["persen-selisih"]);
  });
});
