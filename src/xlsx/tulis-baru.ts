/** Writes plans into a new workbook (no source sheets): the comparison file of `kinerja gabung`. */
import ExcelJS from "exceljs";
import { chooseNames, type SheetPlan } from "../core/lembar/plan";
import { tandaiPenulisPaket } from "./penulis-catatan";
import { tulisLembar } from "./tulis-lembar";

export async function tulisBaru(plans: SheetPlan[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "SAKIP Kinerja";
  const dipakai = new Set<string>();
  for (const { plan, name } of chooseNames([], plans)) {
    const ws = wb.addWorksheet(name);
    let namaTabel: string | undefined;
    if (plan.table) {
      namaTabel = plan.table.name;
      for (let i = 2; dipakai.has(namaTabel.toLowerCase()); i++) namaTabel = `${plan.table.name}_${i}`;
      dipakai.add(namaTabel.toLowerCase());
    }
    tulisLembar(ws, plan, { namaTabel });
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return tandaiPenulisPaket(new Uint8Array(await wb.xlsx.writeBuffer()));
}
