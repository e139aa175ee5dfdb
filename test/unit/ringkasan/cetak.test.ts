/** The written file prints as planned: A4 one page wide (sheetPr fitToPage), print titles, footer; Temuan numbers formatted. */
import { unzipSync, strFromU8 } from "fflate";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { temuan } from "../../../src/core/ringkasan/temuan";
import { capaianTriwulan } from "../../../src/core/ringkasan/capaian-triwulan";
import { tulisRingkasan } from "../../../src/xlsx/tulis";
import { jumlahGaris } from "../../../src/xlsx/tulis-lembar";
import type { Issue } from "../../../src/core/tabel";
import { bukuKerja, contohLakip } from "./contoh";
import { sel } from "./bantu";

const RINGKASAN = ["Ringkasan Kinerja", "Capaian Triwulan", "Realisasi Anggaran", "Efisiensi", "Temuan"];

describe("printing of the written summaries", () => {
  const c = contohLakip();

  test("every summary sheet: A4, fit to one page wide with the flag that turns it on, print titles, footer", async () => {
    const out = await tulisRingkasan(await bukuKerja(c), buatRingkasan(c.tables, []));
    const zip = unzipSync(out);
    const wb = strFromU8(zip["xl/workbook.xml"]);
    const rels = strFromU8(zip["xl/_rels/workbook.xml.rels"]);
    for (const nama of RINGKASAN) {
      const m = new RegExp(`<sheet [^>]*name="${nama}"[^>]*r:id="([^"]+)"`).exec(wb)!;
      const target = new RegExp(`Id="${m[1]}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)![1];
      const xml = strFromU8(zip[`xl/${target}`]);
      expect(xml).toMatch(/<sheetPr[^>]*>[\s\S]*<pageSetUpPr [^>]*fitToPage="1"/);
      expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      expect(xml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
      expect(xml).toMatch(/<oddFooter>&amp;L&amp;A&amp;CSAKIP Kinerja · [a-z-]+&amp;RHalaman &amp;P dari &amp;N<\/oddFooter>/);
      const idx = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((x) => x[1]).indexOf(nama);
      expect(wb).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${idx}"[^>]*>`));
    }
  });

  test("wrapped text: a row is as tall as its longest cell wrapped at the column's width", () => {
    expect(jumlahGaris("Persentase Peningkatan Kapasitas Layanan Jasa Industri Hijau dan Berkelanjutan", 48)).toBe(2);
    expect(jumlahGaris("Realisasi anggaran (Rp)", 17, true)).toBe(2);
    expect(jumlahGaris("satu\ndua", 40)).toBe(2);
    expect(jumlahGaris("x".repeat(100), 40)).toBe(3);
  });

  test("Temuan: expected and found in the format of the cell they describe", () => {
    const t = c.tables.find((x) => x.kind === "perkin")!;
    const capaianSel = t.rows[0].cells.capaian!;
    const issues: Issue[] = [
      { rule: "capaian-selisih", severity: "error", sheet: t.sheet, cell: capaianSel.cell, message: "x", expected: 123.33333333, found: 125 },
      { rule: "jumlah-selisih", severity: "error", sheet: "Lain", cell: "B2", message: "y", expected: 274178000, found: 6.64505215675218 },
    ];
    const p = temuan(issues, c.tables);
    expect(capaianSel.format).toContain("%");
    expect(sel(p, "H5")).toMatchObject({ value: 1.2333333333, format: "0.00%" });
    expect(sel(p, "I5")).toMatchObject({ value: 1.25, format: "0.00%" });
    expect(sel(p, "H6")).toMatchObject({ value: 274178000, format: "#,##0" });
    expect(sel(p, "I6")).toMatchObject({ value: 6.64505215675218, format: "#,##0.00" });
  });

  test("Capaian Triwulan charts S against R per quarter from a block of averages", () => {
    const p = capaianTriwulan(c.tables);
    const g = p.charts!.find((x) => x.title.startsWith("Rencana (S) dan realisasi (R)"))!;
    expect(g.series.map((s) => s.name)).toEqual(["Rencana (S)", "Realisasi (R)"]);
    const [awal] = g.series[0].values.split(":");
    expect(sel(p, awal).formula).toBe("=AVERAGE(C5:C19)");
    expect(sel(p, g.series[1].values.split(":")[0]).formula).toBe("=AVERAGE(D5:D19)");
    expect(g.categories.split(":").map((a) => sel(p, a).value)).toEqual(["TW I", "TW IV"]);
  });
});
