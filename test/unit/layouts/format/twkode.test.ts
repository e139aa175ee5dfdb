import { kenali } from "../../../../src/core/layouts";
import { periksa } from "../../../../src/core/validasi";
import type { TwKodeTable } from "../../../../src/core/tabel";
import { bukaBuku } from "./buku";
import { IK, lembarTw, type TataTw } from "./twkode";

async function baca(tata: TataTw = {}) {
  const l = lembarTw("Realisasi TW", tata);
  const tables = kenali(await bukaBuku([l]));
  return { l, tables, t: tables.find((x) => x.bentuk === "tw-kode") as TwKodeTable, issues: periksa(tables) };
}

describe("Quarterly realisation keyed by indicator code", () => {
  test("TW I–IV: codes, target, the four quarters, follow-up kept as text, 0 errors", async () => {
    const { t, tables, issues } = await baca();
    expect(tables.filter((x) => x.kind !== "anggaran").map((x) => x.bentuk)).toEqual(["tw-kode"]);
    expect(t.rows.map((r) => r.kodeIndikator)).toEqual(IK.map((x) => x.kode));
    expect(t.rows.map((r) => r.target)).toEqual(IK.map((x) => x.target));
    expect(t.rows.map((r) => r.triwulan.map((q) => q.realisasi))).toEqual(IK.map((x) => x.tw));
    expect(t.rows.map((r) => [r.kendala, r.solusi, r.rencanaTindakLanjut, r.pic, r.batasWaktu])).toEqual(IK.map((x) => [x.kendala, x.solusi, x.rtl, x.pic, x.batas]));
    expect(t.rows[2].solusi).toBe("= pendampingan teknis");
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("one Realisasi TW III column: the quarter from its header", async () => {
    const { t, issues } = await baca({ satu: 3 });
    expect(t.rows.map((r) => r.triwulan.map((q) => q.realisasi))).toEqual(IK.map((x) => [null, null, x.tw[2], null]));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a capaian that does not follow from target and realisasi: one finding at its cell", async () => {
    const { l, issues } = await baca({ capaianSalah: { 0: 120 } });
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.rule, i.cell])).toEqual([["capaian-selisih", l.sel.get(0)]]);
  });
});
