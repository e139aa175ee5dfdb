/** Reading written workbooks back with SheetJS, a reader independent of the writer (ExcelJS). */
import { createHash } from "crypto";
import * as XLSX from "@e965/xlsx";

export function baca(data: Uint8Array | Buffer): XLSX.WorkBook {
  return XLSX.read(data, { type: "array", cellFormula: true, cellNF: true, cellStyles: false });
}

/** Hash of every cell's type, value, formula and number format, and the merges, per sheet. */
export function sidik(wb: XLSX.WorkBook, sheets: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of sheets) {
    const ws = wb.Sheets[n];
    if (!ws) throw new Error(`Lembar ${n} hilang`);
    const sel = Object.keys(ws)
      .filter((k) => !k.startsWith("!"))
      .sort()
      .map((k) => {
        const c = ws[k] as XLSX.CellObject;
        return [k, c.t, c.v, c.f ?? null, c.z ?? null];
      });
    const merges = (ws["!merges"] ?? []).map((m) => XLSX.utils.encode_range(m)).sort();
    out[n] = createHash("sha256").update(JSON.stringify({ sel, merges, ref: ws["!ref"] })).digest("hex");
  }
  return out;
}
