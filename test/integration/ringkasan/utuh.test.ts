/**
 * Source sheets survive summary generation whole, not just their values: on a workbook written by
 * another program (LibreOffice), with notes, data validation, conditional formats, fonts, fills,
 * borders, column widths, row heights and the sheet view, every source sheet reads the same through
 * ExcelJS before and after `tulisRingkasan`, also after generating twice.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { kenali } from "../../../src/core/layouts";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { markerKey } from "../../../src/core/lembar/plan";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { tulisRingkasan } from "../../../src/xlsx/tulis";
import { LibreOffice, adaLibreOffice } from "../../../scripts/lo";

const CONTOH = path.join(__dirname, "../../../assets/contoh-lakip-2024.xlsx");

/** A planner's touches on the sample: a note, a dropdown, a colour rule, styles, sizes, a frozen pane. */
async function dihias(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(CONTOH) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("PK 2024")!;
  ws.getCell("E5").note = "Target dari Perjanjian Kinerja 2024 (ditandatangani Januari).";
  ws.getCell("F5").dataValidation = { type: "list", allowBlank: true, formulae: ['"Persen,Indeks,Perusahaan"'] };
  ws.addConditionalFormatting({
    ref: "H5:H19",
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["1"], priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }],
  });
  ws.getCell("D5").font = { name: "Arial", size: 11, bold: true, italic: true, color: { argb: "FF1F4E79" } };
  ws.getCell("D5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  ws.getCell("D5").border = { top: { style: "thin" }, bottom: { style: "double" }, left: { style: "thin" }, right: { style: "thin" } };
  ws.getCell("D5").alignment = { wrapText: true, vertical: "top" };
  ws.getColumn("D").width = 52;
  ws.getRow(5).height = 48;
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: 4 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Alignment without the values Excel assumes anyway (writers differ in spelling them out). */
function rataBaku(a: Partial<ExcelJS.Alignment> | undefined): unknown {
  if (!a) return undefined;
  const bawaan: Record<string, unknown> = { indent: 0, shrinkToFit: false, textRotation: 0, horizontal: "general", wrapText: false, readingOrder: "ltr" };
  const out = Object.fromEntries(Object.entries(a).filter(([k, v]) => v !== undefined && bawaan[k] !== v));
  return Object.keys(out).length ? out : undefined;
}

/**
 * Equal spellings made one: an absent flag and a false one, rank 0 and none, and a plain underline
 * read as `true` or as "single" (both are <u/> in the file).
 */
function baku(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(baku);
  if (!x || typeof x !== "object") return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (v === undefined || v === null || v === false || (k === "rank" && v === 0)) continue;
    out[k] = k === "underline" && v === true ? "single" : baku(v);
  }
  return out;
}

/** What a planner would notice of a sheet, as ExcelJS reads it. */
function sidikLembar(ws: ExcelJS.Worksheet): unknown {
  const sel: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      const catatan = typeof c.note === "string" ? c.note : c.note?.texts?.map((t) => t.text).join("");
      const f = c.numFmt === "General" ? undefined : c.numFmt;
      sel[c.address] = { v: c.value, f, font: c.font, fill: c.fill, border: c.border, align: rataBaku(c.alignment), note: catatan, dv: c.dataValidation };
    }),
  );
  const kolom = (ws.columns ?? []).map((k) => ({ w: k.width, h: k.hidden }));
  const baris: Record<number, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    if (r.height) baris[n] = r.height;
  });
  const cf = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
  return baku({ sel, kolom, baris, merge: Object.keys((ws as unknown as { _merges: object })._merges).sort(), views: ws.views, cf });
}

async function sidikBuku(data: Uint8Array, nama?: string[]): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    if (markerKey(ws.headerFooter?.oddFooter)) continue;
    if (nama && !nama.includes(ws.name)) continue;
    out[ws.name] = sidikLembar(ws);
  }
  return out;
}

(adaLibreOffice() ? describe : describe.skip)("source sheets written by LibreOffice, generated twice", () => {
  let sumber: Uint8Array;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-utuh-"));
    const f = path.join(dir, "hias.xlsx");
    fs.writeFileSync(f, await dihias());
    const lo = LibreOffice.buka();
    try {
      const [h] = await lo.konversiBanyak([f], "xlsx", path.join(dir, "lo"));
      sumber = new Uint8Array(fs.readFileSync(h.file));
    } finally {
      lo.tutup();
    }
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("notes, validation, conditional formats, styles, sizes and view of every source sheet are kept", async () => {
    const sebelum = await sidikBuku(sumber);
    const pk = sebelum["PK 2024"] as { sel: Record<string, { note?: string; dv?: unknown; font?: object; fill?: object; border?: object }>; cf: unknown[]; views: unknown[]; kolom: { w?: number }[]; baris: Record<number, number> };
    // The touches are there to be kept (LibreOffice wrote them back; its headless save drops the frozen pane, so the view is compared as it wrote it).
    expect(pk.sel.E5.note).toContain("Perjanjian Kinerja 2024");
    expect(pk.sel.F5.dv).toMatchObject({ type: "list" });
    expect(pk.sel.D5.font).toMatchObject({ bold: true, italic: true });
    expect(pk.sel.D5.border).toMatchObject({ bottom: { style: "double" } });
    expect(pk.kolom[3].w).toBeGreaterThan(40);
    expect(pk.baris[5]).toBeGreaterThan(40);
    expect(pk.cf.length).toBeGreaterThan(0);
    expect(pk.views).toHaveLength(1);

    const plans = buatRingkasan(kenali(await bacaBukuKerja(sumber)), []);
    const sekali = await tulisRingkasan(sumber, plans);
    const dua = await tulisRingkasan(sekali, plans);
    const nama = Object.keys(sebelum);
    expect(await sidikBuku(sekali, nama)).toEqual(sebelum);
    expect(await sidikBuku(dua, nama)).toEqual(sebelum);
  }, 60_000);
});
