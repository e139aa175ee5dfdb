import { efisiensi, EFEKTIF, EFISIEN } from "../../../src/core/ringkasan/efisiensi";
import { bulat } from "../../../src/core/rumus";
import type { PerkinTable, AnggaranTable } from "../../../src/core/tabel";
import { kemiripan } from "../../../src/core/ringkasan/pilih";
import { contohEfisiensi, contohLakip, data } from "./contoh";
import { angka, barisDengan, sel } from "./bantu";

const t112 = data("efisiensi_2024.json").tabel_3_112;

describe("Efisiensi on Tabel 3.112's own inputs", () => {
  const plan = efisiensi(contohEfisiensi().tables);

  test("every row: capaian, penyerapan, IBT, IBR and ratio as printed, Efektif/Efisien", () => {
    for (const r of t112.rows) {
      const row = barisDengan(plan, "B", r.indikator);
      expect(bulat(angka(plan, `F${row}`) * 100, 2)).toBe(r.parsed.capaian);
      expect(angka(plan, `G${row}`)).toBe(r.parsed.pagu);
      expect(angka(plan, `H${row}`)).toBe(r.parsed.realisasi_anggaran);
      expect(bulat(angka(plan, `I${row}`) * 100, 2)).toBe(r.parsed.persen_anggaran);
      expect(bulat(angka(plan, `J${row}`), 0)).toBe(r.parsed.ibt);
      expect(bulat(angka(plan, `K${row}`), 0)).toBe(r.parsed.ibr);
      expect(bulat(angka(plan, `L${row}`) * 100, 2)).toBe(r.parsed.renstra_rasio);
      expect(sel(plan, `M${row}`).value).toBe(r.raw.efektivitas);
      expect(sel(plan, `N${row}`).value).toBe(r.raw.efisiensi_label);
    }
    expect(sel(plan, `M5`).value).toBe(EFEKTIF);
    expect(sel(plan, `N5`).value).toBe(EFISIEN);
  });

  test("row 1 as the report prints it: IBT 1.186.667, IBR 960.049, ratio 19,10 %", () => {
    const r = t112.rows[0];
    expect(r.raw.ibt).toBe("Rp 1.186.667");
    expect(bulat(angka(plan, "J5"), 0)).toBe(r.parsed.ibt);
    expect(sel(plan, "J5").formula).toBe("=G5/D5");
    expect(sel(plan, "K5").formula).toBe("=H5/E5");
    expect(sel(plan, "L5").formula).toBe("=1-H5/G5/(E5/D5)");
    expect(sel(plan, "G5").formula).toBe("=SUM('Anggaran 3.112'!C5)");
  });

  test("totals: Σ pagu, Σ realisasi, %, Σ IBT, Σ IBR and the mean of the row ratios", () => {
    const tot = t112.total_row.parsed;
    const row = barisDengan(plan, "B", "Jumlah / rata-rata");
    expect(angka(plan, `G${row}`)).toBe(tot.pagu);
    expect(angka(plan, `H${row}`)).toBe(tot.realisasi_anggaran);
    expect(bulat(angka(plan, `I${row}`) * 100, 2)).toBe(tot.persen_anggaran);
    expect(bulat(angka(plan, `J${row}`), 2)).toBe(tot.ibt);
    expect(bulat(angka(plan, `K${row}`), 2)).toBe(tot.ibr);
    expect(bulat(angka(plan, `L${row}`) * 100, 2)).toBe(tot.renstra_rasio);
    expect(sel(plan, `L${row}`).formula).toBe(`=AVERAGE(L5:L${row - 1})`);
  });
});

describe("Efisiensi from Tabel 1 and Tabel 3.104", () => {
  const contoh = contohLakip();
  const plan = efisiensi(contoh.tables);
  const perkin = contoh.tables[0] as PerkinTable;
  const pk = contoh.tables.find((t) => t.kind === "anggaran" && t.bentuk === "pk") as AnggaranTable;

  test("every indicator is linked to its komponen; rows with the same inputs as Tabel 3.112 give its numbers", () => {
    let sama = 0;
    let samaIbt = 0;
    for (const r of t112.rows) {
      // Tabel 3.112 lists the indicators in its own order and wording.
      const skor = perkin.rows.map((x) => kemiripan(x.indikator, r.indikator));
      const i = skor.indexOf(Math.max(...skor));
      const ik = perkin.rows[i];
      const row = 5 + i;
      expect(sel(plan, `G${row}`).formula).toMatch(/^=SUM\('Anggaran PK'!H/);
      // Tabel 3.112 row 6 (realisasi anggaran …744 vs …774) and row 9 (P3DN 99,36 vs 96,52) differ from their sources.
      const samaInput = ik.target === r.parsed.target && ik.realisasi === r.realisasi_used_in_ibr &&
        angka(plan, `G${row}`) === r.parsed.pagu && angka(plan, `H${row}`) === r.parsed.realisasi_anggaran;
      if (ik.target === r.parsed.target && angka(plan, `G${row}`) === r.parsed.pagu) {
        expect(bulat(angka(plan, `J${row}`), 0)).toBe(r.parsed.ibt);
        samaIbt++;
      }
      if (!samaInput) continue;
      sama++;
      expect(bulat(angka(plan, `K${row}`), 0)).toBe(r.parsed.ibr);
      expect(bulat(angka(plan, `L${row}`) * 100, 2)).toBe(r.parsed.renstra_rasio);
    }
    expect(samaIbt).toBe(15);
    expect(sama).toBe(13);
    const row = barisDengan(plan, "B", "Jumlah / rata-rata");
    expect(angka(plan, `G${row}`)).toBe(t112.total_row.parsed.pagu);
    expect(bulat(angka(plan, `J${row}`), 2)).toBe(t112.total_row.parsed.ibt);
    expect(pk.rows.length).toBeGreaterThan(40);
  });

  test("without a pk anggaran table the budget columns are left out and a note says why", () => {
    const p = efisiensi(contoh.tables.filter((t) => !(t.kind === "anggaran" && t.bentuk === "pk")));
    expect(sel(p, "G4").value).toBe("Efektivitas");
    expect(p.cells.some((c) => c.at.startsWith("H"))).toBe(false);
    expect(p.cells.some((c) => /^Pagu dan realisasi anggaran per indikator tidak ditampilkan/.test(String(c.value)))).toBe(true);
  });
});
