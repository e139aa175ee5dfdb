import { kenali } from "../../../../src/core/layouts";
import { periksa } from "../../../../src/core/validasi";
import type { RenjaTable } from "../../../../src/core/tabel";
import { bukaBuku } from "./buku";
import { hitungRenja, IND, lembarRenja, type TataRenja } from "./renja";

async function baca(tata: TataRenja = {}) {
  const l = lembarRenja("Evaluasi Renja", tata);
  const tables = kenali(await bukaBuku([l]));
  return { l, tables, t: tables.find((x) => x.bentuk === "renja") as RenjaTable, issues: periksa(tables) };
}

describe("Evaluasi Renja (Permendagri 86/2017)", () => {
  test.each<[string, TataRenja]>([
    ["numbering row with the form's formulas", { nomor: "rumus" }],
    ["plain numbering row, Rupiah as text", { nomor: "polos", teks: true }],
    ["no numbering row", { nomor: "tidak" }],
  ])("%s: target, four quarters (K and Rp), capaian, 0 errors", async (_, tata) => {
    const { t, tables, issues } = await baca(tata);
    expect(tables.filter((x) => x.kind === "triwulan" || x.kind === "perkin").map((x) => x.bentuk)).toEqual(["renja"]);
    expect(t.rows.map((r) => r.kode)).toEqual(IND.map((i) => i.kode));
    expect(t.rows.map((r) => r.target)).toEqual(IND.map((i) => i.target[0]));
    expect(t.rows.map((r) => r.rupiah.target)).toEqual(IND.map((i) => i.target[1]));
    expect(t.rows.map((r) => r.triwulan.map((q) => q.realisasi))).toEqual(IND.map((i) => i.tw.map((q) => q[0])));
    expect(t.rows.map((r) => r.rupiah.triwulan)).toEqual(IND.map((i) => i.tw.map((q) => q[1])));
    expect(t.rows.map((r) => [r.realisasi, r.capaian])).toEqual(IND.map((i) => [hitungRenja(i).realisasi[0], hitungRenja(i).capaian[0]]));
    expect(t.rows.every((r) => r.perangkatDaerah === "Dinas Kesehatan")).toBe(true);
    // The numbering row is never a data row.
    expect(t.rows).toHaveLength(IND.length);
    if (tata.nomor === "rumus") expect(t.rumus?.map((r) => r.hasil)).toEqual(["realisasi", "rp.realisasi", "capaian", "rp.capaian", "renstra.realisasi", "rp.renstra.realisasi", "renstra.capaian", "rp.renstra.capaian"]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test.each<TataRenja["nomor"]>(["rumus", "tidak"])("a capaian that does not follow from its columns (numbering %s): one finding at its cell", async (nomor) => {
    const { l, issues } = await baca({ nomor, capaianSalah: { 1: 75 } });
    const galat = issues.filter((i) => i.severity === "error");
    expect(galat.map((i) => [i.rule, i.cell])).toEqual([["capaian-selisih", l.sel.get(1)!.capaian]]);
  });
});
