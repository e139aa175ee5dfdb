/**
 * Office.js round trips, counted on the instrumented Excel mock (Excel itself does not run here):
 * scanning the sample workbook vs a 20-times larger one, and writing all summaries of the sample
 * vs the same with a 2.000-indicator Perkin (all summary sheets, real builders). The goal is a constant
 * count whatever the size.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { bacaBukuKerja } from "../src/xlsx/baca";
import { bacaSnapshot } from "../src/excel/baca";
import { tulisRencana } from "../src/excel/tulis";
import { kenali } from "../src/core/layouts";
import { periksa } from "../src/core/validasi";
import { buatRingkasan } from "../src/core/ringkasan";
import type { Snapshot } from "../src/core/snapshot";
import { MockWorkbook, type SeedLembar } from "../test/unit/excel/mockWorkbook";
import { perkinBesar } from "../test/unit/excel/fixtures";
import type { HasilBench } from "./hasil";

function benih(snapshot: Snapshot, salinan = 1): SeedLembar[] {
  const seeds: SeedLembar[] = [];
  for (let i = 0; i < salinan; i++)
    for (const s of snapshot.sheets)
      seeds.push({
        name: i === 0 ? s.name : `${s.name} ${i + 1}`.slice(0, 31),
        at: `${String.fromCharCode(64 + s.left)}${s.top}`,
        values: s.values,
        formulas: s.formulas,
        formats: s.numberFormats,
        merges: s.merges,
      });
  return seeds;
}

async function hitungSync(seeds: SeedLembar[], kerja: (ctx: Excel.RequestContext) => Promise<unknown>): Promise<number> {
  const wb = new MockWorkbook(seeds);
  (globalThis as { Office?: unknown }).Office = wb.office;
  let n = 0;
  const asli = wb.context.sync.bind(wb.context);
  wb.context.sync = () => {
    n++;
    return asli();
  };
  try {
    await kerja(wb.context as Excel.RequestContext);
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
  return n;
}

export async function benchSyncs(): Promise<HasilBench[]> {
  const contoh = await bacaBukuKerja(new Uint8Array(readFileSync(path.join(__dirname, "../assets/contoh-lakip-2024.xlsx"))));
  const kecil = benih(contoh);
  const besar = benih(contoh, 20);
  const pindai = (ctx: Excel.RequestContext) => bacaSnapshot(ctx);
  const ringkas = async (ctx: Excel.RequestContext) => {
    const snap = await bacaSnapshot(ctx);
    const tabel = kenali(snap);
    await tulisRencana(ctx, buatRingkasan(tabel, periksa(tabel)));
  };
  const sPindaiKecil = await hitungSync(kecil, pindai);
  const sPindaiBesar = await hitungSync(besar, pindai);
  const sAlurKecil = await hitungSync(kecil, ringkas);
  // Every summary sheet, built by the real builders from the sample and from the sample with a 2.000-indicator Perkin.
  const semuaRingkasan = (snap: Snapshot) => {
    const tabel = kenali(snap);
    return buatRingkasan(tabel, periksa(tabel));
  };
  const rencana15 = semuaRingkasan(contoh);
  const rencana2000 = semuaRingkasan(perkinBesar(contoh, 2000));
  const sTulis15 = await hitungSync(kecil, (ctx) => tulisRencana(ctx, rencana15));
  const sTulis2000 = await hitungSync(kecil, (ctx) => tulisRencana(ctx, rencana2000));
  return [
    {
      nama: `Office.js: pindai ${besar.length} lembar`,
      nilai: sPindaiBesar,
      satuan: "sync",
      acuan: { nama: `pindai ${kecil.length} lembar contoh`, nilai: sPindaiKecil, satuan: "sync" },
      sasaran: "sama, berapa pun lembarnya",
      ok: sPindaiBesar === sPindaiKecil,
    },
    {
      nama: "Office.js: pindai + periksa + tulis semua ringkasan (contoh)",
      nilai: sAlurKecil,
      satuan: "sync",
      sasaran: "konstan (pindai + ≤ 2 tulis)",
      ok: sAlurKecil <= sPindaiKecil + 2,
    },
    {
      nama: "Office.js: tulis semua ringkasan, Perkin 2.000 indikator",
      nilai: sTulis2000,
      satuan: "sync",
      acuan: { nama: "contoh, 15 indikator", nilai: sTulis15, satuan: "sync" },
      sasaran: "≤ 2, sama dengan 15 indikator",
      ok: sTulis2000 <= 2 && sTulis2000 === sTulis15,
    },
  ];
}
