import { kenali } from "../../../../src/core/layouts";
import { periksa } from "../../../../src/core/validasi";
import type { DipaTable } from "../../../../src/core/tabel";
import { bukaBuku } from "./buku";
import { AKUN, barisDipa, lembarDipa, type TataDipa } from "./dipa";

async function baca(tata: TataDipa = {}) {
  const l = lembarDipa("Realisasi SAKTI", tata);
  const tables = kenali(await bukaBuku([l]));
  const t = tables.find((x) => x.bentuk === "dipa") as DipaTable;
  return { l, tables, t, issues: periksa(tables) };
}

const KODE = barisDipa().map((b) => b.kode);

describe("DIPA / POK / SAKTI realisasi", () => {
  test.each<[string, TataDipa]>([
    ["parents carried down", { kode: "bawa" }],
    ["every level written", { kode: "penuh" }],
    ["code and name in one cell", { kode: "satu" }],
    ["amounts as text", { teks: true }],
  ])("%s: joined codes, pagu and the three realisasi columns, tree, 0 errors", async (_, tata) => {
    const { t, tables, issues } = await baca(tata);
    expect(tables.filter((x) => x.bentuk === "dipa")).toHaveLength(1);
    const berkode = t.rows.filter((r) => r.kode);
    expect(berkode.map((r) => r.kode)).toEqual(KODE);
    expect(berkode.map((r) => r.kode)).toContain("4798.FAK.001.005.K.521211");
    const daun = t.rows.filter((r) => !r.total);
    expect(daun).toHaveLength(AKUN.length);
    expect(daun.map((r) => [r.pagu, r.sdLalu, r.periodeIni, r.realisasi])).toEqual(AKUN.map((a) => [a.pagu, a.lalu, a.ini, a.lalu + a.ini]));
    const kaki = t.rows[t.rows.length - 1];
    expect(kaki.total && kaki.kode === null).toBe(true);
    expect(kaki.pagu).toBe(AKUN.reduce((s, a) => s + a.pagu, 0));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a komponen whose pagu is not the sum of its accounts: one finding at its pagu cell", async () => {
    const { l, issues } = await baca({ salah: { "4798.FAK.001.005": [500_000, 0] } });
    const galat = issues.filter((i) => i.severity === "error");
    expect(galat.map((i) => [i.rule, i.cell])).toEqual([["jumlah-selisih", l.sel.get("4798.FAK.001.005")!.pagu]]);
  });

  test("an account's s.d. periode ini that is not lalu + ini: one finding at that cell", async () => {
    const { l, issues } = await baca({ kode: "penuh", salah: { "4798.EBA.994.002.523111": [0, 1_000] } });
    const galat = issues.filter((i) => i.severity === "error");
    expect(galat.map((i) => i.cell)).toEqual([l.sel.get("4798.EBA.994.002.523111")!.realisasi]);
  });
});
