/**
 * A findings-heavy export: 5 sheets of 1.000 SAKTI rows whose amounts are stored as text
 * ("1.234.567,00"), each account row with four findings (periode ini shows #VALUE!, so s.d.
 * periode ini, % and sisa no longer follow): 20.000 findings. `periksa` (read + recognize + check + JSON) is
 * measured against reading the file alone, `ringkas` (the same + the summary sheets written)
 * likewise, each in a fresh process so its peak memory is its own.
 *
 *   npx tsx bench/temuan-banyak.ts
 */
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { median, ukur, type HasilBench } from "./hasil";

const LEMBAR = 5;
const BARIS = 1000;

function rp(n: number): string {
  const [b, s] = n.toFixed(2).split(".");
  return `${b.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${s}`;
}

/** Per sheet: kegiatan › KRO › RO › komponen › akun, amounts as text; parents are the sums. */
export async function buatBukuTemuan(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < LEMBAR; s++) {
    const ws = wb.addWorksheet(`Realisasi ${s + 1}`);
    ws.addRow(["LAPORAN REALISASI ANGGARAN BELANJA"]);
    ws.addRow([`Satker : 4093${s}3 BALAI ${s + 1}`]);
    ws.addRow([]);
    ws.addRow(["Kode", null, null, null, null, "Uraian", "Pagu", "Realisasi", null, null, "%", "Sisa Anggaran"]);
    ws.addRow(["Kegiatan", "KRO", "RO", "Komponen", "Akun", null, null, "s.d. Periode Lalu", "Periode Ini", "s.d. Periode Ini"]);
    ws.mergeCells("A4:E4");
    ws.mergeCells("H4:J4");
    const daun = BARIS - 1 - 2 - 8 - 40;
    const perKomponen = Math.ceil(daun / 40);
    let akun = 0;
    ws.addRow(["4798", null, null, null, null, "Dukungan Manajemen", null]);
    for (let kro = 0; kro < 2 && akun < daun; kro++) {
      ws.addRow([null, `EB${"ABCDEFG"[kro]}`, null, null, null, "Layanan", null]);
      for (let ro = 0; ro < 4 && akun < daun; ro++) {
        ws.addRow([null, null, String(994 - ro), null, null, "Layanan Perkantoran", null]);
        for (let k = 0; k < 5 && akun < daun; k++) {
          ws.addRow([null, null, null, String(k + 1).padStart(3, "0"), null, "Operasional", null]);
          for (let a = 0; a < perKomponen && akun < daun; a++, akun++) {
            const pagu = 1_000_000 + ((akun * 7919) % 90_000) * 1000;
            const lalu = Math.round(pagu * 0.6);
            const ini = Math.round(pagu * 0.1);
            ws.addRow([null, null, null, null, String(521111 + a), "Belanja Barang Operasional", rp(pagu), rp(lalu), "#VALUE!", rp(lalu + ini), 71, pagu - lalu]);
          }
        }
      }
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Ukuran {
  baca: number;
  periksa: number;
  ringkas: number;
  temuan: number;
  rssPeriksa: number;
  rssRingkas: number;
}

/** One mode in this process: "periksa" or "ringkas"; prints ms and peak RSS (MB). */
async function jalankan(mode: "periksa" | "ringkas" | "baca", berkas: Uint8Array): Promise<{ ms: number; temuan: number; rss: number }> {
  const { bacaBukuKerja } = await import("../src/xlsx/baca");
  const { kenali } = await import("../src/core/layouts");
  const { periksa } = await import("../src/core/validasi");
  const { buatRingkasan } = await import("../src/core/ringkasan");
  const { tulisRingkasan } = await import("../src/xlsx/tulis");
  const waktu: number[] = [];
  let temuan = 0;
  for (let i = 0; i < 3; i++) {
    const { ms } = await ukur(async () => {
      const snap = await bacaBukuKerja(berkas);
      if (mode === "baca") return;
      const t = kenali(snap);
      const issues = periksa(t);
      temuan = issues.length;
      if (mode === "periksa") JSON.stringify({ file: "x.xlsx", tables: t, issues });
      else tulisRingkasan(berkas, buatRingkasan(t, issues));
    });
    waktu.push(ms);
  }
  return { ms: median(waktu), temuan, rss: process.resourceUsage().maxRSS / 1024 };
}

function proses(mode: string, file: string): { ms: number; temuan: number; rss: number } {
  const keluaran = execFileSync(process.execPath, [...process.execArgv, __filename, mode, file], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(keluaran.trim().split("\n").pop() ?? "");
}

export async function benchTemuanBanyak(): Promise<HasilBench[]> {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-temuan-")), "temuan.xlsx");
  fs.writeFileSync(file, await buatBukuTemuan());
  const baca = proses("baca", file);
  const p = proses("periksa", file);
  const r = proses("ringkas", file);
  const u: Ukuran = { baca: baca.ms, periksa: p.ms, ringkas: r.ms, temuan: p.temuan, rssPeriksa: p.rss, rssRingkas: r.rss };
  return [
    {
      nama: `periksa 5 × 1.000 baris SAKTI, ${u.temuan.toLocaleString("id-ID")} temuan (puncak ${Math.round(u.rssPeriksa)} MB)`,
      nilai: u.periksa,
      satuan: "ms",
      acuan: { nama: "baca berkas saja", nilai: u.baca, satuan: "ms" },
      sasaran: "≤ 1,5 × baca, ≤ 400 MB",
      ok: u.periksa <= 1.5 * u.baca && u.rssPeriksa <= 400,
    },
    {
      nama: `ringkas berkas yang sama (puncak ${Math.round(u.rssRingkas)} MB)`,
      nilai: u.ringkas,
      satuan: "ms",
      acuan: { nama: "baca berkas saja", nilai: u.baca, satuan: "ms" },
      sasaran: "≤ 3 × baca, ≤ 400 MB",
      ok: u.ringkas <= 3 * u.baca && u.rssRingkas <= 400,
    },
  ];
}

if (require.main === module) {
  const [mode, file] = process.argv.slice(2);
  if (mode === "baca" || mode === "periksa" || mode === "ringkas") {
    void import("node:fs").then(async (fs) => console.log(JSON.stringify(await jalankan(mode, new Uint8Array(fs.readFileSync(file))))));
  } else {
    void benchTemuanBanyak().then((h) => {
      for (const x of h) console.log(`${x.nama}: ${Math.round(x.nilai)} ms; ${x.acuan!.nama} ${Math.round(x.acuan!.nilai)} ms; ${x.sasaran} ${x.ok ? "OK" : "BELUM"}`);
    });
  }
}
