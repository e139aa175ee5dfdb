import * as ExcelJS from "exceljs";
import { bacaBukuKerja, BukuKerjaError } from "../../../src/xlsx/baca";
import { byteAcak, cfb, zipSatuBerkas } from "./bantu";
import { zip } from "../../integration/cli/buruk";

async function alasan(bytes: Uint8Array): Promise<BukuKerjaError> {
  try {
    await bacaBukuKerja(bytes);
  } catch (e) {
    if (e instanceof BukuKerjaError) return e;
    throw new Error(`bukan BukuKerjaError: ${String(e)}`, { cause: e });
  }
  throw new Error("tidak ada galat");
}

let xlsx: Uint8Array;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Realisasi RO");
  for (let r = 1; r <= 200; r++) ws.getRow(r).values = [`6077.BAD.036.052.${r}`, "Pelaksanaan Sistem Manajemen Mutu", 78116000, 77558365];
  xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
});

const indonesia = /berkas/i;

describe("unreadable input is recognized before parsing", () => {
  test("zero bytes → kosong", async () => {
    const e = await alasan(new Uint8Array(0));
    expect(e.alasan).toBe("kosong");
    expect(e.message).toMatch(indonesia);
    expect(e.message).toMatch(/kosong/);
  });

  test("truncated zip → rusak", async () => {
    const e = await alasan(xlsx.subarray(0, Math.floor(xlsx.length / 2)));
    expect(e.alasan).toBe("rusak");
    expect(e.message).toMatch(/rusak atau tidak lengkap/);
  });

  test("zip without xl/workbook.xml → rusak", async () => {
    const e = await alasan(zipSatuBerkas("word/document.xml", "<w:document/>"));
    expect(e.alasan).toBe("rusak");
    expect(e.rincian).toMatch(/xl\/workbook\.xml/);
  });

  test("zip with xl/workbook.xml that ExcelJS cannot read → rusak", async () => {
    const e = await alasan(zipSatuBerkas("xl/workbook.xml", "<workbook><sheets><sheet name="));
    expect(e.alasan).toBe("rusak");
  });

  test("an OpenDocument sheet (.ods) under an .xlsx name → ods, with its own advice", async () => {
    const ods = zip([
      ["mimetype", Buffer.from("application/vnd.oasis.opendocument.spreadsheet")],
      ["content.xml", Buffer.from("<office:document-content/>")],
    ]);
    const e = await alasan(new Uint8Array(ods));
    expect(e.alasan).toBe("ods");
    expect(e.message).toMatch(/OpenDocument \(\.ods/);
  });

  test("random bytes → bukan-xlsx", async () => {
    const e = await alasan(byteAcak(4096));
    expect(e.alasan).toBe("bukan-xlsx");
    expect(e.message).toMatch(/bukan buku kerja Excel/);
  });

  test("password-protected workbook (CFB with EncryptedPackage) → terenkripsi", async () => {
    const e = await alasan(cfb(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]));
    expect(e.alasan).toBe("terenkripsi");
    expect(e.message).toMatch(/kata sandi/);
  });

  test("plain CFB (Excel 97–2003) → xls", async () => {
    const e = await alasan(cfb(["Workbook", "\u0005SummaryInformation"]));
    expect(e.alasan).toBe("xls");
    expect(e.message).toMatch(/97–2003/);
    expect(e.message).toMatch(/\.xlsx/);
  });

  test("CSV renamed .xlsx → csv", async () => {
    const csv = "No;Indikator Kinerja;Target;Satuan;Realisasi\r\n1;Nilai minimal laporan keuangan;91;Nilai;98\r\n";
    const e = await alasan(new TextEncoder().encode(csv));
    expect(e.alasan).toBe("csv");
    expect(e.message).toMatch(/CSV/);
  });

  test("CSV with a UTF-8 BOM and commas → csv", async () => {
    const csv = "\uFEFFKode,Uraian,Pagu\n6077.AEC.002.051.A,kerjasama,65345000\n";
    expect((await alasan(new TextEncoder().encode(csv))).alasan).toBe("csv");
  });

  test("an HTML page saved as .xlsx is not taken for CSV", async () => {
    const html = "<html><body><table><tr><td>1,2</td></tr></table></body></html>\n";
    expect((await alasan(new TextEncoder().encode(html))).alasan).toBe("bukan-xlsx");
  });

  test("every reason has an Indonesian message and no stack detail in it", async () => {
    const e = await alasan(new Uint8Array(0));
    expect(e.name).toBe("BukuKerjaError");
    expect(e.message).not.toMatch(/Error|at /);
  });
});
