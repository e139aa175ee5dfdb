/**
 * Writes the summary sheets for a workbook, prints them to PDF with LibreOffice and renders PNG
 * pages into test-output/preview/ so a person can look at them.
 *
 *   npx tsx scripts/preview-ringkasan.ts [in.xlsx]      (default: assets/contoh-lakip-2024.xlsx)
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buatRingkasan } from "../src/core/ringkasan";
import { tulisRingkasan } from "../src/xlsx/tulis";
import type { Issue, Tabel } from "../src/core/tabel";
import { LibreOffice } from "./lo";

const AKAR = path.join(__dirname, "..");
const KELUAR = path.join(AKAR, "test-output", "preview");

async function tabelDari(src: Uint8Array): Promise<{ tables: Tabel[]; issues: Issue[] }> {
  const { bacaBukuKerja } = require(path.join(AKAR, "src/xlsx/baca"));
  const { kenali } = require(path.join(AKAR, "src/core/layouts"));
  const tables: Tabel[] = kenali(await bacaBukuKerja(src));
  let issues: Issue[] = [];
  try {
    issues = require(path.join(AKAR, "src/core/validasi")).periksa(tables);
  } catch {
    // validation not available: the Temuan sheet stays empty
  }
  return { tables, issues };
}

async function main(): Promise<void> {
  const masuk = path.resolve(process.argv[2] ?? path.join(AKAR, "assets", "contoh-lakip-2024.xlsx"));
  if (!fs.existsSync(masuk)) throw new Error(`Berkas tidak ada: ${masuk} (buat contohnya dengan: npm run sample)`);
  const src = new Uint8Array(fs.readFileSync(masuk));
  const { tables, issues } = await tabelDari(src);
  const plans = buatRingkasan(tables, issues);
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
  const png = fs.readdirSync(KELUAR).filter((f) => f.endsWith(".png")).sort();
  console.log(`Ringkasan: ${penuh}`);
  for (const f of png) console.log(`  ${path.join(KELUAR, f)}`);
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

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
