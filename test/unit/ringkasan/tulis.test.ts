import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { markerKey } from "../../../src/core/lembar/plan";
import { tulisRingkasan } from "../../../src/xlsx/tulis";
import type { Issue } from "../../../src/core/tabel";
import { bukuKerja, contohLakip, denganLembarPengguna } from "./contoh";
import { baca, sidik } from "./xlsx";

const issues: Issue[] = [{ rule: "angka-teks", severity: "warning", sheet: "PK 2024", cell: "G18", message: "Realisasi \"82, 25\" tersimpan sebagai teks." }];
const SUMBER = ["PK 2024", "TW 2024", "Anggaran PK", "Realisasi RO", "Anggaran Triwulan", "Jenis Belanja"];
const RINGKASAN = ["Ringkasan Kinerja", "Capaian Triwulan", "Realisasi Anggaran", "Efisiensi", "Temuan"];

describe("tulisRingkasan", () => {
  const c = contohLakip();
  const plans = buatRingkasan(c.tables, issues);

  test("adds the five sheets after the source sheets, each with its footer marker", async () => {
    const out = await tulisRingkasan(await bukuKerja(c), plans);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SUMBER, ...RINGKASAN]);
    expect(wb.worksheets.map((w) => markerKey(w.headerFooter?.oddFooter))).toEqual([
      null, null, null, null, null, null, "ringkasan-kinerja", "capaian-triwulan", "realisasi-anggaran", "efisiensi", "temuan",
    ]);
    const rk = wb.getWorksheet("Ringkasan Kinerja")!;
    expect(rk.getCell("G5").formula).toBe("'PK 2024'!G5/'PK 2024'!E5");
    expect(rk.getCell("G5").result).toBeCloseTo(37 / 30, 12);
    expect(rk.getCell("G5").numFmt).toBe("0.00%");
    expect(rk.getCell("F18").note).toMatch(/^Dibaca dari teks/);
    expect(rk.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(rk.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    expect(rk.getTables().length).toBe(1);
    const tm = wb.getWorksheet("Temuan")!;
    expect(tm.getCell("F5").formula).toBe(`HYPERLINK("#'PK 2024'!G18","'PK 2024'!G18")`);
  });

  test("source sheets are identical before and after, also after generating twice", async () => {
    const src = await bukuKerja(c);
    const awal = sidik(baca(src), SUMBER);
    const sekali = await tulisRingkasan(src, plans);
    expect(sidik(baca(sekali), SUMBER)).toEqual(awal);
    const dua = await tulisRingkasan(sekali, plans);
    expect(sidik(baca(dua), SUMBER)).toEqual(awal);
    expect(baca(dua).SheetNames).toEqual([...SUMBER, ...RINGKASAN]);
  });

  test("a user's sheet with a wanted name survives; the summary is '(2)', and is replaced, not duplicated, next time", async () => {
    const src = await denganLembarPengguna();
    const awal = sidik(baca(src), [...SUMBER, "Ringkasan Kinerja"]);
    const sekali = await tulisRingkasan(src, plans);
    const nama = baca(sekali).SheetNames;
    expect(nama).toEqual([...SUMBER, "Ringkasan Kinerja", "Ringkasan Kinerja (2)", ...RINGKASAN.slice(1)]);
    const dua = await tulisRingkasan(sekali, plans);
    expect(baca(dua).SheetNames).toEqual(nama);
    expect(sidik(baca(dua), [...SUMBER, "Ringkasan Kinerja"])).toEqual(awal);
  });

  test("text beginning with = + - @ is written as a shared string, never a formula", async () => {
    const nama = ["=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)"];
    const ci = contohLakip({ namaIndikator: { 0: nama[0], 1: nama[1], 2: nama[2] } });
    const out = await tulisRingkasan(await bukuKerja(ci), buatRingkasan(ci.tables, []));
    const ws = baca(out).Sheets["Ringkasan Kinerja"];
    nama.forEach((n, i) => {
      const sel = ws[`C${5 + i}`];
      expect(sel.t).toBe("s");
      expect(sel.v).toBe(n);
      expect(sel.f).toBeUndefined();
    });
  });

  test("charts are chart parts of the package, not data bars; the sheet name with its suffix is quoted in them", async () => {
    const out = await tulisRingkasan(await denganLembarPengguna(), plans);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    for (const nama of ["Ringkasan Kinerja (2)", "Realisasi Anggaran"]) {
      const cf = (wb.getWorksheet(nama) as unknown as { conditionalFormattings: { rules: { type: string }[] }[] }).conditionalFormattings;
      expect([nama, cf.filter((x) => x.rules[0].type === "dataBar").length]).toEqual([nama, 0]);
    }
    const p = unzipSync(out);
    const rumus = Object.keys(p).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).flatMap((k) => [...strFromU8(p[k]).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]));
    expect(rumus).toContain("'Ringkasan Kinerja (2)'!$G$5:$G$19");
  });
});
