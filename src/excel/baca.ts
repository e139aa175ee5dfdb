/**
 * Reads the open workbook into a Snapshot in exactly three syncs, whatever the number of sheets:
 *  1. the sheet list (name, visibility, footer marker) — per-sheet calls need the items first;
 *  2. each sheet's used range (address, size) and merged areas — chunking needs the size first;
 *  3. values, formulas and number formats of every block, all queued before the one sync.
 */
import type { CellValue, SheetSnapshot, Snapshot } from "../core/snapshot";
import { parseRange } from "../core/snapshot";
import { markerKey } from "../core/lembar/plan";
import { areaDariAlamat, potongBaris, SEL_PER_BLOK } from "./blok";
import { didukung } from "./dukungan";

/** Footer slot that carries the generated-sheet marker (tulis.ts writes the same one). */
export const FOOTER_PENANDA = "centerFooter";
export const MUAT_PENANDA = `pageLayout/headersFooters/defaultForAllPages/${FOOTER_PENANDA}`;

/** The marker footer of a loaded worksheet, or null when the host has no page layout API. */
export function bacaPenanda(ws: Excel.Worksheet, adaFooter: boolean): string | null {
  if (!adaFooter) return null;
  const v = ws.pageLayout.headersFooters.defaultForAllPages[FOOTER_PENANDA];
  return typeof v === "string" ? v : null;
}

interface Blok {
  top: number;
  left: number;
  range: Excel.Range;
}

export async function bacaSnapshot(context: Excel.RequestContext, maxSel = SEL_PER_BLOK): Promise<Snapshot> {
  const adaFooter = didukung("1.9");
  const adaMerge = didukung("1.13");

  const sheets = context.workbook.worksheets;
  sheets.load(["items/name", "items/visibility", ...(adaFooter ? [`items/${MUAT_PENANDA}`] : [])].join(","));
  await context.sync();

  const lembar = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address,rowCount,columnCount");
    let merged: Excel.RangeAreas | null = null;
    if (adaMerge) {
      merged = used.getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { ws, used, merged };
  });
  await context.sync();

  const blokPerLembar: Blok[][] = lembar.map(({ ws, used }) => {
    if (used.isNullObject || used.rowCount === 0 || used.columnCount === 0) return [];
    const awal = parseRange(used.address);
    const r = { top: awal.top, left: awal.left, bottom: awal.top + used.rowCount - 1, right: awal.left + used.columnCount - 1 };
    return potongBaris(r, maxSel).map((b) => {
      const range = ws.getRangeByIndexes(b.top - 1, b.left - 1, b.bottom - b.top + 1, b.right - b.left + 1);
      range.load("values,formulas,numberFormat");
      return { top: b.top, left: b.left, range };
    });
  });
  if (blokPerLembar.some((b) => b.length > 0)) await context.sync();

  return {
    sheets: lembar.map(({ ws, merged }, i): SheetSnapshot => {
      const blok = blokPerLembar[i];
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const numberFormats: string[][] = [];
      for (const b of blok) {
        const v = b.range.values as unknown[][];
        const f = b.range.formulas as unknown[][];
        const nf = b.range.numberFormat as unknown[][];
        for (let r = 0; r < v.length; r++) {
          const vr = v[r].map(normalNilai);
          values.push(vr);
          // `formulas` echoes constants too, and text that starts with "=" (a Text-formatted cell)
          // comes back identical to its value: only a different result marks a real formula.
          formulas.push(f[r].map((x, c) => (typeof x === "string" && x.startsWith("=") && x !== v[r][c] ? x : null)));
          numberFormats.push(nf[r].map((x) => (typeof x === "string" ? x : "General")));
        }
      }
      const pos = blok.length ? { top: blok[0].top, left: blok[0].left } : { top: 1, left: 1 };
      const snap: SheetSnapshot = {
        name: ws.name,
        top: pos.top,
        left: pos.left,
        values,
        formulas,
        numberFormats,
        merges: merged && !merged.isNullObject ? areaDariAlamat(merged.address) : [],
      };
      const key = markerKey(bacaPenanda(ws, adaFooter));
      if (key) snap.generatedKey = key;
      if (ws.visibility !== "Visible") snap.hidden = true;
      return snap;
    }),
  };
}

function normalNilai(x: unknown): CellValue {
  if (x === "" || x === undefined || x === null) return null;
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "string") return x;
  return String(x);
}
