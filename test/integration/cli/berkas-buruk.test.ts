/**
 * Bad files through every command: one clear Indonesian sentence, exit 2, no output file, and the
 * file itself untouched. Large inputs are refused before the parser (memory stays bounded: the
 * commands run with a 256 MB heap here).
 */
import * as fs from "fs";
import * as path from "path";
import { byteAcak, cfb } from "../../unit/xlsx/bantu";
import { BATAS_BERKAS, BATAS_ISI } from "../../../src/cli/batas";
import { CONTOH, folderSementara, isiFolder, kinerja, sidik } from "./bantu";
import { berkas50Mb, bomZip } from "./buruk";
import { LibreOffice, adaLibreOffice } from "../../../scripts/lo";

/** Other programs' files, written by LibreOffice itself: an Excel 97–2003 file and an OpenDocument sheet. */
const DARI_LO = adaLibreOffice();

let dir: string;
const berkas: Record<string, string> = {};
beforeAll(async () => {
  dir = folderSementara("kinerja-buruk-");
  const tulis = (nama: string, b: Uint8Array | string) => {
    berkas[nama] = path.join(dir, nama);
    fs.writeFileSync(berkas[nama], b);
  };
  const contoh = new Uint8Array(fs.readFileSync(CONTOH));
  tulis("kosong.xlsx", new Uint8Array(0));
  tulis("terpotong.xlsx", contoh.subarray(0, Math.floor(contoh.length / 2)));
  tulis("acak.xlsx", byteAcak(4096));
  tulis("sandi.xlsx", cfb(["EncryptionInfo", "EncryptedPackage"]));
  tulis("lama.xls", cfb(["Workbook"]));
  tulis("ekspor.xlsx", "Kode;Uraian;Pagu;Realisasi\n6077.AEC.002.051.A;kerjasama;65345000;65214283\n");
  tulis("bom.xlsx", new Uint8Array(bomZip()));
  berkas["besar.xlsx"] = await berkas50Mb();
  if (DARI_LO) {
    const lo = LibreOffice.buka();
    try {
      const [xls] = await lo.konversiBanyak([CONTOH], "xls", path.join(dir, "lo"));
      const [ods] = await lo.konversiBanyak([CONTOH], "ods", path.join(dir, "lo"));
      tulis("lo.xls", new Uint8Array(fs.readFileSync(xls.file)));
      tulis("lo-xls-diganti.xlsx", new Uint8Array(fs.readFileSync(xls.file)));
      tulis("lo-ods-diganti.xlsx", new Uint8Array(fs.readFileSync(ods.file)));
    } finally {
      lo.tutup();
    }
  }
}, 240000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const KASUS: [string, RegExp][] = [
  ["kosong.xlsx", /Berkas kosong \(0 byte\)/],
  ["terpotong.xlsx", /rusak atau tidak lengkap/],
  ["acak.xlsx", /bukan buku kerja Excel/],
  ["sandi.xlsx", /dilindungi kata sandi/],
  ["lama.xls", /Excel 97–2003 \(\.xls\)/],
  ["ekspor.xlsx", /teks CSV/],
  ["bom.xlsx", /Berkas terlalu besar: isi lembar .* MB setelah diurai/],
  ["besar.xlsx", /Berkas terlalu besar: .* berukuran 5\d,\d MB, batasnya 40,0 MB/],
  ...(DARI_LO
    ? ([
        ["lo.xls", /Excel 97–2003 \(\.xls\)/],
        ["lo-xls-diganti.xlsx", /Excel 97–2003 \(\.xls\)/],
        ["lo-ods-diganti.xlsx", /OpenDocument \(\.ods/],
      ] as [string, RegExp][])
    : []),
];

const HEAP = ["--max-old-space-size=256"];

describe.each(KASUS)("%s", (nama, pesan) => {
  test("periksa, ringkas and gabung: exit 2, one sentence, no stack, no output, file unchanged", () => {
    const f = berkas[nama];
    const sebelum = sidik(f);
    const keluar = path.join(dir, `keluar-${nama}`);
    for (const args of [["periksa", f], ["periksa", f, "--json"], ["ringkas", f, "-o", keluar], ["gabung", f, "-o", keluar]]) {
      const r = kinerja(args, { node: HEAP });
      expect({ args, kode: r.kode }).toEqual({ args, kode: 2 });
      expect(r.galat).toMatch(pesan);
      expect(r.galat).not.toMatch(/\n\s+at |heap out of memory/);
      expect(r.keluar).toBe("");
      expect(fs.existsSync(keluar)).toBe(false);
    }
    expect(sidik(f)).toBe(sebelum);
    expect(isiFolder(dir).filter((x) => x.endsWith(".tmp"))).toEqual([]);
  }, 120000);
});

test("the fixtures are what they claim: 50 MB over the file limit, the bomb small but over the unpacked limit", () => {
  expect(fs.statSync(berkas["besar.xlsx"]).size).toBeGreaterThan(50 * 1024 * 1024);
  expect(fs.statSync(berkas["besar.xlsx"]).size).toBeGreaterThan(BATAS_BERKAS);
  expect(fs.statSync(berkas["bom.xlsx"]).size).toBeLessThan(BATAS_BERKAS / 10);
  // Its sheet part really inflates past the limit (not only by what the zip declares).
  const { unzipSync } = require("fflate");
  const isi = unzipSync(new Uint8Array(fs.readFileSync(berkas["bom.xlsx"])), { filter: (f: { name: string }) => f.name === "xl/worksheets/sheet1.xml" });
  expect(isi["xl/worksheets/sheet1.xml"].length).toBeGreaterThan(BATAS_ISI);
});

test("a batch with bad files among good ones: the bad ones are listed, the rest compared (exit 1)", () => {
  const d = folderSementara("kinerja-buruk-campur-");
  try {
    fs.copyFileSync(CONTOH, path.join(d, "baik.xlsx"));
    for (const n of ["kosong.xlsx", "sandi.xlsx", "ekspor.xlsx", "bom.xlsx"]) fs.copyFileSync(berkas[n], path.join(d, n));
    const r = kinerja(["gabung", d, "-o", path.join(d, "hasil.xlsx"), "--json"], { node: HEAP });
    expect(r.kode).toBe(1);
    const j = JSON.parse(r.keluar);
    expect(j.jumlah).toMatchObject({ berkas: 5, dibaca: 1, gagal: 4 });
    expect(r.galat.split("\n").filter((l) => /GAGAL, dilewati/.test(l))).toHaveLength(4);
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
  }
}, 120000);
