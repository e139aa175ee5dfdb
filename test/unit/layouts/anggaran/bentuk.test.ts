import { kenaliAnggaran } from "../../../../src/core/layouts/anggaran";
import type { AnggaranRowPnbp, AnggaranRowRevisi, AnggaranRowTahunan, AnggaranRowTriwulan } from "../../../../src/core/tabel";
import type { AnggaranTable } from "../../../../src/core/tabel";
import { REF, tabel3105, tabel3109, tabel34, tabel35, tahunan, type Gaya } from "./laporan";
import { susun, TANDA_TANGAN, type Spek } from "./susun";

function satu(spek: Spek): AnggaranTable {
  const t = kenaliAnggaran(susun({ ...spek, penutup: TANDA_TANGAN }).sheet);
  expect(t).toHaveLength(1);
  return t[0];
}

describe("Tabel 3.4 Revisi Anggaran per KRO", () => {
  const rv = REF.revisi_per_kro;
  test.each<[string, Parameters<typeof tabel34>[0]]>([
    ["(000) text as printed", {}],
    ["(000) numbers", { gaya: "angka" }],
    ["Kode KRO merged over the name column", { gabungKepala: true }],
    ["full Rupiah without a unit", { rupiah: true, gaya: "angka" }],
    ["full Rupiah as text", { rupiah: true }],
  ])("%s: every revision in Rupiah, pagu = Revisi 19", (_n, o) => {
    const t = satu(tabel34(o));
    expect(t.bentuk).toBe("revisi");
    const rows = t.rows as AnggaranRowRevisi[];
    expect(rows).toHaveLength(rv.rows.length + 1);
    rv.rows.forEach((ref: { kode_kro: string; nama: string; values_rp000: { value: number }[] }, i: number) => {
      expect(rows[i].kode).toBe(ref.kode_kro);
      expect(rows[i].level).toBe(2);
      expect(rows[i].uraian).toBe(ref.nama);
      expect(rows[i].total).toBe(false);
      expect(rows[i].revisi).toEqual(ref.values_rp000.map((v) => v.value * 1000));
      expect(rows[i].pagu).toBe(ref.values_rp000[19].value * 1000);
    });
    const tot = rows[rows.length - 1];
    expect(tot.total).toBe(true);
    expect(tot.pagu).toBe(REF.dipa_summary.pagu_akhir.value);
    expect(tot.revisi[0]).toBe(REF.dipa_summary.pagu_awal_text.value);
  });
  test("header unit (000) gives scale 1000 and the repeated header is a header row", () => {
    const h = susun(tabel34({ gaya: "angka" }));
    const [t] = kenaliAnggaran(h.sheet);
    expect(t.multiplier).toBe(1000);
    expect(t.rows[0].cells.pagu!.scale).toBe(1000);
    expect(t.rows[0].cells["revisi.0"]!.raw).toBe(rv.rows[0].values_rp000[0].value);
    expect(t.headerRows).toEqual(h.barisHeader);
    expect(t.columns.pagu).toBe("V");
  });
});

describe("Tabel 3.105 Realisasi Anggaran per Triwulan", () => {
  const tw = REF.realisasi_triwulan;
  const Q = ["tw1", "tw2", "tw3", "tw4"];
  test.each<[string, Parameters<typeof tabel3105>[0]]>([
    ["as printed (Rp text under '(Rp)(000)')", {}],
    ["KRO code and name in one cell", { gabungKode: true }],
    ["numbers, % formatted", { gaya: "angka" }],
  ])("%s", (_n, o) => {
    const t = satu(tabel3105(o));
    expect(t.bentuk).toBe("triwulan");
    const kro = t.rows.filter((r) => r.level === 2);
    expect(kro).toHaveLength(tw.rows.length);
    tw.rows.forEach((ref: { kegiatan: string; kode_kro: { raw: string }; anggaran: { value: number }; tw: Record<string, { value: number }> }, i: number) => {
      const r = kro[i];
      expect(r.kode).toBe(`${ref.kegiatan}.${ref.kode_kro.raw}`);
      expect(r.total).toBe(false);
      expect((r as AnggaranRowTriwulan).triwulan).toEqual(Q.map((q) => ({ target: ref.tw[`${q}_T`].value, realisasi: ref.tw[`${q}_R`].value })));
    });
    // The header says (Rp)(000) but the cells are Rupiah ("Rp" text, or whole thousands): not multiplied.
    tw.rows.forEach((ref: { anggaran: { value: number } }, i: number) => expect(kro[i].pagu).toBe(ref.anggaran.value));
    expect(t.rows.filter((r) => r.total).map((r) => r.kode)).toEqual(["019.07.EC", "6077", "019.07.WA", "6042"]);
  });
  test("'96,97%%' (doubled sign) reads as 96,97", () => {
    const t = satu(tabel3105());
    const rah = t.rows.find((r) => r.kode === "6077.RAH")!;
    expect(rah.cells["tw3.realisasi"]!.raw).toBe("96,97%%");
    expect((rah as AnggaranRowTriwulan).triwulan[2].realisasi).toBe(96.97);
  });
  test("the leaf anggaran adds up to the 3.106 total", () => {
    const t = satu(tabel3105());
    const s = t.rows.filter((r) => !r.total).reduce((a, r) => a + (r.pagu ?? 0), 0);
    expect(s).toBe(tw.computed_total_anggaran);
  });
});

describe("Tabel 3.109 Rincian Realisasi PNBP", () => {
  const p = REF.pnbp.tabel_3_109;
  test.each<[Gaya]>([["teks"], ["angka"]])("%s: groups, items, Pengembalian, Total and Grand Total", (gaya) => {
    const spek = tabel3109(gaya);
    const t = satu(spek);
    expect(t.bentuk).toBe("pnbp");
    const rows = t.rows as AnggaranRowPnbp[];
    expect(rows).toHaveLength(spek.body.length);
    const harap = spek.jenis.map((j) => j !== "daun");
    expect(rows.map((r) => r.total)).toEqual(harap);
    const grand = rows[rows.length - 1];
    expect(grand.uraian).toBe("Grand Total");
    expect([grand.pagu, grand.sdBulanLalu, grand.bulanIni, grand.realisasi, grand.persen]).toEqual([
      p.grand_total.target.value,
      p.grand_total.sd_bulan_lalu.value,
      p.grand_total.bulan_ini.value,
      p.grand_total.jumlah.value,
      p.grand_total.persen.value,
    ]);
    const lph = rows.find((r) => r.uraian.startsWith("Lembaga Pemeriksa Halal"))!;
    expect(lph.persen).toBe(1.2);
    expect(rows.find((r) => r.uraian === "Pengembalian")!.realisasi).toBe(p.pengembalian.jumlah.value);
    // non-total rows add up to the Grand Total jumlah (refund included)
    const s = rows.filter((r) => !r.total).reduce((a, r) => a + (r.realisasi ?? 0), 0);
    expect(s).toBe(p.grand_total.jumlah.value);
    expect(rows.filter((r) => r.level === 2).length).toBe(p.rows_fungsional.filter((r: { kind: string }) => r.kind === "item").length);
  });
});

describe("multi-year tables (years across, measures down)", () => {
  test("Tabel 3.107: one row per year with pagu, realisasi, %", () => {
    const t3107 = REF.realisasi_2019_2024;
    for (const [gaya, angka] of [["teks", false], ["angka", true]] as [Gaya, boolean][]) {
      const t = satu(tahunan(t3107, "Keterangan", gaya, angka));
      expect(t.bentuk).toBe("tahunan");
      expect(t.rows.map((r) => [(r as AnggaranRowTahunan).tahun, r.kode, r.pagu, r.realisasi, r.persen])).toEqual(
        t3107.columns.slice(1).map((y: string) => [
          Number(y),
          null,
          t3107.rows.Pagu[y].value,
          t3107.rows.Realisasi[y].value,
          t3107.rows["%Realisasi"][y].value,
        ]),
      );
      expect(t.rows[0].uraian).toBe("2019");
    }
  });
  test("Tabel 3.110: penerimaan and penggunaan blocks across a blank row", () => {
    const t3110 = REF.pnbp.tabel_3_110;
    const t = satu(tahunan(t3110, "Pagu"));
    const years = t3110.columns.slice(1);
    const blok = (nama: string, tgt: string, real: string, pct: string) =>
      years.map((y: string) => [nama, Number(y), t3110.rows[tgt][y].value, t3110.rows[real][y].value, t3110.rows[pct][y].value]);
    const harap = [
      ...blok("Penerimaan", "Target Penerimaan (Rp)", "Realisasi Penerimaan (Rp)", "Realisasi penerimaan (%)"),
      ...blok("Penggunaan", "Target Penggunaan (Rp)", "Realisasi Penggunaan (Rp)", "Realisasi Penggunaan (%)"),
    ];
    expect(t.rows.map((r) => [r.uraian, (r as AnggaranRowTahunan).tahun, r.pagu, r.realisasi, r.persen])).toEqual(harap);
  });
  test("Tabel 3.48 (two years) as well", () => {
    const t348 = REF.pnbp.tabel_3_48;
    const t = satu(tahunan({ ...t348, columns: ["Pagu", "2023", "2024"] }, "Pagu"));
    expect(t.rows.map((r) => [(r as AnggaranRowTahunan).tahun, r.pagu, r.realisasi, r.persen])).toEqual(
      ["2023", "2024"].map((y) => [
        Number(y),
        t348.rows["Target Penerimaan (Rp)"][y].value,
        t348.rows["Realisasi Penerimaan (Rp)"][y].value,
        t348.rows["Realisasi Penerimaan (%)"][y].value,
      ]),
    );
  });
});

describe("Tabel 3.5 Rincian Pagu per Jenis Belanja", () => {
  const t35 = REF.pagu_jenis_belanja.tabel_3_5;
  test.each<[Gaya, boolean]>([
    ["teks", false],
    ["angka", true],
  ])("%s (total row: %s): recognized by the names, no code guessed from them", (gaya, total) => {
    const t = satu(tabel35(gaya, total));
    expect(t.bentuk).toBe("jenis-belanja");
    const jenis = t.rows.filter((r) => !r.total);
    // The sheet prints no code: a code is only ever what a cell says.
    expect(jenis.map((r) => [r.kode, r.uraian, r.pagu])).toEqual(
      t35.rows.map((r: { jenis_belanja: string; pagu: { value: number } }) => [null, r.jenis_belanja, r.pagu.value]),
    );
    expect(jenis.reduce((a, r) => a + r.pagu!, 0)).toBe(t35.computed_total);
    if (total) expect(t.rows[t.rows.length - 1]).toMatchObject({ total: true, pagu: t35.computed_total });
  });
});
