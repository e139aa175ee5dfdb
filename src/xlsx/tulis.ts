/**
 * Writes summary sheets into a copy of the planner's workbook (.xlsx): the source sheets are
 * carried over as read, sheets the add-in generated earlier with the same key are replaced, a
 * user's sheet that happens to carry a wanted name is left alone.
 */
import ExcelJS from "exceljs";
import { chooseNames, markerKey, type SheetPlan } from "../core/lembar/plan";
import { tulisLembar } from "./tulis-lembar";

function namaTabelBebas(wb: ExcelJS.Workbook, ingin: string): string {
  const dipakai = new Set<string>();
  for (const ws of wb.worksheets) for (const t of ws.getTables()) dipakai.add(namaTabel(t).toLowerCase());
  for (const n of wb.definedNames.model.map((d) => d.name)) dipakai.add(n.toLowerCase());
  let nama = ingin;
  for (let i = 2; dipakai.has(nama.toLowerCase()); i++) nama = `${ingin}_${i}`;
  return nama;
}

// ExcelJS's Table type has no `name`; the table model does.
function namaTabel(t: unknown): string {
  const x = t as { name?: string; table?: { name?: string } };
  return x.table?.name ?? x.name ?? "";
}

/** ExcelJS orders the tabs by this (untyped) field. */
type Berurut = ExcelJS.Worksheet & { orderNo: number };

export async function tulisRingkasan(input: ArrayBuffer | Uint8Array, plans: SheetPlan[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const data = input instanceof Uint8Array ? input : new Uint8Array(input);
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const existing = wb.worksheets.map((ws) => ({ name: ws.name, generatedKey: markerKey(ws.headerFooter?.oddFooter) ?? undefined }));
  for (const { plan, name, replaces } of chooseNames(existing, plans)) {
    let orderNo: number | undefined;
    if (replaces) {
      const lama = wb.getWorksheet(replaces);
      if (lama) {
        orderNo = (lama as Berurut).orderNo;
        wb.removeWorksheet(lama.id);
      }
    }
    const ws = wb.addWorksheet(name);
    // Keep the replaced sheet's place among the tabs.
    if (orderNo !== undefined) (ws as Berurut).orderNo = orderNo;
    tulisLembar(ws, plan, { namaTabel: plan.table ? namaTabelBebas(wb, plan.table.name) : undefined });
  }
  // Excel recomputes on opening, so the cached results never outlive an edit made elsewhere.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
