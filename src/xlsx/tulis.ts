/**
 * Writes summary sheets into a copy of the planner's workbook (.xlsx or .xlsm) without
 * re-serializing it: the plans are rendered by ExcelJS into a workbook of their own, whose sheet
 * parts are then grafted into the SOURCE package. Every other part — charts, pivots and their
 * cache, the VBA project, protection, custom properties, validations — is carried over byte for
 * byte. Sheets the add-in generated earlier with the same key are replaced in place; a user's
 * sheet that happens to carry a wanted name is left alone. Runs in Node and in the browser.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { chooseNames, markerKey, type SheetPlan } from "../core/lembar/plan";
import { cangkokKeSumber, type BuatGrafik } from "./cangkok";
import { bagianGrafik } from "./grafik";
import { bacaPaket } from "./paket";
import { tulisLembar } from "./tulis-lembar";
import { cariMundur, teks, unescapeXml } from "./xml";
import { bukaZip } from "./zip";

export type { BuatGrafik } from "./cangkok";

export interface OpsiTulis {
  /** Chart parts for a sheet's ChartSpecs; src/xlsx/grafik unless a test passes its own. */
  grafik?: BuatGrafik;
}

/** The footer text of a sheet part, read from its tail (the cell data is not decoded). */
function footer(xml: Uint8Array): string | null {
  const i = cariMundur(xml, "<oddFooter");
  if (i < 0) return null;
  const m = /^<oddFooter[^>]*>([\s\S]*?)<\/oddFooter>/.exec(teks(xml.subarray(i, Math.min(xml.length, i + 4096))));
  return m ? unescapeXml(m[1]) : null;
}

/** Names already used by the source's tables and defined names (table names share that space). */
function namaTerpakai(parts: Map<string, Uint8Array>, workbookXml: string): Set<string> {
  const out = new Set<string>();
  for (const [nama, isi] of parts) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(nama)) continue;
    const t = /<table\s[^>]*>/.exec(teks(isi.subarray(0, 2048)))?.[0] ?? "";
    for (const a of ["name", "displayName"]) {
      const v = new RegExp(`\\s${a}="([^"]*)"`).exec(t)?.[1];
      if (v) out.add(unescapeXml(v).toLowerCase());
    }
  }
  for (const m of workbookXml.matchAll(/<definedName\s[^>]*name="([^"]*)"/g)) out.add(unescapeXml(m[1]).toLowerCase());
  return out;
}

function namaBebas(dipakai: Set<string>, ingin: string): string {
  let nama = ingin;
  for (let i = 2; dipakai.has(nama.toLowerCase()); i++) nama = `${ingin}_${i}`;
  dipakai.add(nama.toLowerCase());
  return nama;
}

export async function tulisRingkasan(input: ArrayBuffer | Uint8Array, plans: SheetPlan[], opsi: OpsiTulis = {}): Promise<Uint8Array> {
  const data = input instanceof Uint8Array ? input : new Uint8Array(input);
  const parts = bukaZip(data);
  const paket = bacaPaket(parts);
  const ada = paket.sheets.map((s) => ({
    name: s.name,
    generatedKey: (s.worksheet && s.part ? markerKey(footer(parts.get(s.part)!)) : null) ?? undefined,
  }));
  const pilihan = chooseNames(ada, plans);

  const wb = new ExcelJS.Workbook();
  wb.creator = "SAKIP Kinerja";
  const dipakai = namaTerpakai(parts, paket.workbookXml);
  for (const { plan, name } of pilihan) {
    const ws = wb.addWorksheet(name);
    tulisLembar(ws, plan, { namaTabel: plan.table ? namaBebas(dipakai, plan.table.name) : undefined });
  }
  const gen = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const hasil = cangkokKeSumber(parts, paket, new Map(Object.entries(gen)), pilihan, opsi.grafik ?? bagianGrafik);
  const isi: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [nama, b] of hasil) isi[nama] = [b, { level: /\.(png|jpe?g|gif|bin|emf|wmf)$/i.test(nama) ? 0 : 6 }];
  return zipSync(isi);
}


