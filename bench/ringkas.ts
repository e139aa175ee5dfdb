/**
 * Writing the summary sheets (buatRingkasan + tulisRingkasan) on the sample workbook, next to
 * LibreOffice's own recalculation of the written file (headless, forced recalculation on load),
 * both measured in this run.
 *
 *   npx tsx bench/ringkas.ts
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buatRingkasan } from "../src/core/ringkasan";
import type { Issue, Tabel } from "../src/core/tabel";
import { tulisRingkasan } from "../src/xlsx/tulis";
import { LibreOffice } from "../scripts/lo";
import { type HasilBench, median, ukur } from "./hasil";

const SAMPEL = path.join(__dirname, "..", "assets", "contoh-lakip-2024.xlsx");

export async function benchRingkas(putaran = 5): Promise<HasilBench[]> {
  const { bacaBukuKerja } = require("../src/xlsx/baca");
  const { kenali } = require("../src/core/layouts");
  const src = new Uint8Array(fs.readFileSync(SAMPEL));
  const tables: Tabel[] = kenali(await bacaBukuKerja(src));
  const issues: Issue[] = [];
  const waktu: number[] = [];
  let keluaran: Uint8Array = new Uint8Array();
  for (let i = 0; i < putaran; i++) {
    const { ms, hasil } = await ukur(() => tulisRingkasan(src, buatRingkasan(tables, issues)));
    waktu.push(ms);
    keluaran = hasil;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-"));
  const file = path.join(dir, "ringkasan.xlsx");
  fs.writeFileSync(file, keluaran);
  const lo = LibreOffice.buka();
  const waktuLo: number[] = [];
  try {
    await lo.hitungUlang(file, path.join(dir, "lo")); // the first run also builds the profile
    for (let i = 0; i < 3; i++) waktuLo.push((await lo.hitungUlang(file, path.join(dir, "lo"))).ms);
  } finally {
    lo.tutup();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const ringkas = median(waktu);
  const acuan = median(waktuLo);
  return [
    {
      nama: "ringkasan ditulis (buatRingkasan + tulisRingkasan, contoh)",
      nilai: ringkas,
      satuan: "ms",
      acuan: { nama: "LibreOffice menghitung ulang berkas yang sama", nilai: acuan, satuan: "ms" },
      sasaran: "≤ waktu hitung ulang LibreOffice",
      ok: ringkas <= acuan,
    },
  ];
}

if (require.main === module) {
  benchRingkas().then((h) => console.log(JSON.stringify(h, null, 2)));
}
