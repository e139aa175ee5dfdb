/**
 * `kinerja` as a planner runs it: the real bin script, spawned. Unusable files end with exit 2 and
 * one Indonesian sentence on stderr; the sample gives JSON per the DESIGN.md contract.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { kenaliMultitahun } from "../../../src/core/layouts/multitahun/index";
import { teksPeriksa } from "../../../src/cli/teks-periksa";
import type { HasilPeriksa, Issue } from "../../../src/core/tabel";
import { byteAcak, cfb } from "../../unit/xlsx/bantu";

const ROOT = path.resolve(__dirname, "../../..");
const BIN = path.join(ROOT, "bin/kinerja.js");
const CONTOH = path.join(ROOT, "assets/contoh-lakip-2024.xlsx");

function kinerja(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { kode: r.status, keluar: r.stdout, galat: r.stderr };
}

let dir: string;
const berkas: Record<string, string> = {};
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-cli-"));
  const tulis = (nama: string, b: Uint8Array | string) => {
    berkas[nama] = path.join(dir, nama);
    fs.writeFileSync(berkas[nama], b);
  };
  const contoh = fs.readFileSync(CONTOH);
  tulis("kosong.xlsx", new Uint8Array(0));
  tulis("terpotong.xlsx", new Uint8Array(contoh.buffer, contoh.byteOffset, Math.floor(contoh.byteLength / 2)));
  tulis("acak.xlsx", byteAcak(2048));
  tulis("sandi.xlsx", cfb(["EncryptionInfo", "EncryptedPackage"]));
  tulis("lama.xlsx", cfb(["Workbook"]));
  tulis("ekspor.xlsx", "Kode;Uraian;Pagu;Realisasi\n6077.AEC.002.051.A;kerjasama;65345000;65214283\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kinerja periksa on unusable files", () => {
  test.each([
    ["kosong.xlsx", /kosong/],
    ["terpotong.xlsx", /rusak atau tidak lengkap/],
    ["acak.xlsx", /bukan buku kerja Excel/],
    ["sandi.xlsx", /kata sandi/],
    ["lama.xlsx", /Excel 97–2003/],
    ["ekspor.xlsx", /CSV/],
  ])("%s → exit 2 with a message and no stack", (nama, pesan) => {
    for (const args of [[berkas[nama]], [berkas[nama], "--json"]]) {
      const r = kinerja("periksa", ...args);
      expect(r.kode).toBe(2);
      expect(r.galat).toMatch(pesan);
      expect(r.galat).not.toMatch(/\n\s+at /);
      expect(r.galat.trim().split("\n")).toHaveLength(1);
      expect(r.keluar).toBe("");
    }
  });

  test("a missing file → exit 2", () => {
    const r = kinerja("periksa", path.join(dir, "tidak-ada.xlsx"));
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/Berkas tidak ditemukan/);
  });
});

describe("kinerja usage", () => {
  test("--help in Indonesian, exit 0", () => {
    const r = kinerja("--help");
    expect(r.kode).toBe(0);
    expect(r.keluar).toMatch(/^Penggunaan: kinerja/);
    expect(r.keluar).toMatch(/periksa \[opsi\] <berkas>/);
    expect(r.keluar).not.toMatch(/Usage|Options|display help/);
  });

  test("periksa --help", () => {
    const r = kinerja("periksa", "--help");
    expect(r.kode).toBe(0);
    expect(r.keluar).toMatch(/--json/);
    expect(r.keluar).toMatch(/Argumen:/);
  });

  test.each([
    ["ringkas", /Penggunaan: kinerja ringkas \[opsi\] <berkas>/, /-o, --keluaran <berkas>/],
    ["gabung", /Penggunaan: kinerja gabung \[opsi\] <masukan\.\.\.>/, /berkas \.xlsx atau folder/],
  ])("%s --help in Indonesian", (perintah, pakai, opsi) => {
    const r = kinerja(perintah, "--help");
    expect(r.kode).toBe(0);
    expect(r.keluar).toMatch(pakai);
    expect(r.keluar).toMatch(opsi);
    expect(r.keluar).toMatch(/Argumen:[\s\S]*Pilihan:[\s\S]*tampilkan bantuan/);
    expect(r.keluar).not.toMatch(/Usage|Options|Arguments|display help/);
  });

  test("usage errors → exit 2 in Indonesian", () => {
    const r = kinerja("periksa", CONTOH, "--jsn");
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/opsi tidak dikenal '--jsn'/);
    expect(kinerja("periksa").galat).toMatch(/argumen 'berkas' wajib diisi/);
    expect(kinerja().kode).toBe(2);
  });
});

const adaValidasi = fs.existsSync(path.join(ROOT, "src/core/validasi/index.ts"));
const adaKenali = fs.existsSync(path.join(ROOT, "src/core/layouts/index.ts"));

(adaValidasi && adaKenali ? describe : describe.skip)("kinerja periksa on the sample", () => {
  test("--json follows the contract: tables for every sheet, issues, exit code by severity", async () => {
    const r = kinerja("periksa", CONTOH, "--json");
    const hasil = JSON.parse(r.keluar) as HasilPeriksa;
    expect(Object.keys(hasil).sort()).toEqual(["file", "issues", "tables"]);
    expect(hasil.file).toBe(CONTOH);
    const snap = await bacaBukuKerja(new Uint8Array(fs.readFileSync(CONTOH)));
    // The multi-year sheets (Bab III families C-F) are read by their own recognizer, not listed as tables.
    const multi = new Set(kenaliMultitahun(snap).map((t) => t.sheet));
    for (const s of snap.sheets) if (!multi.has(s.name)) expect(hasil.tables.filter((t) => t.sheet === s.name).length).toBeGreaterThan(0);
    expect(multi.size).toBe(4);
    const angkaAtauNull = (v: unknown) => v === null || (typeof v === "number" && Number.isFinite(v));
    for (const t of hasil.tables) {
      expect(["perkin", "triwulan", "anggaran"]).toContain(t.kind);
      expect(t.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      for (const [medan, huruf] of Object.entries(t.columns)) expect({ medan, huruf }).toEqual({ medan, huruf: expect.stringMatching(/^[A-Z]{1,3}$/) });
      for (const row of t.rows as unknown as Record<string, unknown>[]) {
        expect(Number.isInteger(row.row)).toBe(true);
        if (t.kind === "anggaran") {
          expect(row.kode === null || typeof row.kode === "string").toBe(true);
          expect(typeof row.uraian).toBe("string");
          expect(typeof row.total).toBe("boolean");
          for (const m of ["pagu", "realisasi"]) expect(angkaAtauNull(row[m])).toBe(true);
        } else {
          expect(row.sasaran === null || typeof row.sasaran === "string").toBe(true);
          expect(typeof row.indikator).toBe("string");
          for (const m of ["target", "realisasi"]) expect(angkaAtauNull(row[m])).toBe(true);
          if (t.kind === "perkin") {
            expect(row.satuan === null || typeof row.satuan === "string").toBe(true);
            expect(angkaAtauNull(row.capaian)).toBe(true);
          }
        }
        if (t.kind === "triwulan" || row.triwulan !== undefined) {
          const tw = row.triwulan as { target: unknown; realisasi: unknown }[];
          expect(tw).toHaveLength(4);
          for (const q of tw) expect(angkaAtauNull(q.target) && angkaAtauNull(q.realisasi)).toBe(true);
        }
      }
    }
    // The report's numbers, in the contract's units: percent points, Rupiah after (Rp000).
    const pk = hasil.tables.find((t) => t.sheet === "PK 2024" && t.kind === "perkin")!;
    expect(pk.rows.find((x) => x.row === 5)).toMatchObject({ target: 30, realisasi: 37, satuan: expect.any(String) });
    expect(pk.rows.find((x) => x.row === 12)).toMatchObject({ target: 5, realisasi: 22.74, capaian: 587.47 });
    const tw = hasil.tables.find((t) => t.sheet === "Capaian TW")!;
    expect((tw.rows.find((x) => x.row === 17) as unknown as { triwulan: unknown }).triwulan).toEqual([
      { target: 25, realisasi: expect.any(Number) },
      { target: 50, realisasi: expect.any(Number) },
      { target: 75, realisasi: expect.any(Number) },
      { target: 100, realisasi: expect.any(Number) },
    ]);
    const kro = hasil.tables.find((t) => t.sheet === "Pagu per KRO")!;
    const total = kro.rows.filter((x) => (x as unknown as { total: boolean }).total);
    expect(total.length).toBeGreaterThan(0);
    expect(kro.rows.some((x) => (x as unknown as { pagu: number }).pagu === 286442000)).toBe(true);
    for (const i of hasil.issues) {
      expect(Object.keys(i).filter((k) => ["rule", "severity", "sheet", "cell", "message"].includes(k))).toHaveLength(5);
      expect(["error", "warning", "info"]).toContain(i.severity);
      expect(i.cell).toMatch(/^[A-Z]+\d+$/);
    }
    // The sample carries the report's own errors: exit 1.
    expect(hasil.issues.filter((i) => i.severity === "error")).toHaveLength(13);
    expect(r.kode).toBe(1);
  });

  test("human output lists every sheet, its findings with their cells, and exits 1 for the report's errors", () => {
    const r = kinerja("periksa", CONTOH);
    expect(r.kode).toBe(1);
    for (const nama of ["PK 2024", "Capaian TW", "Rencana Aksi", "Realisasi RO", "Realisasi per TW", "Pagu per KRO", "PNBP"]) {
      expect(r.keluar).toContain(`Lembar "${nama}"`);
    }
    expect(r.keluar).toMatch(/Temuan: 13 galat, \d+ peringatan, \d+ info/);
    expect(r.keluar).toMatch(/H12 .*587,47 %.*454,80 %/);
  });
});

test("a workbook whose printed numbers follow from their inputs → exit 0", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK 2024");
  ws.addRow(["No", "Sasaran", "No", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"]);
  ws.addRow([1, "Meningkatnya kolaborasi", 1, "Produktivitas perusahaan hasil kolaborasi", 30, "Persen", 37, 1.2333]);
  ws.addRow([null, null, 2, "Perusahaan terfasilitasi industri 4.0", 1, "Perusahaan", 1, 1]);
  ws.getCell("H2").numFmt = "0.00%";
  ws.getCell("H3").numFmt = "0.00%";
  const f = path.join(dir, "rapi.xlsx");
  await wb.xlsx.writeFile(f);
  const r = kinerja("periksa", f, "--json");
  const hasil = JSON.parse(r.keluar) as HasilPeriksa;
  expect(hasil.tables).toHaveLength(1);
  expect(hasil.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(r.kode).toBe(0);
});

describe("teksPeriksa (human summary)", () => {
  test("tables per sheet with range and row count; issues grouped by sheet, ordered by cell", async () => {
    const snap = await bacaBukuKerja(new Uint8Array(fs.readFileSync(CONTOH)));
    const isu = (sheet: string, cell: string): Issue => ({
      rule: "capaian-selisih",
      severity: "error",
      sheet,
      cell,
      message: `Capaian tercetak 587,47 %, hitungan 454,80 % (${cell})`,
    });
    const hasil: HasilPeriksa = {
      file: "contoh.xlsx",
      tables: [],
      issues: [isu("PNBP", "G15"), isu("PK 2024", "H12"), isu("PK 2024", "H5"), { ...isu("PK 2024", "G18"), severity: "warning" }],
    };
    const teks = teksPeriksa(hasil, snap).join("\n");
    expect(teks).toMatch(/Temuan: 3 galat, 1 peringatan, 0 info/);
    expect(teks.indexOf('Lembar "PK 2024"\n    H5')).toBeGreaterThan(0);
    expect(teks.indexOf("H5 ")).toBeLessThan(teks.indexOf("H12"));
    expect(teks.indexOf("H12")).toBeLessThan(teks.indexOf("G18"));
    expect(teks.lastIndexOf('Lembar "PK 2024"')).toBeLessThan(teks.lastIndexOf('Lembar "PNBP"'));
    expect(teks).toMatch(/Lembar "PNBP": tidak ada tabel dikenali/);
  });
});
