/**
 * Builds assets/contoh-lakip-2024.xlsx, the sample workbook, from the reference tables of the
 * LAKIP 2024 of BSPJI Palembang (../shared/reference/data, next to the repository).
 *
 *   npm run sample                 writes assets/contoh-lakip-2024.xlsx
 *   tsx scripts/buat-contoh.ts X   writes X instead
 *
 * Sheets (laid out as a planner keeps the report's tables in Excel: title rows, header rows,
 * merged sasaran cells, a signature block under the Rencana Aksi):
 *   PK 2024           Tabel 3.3 + realisasi/capaian of Tabel 1
 *   Capaian TW        Tabel 3.9 (annual + S/R fisik per triwulan)
 *   Rencana Aksi      Tabel 3.7 (target antara B01–B12, rencana kegiatan)
 *   Realisasi RO      Tabel 3.106 (code tree, pagu, realisasi, %, Total)
 *   Realisasi per TW  Tabel 3.105 (per KRO, cumulative T/R % per triwulan)
 *   Pagu per KRO      Tabel 3.4 (Rp000, pagu awal and revisi 1–19, TOTAL)
 *   PNBP              Tabel 3.109 (per jasa layanan, groups, totals)
 *   Anggaran per IK   Tabel 3.104 (per indicator: target/realisasi/capaian merged over its
 *                     numbered komponen with pagu, realisasi, %; Total)
 *   Riwayat 2020-2024, Renstra 2021-2024, Jangka Menengah, Pembanding Satker: the multi-year
 *                     tables of Bab III (families C, F, D, E; see contoh/lembar-multitahun.ts)
 *
 * Numbers and text (see contoh/sel.ts):
 * - Rupiah amounts are numbers formatted #,##0 (the report's "Rp   65.345.000,00" is presentation).
 * - A printed number or percentage becomes a number cell when an Indonesian-locale Excel would
 *   accept it as typed ("68,23", "99,80%" → 0.998 shown as %); otherwise the cell holds the
 *   printed text ("3.66", "82, 25", "123, 33%", "96,97%%", "1.20%").
 * - "Capaian TW" is text throughout, as a table pasted from the report arrives ("30 Persen").
 * - Totals of Realisasi RO, Pagu per KRO and Anggaran per IK are SUM formulas whose cached
 *   results are the report's printed totals (they agree). PNBP totals are the printed values
 *   (they do not all cross-foot; that is the report's).
 * - No number is rounded, recomputed or corrected; the report's inconsistencies stay.
 *
 * The output is byte-stable: fixed workbook dates and creator, fixed zip timestamps.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { bacaData, type DataReferensi } from "./contoh/data";
import { lembarPk } from "./contoh/lembar-pk";
import { lembarCapaianTw } from "./contoh/lembar-capaian-tw";
import { lembarRencanaAksi } from "./contoh/lembar-rencana-aksi";
import { lembarPaguKro, lembarRealisasiRo, lembarRealisasiTw } from "./contoh/lembar-anggaran";
import { lembarPnbp } from "./contoh/lembar-pnbp";
import { lembarPkAnggaran } from "./contoh/lembar-pk-anggaran";
import { lembarMultitahun } from "./contoh/lembar-multitahun";
import { zipTetap } from "./contoh/zip-tetap";

export const BERKAS_CONTOH = path.resolve(__dirname, "../assets/contoh-lakip-2024.xlsx");
const TANGGAL = new Date(Date.UTC(2025, 0, 31));

export async function buatContoh(data: DataReferensi = bacaData()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "BSPJI Palembang";
  wb.lastModifiedBy = "BSPJI Palembang";
  wb.company = "BSPJI Palembang";
  wb.title = "Contoh data LAKIP 2024";
  wb.created = TANGGAL;
  wb.modified = TANGGAL;
  wb.calcProperties.fullCalcOnLoad = false;

  lembarPk(wb, data);
  lembarCapaianTw(wb, data);
  lembarRencanaAksi(wb, data);
  lembarRealisasiRo(wb, data);
  lembarRealisasiTw(wb, data);
  lembarPaguKro(wb, data);
  lembarPnbp(wb, data);
  lembarPkAnggaran(wb, data);
  lembarMultitahun(wb, data);

  const buf = await wb.xlsx.writeBuffer();
  return zipTetap(new Uint8Array(buf as ArrayBuffer));
}

async function main(): Promise<void> {
  const keluar = path.resolve(process.argv[2] ?? BERKAS_CONTOH);
  const bytes = await buatContoh();
  fs.mkdirSync(path.dirname(keluar), { recursive: true });
  fs.writeFileSync(keluar, bytes);
  console.log(`Contoh ditulis: ${path.relative(process.cwd(), keluar) || keluar} (${bytes.length} byte)`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
