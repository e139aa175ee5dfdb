/**
 * The real summary builders, rendered by the Office.js writer: the sample workbook (15 indicators)
 * and the same workbook with a 2,000-indicator Perkin take the same syncs, at most two, for all
 * summary sheets at once.
 */
import * as fs from "fs";
import * as path from "path";
import { kenali } from "../../../src/core/layouts";
import { buatRingkasan } from "../../../src/core/ringkasan";
import type { Snapshot } from "../../../src/core/snapshot";
import { periksa } from "../../../src/core/validasi";
import { tulisRencana } from "../../../src/excel/tulis";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { bukaMock as buka, perkinBesar } from "./fixtures";

afterEach(() => delete (globalThis as any).Office);

const CONTOH = path.resolve(__dirname, "../../../assets/contoh-lakip-2024.xlsx");

async function tulisSemua(snap: Snapshot) {
  const tabel = kenali(snap);
  const plans = buatRingkasan(tabel, periksa(tabel));
  const { ctx, sync, wb } = buka([{ name: "PK 2024", values: [["No"]] }]);
  await tulisRencana(ctx, plans);
  return { plans, sync: sync.mock.calls.length, wb };
}

test("all summary sheets of 15 and of 2,000 indicators: the same syncs, at most two", async () => {
  const contoh = await bacaBukuKerja(new Uint8Array(fs.readFileSync(CONTOH)));
  const kecil = await tulisSemua(contoh);
  const besar = await tulisSemua(perkinBesar(contoh, 2000));

  const baris = (x: typeof kecil) => x.plans.find((p) => p.key === "ringkasan-kinerja")!.cells.filter((c) => /^C\d+$/.test(c.at)).length;
  expect(kecil.plans.map((p) => p.key)).toEqual(["ringkasan-kinerja", "capaian-triwulan", "realisasi-anggaran", "efisiensi", "temuan"]);
  expect(besar.plans.map((p) => p.key)).toEqual(kecil.plans.map((p) => p.key));
  expect(baris(besar) - baris(kecil)).toBeGreaterThanOrEqual(2000 - 15);
  expect(kecil.sync).toBeLessThanOrEqual(2);
  expect(besar.sync).toBe(kecil.sync);

  // The 2,000th indicator arrived, with its live capaian formula.
  const rk = besar.wb.sheet("Ringkasan Kinerja")!;
  const sel = besar.plans[0].cells.find((c) => c.value === "Indikator kinerja nomor 2000")!;
  const r = sel.at.replace(/^[A-Z]+/, "");
  expect(rk.at(sel.at)?.value).toBe("Indikator kinerja nomor 2000");
  expect(rk.at(`G${r}`)?.formula).toMatch(/^='PK 2024'!G\d+\/'PK 2024'!E\d+$/);
}, 60_000);
