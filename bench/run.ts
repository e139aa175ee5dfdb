/**
 * `npm run bench`: every figure of the project in one table, each measured in this run against
 * its reference; printed as a table and written as JSON (bench-hasil.json, or the path given).
 */
import { writeFileSync } from "node:fs";
import { benchCapaianTerpisah } from "./capaian";
import { benchGabung } from "./gabung";
import { benchPengenalan } from "./pengenalan";
import { benchRingkas } from "./ringkas";
import { benchLaporan } from "./laporan";
import { benchSyncs } from "./syncs";
import { benchTemuanBanyak } from "./temuan-banyak";
import { benchTaskpane } from "./taskpane";
import type { HasilBench } from "./hasil";

type Langkah = { nama: string; jalan: () => Promise<HasilBench[]> };

const langkah: Langkah[] = [
  {
    nama: "SAKIP.CAPAIAN",
    jalan: async () => {
      const r = benchCapaianTerpisah();
      return [
        {
          nama: r.name,
          nilai: r.ms,
          satuan: "ms",
          acuan: { nama: "panggilan pertama, kode belum terkompilasi", nilai: r.pertamaMs, satuan: "ms" },
          sasaran: `≤ ${r.goal} ms`,
          ok: r.ms <= r.goal,
        },
      ];
    },
  },
  { nama: "pengenalan dan validasi", jalan: () => benchPengenalan() },
  { nama: "kinerja ringkas", jalan: () => benchRingkas() },
  { nama: "berkas dengan banyak temuan", jalan: () => benchTemuanBanyak() },
  { nama: "kinerja laporan", jalan: () => benchLaporan() },
  { nama: "sync Office.js", jalan: () => benchSyncs() },
  { nama: "kinerja gabung", jalan: () => benchGabung() },
  { nama: "panel tugas", jalan: async () => (await benchTaskpane()).hasil },
];

function angka(n: number): string {
  return n.toLocaleString("id-ID", { maximumFractionDigits: n < 10 ? 2 : 0 });
}

async function main(): Promise<void> {
  const semua: HasilBench[] = [];
  for (const l of langkah) {
    process.stderr.write(`» ${l.nama}…\n`);
    try {
      semua.push(...(await l.jalan()));
    } catch (e) {
      semua.push({ nama: `${l.nama}: GAGAL — ${(e as Error).message}`, nilai: NaN, satuan: "", ok: false });
    }
  }
  const baris = semua.map((h) => [
    h.nama,
    `${angka(h.nilai)} ${h.satuan}`,
    h.acuan ? `${h.acuan.nama}: ${angka(h.acuan.nilai)} ${h.acuan.satuan}` : "",
    h.sasaran ?? "",
    h.ok === undefined ? "" : h.ok ? "OK" : "BELUM",
  ]);
  const kepala = ["Ukuran", "Nilai", "Acuan (run yang sama)", "Sasaran", ""];
  const lebar = kepala.map((k, i) => Math.max(k.length, ...baris.map((b) => b[i].length)));
  const cetak = (b: string[]) => console.log(b.map((s, i) => s.padEnd(lebar[i])).join(" │ "));
  cetak(kepala);
  console.log(lebar.map((w) => "─".repeat(w)).join("─┼─"));
  baris.forEach(cetak);
  const keluar = process.argv[2] ?? "bench-hasil.json";
  writeFileSync(keluar, JSON.stringify({ waktu: new Date().toISOString(), hasil: semua }, null, 2));
  console.log(`\nJSON: ${keluar}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
