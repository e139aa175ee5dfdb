/**
 * A planner's column correction on budget tables: kenali(snapshot, koreksi) reads the rows again
 * with the planner's columns (Tabel 3.106 per RO, 3.105 per triwulan, 3.109 PNBP, 3.104 per indikator).
 */
import * as fs from "fs";
import * as path from "path";
import { kenali } from "../../../../src/core/layouts";
import type { AnggaranRowPk, AnggaranRowTriwulan } from "../../../../src/core/tabel";
import type { SheetSnapshot } from "../../../../src/core/snapshot";
import type { AnggaranRow, AnggaranTable, Koreksi } from "../../../../src/core/tabel";
import { periksa } from "../../../../src/core/validasi";
import { bacaBukuKerja } from "../../../../src/xlsx/baca";
import { REF, tabel3105, tabel3106, tabel3109 } from "./laporan";
import { susun } from "./susun";

const RO = REF.realisasi_per_ro;

/**
 * Tabel 3.106 as a planner typed it: "Pagu | Serapan | % | Jumlah", the realisasi under a word
 * the vocabulary does not know and the sisa (pagu − realisasi) under "Jumlah", which the ro
 * layout takes for the realisasi.
 */
function lembarRo(): { sheet: SheetSnapshot; barisBody: number[] } {
  const spek = tabel3106({ sisa: true, headerSatuBaris: true });
  spek.header = [[spek.header[0][0], "Pagu", "Serapan", "%", "Jumlah"]];
  return susun(spek);
}

function satu(sheet: SheetSnapshot, koreksi: Koreksi[] = []): AnggaranTable {
  const t = kenali({ sheets: [sheet] }, koreksi).filter((x): x is AnggaranTable => x.kind === "anggaran");
  expect(t).toHaveLength(1);
  return t[0];
}

const daun = (t: AnggaranTable): AnggaranRow[] => t.rows.filter((r) => !r.total);

describe("Realisasi RO: realisasi read from the planner's column", () => {
  const { sheet } = lembarRo();
  const asli = satu(sheet);

  test("as recognized, the realisasi comes from the Jumlah column (the sisa numbers)", () => {
    expect(asli.bentuk).toBe("ro");
    expect(asli.columns).toMatchObject({ pagu: "B", realisasi: "E", persen: "D" });
    const r = daun(asli)[0];
    expect(r.kode).toBe(RO.rows[0].kode);
    // 65.345.000 − 65.214.283 = 130.717, not the report's realisasi.
    expect(r.realisasi).toBe(RO.rows[0].pagu.value - RO.rows[0].realisasi.value);
    expect(r.cells.realisasi!.cell).toBe(`E${r.row}`);
  });

  const koreksi: Koreksi = { sheet: sheet.name, range: asli.range, columns: { realisasi: "C", sisa: "E" } };
  const t = satu(sheet, [koreksi]);

  test("the table keeps its id and range and is certain", () => {
    expect(t.id).toBe(asli.id);
    expect(t.range).toBe(asli.range);
    expect(t.confidence).toBe(1);
    expect(t.bentuk).toBe("ro");
    expect(t.columns).toMatchObject({ pagu: "B", realisasi: "C", persen: "D", sisa: "E" });
  });

  test("every RO row carries the report's realisasi with its cell in column C, the sisa in E", () => {
    const rows = daun(t);
    expect(rows).toHaveLength(RO.rows.length);
    RO.rows.forEach((ref: { kode: string; pagu: { value: number }; realisasi: { raw: string; value: number } }, i: number) => {
      const r = rows[i];
      expect(r.kode).toBe(ref.kode);
      expect(r.pagu).toBe(ref.pagu.value);
      expect(r.realisasi).toBe(ref.realisasi.value);
      expect(r.cells.realisasi).toMatchObject({ cell: `C${r.row}`, raw: ref.realisasi.raw, fromText: true });
      expect(r.sisa).toBe(ref.pagu.value - ref.realisasi.value);
      expect(r.cells.sisa!.cell).toBe(`E${r.row}`);
    });
    const total = t.rows[t.rows.length - 1];
    expect([total.uraian, total.realisasi]).toEqual(["Total", RO.total.realisasi.value]);
  });

  test("validation sees the corrected numbers: penyerapan % agrees again", () => {
    const sebelum = periksa([asli]).filter((i) => i.rule === "persen-selisih");
    const sesudah = periksa([t]).filter((i) => i.rule === "persen-selisih");
    // 99,80 % printed against 130.717 ÷ 65.345.000 on every RO row before the correction.
    expect(sebelum).toHaveLength(RO.rows.length);
    expect(sesudah).toEqual([]);
  });

  test("a column given to one field is taken from the field that had it", () => {
    const s = satu(sheet, [{ ...koreksi, columns: { sisa: "E" } }]);
    expect(s.columns.realisasi).toBeUndefined();
    expect(daun(s)[0].realisasi).toBeNull();
    expect(daun(s)[0].sisa).toBe(RO.rows[0].pagu.value - RO.rows[0].realisasi.value);
  });

  test("ignore still removes the table", () => {
    expect(kenali({ sheets: [sheet] }, [{ ...koreksi, ignore: true }])).toEqual([]);
  });

  test("unknown fields and unreadable letters are ignored; the recognized reading stays", () => {
    const s = satu(sheet, [{ ...koreksi, columns: { foo: "C", indikator: "C", "tw9.target": "B", realisasi: "??" } }]);
    expect(s.range).toBe(asli.range);
    expect(s.confidence).toBe(1);
    expect(s.columns).toEqual(asli.columns);
    expect(s.rows).toEqual(asli.rows);
  });

  test("a correction for another range leaves the table as recognized", () => {
    expect(satu(sheet, [{ sheet: sheet.name, range: "A1:B2", columns: { realisasi: "C" } }])).toEqual(asli);
  });
});

describe("Realisasi per triwulan: quarter columns swapped by the planner", () => {
  const TW = REF.realisasi_triwulan;
  const { sheet } = susun(tabel3105());
  const asli = satu(sheet);

  test("TW I target and realisasi read from each other's column", () => {
    expect(asli.bentuk).toBe("triwulan");
    const { "tw1.target": t1, "tw1.realisasi": r1 } = asli.columns;
    const t = satu(sheet, [{ sheet: sheet.name, range: asli.range, columns: { "tw1.target": r1, "tw1.realisasi": t1 } }]);
    expect(t.columns).toMatchObject({ "tw1.target": r1, "tw1.realisasi": t1, "tw2.target": asli.columns["tw2.target"] });
    const rows = daun(t).filter((r) => r.pagu !== null);
    expect(rows).toHaveLength(TW.rows.length);
    TW.rows.forEach((ref: { tw: Record<string, { value: number }> }, i: number) => {
      const q = (rows[i] as AnggaranRowTriwulan).triwulan;
      expect(q[0]).toEqual({ target: ref.tw.tw1_R.value, realisasi: ref.tw.tw1_T.value });
      expect(q[1]).toEqual({ target: ref.tw.tw2_T.value, realisasi: ref.tw.tw2_R.value });
      expect(rows[i].cells["tw1.realisasi"]!.cell).toBe(`${t1}${rows[i].row}`);
    });
  });
});

describe("PNBP: realisasi taken from s/d bulan lalu", () => {
  const P = REF.pnbp.tabel_3_109;
  const { sheet } = susun(tabel3109());
  const asli = satu(sheet);

  test("Grand Total realisasi becomes the s/d bulan lalu amount; that field gives up its column", () => {
    expect(asli.bentuk).toBe("pnbp");
    const kol = asli.columns.sdBulanLalu;
    const t = satu(sheet, [{ sheet: sheet.name, range: asli.range, columns: { realisasi: kol } }]);
    const gt = t.rows[t.rows.length - 1];
    expect(gt.uraian).toBe("Grand Total");
    expect(gt.pagu).toBe(P.grand_total.target.value);
    expect(gt.realisasi).toBe(P.grand_total.sd_bulan_lalu.value);
    expect(gt.cells.realisasi!.cell).toBe(`${kol}${gt.row}`);
    expect(t.columns.sdBulanLalu).toBeUndefined();
    expect(t.columns.realisasi).toBe(kol);
  });
});

describe("Anggaran per indikator (Tabel 3.104, sample workbook): pagu and realisasi swapped", () => {
  const PK = REF.realisasi_per_pk;
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    const s = await bacaBukuKerja(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../../../assets/contoh-lakip-2024.xlsx"))));
    sheet = s.sheets.find((x) => x.name === "Anggaran per IK")!;
  });
  const pk = (koreksi: Koreksi[] = []) => kenali({ sheets: [sheet] }, koreksi).find((t): t is AnggaranTable => t.kind === "anggaran")!;

  test("every komponen keeps its indicator; the Total reads 20.461.336.835 as pagu", () => {
    const asli = pk();
    expect(asli.bentuk).toBe("pk");
    const { pagu, realisasi } = asli.columns;
    const t = pk([{ sheet: sheet.name, range: asli.range, columns: { pagu: realisasi, realisasi: pagu } }]);
    expect([t.range, t.confidence, t.columns.pagu, t.columns.realisasi]).toEqual([asli.range, 1, realisasi, pagu]);
    expect(t.rows).toHaveLength(asli.rows.length);
    t.rows.forEach((r, i) => {
      const a = asli.rows[i] as AnggaranRowPk;
      expect([r.pagu, r.realisasi, (r as AnggaranRowPk).indikator]).toEqual([a.realisasi, a.pagu, a.indikator]);
      expect(r.cells.pagu!.cell).toBe(`${realisasi}${r.row}`);
    });
    const total = t.rows[t.rows.length - 1];
    expect([total.total, total.pagu, total.realisasi]).toEqual([true, PK.total.realisasi.value, PK.total.pagu.value]);
  });
});
