import { realisasiAnggaran, kodeKro } from "../../../src/core/ringkasan/realisasi-anggaran";
import { bulat } from "../../../src/core/rumus";
import { contohLakip, data } from "./contoh";
import { angka, barisDengan, sel } from "./bantu";

const ang = data("anggaran_2024.json");
const dipa = data("perkin_2024.json").anggaran_total;

describe("Realisasi Anggaran", () => {
  const plan = realisasiAnggaran(contohLakip().tables);

  test("per indicator: Σ komponen of Tabel 3.104 and the printed total 20.508.472.000 / 20.461.336.835 / 99,77 %", () => {
    for (const s of ang.realisasi_per_pk.sasaran) {
      for (const ik of s.indikator) {
        const row = barisDengan(plan, "C", ik.indikator);
        const pagu = ik.komponen.reduce((a: number, k: any) => a + k.pagu.value, 0);
        const real = ik.komponen.reduce((a: number, k: any) => a + k.realisasi.value, 0);
        expect(angka(plan, `D${row}`)).toBe(pagu);
        expect(angka(plan, `E${row}`)).toBe(real);
        expect(angka(plan, `G${row}`)).toBe(pagu - real);
        expect(sel(plan, `D${row}`).formula).toMatch(/^=SUM\('Anggaran PK'!H\d+(:H\d+)?\)$/);
      }
    }
    const row = barisDengan(plan, "B", "Jumlah");
    const total = ang.realisasi_per_pk.total;
    expect(angka(plan, `D${row}`)).toBe(total.pagu.value);
    expect(angka(plan, `E${row}`)).toBe(total.realisasi.value);
    expect(bulat(angka(plan, `F${row}`) * 100, 2)).toBe(total.persen.value);
  });

  test("per KRO: subtotals equal the KRO sums of Tabel 3.106, the grand total its printed Total", () => {
    const sub = ang.realisasi_per_ro.kro_subtotals_computed;
    for (const [kro, v] of Object.entries<any>(sub)) {
      const row = barisDengan(plan, "C", `Jumlah KRO ${kro}`);
      expect(angka(plan, `D${row}`)).toBe(v.pagu);
      expect(angka(plan, `E${row}`)).toBe(v.realisasi);
      expect(angka(plan, `G${row}`)).toBe(v.sisa);
      expect(bulat(angka(plan, `F${row}`) * 100, 2)).toBe(bulat(v.persen, 2));
      expect(sel(plan, `D${row}`).formula).toMatch(/^=SUM\(D\d+(:D\d+)?\)$/);
    }
    const row = barisDengan(plan, "C", "Jumlah seluruh KRO");
    expect(angka(plan, `D${row}`)).toBe(ang.realisasi_per_ro.total.pagu.value);
    expect(angka(plan, `E${row}`)).toBe(ang.realisasi_per_ro.total.realisasi.value);
    expect(bulat(angka(plan, `F${row}`) * 100, 2)).toBe(ang.realisasi_per_ro.total.persen.value);
  });

  test("every leaf row of Tabel 3.106 keeps its printed %", () => {
    for (const r of ang.realisasi_per_ro.rows) {
      const row = barisDengan(plan, "B", r.kode_raw.raw);
      expect(bulat(angka(plan, `F${row}`) * 100, 2)).toBe(r.persen.value);
      expect(sel(plan, `D${row}`).formula).toMatch(/^='Realisasi RO'!C\d+$/);
    }
  });

  test("per quarter: T/R of Tabel 3.105, a weighted whole-budget row and a line chart of it", () => {
    for (const r of ang.realisasi_triwulan.rows) {
      const row = barisDengan(plan, "B", r.kode_kro.raw);
      expect(angka(plan, `L${row}`)).toBeCloseTo(r.tw.tw4_R.value / 100, 12);
    }
    const row = barisDengan(plan, "C", "Seluruh anggaran (tertimbang pagu)");
    expect(angka(plan, `D${row}`)).toBe(ang.realisasi_triwulan.computed_total_anggaran?.value ?? ang.realisasi_per_ro.total.pagu.value);
    // TW IV R of each KRO is its final absorption, so the weighting gives back the printed 99,77 %.
    expect(bulat(angka(plan, `L${row}`) * 100, 2)).toBe(ang.realisasi_per_ro.total.persen.value);
    expect(sel(plan, `L${row}`).formula).toMatch(/^=\(SUMPRODUCT\(D\d+:D\d+,L\d+:L\d+\)\)\/\(SUM\(D\d+:D\d+\)\)$/);
    expect(plan.charts?.find((c) => c.type === "line")).toMatchObject({ title: "Penyerapan anggaran kumulatif per triwulan" });
  });

  test("per jenis belanja: Tabel 3.5 sums to the DIPA pagu 20.535.869.000", () => {
    const row = barisDengan(plan, "C", "Jumlah");
    expect(angka(plan, `D${row}`)).toBe(dipa.pagu_dipa_akhir.value);
  });

  test("KRO of a code, a space counting as a dot", () => {
    expect(kodeKro("6077.BAD.036.052.C")).toBe("6077.BAD");
    expect(kodeKro("6042.EBC 954.051.B")).toBe("6042.EBC");
  });

  test("missing tables are named in a note", () => {
    const p = realisasiAnggaran(contohLakip().tables.filter((t) => t.kind !== "anggaran" || t.bentuk === "ro"));
    expect(p.cells.some((c) => String(c.value).startsWith("Tidak ditemukan tabel anggaran per indikator kinerja"))).toBe(true);
  });
});
