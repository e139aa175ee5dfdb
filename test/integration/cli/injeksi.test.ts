/**
 * Cell text that looks like a formula, a link, a script or a terminal command stays plain text in
 * every file the CLI writes, and never reaches the terminal as control characters. Text longer
 * than Excel's 32.767 characters is cut with a note. The source file's bytes never change.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { folderSementara, kinerja, sidik } from "./bantu";
import { JAHAT, PANJANG } from "../../jahat";


let dir: string;
let sumber: string;
let hash: string;

beforeAll(async () => {
  dir = folderSementara("kinerja-injeksi-");
  sumber = path.join(dir, "jahat.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK 2024");
  ws.addRow(["Perjanjian Kinerja 2024"]);
  ws.addRow([]);
  ws.addRow(["No", "Sasaran", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"]);
  const nama = [...JAHAT, PANJANG];
  nama.forEach((n, i) => ws.addRow([i + 1, i === 0 ? "=cmd|' /C calc'!A0" : null, n, 30, "Persen", 37, 1.2333]));
  // Plain strings: ExcelJS writes them as shared strings, never as formulas.
  await wb.xlsx.writeFile(sumber);
  hash = sidik(sumber);
}, 60000);
afterEach(() => expect(sidik(sumber)).toBe(hash));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every cell of every sheet whose text contains one of the given strings. */
async function selDengan(file: string, cari: string[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: { sheet: string; at: string; cell: ExcelJS.Cell }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const teks = typeof cell.value === "string" ? cell.value : cell.formula ?? "";
        if (cari.some((c) => teks.includes(c.slice(0, 12)))) out.push({ sheet: ws.name, at: cell.address, cell });
      }),
    );
  }
  return { wb, out };
}

test("periksa: human output has no control characters; --json keeps them escaped", () => {
  const r = kinerja(["periksa", sumber]);
  expect([0, 1]).toContain(r.kode);
  // eslint-disable-next-line no-control-regex
  expect(r.keluar).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
  const j = kinerja(["periksa", sumber, "--json"]);
  // eslint-disable-next-line no-control-regex
  expect(j.keluar).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
  const hasil = JSON.parse(j.keluar);
  const nama: string[] = hasil.tables[0].rows.map((x: { indikator: string }) => x.indikator);
  expect(nama).toEqual(expect.arrayContaining(JAHAT.slice(0, 6)));
  expect(nama.some((n) => n.includes("MERAH"))).toBe(true);
});

test("ringkas: the source texts are text in the summaries (no formula), the long one cut with a note", async () => {
  const keluar = path.join(dir, "ringkasan.xlsx");
  const r = kinerja(["ringkas", sumber, "-o", keluar]);
  expect([0, 1]).toContain(r.kode);
  const { out } = await selDengan(keluar, JAHAT.slice(0, 6));
  const ringkasan = out.filter((x) => x.sheet === "Ringkasan Kinerja" || x.sheet === "Efisiensi");
  for (const t of JAHAT.slice(0, 6)) expect(ringkasan.some((x) => x.cell.value === t)).toBe(true);
  for (const x of out) {
    expect(x.cell.formula ?? null).toBeNull();
    expect(x.cell.type).toBe(ExcelJS.ValueType.String);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(keluar);
  let panjang: ExcelJS.Cell | null = null;
  wb.getWorksheet("Ringkasan Kinerja")!.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === "string" && c.value.startsWith("Indikator sangat panjang")) panjang = c;
    }),
  );
  expect(panjang).not.toBeNull();
  expect((panjang!.value as string).length).toBeLessThanOrEqual(32767);
  expect(panjang!.value).toMatch(/dipotong dari 40025 karakter\]$/);
  expect(JSON.stringify(panjang!.note)).toMatch(/32767 karakter per sel/);
  // eslint-disable-next-line no-control-regex
  for (const ws of wb.worksheets.slice(1)) ws.eachRow((row) => row.eachCell((c) => expect(String(c.value ?? "")).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)));
});

test("gabung: the same texts are text in the comparison workbook", async () => {
  const keluar = path.join(dir, "gabungan.xlsx");
  const salinan = path.join(dir, "satker-b.xlsx");
  fs.copyFileSync(sumber, salinan);
  const r = kinerja(["gabung", sumber, salinan, "-o", keluar]);
  expect([0, 1]).toContain(r.kode);
  // eslint-disable-next-line no-control-regex
  expect(r.keluar + r.galat).not.toMatch(/\u001b|\u0007/);
  const { out } = await selDengan(keluar, JAHAT.slice(0, 6));
  for (const t of JAHAT.slice(0, 6)) expect(out.some((x) => x.cell.value === t)).toBe(true);
  for (const x of out) expect(x.cell.formula ?? null).toBeNull();
});
