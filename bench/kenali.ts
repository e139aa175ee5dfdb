/**
 * Speed goal for recognition: a 100.000-row sheet recognizes in well under 25 % of the time the
 * workbook takes to parse (a few hundred ms at most). Builds 100.000-row Perkin and Tabel 3.9
 * sheets in memory; with tmp/anggaran-100k.xlsx (scripts/buat-besar.ts) also compares with parsing.
 *   npx tsx bench/kenali.ts
 */
import * as fs from "fs";
import { kenali } from "../src/core/layouts";
import type { CellValue, SheetSnapshot } from "../src/core/snapshot";

export const BARIS = 100_000;
export const TARGET_MS = 300;

function lembar(nama: string, header: CellValue[][], baris: (i: number) => CellValue[]): SheetSnapshot {
  const values: CellValue[][] = [["Tabel uji"], [], ...header];
  for (let i = 0; i < BARIS; i++) values.push(baris(i));
  return { name: nama, top: 1, left: 1, values, merges: [] };
}

function ukur(f: () => unknown, putaran = 5): number {
  f();
  const w: number[] = [];
  for (let i = 0; i < putaran; i++) {
    const t = performance.now();
    f();
    w.push(performance.now() - t);
  }
  return w.sort((a, b) => a - b)[Math.floor(putaran / 2)];
}

export async function benchKenali(): Promise<{ name: string; ms: number; goal: number }[]> {
  const pk = lembar("PK", [["No", "Sasaran Kegiatan (SK)", "No", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"]], (i) => [
    i % 15 === 0 ? i / 15 + 1 : null,
    i % 15 === 0 ? `Sasaran kegiatan ${i / 15 + 1}` : null,
    (i % 15) + 1,
    `Indikator kinerja nomor ${i}`,
    30 + (i % 7),
    "Persen",
    `${37 + (i % 5)},5`,
    "123,33%",
  ]);
  const tw = lembar(
    "TW",
    [
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Triwulan I (%)", null, "Triwulan II (%)", null, "Triwulan III (%)", null, "Triwulan IV (%)", null],
      [null, null, null, null, null, null, "S", "R", "S", "R", "S", "R", "S", "R"],
    ],
    (i) => [i + 1, null, `Indikator ${i}`, "30 Persen", "37 Persen", "123,33%", "25%", "30,50%", "50%", "65,50%", "75%", "96,50%", 100, 100],
  );
  const out = [
    { name: `kenali Perkin ${BARIS} baris`, ms: ukur(() => kenali({ sheets: [pk] })), goal: TARGET_MS },
    { name: `kenali Tabel 3.9 ${BARIS} baris`, ms: ukur(() => kenali({ sheets: [tw] })), goal: TARGET_MS },
  ];
  const besar = "tmp/anggaran-100k.xlsx";
  if (fs.existsSync(besar)) {
    const { bacaBukuKerja } = await import("../src/xlsx/baca");
    const data = new Uint8Array(fs.readFileSync(besar));
    const t0 = performance.now();
    const snap = await bacaBukuKerja(data);
    const baca = performance.now() - t0;
    out.push({ name: "baca anggaran-100k.xlsx", ms: baca, goal: Infinity });
    out.push({ name: "kenali anggaran-100k (semua pengenal)", ms: ukur(() => kenali(snap), 3), goal: baca * 0.25 });
  }
  return out;
}

if (require.main === module) {
  benchKenali().then((hasil) => {
    for (const h of hasil) console.log(`${h.name}: ${h.ms.toFixed(1)} ms (sasaran < ${h.goal === Infinity ? "-" : h.goal.toFixed(0)} ms)`);
    if (hasil.some((h) => h.ms > h.goal)) process.exitCode = 1;
  });
}
