/**
 * `kinerja gabung` of the 30 generated satker workbooks (scripts/buat-satker.ts, written to a
 * temp folder), next to just reading the same 30 files (bacaBukuKerja), both in this run.
 *
 *   npx tsx bench/gabung.ts
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buatSatker } from "../scripts/buat-satker";
import { gabungBerkas } from "../src/cli/gabung";
import { bacaBukuKerja } from "../src/xlsx/baca";
import { type HasilBench, median, ukur } from "./hasil";

const diam = { tulis: () => undefined, galat: () => undefined, galatTty: false };

export async function benchGabung(putaran = 3): Promise<HasilBench[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-gabung-"));
  try {
    const folder = path.join(dir, "satker");
    const set = await buatSatker(folder);
    const berkas = set.map((s) => path.join(folder, s.file));
    const waktuBaca: number[] = [];
    const waktuGabung: number[] = [];
    // One warm-up of each (module loading, JIT), then the measured rounds alternate.
    await gabungBerkas([folder], { keluaran: path.join(dir, "gabungan.xlsx") }, diam);
    for (let i = 0; i < putaran; i++) {
      waktuBaca.push(
        (
          await ukur(async () => {
            for (const f of berkas) {
              try {
                await bacaBukuKerja(new Uint8Array(fs.readFileSync(f)));
              } catch {
                // the two broken files fail here as in gabung
              }
            }
          })
        ).ms,
      );
      waktuGabung.push((await ukur(() => gabungBerkas([folder], { keluaran: path.join(dir, "gabungan.xlsx") }, diam))).ms);
    }
    const gabung = median(waktuGabung);
    const baca = median(waktuBaca);
    return [
      {
        nama: `kinerja gabung, ${set.length} berkas satker (kenali, periksa, tulis perbandingan)`,
        nilai: gabung,
        satuan: "ms",
        acuan: { nama: `membaca ${set.length} berkas yang sama saja (bacaBukuKerja)`, nilai: baca, satuan: "ms" },
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchGabung().then((h) => console.log(JSON.stringify(h, null, 2)));
}
