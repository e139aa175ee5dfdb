import { kenali } from "../../../../src/core/layouts";
import { periksa } from "../../../../src/core/validasi";
import type { SipdRekapTable } from "../../../../src/core/tabel";
import { bukaBuku } from "./buku";
import { barisSipd, lembarSipd, SUB, type TataSipd } from "./sipd";

async function baca(tata: TataSipd = {}) {
  const l = lembarSipd("Rekap Belanja", tata);
  const snap = await bukaBuku([l]);
  const tables = kenali(snap);
  const t = tables.find((x) => x.bentuk === "sipd-rekap") as SipdRekapTable | undefined;
  return { l, tables, t: t!, issues: periksa(tables) };
}

const KODE = barisSipd().map((b) => b.kode);
const TOTAL = barisSipd().map((b) => [b.operasi[0] + b.modal[0], b.operasi[1] + b.modal[1]]);

describe("SIPD Rekapitulasi Belanja", () => {
  test.each<[string, TataSipd]>([
    ["codes as segments", { kode: "segmen" }],
    ["full codes per column", { kode: "penuh" }],
    ["code and name in one cell", { kode: "satu" }],
    ["amounts as text, header repeated", { teks: true, ulang: 9 }],
    ["a plain LRA with one group", { satuGrup: true }],
  ])("%s: exact codes, Total-group pagu/realisasi, tree, 0 errors", async (_, tata) => {
    const { t, tables, issues } = await baca(tata);
    expect(tables.filter((x) => x.bentuk === "sipd-rekap")).toHaveLength(1);
    expect(t.confidence).toBeGreaterThanOrEqual(0.8);
    const berkode = t.rows.filter((r) => r.kode);
    expect(berkode.map((r) => r.kode)).toEqual(KODE);
    expect(berkode.map((r) => [r.pagu, r.realisasi])).toEqual(TOTAL);
    const daun = t.rows.filter((r) => !r.total);
    expect(daun.map((r) => r.kode)).toEqual(SUB.map((s) => s.kode));
    // The JUMLAH footer: the Total of everything.
    const kaki = t.rows[t.rows.length - 1];
    expect(kaki.kode).toBeNull();
    expect(kaki.total).toBe(true);
    expect(kaki.pagu).toBe(SUB.reduce((s, x) => s + x.operasi[0] + x.modal[0], 0));
    const byKode = new Map(t.rows.map((r) => [r.kode, r]));
    expect(byKode.get("1.02.01.2.01.0002")!.induk).toBe(byKode.get("1.02.01.2.01")!.row);
    expect(byKode.get("1.02.02")!.induk).toBe(byKode.get("1.02")!.row);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a kegiatan whose Total is not the sum of its sub kegiatan: one finding at its cell", async () => {
    const { l, issues } = await baca({ salah: { "1.02.01.2.02": [1_000_000, 0] } });
    const galat = issues.filter((i) => i.severity === "error");
    expect(galat).toHaveLength(1);
    expect(galat[0].rule).toBe("jumlah-selisih");
    expect(galat[0].cell).toBe(l.sel.get("1.02.01.2.02")!.anggaran);
    expect(galat[0].expected).toBe(8_456_300_000 + 12_000_000 + 385_000_000);
  });

  test("a program realisasi off: one finding at the program's realisasi cell, none at its ancestors", async () => {
    const { l, issues } = await baca({ salah: { "1.02.02": [0, -250_000] }, teks: true });
    const galat = issues.filter((i) => i.severity === "error");
    expect(galat.map((i) => i.cell)).toEqual([l.sel.get("1.02.02")!.realisasi]);
  });
});
