/**
 * The sample workbook (assets/contoh-lakip-2024.xlsx, built by `npm run sample`) read through the
 * file adapter: its budget sheets are recognized with the report's numbers.
 */
import * as fs from "fs";
import * as path from "path";
import { kenaliAnggaran } from "../../../../src/core/layouts/anggaran";
import type { AnggaranRowTriwulan, AnggaranRowPk, AnggaranRowPnbp, AnggaranRowRevisi } from "../../../../src/core/tabel";
import type { Snapshot } from "../../../../src/core/snapshot";
import type { AnggaranTable } from "../../../../src/core/tabel";
import { bacaBukuKerja } from "../../../../src/xlsx/baca";
import { REF } from "../../../unit/layouts/anggaran/laporan";
import { bacaReferensi } from "../../../referensi";

const BERKAS = path.join(__dirname, "../../../../assets/contoh-lakip-2024.xlsx");
const ada = fs.existsSync(BERKAS);
const uji = ada ? describe : describe.skip;

uji("contoh-lakip-2024.xlsx budget sheets", () => {
  let snap: Snapshot;
  beforeAll(async () => {
    snap = await bacaBukuKerja(new Uint8Array(fs.readFileSync(BERKAS)));
  });
  const tabel = (nama: string, bentuk: string): AnggaranTable => {
    const sheet = snap.sheets.find((s) => s.name === nama);
    expect(sheet).toBeDefined();
    const t = kenaliAnggaran(sheet!);
    expect(t).toHaveLength(1);
    expect(t[0].bentuk).toBe(bentuk);
    expect(t[0].confidence).toBeGreaterThanOrEqual(0.8);
    return t[0];
  };

  test("Realisasi RO: every RO with pagu and realisasi; leaves add up to the Total", () => {
    const t = tabel("Realisasi RO", "ro");
    const ro = REF.realisasi_per_ro;
    const daun = t.rows.filter((r) => !r.total);
    expect(daun.map((r) => [r.kode, r.pagu, r.realisasi])).toEqual(
      ro.rows.map((r: { kode: string; pagu: { value: number }; realisasi: { value: number } }) => [r.kode, r.pagu.value, r.realisasi.value]),
    );
    const tot = t.rows[t.rows.length - 1];
    expect([tot.total, tot.pagu, tot.realisasi]).toEqual([true, ro.total.pagu.value, ro.total.realisasi.value]);
    expect(daun.reduce((a, r) => a + r.pagu!, 0)).toBe(ro.total.pagu.value);
    expect(daun.reduce((a, r) => a + r.realisasi!, 0)).toBe(ro.total.realisasi.value);
    expect(daun.every((r) => r.level === 5)).toBe(true);
  });

  test("Realisasi per TW: pagu in Rupiah and cumulative T/R per quarter", () => {
    const t = tabel("Realisasi per TW", "triwulan");
    const kro = t.rows.filter((r) => r.level === 2);
    const tw = REF.realisasi_triwulan.rows;
    expect(kro.map((r) => r.kode)).toEqual(tw.map((r: { kegiatan: string; kode_kro: { raw: string } }) => `${r.kegiatan}.${r.kode_kro.raw}`));
    kro.forEach((r, i) => {
      expect(r.pagu).toBe(tw[i].anggaran.value);
      expect((r as AnggaranRowTriwulan).triwulan.map((q) => [q.target, q.realisasi])).toEqual(
        [1, 2, 3, 4].map((q) => [tw[i].tw[`tw${q}_T`].value, tw[i].tw[`tw${q}_R`].value]),
      );
    });
  });

  test("Pagu per KRO: (000) columns in Rupiah, pagu = Revisi 19, TOTAL = 20.535.869.000", () => {
    const t = tabel("Pagu per KRO", "revisi");
    const rows = t.rows as AnggaranRowRevisi[];
    const rv = REF.revisi_per_kro;
    rv.rows.forEach((ref: { kode_kro: string; values_rp000: { value: number }[] }, i: number) => {
      expect(rows[i].kode).toBe(ref.kode_kro);
      expect(rows[i].revisi).toEqual(ref.values_rp000.map((v) => v.value * 1000));
    });
    const tot = rows[rows.length - 1];
    expect([tot.total, tot.pagu]).toEqual([true, REF.dipa_summary.pagu_akhir.value]);
  });

  test("PNBP: Total and Grand Total flagged, receipts as printed", () => {
    const t = tabel("PNBP", "pnbp");
    const p = REF.pnbp.tabel_3_109;
    const rows = t.rows as AnggaranRowPnbp[];
    const total = rows.filter((r) => /total/i.test(r.uraian));
    expect(total.every((r) => r.total)).toBe(true);
    const grand = rows[rows.length - 1];
    expect([grand.uraian, grand.pagu, grand.realisasi, grand.persen]).toEqual([
      "Grand Total",
      p.grand_total.target.value,
      p.grand_total.jumlah.value,
      p.grand_total.persen.value,
    ]);
    const fungsional = total.find((r) => r.realisasi === p.total_fungsional.jumlah.value);
    expect(fungsional?.persen).toBe(p.total_fungsional.persen.value);
    expect(rows.filter((r) => !r.total).reduce((a, r) => a + (r.realisasi ?? 0), 0)).toBe(p.grand_total.jumlah.value);
  });

  test("Anggaran per IK: one row per komponen with its indicator, Total; per-indicator sums are Tabel 3.112's", () => {
    const t = tabel("Anggaran per IK", "pk");
    const perkin = bacaReferensi("perkin_2024.json");
    const t3112 = bacaReferensi("efisiensi_2024.json").tabel_3_112;
    const rows = t.rows as AnggaranRowPk[];
    const iks = (perkin.sasaran as any[]).flatMap((s) => (s.indikator as any[]).map((ik) => ({ s, ik })));
    const harapan = iks.flatMap(({ s, ik }) =>
      (ik.anggaran.komponen as any[]).map((k) => [
        s.nama_sources.tabel_3_3.text,
        ik.sources.tabel_3_3.nama.text,
        ik.sources.tabel_3_104.target.value,
        ik.sources.tabel_3_104.realisasi.value,
        ik.sources.tabel_3_104.capaian.value,
        k.no,
        k.komponen.text,
        k.pagu.value,
        k.realisasi.value,
        k.persen.value,
      ]),
    );
    const isi = rows.filter((r) => !r.total);
    expect(isi.map((r) => [r.sasaran, r.indikator, r.targetIk, r.realisasiIk, r.capaianIk, r.kode, r.uraian, r.pagu, r.realisasi, r.persen])).toEqual(harapan);
    const total = perkin.anggaran_total.tabel_3_104_total;
    const tot = rows[rows.length - 1];
    expect([tot.total, tot.pagu, tot.realisasi, tot.persen]).toEqual([true, total.pagu.value, total.realisasi.value, total.persen.value]);
    expect(tot.cells.pagu!.formula).toMatch(/^=SUM\(J\d+:J\d+\)$/);
    // Tabel 3.112 (efficiency) per indicator, by pagu and by the komponen sum of realisasi
    // (row 6 prints 134.800.744 where its komponen add up to 134.800.774).
    const sum = new Map<string, [number, number]>();
    for (const r of isi) {
      const x = sum.get(r.indikator) ?? [0, 0];
      sum.set(r.indikator, [x[0] + r.pagu!, x[1] + r.realisasi!]);
    }
    const pagu = [...sum.values()].map((x) => x[0]).sort((a, b) => a - b);
    expect(pagu).toEqual((t3112.rows as any[]).map((b) => b.parsed.pagu).sort((a: number, b: number) => a - b));
    const realisasi = [...sum.values()].map((x) => x[1]).sort((a, b) => a - b);
    expect(realisasi).toEqual((t3112.rows as any[]).map((b) => b.checks.components_realisasi_sum).sort((a: number, b: number) => a - b));
  });

  test("sheets that are not budget tables give none", () => {
    for (const nama of ["PK 2024", "Capaian TW", "Rencana Aksi"]) {
      const sheet = snap.sheets.find((s) => s.name === nama);
      if (sheet) expect(kenaliAnggaran(sheet)).toEqual([]);
    }
  });
});
