/**
 * `kinerja` as a planner runs it: the real bin script, spawned. Unusable files end with exit 2 and
 * one Indonesian sentence on stderr; the sample gives JSON per the DESIGN.md contract.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
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
    expect(hasil.file).toBe(CONTOH);
    const snap = await bacaBukuKerja(new Uint8Array(fs.readFileSync(CONTOH)));
    for (const s of snap.sheets) expect(hasil.tables.filter((t) => t.sheet === s.name).length).toBeGreaterThan(0);
    for (const t of hasil.tables) {
      expect(["perkin", "triwulan", "anggaran"]).toContain(t.kind);
      expect(t.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      for (const row of t.rows) expect(Number.isInteger(row.row)).toBe(true);
    }
    for (const i of hasil.issues) {
      expect(["error", "warning", "info"]).toContain(i.severity);
      expect(i.cell).toMatch(/^[A-Z]+\d+$/);
    }
    expect(r.kode).toBe(hasil.issues.some((i) => i.severity === "error") ? 1 : 0);
  });

  test("human output lists every sheet", () => {
    const r = kinerja("periksa", CONTOH);
    expect([0, 1]).toContain(r.kode);
    for (const nama of ["PK 2024", "Capaian TW", "Rencana Aksi", "Realisasi RO", "Realisasi per TW", "Pagu per KRO", "PNBP"]) {
      expect(r.keluar).toContain(`Lembar "${nama}"`);
    }
  });
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
