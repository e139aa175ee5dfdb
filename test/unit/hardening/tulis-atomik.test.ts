/** Output files appear whole or not at all, also when the disk fills up midway. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { tulisAtomik, type OperasiBerkas } from "../../../src/cli/tulis-atomik";
import { MasukanError } from "../../../src/cli/galat";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-atomik-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function gagalSetelah(bytes: number, kode = "ENOSPC"): OperasiBerkas {
  let ditulis = 0;
  return {
    ...fs,
    writeSync: (fd: number, data: Uint8Array, off: number, len: number) => {
      if (ditulis >= bytes) throw Object.assign(new Error("no space"), { code: kode });
      const n = fs.writeSync(fd, data, off, Math.min(len, bytes - ditulis));
      ditulis += n;
      return n;
    },
  } as OperasiBerkas;
}

test("writes the bytes and leaves no temporary file", () => {
  const f = path.join(dir, "out.xlsx");
  tulisAtomik(f, new Uint8Array([1, 2, 3]));
  expect([...fs.readFileSync(f)]).toEqual([1, 2, 3]);
  expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
});

test("disk full after 1.000 of 100.000 bytes: no output, no temporary file, Indonesian reason", () => {
  const f = path.join(dir, "out.xlsx");
  expect(() => tulisAtomik(f, new Uint8Array(100000), gagalSetelah(1000))).toThrow(MasukanError);
  expect(() => tulisAtomik(f, new Uint8Array(100000), gagalSetelah(1000))).toThrow(/ruang disk penuh/);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test("an existing output stays as it was when the new write fails", () => {
  const f = path.join(dir, "out.xlsx");
  fs.writeFileSync(f, "lama");
  expect(() => tulisAtomik(f, new Uint8Array(5000), gagalSetelah(10))).toThrow(/tidak dapat ditulis/);
  expect(fs.readFileSync(f, "utf8")).toBe("lama");
  expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
});

test("a failing rename removes the temporary file", () => {
  const f = path.join(dir, "out.xlsx");
  const ops = { ...fs, renameSync: () => { throw Object.assign(new Error("x"), { code: "EACCES" }); } } as unknown as OperasiBerkas;
  expect(() => tulisAtomik(f, new Uint8Array(10), ops)).toThrow(/izin ditolak/);
  expect(fs.readdirSync(dir)).toEqual([]);
});
