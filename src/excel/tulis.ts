/**
 * Writes SheetPlans into the open workbook in two syncs, whatever their size:
 *  1. the sheet list with footer markers and the table names (to choose free names);
 *  2. everything else — sheets, 2-D cell blocks, styles, tables, charts — queued as one batch.
 * A sheet the add-in generated (footer marker with the same key) is replaced; a user's sheet
 * is never touched: chooseNames() gives the plan a free name such as "Ringkasan Kinerja (2)".
 */
import { chooseNames, markerKey, markerText, type SheetPlan } from "../core/lembar/plan";
import { bacaPenanda, FOOTER_PENANDA, MUAT_PENANDA } from "./baca";
import { didukung } from "./dukungan";
import { tulisCatatan, tulisGaya, tulisHalaman, tulisLebar, tulisTata, tulisTautan } from "./gaya";
import { tulisCetak, tulisFormatBersyarat, tulisSemuaGrafik, tulisTabel } from "./objek";
import { blokSel } from "./sel";

export interface Fitur {
  footer: boolean;
  rangeAreas: boolean;
  catatan: boolean;
}

export function fiturHost(): Fitur {
  return { footer: didukung("1.9"), rangeAreas: didukung("1.9"), catatan: didukung("1.18") };
}

function namaSementara(i: number, terpakai: Set<string>): string {
  let s = `~sakip-lama-${i}`;
  for (let j = 2; terpakai.has(s.toLowerCase()); j++) s = `~sakip-lama-${i}-${j}`;
  terpakai.add(s.toLowerCase());
  return s;
}

/** Queues one plan on a new, empty worksheet. */
export function tulisLembar(ws: Excel.Worksheet, plan: SheetPlan, tabelTerpakai: Set<string>, fitur: Fitur): void {
  // Formats before contents: the Text format must be in place when the strings arrive.
  for (const b of blokSel(plan)) {
    const r = ws.getRangeByIndexes(b.pos.top - 1, b.pos.left - 1, b.pos.bottom - b.pos.top + 1, b.pos.right - b.pos.left + 1);
    r.numberFormat = b.numberFormat;
    r.formulas = b.formulas;
  }
  tulisLebar(ws, plan.widths);
  tulisTata(ws, plan);
  tulisGaya(ws, plan, fitur.rangeAreas);
  tulisTautan(ws, plan);
  tulisCatatan(ws, plan, fitur.catatan);
  tulisTabel(ws, plan, tabelTerpakai);
  tulisFormatBersyarat(ws, plan);
  tulisSemuaGrafik(ws, plan);
  if (fitur.footer) {
    tulisCetak(ws, plan);
    tulisHalaman(ws, plan);
    ws.pageLayout.headersFooters.defaultForAllPages[FOOTER_PENANDA] = markerText(plan.key);
  }
}

export async function tulisRencana(context: Excel.RequestContext, plans: SheetPlan[], fitur = fiturHost()): Promise<string[]> {
  if (plans.length === 0) return [];
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load(["items/name", "items/position", ...(fitur.footer ? [`items/${MUAT_PENANDA}`] : [])].join(","));
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();

  const ada = sheets.items.map((ws) => ({ ws, name: ws.name, generatedKey: markerKey(bacaPenanda(ws, fitur.footer)) ?? undefined }));
  const pilihan = chooseNames(ada, plans);
  const diganti = new Set(pilihan.filter((p) => p.replaces).map((p) => p.replaces!.toLowerCase()));
  // Tables of replaced sheets disappear with them (earlier in the same batch), so their names are free.
  const tabelTerpakai = new Set(
    tables.items.filter((t) => !diganti.has(t.worksheet.name.toLowerCase())).map((t) => t.name.toLowerCase()),
  );
  const namaTerpakai = new Set(ada.map((s) => s.name.toLowerCase()));

  wb.application.suspendApiCalculationUntilNextSync();
  const ditulis: Excel.Worksheet[] = [];
  pilihan.forEach(({ plan, name, replaces }, i) => {
    const lama = replaces ? ada.find((s) => s.name === replaces)?.ws : undefined;
    // The old sheet is renamed first and deleted last, so the new one can take its name and
    // position even when it was the workbook's only visible sheet.
    if (lama) lama.name = namaSementara(i, namaTerpakai);
    const ws = sheets.add(name);
    if (lama) {
      ws.position = lama.position;
      lama.delete();
    }
    tulisLembar(ws, plan, tabelTerpakai, fitur);
    ditulis.push(ws);
  });
  ditulis[0].activate();
  await context.sync();
  return pilihan.map((p) => p.name);
}
