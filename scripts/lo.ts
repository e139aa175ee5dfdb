/**
 * LibreOffice headless as a recalculation oracle and PDF printer.
 * A dedicated profile forces "recalculate on load" for OOXML and ODF, so every formula of a
 * converted workbook is computed by LibreOffice itself instead of keeping the cached results.
 *
 *   npx tsx scripts/lo.ts <file.xlsx> [xlsx|pdf|xls|ods] [outdir]
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function adaLibreOffice(): boolean {
  const dirs = (process.env.PATH ?? "").split(path.delimiter);
  return dirs.some((d) => fs.existsSync(path.join(d, "soffice")));
}

/** Output formats LibreOffice is asked for: recalculated workbooks, pages to look at, and other programs' files. */
export type Format = "xlsx" | "pdf" | "xls" | "ods";

export interface HasilKonversi {
  file: string;
  ms: number;
}

export class LibreOffice {
  private antre: Promise<unknown> = Promise.resolve();

  private constructor(readonly profil: string) {}

  /** A fresh profile under the system temp folder. */
  static buka(): LibreOffice {
    const profil = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-lo-"));
    fs.mkdirSync(path.join(profil, "user"), { recursive: true });
    fs.writeFileSync(path.join(profil, "user", "registrymodifications.xcu"), XCU);
    return new LibreOffice(profil);
  }

  /** Converts `file` into `outdir`; one conversion at a time, since a running instance locks the profile. */
  async konversi(file: string, format: Format, outdir: string): Promise<HasilKonversi> {
    const [h] = await this.konversiBanyak([file], format, outdir);
    return h;
  }

  /** Several files in one LibreOffice run (one start-up); `ms` is the time of the whole run. */
  konversiBanyak(files: string[], format: Format, outdir: string): Promise<HasilKonversi[]> {
    const kerja = this.antre.then(() => this.jalankan(files, format, outdir));
    this.antre = kerja.catch(() => undefined);
    return kerja;
  }

  /** The workbook recalculated by LibreOffice (every formula computed on load), as .xlsx. */
  hitungUlang(file: string, outdir: string): Promise<HasilKonversi> {
    return this.konversi(file, "xlsx", outdir);
  }

  pdf(file: string, outdir: string): Promise<HasilKonversi> {
    return this.konversi(file, "pdf", outdir);
  }

  tutup(): void {
    fs.rmSync(this.profil, { recursive: true, force: true });
  }

  private jalankan(files: string[], format: string, outdir: string): Promise<HasilKonversi[]> {
    fs.mkdirSync(outdir, { recursive: true });
    const args = [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${pathToFileURL(this.profil).href}`,
      "--convert-to",
      format,
      "--outdir",
      outdir,
      ...files,
    ];
    const mulai = Date.now();
    return new Promise((resolve, reject) => {
      execFile("soffice", args, { timeout: 120_000 }, (err, stdout, stderr) => {
        if (err) return reject(new Error(`LibreOffice gagal mengonversi ${files.join(", ")}: ${err.message}\n${stderr}`));
        const ms = Date.now() - mulai;
        const hasil: HasilKonversi[] = [];
        for (const file of files) {
          const keluar = path.join(outdir, `${path.basename(file, path.extname(file))}.${format}`);
          if (!fs.existsSync(keluar)) return reject(new Error(`LibreOffice tidak menghasilkan ${keluar}:\n${stdout}\n${stderr}`));
          hasil.push({ file: keluar, ms });
        }
        resolve(hasil);
      });
    });
  }
}

if (require.main === module) {
  const [file, format = "xlsx", outdir = path.join(process.cwd(), "test-output", "lo")] = process.argv.slice(2);
  if (!file) {
    console.error("Pemakaian: npx tsx scripts/lo.ts <berkas.xlsx> [xlsx|pdf|xls|ods] [folder-keluaran]");
    process.exit(2);
  }
  const lo = LibreOffice.buka();
  lo.konversi(path.resolve(file), format as Format, path.resolve(outdir))
    .then((h) => console.log(`${h.file} (${h.ms} ms)`))
    .catch((e) => {
      console.error(e.message);
      process.exitCode = 1;
    })
    .finally(() => lo.tutup());
}
