/**
 * A test set of satker workbooks for `kinerja gabung`: the sample's indicators and budget rows
 * with seeded numbers and varied layouts (see satker/varian.ts). The last two files are broken
 * on purpose: one truncated .xlsx, one CSV export named .xlsx. A manifest (satker.json) records
 * every number written, for the tests to compare the comparison workbook with.
 *
 *   tsx scripts/buat-satker.ts [folder] [--jumlah 30] [--seed 2024]     (folder: tmp/satker)
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { bacaDasar, type Dasar } from "./satker/dasar";
import { lembarAnggaran, lembarPk } from "./satker/lembar";
import { varian, type Satker } from "./satker/varian";

export type { Satker } from "./satker/varian";

export interface OpsiSatker {
  jumlah?: number;
  seed?: number;
  dasar?: Dasar;
}

export async function bukuKerjaSatker(s: Satker): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = s.satker;
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 31));
  lembarPk(wb, s);
  lembarAnggaran(wb, s);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function csv(s: Satker): string {
  const baris = ["Indikator;Target;Realisasi", ...s.indikator.map((i) => `${i.nama};${i.target};${i.realisasi}`)];
  return baris.join("\n") + "\n";
}

/** Writes the set into `folder`; returns the manifest (also written as satker.json). */
export async function buatSatker(folder: string, opsi: OpsiSatker = {}): Promise<Satker[]> {
  const jumlah = opsi.jumlah ?? 30;
  const seed = opsi.seed ?? 2024;
  const dasar = opsi.dasar ?? bacaDasar();
  fs.mkdirSync(folder, { recursive: true });
  const semua: Satker[] = [];
  for (let n = 1; n <= jumlah; n++) {
    const s = varian(dasar, n, seed, jumlah);
    const f = path.join(folder, s.file);
    if (s.rusak === "csv") fs.writeFileSync(f, csv(s));
    else {
      const b = await bukuKerjaSatker(s);
      fs.writeFileSync(f, s.rusak === "terpotong" ? b.subarray(0, Math.floor(b.length * 0.6)) : b);
    }
    semua.push(s);
  }
  fs.writeFileSync(path.join(folder, "satker.json"), JSON.stringify(semua, null, 1));
  return semua;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const nilai = (nama: string) => {
    const i = args.indexOf(nama);
    return i >= 0 ? Number(args.splice(i, 2)[1]) : undefined;
  };
  const jumlah = nilai("--jumlah");
  const seed = nilai("--seed");
  const folder = path.resolve(args[0] ?? "tmp/satker");
  const mulai = Date.now();
  const set = await buatSatker(folder, { jumlah, seed });
  console.log(`${set.length} berkas satker ditulis ke ${path.relative(process.cwd(), folder) || folder} (${Date.now() - mulai} ms)`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
