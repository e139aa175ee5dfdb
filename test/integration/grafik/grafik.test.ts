/**
 * Native charts in a written file: the sample's summaries (real reader and recognizers) written
 * by tulisRingkasan, which adds the chart parts to the package, then read back — by parsing the
 * package, by ExcelJS, and by LibreOffice, which must keep the charts on a round trip and draw
 * them into the PDF.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { markerKey, type ChartSpec, type SheetPlan } from "../../../src/core/lembar/plan";
import { kenali } from "../../../src/core/layouts";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { tulisRingkasan } from "../../../src/xlsx/tulis";
import { LibreOffice, adaLibreOffice } from "../../../scripts/lo";
import { buka, lembarPaket, relasi, teks, type Paket } from "./paket";
import { kataHalaman, teksHalaman, tinta } from "./halaman";
import { cekXml, uraiGrafik, type GrafikUrai } from "./urai";

const SAMPEL = path.join(__dirname, "../../../assets/contoh-lakip-2024.xlsx");
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/** S against R of the last quarter per indicator, while Capaian Triwulan declares no chart of its own. */
function grafikTriwulan(plan: SheetPlan): ChartSpec {
  const akhir = Math.max(...plan.cells.map((c) => Number(/\d+$/.exec(c.at)![0])));
  return {
    type: "bar",
    title: "Rencana (S) dan realisasi (R) triwulan IV per indikator",
    categories: `B5:B${akhir}`,
    series: [
      { name: "S TW IV", values: `L5:L${akhir}` },
      { name: "R TW IV", values: `M5:M${akhir}` },
    ],
    anchor: `B${akhir + 3}`,
    width: 6,
    height: 22,
  };
}

/** Charts of one sheet in the package: sheet → drawing relationship → drawing → charts. */
function grafikLembar(p: Paket, nama: string): GrafikUrai[] {
  const sheet = lembarPaket(p).get(nama)!;
  const drawing = [...relasi(p, sheet).entries()].find(([, r]) => r.type === REL_DRAWING);
  if (!drawing) return [];
  // One drawing per sheet, the one its relationship names.
  expect(teks(p, sheet).match(/<drawing r:id="([^"]*)"\/>/g)).toEqual([`<drawing r:id="${drawing[0]}"/>`]);
  const charts = [...relasi(p, drawing[1].target).values()].map((r) => r.target);
  return charts.map((c) => {
    expect(cekXml(teks(p, c))).toBe("");
    return uraiGrafik(teks(p, c));
  });
}

const uji = adaLibreOffice() && fs.existsSync(SAMPEL) ? describe : describe.skip;

uji("charts in the written sample", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-grafik-"));
  const file = path.join(dir, "ringkasan.xlsx");
  let plans: SheetPlan[];
  let nama: Record<string, string>;
  let paket: Paket;
  let lo: LibreOffice;

  beforeAll(async () => {
    const src = new Uint8Array(fs.readFileSync(SAMPEL));
    plans = buatRingkasan(kenali(await bacaBukuKerja(src)), []);
    const tw = plans.find((p) => p.key === "capaian-triwulan")!;
    if (!tw.charts?.length) tw.charts = [grafikTriwulan(tw)];
    const out = await tulisRingkasan(src, plans);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    nama = Object.fromEntries(wb.worksheets.map((ws) => [markerKey(ws.headerFooter?.oddFooter) ?? "", ws.name]));
    fs.writeFileSync(file, out);
    paket = buka(out);
    lo = LibreOffice.buka();
  }, 60_000);

  afterAll(() => {
    lo?.tutup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("Ringkasan Kinerja: capaian per indicator against 100 %, from G5:G19, cached values = the written cells", async () => {
    const [g] = grafikLembar(paket, "Ringkasan Kinerja");
    expect(g.judul).toBe("Capaian per indikator");
    const rk = (k: string) => `'Ringkasan Kinerja'!$${k}$5:$${k}$19`;
    expect(g.seri.map((s) => [s.kategori, s.nilai, s.tampak])).toEqual([
      [rk("C"), rk("G"), true],
      [rk("C"), rk("G"), false],
    ]);
    expect(g.sumbuNilai.map((s) => [s.min, s.format])).toEqual([["0", "0%"], ["0", "0%"]]);
    expect(g.sumbuKategori.map((k) => k.silangDi)).toEqual([null, "1"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Ringkasan Kinerja")!;
    const sel = (at: string) => ws.getCell(at).value as { result?: number } | string;
    g.seri[0].cache.forEach((v, i) => expect(v).toBeCloseTo((sel(`G${5 + i}`) as { result: number }).result, 12));
    expect(g.kategoriCache).toEqual(Array.from({ length: 15 }, (_, i) => String(sel(`C${5 + i}`))));
    // Tabel 1: 37 of 30 % (123,33 %), and SK3.IK3 22,74 of 5 (454,80 %).
    expect(g.seri[0].cache[0]).toBeCloseTo(37 / 30, 12);
    expect(g.seri[0].cache[7]).toBeCloseTo(22.74 / 5, 12);
  });

  test("Realisasi Anggaran: pagu and realisasi as columns, penyerapan on a secondary percent axis; the line chart per quarter", () => {
    const [kolom, garis] = grafikLembar(paket, "Realisasi Anggaran");
    const r = (k: string) => `'Realisasi Anggaran'!$${k}$7:$${k}$21`;
    expect(kolom.seri.map((s) => [s.nama, s.grup, s.kategori, s.nilai])).toEqual([
      ["Pagu", "barChart", r("A"), r("D")],
      ["Realisasi", "barChart", r("A"), r("E")],
      ["Penyerapan", "lineChart", r("A"), r("F")],
    ]);
    expect(kolom.sumbuNilai.map((s) => [s.posisi, s.min, s.format])).toEqual([["l", "0", '#,##0,," jt"'], ["r", "0", "0%"]]);
    // Tabel 3.104: Σ pagu Rp 20.508.472.000, Σ realisasi Rp 20.461.336.835.
    const jumlah = (v: (number | null)[]) => v.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(jumlah(kolom.seri[0].cache)).toBe(20_508_472_000);
    expect(jumlah(kolom.seri[1].cache)).toBe(20_461_336_835);
    expect(garis.judul).toBe("Penyerapan anggaran kumulatif per triwulan");
    expect(garis.seri.map((s) => s.grup)).toEqual(["lineChart", "lineChart"]);
    expect(garis.seri[0].nilai).toMatch(/^'Realisasi Anggaran'!\$D\$\d+:\$G\$\d+$/);
  });

  test("Capaian Triwulan and Efisiensi carry their charts too", () => {
    const [tw] = grafikLembar(paket, "Capaian Triwulan");
    expect(tw.seri.map((s) => s.nilai)).toEqual(tw.seri.map(() => expect.stringMatching(/^'Capaian Triwulan'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/)));
    expect(tw.seri.every((s) => s.cache.some((v) => v !== null))).toBe(true);
    const [ef] = grafikLembar(paket, "Efisiensi");
    expect(ef.seri[0].nilai).toBe("Efisiensi!$L$5:$L$19");
  });

  test("no data bars stand in for the charts any more", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    for (const key of ["ringkasan-kinerja", "capaian-triwulan", "realisasi-anggaran", "efisiensi"]) {
      const cf = (wb.getWorksheet(nama[key]) as unknown as { conditionalFormattings: { rules: { type: string }[] }[] }).conditionalFormattings;
      expect([key, cf.filter((x) => x.rules[0].type === "dataBar").length]).toEqual([key, 0]);
    }
  });

  test("ExcelJS still loads the file, every sheet and the summary cells intact", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(Object.values(nama).filter(Boolean)));
    expect(wb.getWorksheet("Realisasi Anggaran")!.getCell("D22").value).toMatchObject({ formula: "SUM(D7:D21)", result: 20_508_472_000 });
  });

  test("LibreOffice keeps every chart and its ranges on a round trip", async () => {
    const h = await lo.konversi(file, "xlsx", path.join(dir, "lo"));
    const p = buka(new Uint8Array(fs.readFileSync(h.file)));
    const f = (g: GrafikUrai[]) => g.flatMap((x) => x.seri.filter((s) => s.nilai).map((s) => s.nilai));
    for (const key of ["ringkasan-kinerja", "capaian-triwulan", "realisasi-anggaran", "efisiensi"]) {
      expect(f(grafikLembar(p, nama[key]))).toEqual(f(grafikLembar(paket, nama[key])));
    }
    // The 100 % reference survives as LibreOffice's own axis crossing at 1, without labels.
    const [rk] = grafikLembar(p, nama["ringkasan-kinerja"]);
    expect(rk.sumbuKategori.map((k) => [k.silangDi, k.label])).toContainEqual(["1", "none"]);
  }, 120_000);

  test("LibreOffice draws the charts into the PDF: titles on the summary pages, bars in the Ringkasan Kinerja plot area", async () => {
    const h = await lo.pdf(file, path.join(dir, "pdf"));
    const halaman = teksHalaman(h.file);
    const rk = halaman.findIndex((t) => t.includes("Ringkasan Kinerja — dibuat oleh SAKIP Kinerja"));
    expect(rk).toBeGreaterThanOrEqual(0);
    expect(halaman[rk]).toContain("Capaian per indikator");
    expect(halaman[rk]).toMatch(/\b0%/);
    for (const judul of ["Pagu, realisasi dan penyerapan per indikator", "Penyerapan anggaran kumulatif per triwulan", "Efisiensi per indikator"]) {
      expect(halaman.some((t) => t.includes(judul))).toBe(true);
    }
    expect(tinta(h.file, rk + 1)).toBeGreaterThan(0.02);
    // The plot area: from below the chart's title down to its percent axis labels ("0%" … "600%",
    // which the table's "123.33%" never matches). The bars are dark blue; gridlines are light grey.
    const kata = kataHalaman(h.file, rk + 1);
    const judul = kata.find((k, i) => k.teks === "Capaian" && kata[i + 1]?.teks === "per" && kata[i + 2]?.teks === "indikator")!;
    const label = kata.filter((k) => /^\d+%$/.test(k.teks) && k.y0 > judul.y1);
    expect(label.map((k) => k.teks).slice(0, 2)).toEqual(["0%", "100%"]);
    const plot = { x0: label[0].x0, y0: judul.y1 + 5, x1: label[label.length - 1].x1, y1: label[0].y0 - 2 };
    const batang = tinta(h.file, rk + 1, plot, 150);
    expect(batang).toBeGreaterThan(0.1);
  }, 120_000);
});
