import { kenali } from "../../../../src/core/layouts";
import { periksa } from "../../../../src/core/validasi";
import type { RakTable } from "../../../../src/core/tabel";
import { bukaBuku } from "./buku";
import { barisRak, DAUN, lembarRak, type TataRak } from "./rak";

async function baca(tata: TataRak = {}) {
  const l = lembarRak("RAK", tata);
  const tables = kenali(await bukaBuku([l]));
  return { l, tables, t: tables.find((x) => x.bentuk === "rak") as RakTable, issues: periksa(tables) };
}

describe("SIPD Anggaran Kas (RAK)", () => {
  test.each<[string, TataRak]>([
    ["bulan1 …", { bulan: "bulan1" }],
    ["Bulan 1 …", { bulan: "Bulan 1" }],
    ["Januari …", { bulan: "Januari" }],
    ["Jan … as text", { bulan: "Jan", teks: true }],
  ])("months as %s: codes, Nilai Rincian, Total RAK, 12 months, 4 quarters, 0 errors", async (_, tata) => {
    const { t, tables, issues } = await baca(tata);
    expect(tables.filter((x) => x.bentuk === "rak")).toHaveLength(1);
    const semua = barisRak();
    expect(t.rows.map((r) => r.kode)).toEqual(semua.map((b) => b.kode));
    expect(t.rows.map((r) => r.bulan)).toEqual(semua.map((b) => b.bulan));
    expect(t.rows.map((r) => r.totalRak)).toEqual(semua.map((b) => b.bulan.reduce((s, v) => s + v, 0)));
    expect(t.rows[0].tw).toEqual([0, 1, 2, 3].map((q) => semua[0].bulan.slice(q * 3, q * 3 + 3).reduce((s, v) => s + v, 0)));
    expect(t.rows[0].pagu).toBe(DAUN.reduce((s, d) => s + d.bulan.reduce((a, b) => a + b, 0), 0));
    expect(t.rows.filter((r) => !r.total).map((r) => r.kode)).toEqual(DAUN.map((d) => d.kode));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a month that breaks Σ months = Total RAK: one finding, at that row's Total RAK", async () => {
    const { l, issues } = await baca({ salah: { "5.1.02.04.01.0001": [4, 150_000] } });
    const galat = issues.filter((i) => i.severity === "error");
    expect(galat.map((i) => [i.rule, i.cell])).toEqual([["jumlah-selisih", l.sel.get("5.1.02.04.01.0001")!.total]]);
    expect(galat[0].message).toContain("TW 2");
  });
});
