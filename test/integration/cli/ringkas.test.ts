/**
 * `kinerja ringkas`: a new file with the summaries next to the source sheets, the input never
 * touched, the output written whole or not at all.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CONTOH, folderSementara, isiFolder, kinerja, sidik } from "./bantu";

let dir: string;
let masukan: string;
let hash: string;
beforeAll(() => {
  dir = folderSementara("kinerja-ringkas-");
  masukan = path.join(dir, "laporan.xlsx");
  fs.copyFileSync(CONTOH, masukan);
  hash = sidik(masukan);
});
afterEach(() => expect(sidik(masukan)).toBe(hash));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kinerja ringkas on the sample", () => {
  test("writes a new workbook: source sheets plus every summary; names the sheets written; exit 1 for the sample's errors", async () => {
    const keluar = path.join(dir, "ringkasan.xlsx");
    const r = kinerja(["ringkas", masukan, "-o", keluar]);
    expect(r.galat).toBe("");
    // The sample holds the report's inconsistencies (capaian 587,47 % for 22,74 ÷ 5), errors → 1.
    expect(r.kode).toBe(1);
    for (const nama of ["Ringkasan Kinerja", "Capaian Triwulan", "Realisasi Anggaran", "Efisiensi", "Temuan"]) expect(r.keluar).toContain(`• ${nama}`);
    expect(r.keluar).toMatch(/Ditulis: .*ringkasan\.xlsx \(berkas baru; .*laporan\.xlsx tidak diubah\)/);
    const asal = new ExcelJS.Workbook();
    await asal.xlsx.readFile(masukan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(keluar);
    const nama = wb.worksheets.map((w) => w.name);
    expect(nama).toEqual([...asal.worksheets.map((w) => w.name), "Ringkasan Kinerja", "Capaian Triwulan", "Realisasi Anggaran", "Efisiensi", "Temuan"]);
    expect(nama.slice(0, 2)).toEqual(["PK 2024", "Capaian TW"]);
    // SK3.IK3 of the report: realisasi 22,74 against target 5.
    const rk = wb.getWorksheet("Ringkasan Kinerja")!;
    let ketemu = false;
    rk.eachRow((row) => {
      const c = row.getCell(3).value;
      if (typeof c === "string" && c.startsWith("Meningkatnya jumlah hasil layanan jasa industri")) {
        ketemu = true;
        expect((row.getCell(6).value as ExcelJS.CellFormulaValue).result).toBe(22.74);
      }
    });
    expect(ketemu).toBe(true);
    expect(isiFolder(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120000);

  test("--json names the sheets and counts the findings", () => {
    const keluar = path.join(dir, "ringkasan-json.xlsx");
    const r = kinerja(["ringkas", masukan, "-o", keluar, "--json"]);
    const j = JSON.parse(r.keluar);
    expect(j.lembar.map((l: { nama: string }) => l.nama)).toEqual(["Ringkasan Kinerja", "Capaian Triwulan", "Realisasi Anggaran", "Efisiensi", "Temuan"]);
    expect(j.temuan.error).toBeGreaterThan(0);
    expect(r.kode).toBe(1);
  });

  test("running on its own output replaces the generated sheets instead of adding copies", async () => {
    const satu = path.join(dir, "satu.xlsx");
    const dua = path.join(dir, "dua.xlsx");
    kinerja(["ringkas", masukan, "-o", satu]);
    const r = kinerja(["ringkas", satu, "-o", dua]);
    expect(r.keluar).toContain("• Temuan (menggantikan lembar ringkasan lama)");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(dua);
    expect(wb.worksheets.filter((w) => w.name.startsWith("Temuan"))).toHaveLength(1);
  }, 120000);
});

describe("the input is never overwritten", () => {
  test.each([
    ["the same path", (m: string) => m],
    ["another spelling of the path", (m: string) => path.join(path.dirname(m), ".", "..", path.basename(path.dirname(m)), path.basename(m))],
  ])("-o %s → exit 2, input unchanged", (_, jalur) => {
    const r = kinerja(["ringkas", masukan, "-o", jalur(masukan)]);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/Berkas keluaran sama dengan berkas masukan/);
  });

  test("-o a link to the input → exit 2", () => {
    const tautan = path.join(dir, "tautan.xlsx");
    fs.symlinkSync(masukan, tautan);
    const r = kinerja(["ringkas", masukan, "-o", tautan]);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/sama dengan berkas masukan/);
  });
});

describe("a failed write leaves nothing behind", () => {
  test("the output path is a folder → exit 2, no file and no temporary file", () => {
    const tujuan = path.join(dir, "folder.xlsx");
    fs.mkdirSync(tujuan);
    const sebelum = isiFolder(dir);
    const r = kinerja(["ringkas", masukan, "-o", tujuan]);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/Berkas keluaran tidak dapat ditulis/);
    expect(isiFolder(dir)).toEqual(sebelum);
    expect(fs.readdirSync(tujuan)).toEqual([]);
  });

  test("the output folder does not exist → exit 2", () => {
    const r = kinerja(["ringkas", masukan, "-o", path.join(dir, "tidak-ada", "x.xlsx")]);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/tidak dapat ditulis: folder .* tidak ada/);
  });

  test("an unreadable input → exit 2 and no output", () => {
    const rusak = path.join(dir, "rusak.xlsx");
    fs.writeFileSync(rusak, new Uint8Array(fs.readFileSync(CONTOH)).subarray(0, 5000));
    const keluar = path.join(dir, "tidak-jadi.xlsx");
    const r = kinerja(["ringkas", rusak, "-o", keluar]);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/rusak atau tidak lengkap/);
    expect(fs.existsSync(keluar)).toBe(false);
  });

  test("-o missing → exit 2 with an Indonesian usage message", () => {
    const r = kinerja(["ringkas", masukan]);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/pilihan '-o, --keluaran <berkas>' wajib diisi/);
  });
});
