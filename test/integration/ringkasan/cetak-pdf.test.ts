/**
 * The sample's summaries printed by LibreOffice: A4 pages, every page carries the footer (sheet,
 * marker, page of pages) and, where the header repeats, the rightmost column's header — so no
 * column spills onto a page of its own — and every word of every wrapped cell is on the page
 * (a row too short for its text would hide its last lines).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { adaLibreOffice } from "../../../scripts/lo";
import { buatPratinjau } from "../../../scripts/preview-ringkasan";
import { kenali } from "../../../src/core/layouts";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { periksa } from "../../../src/core/validasi";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import type { SheetPlan } from "../../../src/core/lembar/plan";

const SAMPEL = path.join(__dirname, "../../../assets/contoh-lakip-2024.xlsx");
const uji = adaLibreOffice() ? describe : describe.skip;

/** The header of the last column, on every page of a sheet whose header rows repeat. */
const KEPALA_AKHIR: Record<string, string> = {
  "ringkasan-kinerja": "Status",
  "capaian-triwulan": "Status triwulan",
  efisiensi: "efisiensi",
  temuan: "Ditemukan",
};

function halaman(pdf: string): string[] {
  const n = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
  return Array.from({ length: n }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"]).toString());
}

const kata = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && w.length <= 14);

uji("summaries printed by LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-cetak-"));
  let plans: SheetPlan[] = [];
  beforeAll(async () => {
    const tables = kenali(await bacaBukuKerja(new Uint8Array(fs.readFileSync(SAMPEL))));
    plans = buatRingkasan(tables, periksa(tables));
    await buatPratinjau(SAMPEL, dir);
  }, 300_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("A4, footer on every page, the last column on every page, no wrapped text cut", () => {
    expect(plans.map((p) => p.key)).toEqual(["ringkasan-kinerja", "capaian-triwulan", "realisasi-anggaran", "efisiensi", "temuan"]);
    for (const plan of plans) {
      const pdf = path.join(dir, `${plan.key}.pdf`);
      expect(execFileSync("pdfinfo", [pdf]).toString()).toMatch(/Page size:\s+841\.89 x 595\.3\d* pts \(A4\)/);
      const hal = halaman(pdf);
      hal.forEach((teks, i) => {
        expect(teks).toContain(`SAKIP Kinerja · ${plan.key}`);
        expect(teks).toContain(`Halaman ${i + 1} dari ${hal.length}`);
        expect(teks).toContain(plan.name);
        if (KEPALA_AKHIR[plan.key]) expect(teks).toContain(KEPALA_AKHIR[plan.key]);
        // Realisasi Anggaran's sections each have their own header: Pagu and Sisa stay together.
        if (plan.key === "realisasi-anggaran" && teks.includes("Pagu (Rp)")) expect(teks).toContain(/T TW I\b/.test(teks) ? "R TW IV" : "Sisa (Rp)");
      });
      const dicetak = new Set(kata(hal.join("\n")));
      const hilang = plan.cells
        .filter((c) => c.style?.wrap && typeof c.value === "string")
        .flatMap((c) => kata(String(c.value)).filter((w) => !dicetak.has(w)).map((w) => `${c.at}: ${w}`));
      expect(hilang).toEqual([]);
    }
    expect(halaman(path.join(dir, "ringkasan-kinerja.pdf"))).toHaveLength(1);
    expect(halaman(path.join(dir, "capaian-triwulan.pdf"))).toHaveLength(1);
  });
});
