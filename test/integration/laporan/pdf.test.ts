/**
 * The Bab III document of the sample opens in LibreOffice Writer: converted to PDF it has A4
 * portrait pages, its captions in order, and two rendered pages carry ink (not blank).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LibreOffice, adaLibreOffice } from "../../../scripts/lo";
import { laporanDariSnapshot } from "../../../src/core/laporan/index";
import { tulisDocx } from "../../../src/docx/tulis";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { teksHalaman, tinta } from "../grafik/halaman";

const CONTOH = path.resolve(__dirname, "../../../assets/contoh-lakip-2024.xlsx");
const uji = adaLibreOffice() ? describe : describe.skip;

uji("Bab III through LibreOffice Writer", () => {
  let lo: LibreOffice;
  let dir: string;
  let pdf: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bab3-pdf-"));
    const snap = await bacaBukuKerja(new Uint8Array(fs.readFileSync(CONTOH)));
    const docx = path.join(dir, "bab3.docx");
    fs.writeFileSync(docx, await tulisDocx(laporanDariSnapshot(snap, { satker: "BSPJI Palembang" })));
    lo = LibreOffice.buka();
    pdf = (await lo.pdf(docx, dir)).file;
  }, 240000);

  afterAll(() => {
    lo?.tutup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("A4 portrait pages with every caption, in order", () => {
    const info = execFileSync("pdfinfo", [pdf]).toString();
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(10);
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
    expect(Math.round(w)).toBe(595);
    expect(Math.round(h)).toBe(842);
    const teks = teksHalaman(pdf).join("\n");
    const nomor = [...teks.matchAll(/^\s*Tabel 3\.(\d+) Perbandingan/gm)].map((m) => Number(m[1]));
    expect(nomor.length).toBeGreaterThan(50);
    expect(nomor.slice(nomor.length / 2)).toEqual([...nomor.slice(nomor.length / 2)].sort((a, b) => a - b));
    expect(teks).toContain("Gambar 3.15");
    expect(teks).toContain("[Kendala yang dihadapi");
  });

  test("two rendered pages are not blank", () => {
    for (const halaman of [1, 3]) expect(tinta(pdf, halaman)).toBeGreaterThan(0.01);
  });
});
