/*
 * The file workbook (standalone mode): corrections kept per file name in localStorage, the
 * result workbook = the source + the generated sheets under the names chooseNames() gives.
 */
import * as fs from "fs";
import * as path from "path";
import { kenali } from "../../../src/core/layouts/index";
import { buatRingkasan } from "../../../src/core/ringkasan/index";
import { periksa } from "../../../src/core/validasi/index";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { AWALAN_SIMPAN, bukuBerkas, namaUnduhan } from "../../../src/taskpane/sumber-berkas";

const CONTOH = new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../../assets/contoh-lakip-2024.xlsx")));

class Simpanan {
  isi = new Map<string, string>();
  getItem(k: string) {
    return this.isi.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.isi.set(k, String(v));
  }
  removeItem(k: string) {
    this.isi.delete(k);
  }
}

beforeEach(() => {
  (globalThis as any).localStorage = new Simpanan();
});
afterEach(() => delete (globalThis as any).localStorage);

test("koreksi disimpan per nama berkas dan dipakai saat berkas dibuka lagi", async () => {
  const k = [{ sheet: "PK 2024", range: "A4:H19", columns: { realisasi: "E" } }];
  expect(await bukuBerkas("laporan.xlsx", CONTOH).simpanKoreksi(k)).toBe(true);
  expect(JSON.parse((globalThis as any).localStorage.getItem(AWALAN_SIMPAN + "laporan.xlsx"))).toEqual(k);
  expect(await bukuBerkas("laporan.xlsx", CONTOH).muatKoreksi()).toEqual(k);
  expect(await bukuBerkas("lain.xlsx", CONTOH).muatKoreksi()).toEqual([]);
  // Removing the last correction removes the entry.
  await bukuBerkas("laporan.xlsx", CONTOH).simpanKoreksi([]);
  expect((globalThis as any).localStorage.getItem(AWALAN_SIMPAN + "laporan.xlsx")).toBeNull();
});

test("entri rusak di localStorage diabaikan", async () => {
  (globalThis as any).localStorage.setItem(AWALAN_SIMPAN + "x.xlsx", "{bukan json");
  expect(await bukuBerkas("x.xlsx", CONTOH).muatKoreksi()).toEqual([]);
  (globalThis as any).localStorage.setItem(AWALAN_SIMPAN + "y.xlsx", JSON.stringify([{ sheet: 1 }, { sheet: "PNBP", range: "A3:G28", ignore: true }]));
  expect(await bukuBerkas("y.xlsx", CONTOH).muatKoreksi()).toEqual([{ sheet: "PNBP", range: "A3:G28", ignore: true }]);
});

test("tanpa localStorage koreksi tetap berlaku di memori", async () => {
  delete (globalThis as any).localStorage;
  const b = bukuBerkas("laporan.xlsx", CONTOH);
  expect(await b.simpanKoreksi([{ sheet: "PNBP", range: "A3:G28", ignore: true }])).toBe(false);
  expect(await b.muatKoreksi()).toEqual([{ sheet: "PNBP", range: "A3:G28", ignore: true }]);
});

test("hasil tulis: berkas sumber + lembar ringkasan, sumber tidak diubah", async () => {
  const b = bukuBerkas("contoh-lakip-2024.xlsx", CONTOH);
  expect(b.unduhan!()).toBeNull();
  const snap = await b.baca();
  const tabel = kenali(snap);
  const plans = buatRingkasan(tabel, periksa(tabel), ["ringkasan-kinerja", "efisiensi"]);
  expect(await b.tulis(plans)).toEqual(["Ringkasan Kinerja", "Efisiensi"]);
  const u = b.unduhan!()!;
  expect(u.nama).toBe("contoh-lakip-2024-ringkasan.xlsx");
  const baru = await bacaBukuKerja(u.data);
  expect(baru.sheets.map((s) => s.name)).toEqual([...snap.sheets.map((s) => s.name), "Ringkasan Kinerja", "Efisiensi"]);
  const pk = baru.sheets.find((s) => s.name === "PK 2024")!;
  expect(pk.values).toEqual(snap.sheets.find((s) => s.name === "PK 2024")!.values);
  expect(namaUnduhan("LAKIP.XLSX")).toBe("LAKIP-ringkasan.xlsx");
});
