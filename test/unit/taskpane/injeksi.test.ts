/**
 * The task pane's own summary flow (standalone: a file opened in the browser, summaries written
 * with the xlsx adapter): cell text that looks like a formula, a link, a script or carries control
 * characters reaches the written sheets as plain text, and text longer than a cell holds is cut with
 * a note — the same as the CLI.
 */
import ExcelJS from "exceljs";
import { BATAS_SEL } from "../../../src/core/lembar/aman";
import type { SheetPlan } from "../../../src/core/lembar/plan";
import { ringkas } from "../../../src/taskpane/alur";
import { bukuBerkas } from "../../../src/taskpane/sumber-berkas";
import { JAHAT, PANJANG } from "../../jahat";

// eslint-disable-next-line no-control-regex
const KENDALI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

async function bukuJahat(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK 2024");
  ws.addRow(["Perjanjian Kinerja 2024"]);
  ws.addRow([]);
  ws.addRow(["No", "Sasaran", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"]);
  [...JAHAT, PANJANG].forEach((n, i) => ws.addRow([i + 1, i === 0 ? "=cmd|' /C calc'!A0" : null, n, 30, "Persen", 37, 1.2333]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let plans: SheetPlan[];
let keluaran: ExcelJS.Workbook;

beforeAll(async () => {
  const buku = bukuBerkas("jahat.xlsx", await bukuJahat());
  const tulis = buku.tulis.bind(buku);
  buku.tulis = async (p) => {
    plans = p;
    return tulis(p);
  };
  await ringkas(buku, [], ["ringkasan-kinerja", "temuan"]);
  const unduhan = buku.unduhan?.();
  if (!unduhan) throw new Error("tidak ada unduhan");
  keluaran = new ExcelJS.Workbook();
  await keluaran.xlsx.load(Buffer.from(unduhan.data) as unknown as ArrayBuffer);
}, 60_000);

test("the plans the pane renders hold the indicator names as values, never as formulas", () => {
  const rk = plans.find((p) => p.key === "ringkasan-kinerja")!;
  const teks = rk.cells.filter((c) => typeof c.value === "string").map((c) => c.value as string);
  for (const j of JAHAT.slice(0, 6)) {
    const sel = rk.cells.filter((c) => c.value === j);
    expect({ j, n: sel.length }).toEqual({ j, n: 1 });
    expect(sel[0].formula).toBeUndefined();
  }
  for (const p of plans) {
    for (const c of p.cells) {
      if (typeof c.value === "string") {
        expect(c.value.length).toBeLessThanOrEqual(BATAS_SEL);
        expect(KENDALI.test(c.value)).toBe(false);
      }
      if (c.note) expect(KENDALI.test(c.note)).toBe(false);
    }
  }
  expect(teks).toContain("Indeks [31mMERAH[0m kepuasan");
  const potong = rk.cells.find((c) => typeof c.value === "string" && c.value.startsWith("Indikator sangat panjang"))!;
  expect(potong.value).toMatch(/ … \[dipotong dari 40025 karakter\]$/);
  expect(potong.note).toMatch(/32767 karakter per sel/);
});

test("the downloaded workbook has them as text cells in Ringkasan Kinerja and in the untouched source", () => {
  const rk = keluaran.getWorksheet("Ringkasan Kinerja")!;
  const src = keluaran.getWorksheet("PK 2024")!;
  for (const ws of [rk, src]) {
    const ditemukan = new Set<string>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && JAHAT.slice(0, 6).includes(cell.value)) ditemukan.add(cell.value);
        // No cell of these sheets carries a formula built from the planner's text.
        if (cell.formula) expect(JAHAT.some((j) => cell.formula.includes(j.replace(/^[=+\-@]/, "")))).toBe(false);
      }),
    );
    expect([...ditemukan].sort()).toEqual(JAHAT.slice(0, 6).sort());
  }
  expect(src.getCell("B4").value).toBe("=cmd|' /C calc'!A0");
});
