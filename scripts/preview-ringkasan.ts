/**
 * Writes the summary sheets for a workbook, prints them to PDF with LibreOffice and renders PNG
 * pages into test-output/preview/ so a person can look at them.
 *
 *   npm run preview:ringkasan [-- in.xlsx]      (default: assets/contoh-lakip-2024.xlsx)
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { kenali } from "../src/core/layouts";
import { buatRingkasan } from "../src/core/ringkasan";
import { periksa } from "../src/core/validasi";
import { bacaBukuKerja } from "../src/xlsx/baca";
import { tulisRingkasan } from "../src/xlsx/tulis";
import { LibreOffice } from "./lo";

const AKAR = path.join(__dirname, "..");

/** Writes the summary of `masuk` and one PNG page set per summary sheet into `KELUAR`; returns the PNG paths. */
export async function buatPratinjau(masuk: string, KELUAR: string): Promise<{ ringkasan: string; png: string[] }> {
  if (!fs.existsSync(masuk)) throw new Error(`Berkas tidak ada: ${masuk} (buat contohnya dengan: npm run sample)`);
  const src = new Uint8Array(fs.readFileSync(masuk));
  const tables = kenali(await bacaBukuKerja(src));
  const plans = buatRingkasan(tables, periksa(tables));
  fs.rmSync(KELUAR, { recursive: true, force: true });
  fs.mkdirSync(KELUAR, { recursive: true });
  // Only the summary sheets are printed: a workbook of just those is written beside the full one.
  const penuh = path.join(KELUAR, `${path.basename(masuk, ".xlsx")}-ringkasan.xlsx`);
  fs.writeFileSync(penuh, await tulisRingkasan(src, plans));
  const lo = LibreOffice.buka();
  try {
    for (const plan of plans) {
      const satu = path.join(KELUAR, `${plan.key}.xlsx`);
      fs.writeFileSync(satu, await tampilkanTerakhir(await tulisRingkasan(await kosongDengan(src), [plan])));
    }
    const pdf = await lo.konversiBanyak(plans.map((p) => path.join(KELUAR, `${p.key}.xlsx`)), "pdf", KELUAR);
    for (const h of pdf) {
      execFileSync("pdftoppm", ["-png", "-r", "70", h.file, h.file.replace(/\.pdf$/, "")]);
      fs.rmSync(h.file.replace(/\.pdf$/, ".xlsx"));
    }
  } finally {
    lo.tutup();
  }
  const png = fs.readdirSync(KELUAR).filter((f) => f.endsWith(".png")).sort().map((f) => path.join(KELUAR, f));
  return { ringkasan: penuh, png };
}

async function main(): Promise<void> {
  const masuk = path.resolve(process.argv[2] ?? path.join(AKAR, "assets", "contoh-lakip-2024.xlsx"));
  const { ringkasan, png } = await buatPratinjau(masuk, path.join(AKAR, "test-output", "preview"));
  console.log(`Ringkasan: ${ringkasan}`);
  for (const f of png) console.log(`  ${f}`);
}

/**
 * The source workbook with every sheet hidden, so the PDF shows only the summary while its
 * formulas still find their sources.
 */
async function kosongDengan(src: Uint8Array): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(src as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) ws.state = "hidden";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Makes the last sheet the active one (LibreOffice shows, and prints, a hidden active sheet). */
async function tampilkanTerakhir(data: Uint8Array): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const n = wb.worksheets.length - 1;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: n, activeTab: n, visibility: "visible" }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
