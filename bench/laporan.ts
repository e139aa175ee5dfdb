/**
 * `kinerja laporan`: the Bab III document (model + Word writer) for the sample's 15 indicators
 * (goal ≤ 1 s) and for a generated Perkin of 300 indicators with its multi-year rows (goal ≤ 5 s),
 * each beside writing the summary sheets from the same tables, measured in the same run.
 *
 *   npx tsx bench/laporan.ts
 */
import * as fs from "fs";
import * as path from "path";
import { kenali } from "../src/core/layouts";
import { kenaliMultitahun } from "../src/core/layouts/multitahun/index";
import { susunBab3 } from "../src/core/laporan/susun";
import { buatRingkasan } from "../src/core/ringkasan";
import type { Tabel, TabelMultitahun } from "../src/core/tabel";
import { tulisDocx } from "../src/docx/tulis";
import { bacaBukuKerja } from "../src/xlsx/baca";
import { tulisRingkasan } from "../src/xlsx/tulis";
import { type HasilBench, median, ukur } from "./hasil";

const SAMPEL = path.join(__dirname, "..", "assets", "contoh-lakip-2024.xlsx");

/** Each indicator k times, renamed so that every copy is its own indicator in every table. */
function perbanyak<T extends { rows: R[] }, R extends { indikator: string; row: number }>(t: T, k: number): T {
  const rows = Array.from({ length: k }, (_, i) => t.rows.map((r) => ({ ...r, indikator: `${r.indikator} varian v${i}x`, row: r.row + i * 1000 }))).flat();
  return { ...t, rows };
}

async function ukurBab3(src: Uint8Array, tabel: Tabel[], multi: TabelMultitahun[], putaran: number): Promise<{ docx: number; ringkas: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < putaran; i++) {
    a.push((await ukur(() => tulisDocx(susunBab3(tabel, multi)))).ms);
    b.push((await ukur(() => tulisRingkasan(src, buatRingkasan(tabel, [])))).ms);
  }
  return { docx: median(a), ringkas: median(b) };
}

export async function benchLaporan(): Promise<HasilBench[]> {
  const src = new Uint8Array(fs.readFileSync(SAMPEL));
  const snap = await bacaBukuKerja(src);
  const tabel = kenali(snap);
  const multi = kenaliMultitahun(snap);
  const kecil = await ukurBab3(src, tabel, multi, 5);
  const k = 20;
  const perkinBesar = tabel.filter((t) => t.kind === "perkin" && t.bentuk === "perkin").map((t) => (t.kind === "perkin" ? perbanyak(t, k) : t));
  const multiBesar = multi.map((t): TabelMultitahun => {
    if (t.bentuk === "riwayat") return perbanyak(t, k);
    if (t.bentuk === "renstra") return perbanyak(t, k);
    if (t.bentuk === "jangka-menengah") return perbanyak(t, k);
    return perbanyak(t, k);
  });
  const besar = await ukurBab3(src, perkinBesar, multiBesar, 3);
  const baris = (n: number, h: { docx: number; ringkas: number }, batas: number): HasilBench => ({
    nama: `Bab III .docx, ${n} indikator (susun + tulis)`,
    nilai: h.docx,
    satuan: "ms",
    acuan: { nama: `lembar ringkasan dari tabel yang sama (rasio ${(h.docx / h.ringkas).toFixed(2)}×)`, nilai: h.ringkas, satuan: "ms" },
    sasaran: `≤ ${batas} ms`,
    ok: h.docx <= batas,
  });
  return [baris(15, kecil, 1000), baris(15 * k, besar, 5000)];
}

if (require.main === module) {
  benchLaporan().then((h) => console.log(JSON.stringify(h, null, 2)));
}
