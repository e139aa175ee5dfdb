/** The sample workbook (assets/contoh-lakip-2024.xlsx) read and recognized end to end. */
import { existsSync, readFileSync } from "fs";
import { kenali } from "../../../src/core/layouts";
import type { PerkinTable, Tabel, TriwulanTable } from "../../../src/core/tabel";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { indikatorPerkin, indikatorTriwulan } from "../../unit/layouts/bangun";

const BERKAS = `${__dirname}/../../../assets/contoh-lakip-2024.xlsx`;
const ada = existsSync(BERKAS);

(ada ? describe : describe.skip)("contoh-lakip-2024.xlsx", () => {
  let tables: Tabel[] = [];
  beforeAll(async () => {
    tables = kenali(await bacaBukuKerja(new Uint8Array(readFileSync(BERKAS))));
  });

  test("PK 2024: the 15 indicators with the report's target, satuan and realisasi", () => {
    const pk = tables.filter((t) => t.sheet === "PK 2024");
    expect(pk).toHaveLength(1);
    const t = pk[0] as PerkinTable;
    expect(t.kind).toBe("perkin");
    expect(t.confidence).toBeGreaterThanOrEqual(0.9);
    const data = indikatorPerkin();
    expect(t.rows).toHaveLength(15);
    t.rows.forEach((r, i) => {
      const d = data[i];
      expect({ indikator: r.indikator, target: r.target, satuan: r.satuan, realisasi: r.realisasi }).toEqual({
        indikator: d.indikator,
        target: d.target,
        satuan: d.satuan,
        realisasi: d.realisasi,
      });
      expect(r.sasaran).toBe(d.sasaran);
      expect(r.capaian).toBeCloseTo(d.capaian, 8);
    });
  });

  test("Capaian TW (Tabel 3.9): 15 rows, eight S/R values each", () => {
    const tw = tables.filter((t) => t.sheet === "Capaian TW");
    expect(tw).toHaveLength(1);
    const t = tw[0] as TriwulanTable;
    expect([t.kind, t.bentuk]).toEqual(["triwulan", "fisik"]);
    const data = indikatorTriwulan();
    expect(t.rows).toHaveLength(15);
    t.rows.forEach((r, i) => {
      const d = data[i];
      expect(r.indikator).toBe(d.indikator);
      expect(r.triwulan).toEqual([0, 1, 2, 3].map((q) => ({ target: d.s[q].value, realisasi: d.r[q].value })));
      expect([r.target, r.realisasi, r.capaian]).toEqual([d.target.value, d.realisasi.value, d.capaian.value]);
    });
  });

  test("Rencana Aksi (Tabel 3.7): 15 indicators with twelve monthly target antara", () => {
    const ra = tables.filter((t) => t.sheet === "Rencana Aksi") as TriwulanTable[];
    expect(ra).toHaveLength(1);
    expect(ra[0].bentuk).toBe("rencana-aksi");
    const data = indikatorTriwulan();
    expect(ra[0].rows.map((r) => r.bulan)).toEqual(data.map((d) => d.bulan.map((b) => b.value)));
  });
});
