/**
 * Paths that are not ordinary files: a FIFO or a device named as output is refused and left as
 * it was; /dev/zero or a FIFO as input is refused at once (no hang); an empty -o is named as such;
 * prose is called text, not CSV; a reader that closes the pipe early ends the command quietly.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { BIN, CONTOH, ROOT, folderSementara, kinerja } from "../cli/bantu";

let dir: string;
let fifo: string;
beforeAll(() => {
  dir = folderSementara("kinerja-jalur-");
  fifo = path.join(dir, "pipa.xlsx");
  execFileSync("mkfifo", [fifo]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ["a FIFO", () => fifo],
  ["/dev/null", () => "/dev/null"],
])("-o %s", (_, tujuan) => {
  test.each([["ringkas"], ["gabung"]])("%s refuses it: exit 2, nothing touched", (perintah) => {
    const sebelum = fs.statSync(tujuan());
    const r = kinerja([perintah, CONTOH, "-o", tujuan()], { timeout: 60000 });
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/bukan berkas biasa \(perangkat atau FIFO\); tidak disentuh/);
    const sesudah = fs.statSync(tujuan());
    expect({ ino: sesudah.ino, mode: sesudah.mode, rdev: sesudah.rdev }).toEqual({ ino: sebelum.ino, mode: sebelum.mode, rdev: sebelum.rdev });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60000);
});

test.each([
  ["/dev/zero", () => "/dev/zero"],
  ["a FIFO nobody writes to", () => fifo],
])("periksa %s: refused at once", (_, masukan) => {
  const mulai = Date.now();
  const r = kinerja(["periksa", masukan()], { timeout: 30000 });
  expect(r.kode).toBe(2);
  expect(r.galat).toMatch(/bukan berkas biasa \(perangkat, FIFO atau soket\), tidak dibaca/);
  expect(Date.now() - mulai).toBeLessThan(30000);
}, 40000);

test("an empty -o is named as such", () => {
  const r = kinerja(["ringkas", CONTOH, "-o", ""]);
  expect(r.kode).toBe(2);
  expect(r.galat).toMatch(/Nama berkas keluaran \(-o\) kosong/);
});

test("README.md is called text, not CSV", () => {
  const r = kinerja(["periksa", path.join(ROOT, "README.md")]);
  expect(r.kode).toBe(2);
  expect(r.galat).toMatch(/teks biasa/);
  expect(r.galat).not.toMatch(/CSV/);
});

test("periksa sample --json | head -c 100: exit 0, no stack trace", () => {
  const r = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" periksa "${CONTOH}" --json | head -c 100 >/dev/null`], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
}, 60000);

test("the output name must say what the package is: a macro workbook is not written as .xlsx, nor a plain one as .xlsm", () => {
  const xlsx = path.join(dir, "salah.xlsm");
  const r = kinerja(["ringkas", CONTOH, "-o", xlsx]);
  expect(r.kode).toBe(2);
  expect(r.galat).toMatch(/tidak berisi makro; beri nama keluaran berakhiran \.xlsx/);
  expect(fs.existsSync(xlsx)).toBe(false);
}, 60000);
