/**
 * The sample's outputs, kept: `periksa --json` and every cell of the `ringkas` workbook's summary
 * sheets (value or formula, number format) are compared with a stored copy, so a change that is
 * meant to keep behaviour proves it does. A deliberate change of output regenerates the copy with
 * `EMAS_PERBARUI=1 npx jest test/integration/emas` and shows up in the diff for review.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { kenaliDanPeriksa } from "../../../src/cli/inti";
import { bacaSnapshot } from "../../../src/cli/berkas";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { tulisRingkasan } from "../../../src/xlsx/tulis";

const ROOT = path.resolve(__dirname, "../../..");
const CONTOH = path.join(ROOT, "assets/contoh-lakip-2024.xlsx");
const SALINAN = path.join(__dirname, "salinan");
const PERBARUI = process.env.EMAS_PERBARUI === "1";

function bandingkan(nama: string, isi: unknown): void {
  const jalur = path.join(SALINAN, nama);
  const teks = JSON.stringify(isi, null, 1) + "\n";
  if (PERBARUI) {
    fs.mkdirSync(SALINAN, { recursive: true });
    fs.writeFileSync(jalur, teks);
  }
  expect(teks).toBe(fs.readFileSync(jalur, "utf8"));
}

function isiSel(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === "object" && "formula" in v) return { rumus: v.formula };
  if (v && typeof v === "object" && "sharedFormula" in v) return { rumusBersama: v.sharedFormula };
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (v && typeof v === "object" && "hyperlink" in v) return { tautan: v.hyperlink, teks: v.text };
  if (v instanceof Date) return v.toISOString();
  return v;
}

describe("keluaran contoh tetap sama", () => {
  let hasil: ReturnType<typeof kenaliDanPeriksa>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(fs.readFileSync(CONTOH));
    hasil = kenaliDanPeriksa(CONTOH, await bacaSnapshot(CONTOH, bytes));
  });

  test("periksa --json", () => {
    bandingkan("periksa.json", { ...hasil, file: "contoh-lakip-2024.xlsx" });
  });

  test("sel-sel lembar ringkasan (nilai atau rumus, format angka)", async () => {
    const plans = buatRingkasan(hasil.tables, hasil.issues);
    const keluar = await tulisRingkasan(bytes.slice(), plans);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(keluar) as unknown as ExcelJS.Buffer);
    const sumber = new Set((await bacaSnapshot(CONTOH, bytes)).sheets.map((s) => s.name));
    const lembar: Record<string, Record<string, unknown>> = {};
    for (const ws of wb.worksheets) {
      if (sumber.has(ws.name)) continue;
      const sel: Record<string, unknown> = {};
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (c) => {
          sel[c.address] = c.numFmt ? [isiSel(c.value), c.numFmt] : [isiSel(c.value)];
        }),
      );
      lembar[ws.name] = sel;
    }
    expect(Object.keys(lembar).length).toBeGreaterThanOrEqual(5);
    bandingkan("ringkas.json", lembar);
  });
});
