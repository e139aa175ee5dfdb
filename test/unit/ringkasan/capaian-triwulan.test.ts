import { capaianTriwulan, DI_BAWAH, SESUAI } from "../../../src/core/ringkasan/capaian-triwulan";
import { contohLakip, data } from "./contoh";
import { angka, barisDengan, sel } from "./bantu";

const tw = data("rencana_aksi_triwulan_2024.json").indikator;
const KOLOM = [["C", "D", "E"], ["F", "G", "H"], ["I", "J", "K"], ["L", "M", "N"]];

describe("Capaian Triwulan", () => {
  const plan = capaianTriwulan(contohLakip().tables);

  test("S and R per quarter equal Tabel 3.9, R ÷ S follows from them", () => {
    for (const ik of tw) {
      const row = barisDengan(plan, "B", ik.indikator_tabel_3_9.text);
      [1, 2, 3, 4].forEach((q, i) => {
        const x = ik.triwulan_tabel_3_9[`TW${q}`];
        const [cS, cR, cRS] = KOLOM[i].map((k) => `${k}${row}`);
        expect(angka(plan, cS)).toBeCloseTo(x.target_S.value / 100, 12);
        expect(angka(plan, cR)).toBeCloseTo(x.realisasi_R.value / 100, 12);
        expect(angka(plan, cRS)).toBeCloseTo(x.realisasi_R.value / x.target_S.value, 12);
        expect(sel(plan, cRS).formula).toMatch(/^=.+\/.+$/);
      });
    }
  });

  test("the six quarter cells below plan in Tabel 3.9 mark their indicator, the others are on plan", () => {
    let bawah = 0;
    for (const ik of tw) {
      const row = barisDengan(plan, "B", ik.indikator_tabel_3_9.text);
      const kurang = [1, 2, 3, 4].filter((q) => ik.triwulan_tabel_3_9[`TW${q}`].realisasi_below_target);
      bawah += kurang.length;
      expect(sel(plan, `O${row}`).value).toBe(kurang.length > 0 ? DI_BAWAH : SESUAI);
      expect(sel(plan, `O${row}`).formula).toMatch(/^=IF\(AND\(D\d+>=C\d+,G\d+>=F\d+,J\d+>=I\d+,M\d+>=L\d+\)/);
    }
    expect(bawah).toBe(6);
  });

  test("percent cells refer to the source; TW IV's plain 100 is divided, the % cells are not", () => {
    const row = barisDengan(plan, "B", tw[0].indikator_tabel_3_9.text);
    expect(sel(plan, `C${row}`).formula).toBe(`='TW 2024'!G6`);
    expect(sel(plan, `L${row}`).formula).toBe(`='TW 2024'!M6/100`);
    expect(sel(plan, `N${row}`).formula).toBe(`='TW 2024'!N6/'TW 2024'!M6`);
    expect(sel(plan, `E${row}`).formula).toBe(`='TW 2024'!H6/'TW 2024'!G6`);
  });

  test("a header row per quarter, a table and red/green on R ÷ S", () => {
    expect(sel(plan, "C3").value).toBe("Triwulan I (%)");
    expect(plan.merges).toContain("C3:E3");
    expect(plan.table?.range).toBe(`A4:O${4 + tw.length}`);
    expect(plan.conditionalFormats).toHaveLength(8);
  });
});
