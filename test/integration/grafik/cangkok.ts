/**
 * Test helper: adds the chart parts of src/xlsx/grafik to a package ExcelJS wrote (ExcelJS
 * writes none) — the parts, their content types, the sheet's relationship and <drawing>.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { bagianGrafik, nilaiGrafik } from "../../../src/xlsx/grafik";
import type { SheetPlan } from "../../../src/core/lembar/plan";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Ends of elements that precede <drawing> in a worksheet, and starts of those that follow it (CT_Worksheet order). */
const SEBELUM_DRAWING = ["</sheetData>", "</mergeCells>", "</conditionalFormatting>", "</dataValidations>", "</hyperlinks>", "<pageMargins", "<pageSetup", "</headerFooter>", "</rowBreaks>", "</colBreaks>"];
const SESUDAH_DRAWING = ["<legacyDrawing ", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

export type Paket = Record<string, Uint8Array>;

export function buka(data: Uint8Array): Paket {
  return unzipSync(data);
}

export function teks(p: Paket, path: string): string {
  const b = p[path];
  if (!b) throw new Error(`bagian tidak ada: ${path}`);
  return strFromU8(b);
}

function atribut(tag: string, nama: string): string | null {
  return new RegExp(`\\b${nama}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function unescape(s: string): string {
  return s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Relationships of a part: id → { type, target resolved against the part's folder }. */
export function relasi(p: Paket, part: string): Map<string, { type: string; target: string }> {
  const folder = part.slice(0, part.lastIndexOf("/") + 1);
  const relPath = `${folder}_rels/${part.slice(folder.length)}.rels`;
  const out = new Map<string, { type: string; target: string }>();
  if (!p[relPath]) return out;
  for (const m of teks(p, relPath).matchAll(/<Relationship\b[^>]*>/g)) {
    const target = atribut(m[0], "Target")!;
    const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
    const norm: string[] = [];
    for (const s of parts) {
      if (s === "..") norm.pop();
      else norm.push(s);
    }
    out.set(atribut(m[0], "Id")!, { type: atribut(m[0], "Type")!, target: norm.join("/") });
  }
  return out;
}

/** Sheet name → worksheet part path. */
export function lembarPaket(p: Paket): Map<string, string> {
  const rel = relasi(p, "xl/workbook.xml");
  const out = new Map<string, string>();
  for (const m of teks(p, "xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
    out.set(unescape(atribut(m[0], "name")!), rel.get(atribut(m[0], "r:id")!)!.target);
  }
  return out;
}

function nomorBebas(p: Paket, awalan: string): number {
  let n = 0;
  for (const k of Object.keys(p)) {
    const m = new RegExp(`^${awalan}(\\d+)\\.xml$`).exec(k);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return n + 1;
}

function tambahRelasi(p: Paket, sheetPath: string, target: string): string {
  const folder = sheetPath.slice(0, sheetPath.lastIndexOf("/") + 1);
  const relPath = `${folder}_rels/${sheetPath.slice(folder.length)}.rels`;
  const lama = p[relPath] ? teks(p, relPath) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const id = `rIdGrafik${relasi(p, sheetPath).size + 1}`;
  p[relPath] = strToU8(lama.replace("</Relationships>", `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="../${target.replace(/^xl\//, "")}"/></Relationships>`));
  return id;
}

function sisipDrawing(xml: string, id: string): string {
  // Nested extLst elements (inside conditional formats) come before the last preceding element.
  const dari = Math.max(...SEBELUM_DRAWING.map((t) => xml.lastIndexOf(t)));
  const pos = Math.min(...SESUDAH_DRAWING.map((t) => xml.indexOf(t, dari)).filter((i) => i >= 0));
  return `${xml.slice(0, pos)}<drawing r:id="${id}"/>${xml.slice(pos)}`;
}

/** Adds every plan's charts (cached values from its cells) to the sheets named in `nama`. */
export function cangkok(data: Uint8Array, plans: { plan: SheetPlan; nama: string }[]): Uint8Array {
  const p = buka(data);
  const lembar = lembarPaket(p);
  let ct = teks(p, "[Content_Types].xml");
  for (const { plan, nama } of plans) {
    if (!plan.charts?.length) continue;
    const sheetPath = lembar.get(nama);
    if (!sheetPath) throw new Error(`lembar tidak ada: ${nama}`);
    const b = bagianGrafik(nilaiGrafik(plan), nama, { drawing: nomorBebas(p, "xl/drawings/drawing"), chart: nomorBebas(p, "xl/charts/chart") });
    for (const [path, xml] of b.parts) p[path] = strToU8(xml);
    ct = ct.replace("</Types>", b.contentTypes.map((c) => `<Override PartName="${c.partName}" ContentType="${c.contentType}"/>`).join("") + "</Types>");
    const id = tambahRelasi(p, sheetPath, b.drawingPath);
    p[sheetPath] = strToU8(sisipDrawing(teks(p, sheetPath), id));
  }
  p["[Content_Types].xml"] = strToU8(ct);
  return zipSync(p, { level: 6 });
}
