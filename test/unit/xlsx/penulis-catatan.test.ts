/** Notes in the files we write are signed by the add-in, not ExcelJS's "Author". */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import type { SheetPlan } from "../../../src/core/lembar/plan";
import { bacaSnapshot } from "../../../src/cli/berkas";
import { kenaliDanPeriksa } from "../../../src/cli/inti";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { tulisBaru } from "../../../src/xlsx/tulis-baru";
import { tulisRingkasan } from "../../../src/xlsx/tulis";

const CONTOH = path.resolve(__dirname, "../../../assets/contoh-lakip-2024.xlsx");

function penulis(paket: Uint8Array): string[] {
  const parts = unzipSync(paket);
  const catatan = Object.keys(parts).filter((n) => /^xl\/comments\d*\.xml$/.test(n));
  return catatan.flatMap((n) => [...strFromU8(parts[n]).matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]));
}

test("gabung's new workbook: notes signed SAKIP Kinerja", async () => {
  const plan: SheetPlan = {
    key: "uji",
    name: "Uji",
    cells: [{ at: "B2", value: 12.5, note: "Dibaca dari teks: \"12,5\"" }],
  };
  const nama = penulis(await tulisBaru([plan]));
  expect(nama).toEqual(["SAKIP Kinerja"]);
});

test("the summary copy of the sample: every note signed SAKIP Kinerja", async () => {
  const bytes = new Uint8Array(fs.readFileSync(CONTOH));
  const hasil = kenaliDanPeriksa(CONTOH, await bacaSnapshot(CONTOH, bytes));
  const nama = penulis(await tulisRingkasan(bytes.slice(), buatRingkasan(hasil.tables, hasil.issues)));
  expect(nama.length).toBeGreaterThan(0);
  expect(new Set(nama)).toEqual(new Set(["SAKIP Kinerja"]));
});
