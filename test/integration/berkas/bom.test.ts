/**
 * Zip bombs are refused early and cheaply: exit 2 with "Berkas terlalu besar" naming the part,
 * peak memory of the whole CLI process ≤ 300 MB and ≤ 5 s of CPU, measured by GNU time around
 * the real `kinerja` process. Without the cap on real sizes each would inflate 1 GB.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { BIN, ROOT, folderSementara } from "../cli/bantu";
import { bom, type JenisBom } from "./bom";

const TIME = "/usr/bin/time";
const MB = 1024 * 1024;

let dir: string;
const berkas: Partial<Record<JenisBom, string>> = {};
beforeAll(async () => {
  dir = folderSementara("kinerja-bom-");
  for (const j of ["customxml", "sub-folder", "ukuran-bohong"] as JenisBom[]) {
    berkas[j] = path.join(dir, `${j}.xlsx`);
    fs.writeFileSync(berkas[j]!, new Uint8Array(await bom(j)));
  }
}, 180000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Ukur {
  kode: number | null;
  galat: string;
  rssMb: number;
  cpuDetik: number;
  dindingDetik: number;
}

function ukur(args: string[]): Ukur {
  const r = spawnSync(TIME, ["-f", "SAKIP_UKUR %M %U %S %e", process.execPath, BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
  const m = /SAKIP_UKUR (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(r.stderr)!;
  return {
    kode: r.status,
    galat: r.stderr.replace(/SAKIP_UKUR.*\n?/, ""),
    rssMb: Number(m[1]) / 1024,
    cpuDetik: Number(m[2]) + Number(m[3]),
    dindingDetik: Number(m[4]),
  };
}

const BAGIAN: Record<JenisBom, RegExp> = {
  customxml: /Berkas terlalu besar: bagian customXml\/item1\.xml/,
  "sub-folder": /Berkas terlalu besar: .*xl\/worksheets\/data\/2024\/sheet1\.xml/,
  "ukuran-bohong": /Berkas terlalu besar: .*xl\/worksheets\/sheet1\.xml/,
};

const hasilUkur: string[] = [];
afterAll(() => {
  if (hasilUkur.length) process.stdout.write(`Bom: ${hasilUkur.join("; ")}\n`);
});

describe.each(["customxml", "sub-folder", "ukuran-bohong"] as JenisBom[])("bomb: %s", (jenis) => {
  test("the file is a few MB (it inflates to 1 GB)", () => {
    expect(fs.statSync(berkas[jenis]!).size).toBeLessThan(5 * MB);
  });

  test.each([["periksa"], ["ringkas"], ["gabung"]])("%s: exit 2, the part named, ≤ 300 MB, ≤ 5 s CPU, no output", (perintah) => {
    const keluar = path.join(dir, `keluar-${jenis}-${perintah}.xlsx`);
    const args = perintah === "periksa" ? [perintah, berkas[jenis]!] : [perintah, berkas[jenis]!, "-o", keluar];
    const u = ukur(args);
    hasilUkur.push(`${jenis}/${perintah} ${u.rssMb.toFixed(0)} MB ${u.cpuDetik.toFixed(2)} s CPU ${u.dindingDetik.toFixed(2)} s`);
    expect(u.kode).toBe(2);
    expect(u.galat).toMatch(BAGIAN[jenis]);
    expect(u.galat).not.toMatch(/\n\s+at |rusak/);
    expect(u.rssMb).toBeLessThanOrEqual(300);
    expect(u.cpuDetik).toBeLessThanOrEqual(5);
    expect(fs.existsSync(keluar)).toBe(false);
  }, 120000);
});
