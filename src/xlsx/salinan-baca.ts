/**
 * The reading copy: a small package holding only what the cells need (workbook, worksheets,
 * shared strings, styles), under the part names ExcelJS expects. Drawings, comments, tables,
 * pivots, charts, VBA and the like are left out, so a part written in a way the file library
 * does not understand can no longer stop the cells from being read. The user's file is never
 * touched: this copy lives in memory only.
 */
import { zipSync } from "fflate";
import { bacaPaket, bagianWorkbook } from "./paket";
import { JENIS_REL, bita, cariMundur, gabungBita, teks, tulisRelasi, type Relasi } from "./xml";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const JENIS = {
  worksheet: `${NS_REL}/worksheet`,
  sharedStrings: `${NS_REL}/sharedStrings`,
  styles: `${NS_REL}/styles`,
  officeDocument: `${NS_REL}/officeDocument`,
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

/** Elements after <sheetData> that the cells need; the rest (drawings, tables, links…) is dropped. */
const EKOR_DISIMPAN = ["mergeCells", "headerFooter"];

const SAH_XML = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]$/;

/**
 * Excel reads "_xHHHH_" in any cell text as U+HHHH; the file library decodes it in shared strings
 * only. Inline strings (which our own summaries use) are decoded here, in the reading copy.
 */
function escapeInline(xml: string): string {
  return xml.replace(/<is>([\s\S]*?)<\/is>/g, (is: string) =>
    is.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => {
      const c = String.fromCharCode(parseInt(h, 16));
      if (!SAH_XML.test(c)) return "\uFFFD";
      return c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "\r" ? "&#13;" : c;
    }),
  );
}

/** The sheet with everything after its cell data reduced to merges and the header/footer. */
export function lembarBaca(asli: Uint8Array): Uint8Array {
  const xml = cariMundur(asli, "inlineStr") >= 0 && cariMundur(asli, "_x") >= 0 ? bita(escapeInline(teks(asli))) : asli;
  let i = cariMundur(xml, "</sheetData>");
  let panjang = "</sheetData>".length;
  if (i < 0) {
    i = cariMundur(xml, "<sheetData/>");
    panjang = "<sheetData/>".length;
  }
  if (i < 0) return xml;
  const ekor = teks(xml.subarray(i + panjang));
  const akhir = /<\/(?:[\w.-]+:)?worksheet>\s*$/.exec(ekor);
  if (!akhir) return xml;
  const simpan = EKOR_DISIMPAN.map((n) => new RegExp(`<${n}[\\s>][\\s\\S]*?</${n}>|<${n}[^>]*/>`).exec(ekor)?.[0] ?? "").join("");
  return gabungBita(xml.subarray(0, i + panjang), bita(simpan + akhir[0]));
}

/** workbook.xml with only worksheets listed, and nothing that points at a left-out part. */
function workbookBaca(xml: string, dibuang: Set<string>): string {
  let out = xml.replace(/<(?:[\w.-]+:)?sheet(?=[\s/>])[^>]*>/g, (tag) => {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    return id && dibuang.has(id) ? "" : tag;
  });
  for (const n of ["pivotCaches", "externalReferences", "definedNames", "extLst", "fileRecoveryPr"]) {
    out = out.replace(new RegExp(`<${n}[\\s>][\\s\\S]*?</${n}>|<${n}[^>]*/>`, "g"), "");
  }
  return out;
}

export interface SalinanBaca {
  zip: Uint8Array;
  /** Sheets left out because they are not worksheets (chartsheets, dialog sheets). */
  dilewati: string[];
}

/** Builds the reading copy from the package's parts; `gaya` false leaves styles.xml out too. */
export function salinanBaca(parts: Map<string, Uint8Array>, gaya = true): SalinanBaca {
  const p = bacaPaket(parts);
  const isi: Record<string, Uint8Array> = {};
  const rels: Relasi[] = [];
  const dibuang = new Set<string>();
  const dilewati: string[] = [];
  let n = 0;
  for (const s of p.sheets) {
    if (!s.worksheet || !s.part) {
      dibuang.add(s.rid);
      dilewati.push(s.name);
      continue;
    }
    n++;
    isi[`xl/worksheets/sheet${n}.xml`] = lembarBaca(parts.get(s.part)!);
    rels.push({ id: s.rid, type: JENIS.worksheet, target: `worksheets/sheet${n}.xml`, external: false });
  }
  const sst = bagianWorkbook(parts, p, JENIS_REL.sharedStrings);
  if (sst) {
    isi["xl/sharedStrings.xml"] = parts.get(sst)!;
    rels.push({ id: "rIdSakipSst", type: JENIS.sharedStrings, target: "sharedStrings.xml", external: false });
  }
  const styles = gaya ? bagianWorkbook(parts, p, JENIS_REL.styles) : null;
  if (styles) {
    isi["xl/styles.xml"] = parts.get(styles)!;
    rels.push({ id: "rIdSakipStyles", type: JENIS.styles, target: "styles.xml", external: false });
  }
  isi["[Content_Types].xml"] = bita(CONTENT_TYPES);
  isi["_rels/.rels"] = bita(tulisRelasi([{ id: "rId1", type: JENIS.officeDocument, target: "xl/workbook.xml", external: false }]));
  isi["xl/workbook.xml"] = bita(workbookBaca(p.workbookXml, dibuang));
  isi["xl/_rels/workbook.xml.rels"] = bita(tulisRelasi(rels));
  return { zip: zipSync(isi, { level: 0 }), dilewati };
}

/** Parts the reading copy may use; the others are inflated only to be counted. */
export function perluBaca(nama: string): boolean {
  if (!/\.(xml|rels)$/i.test(nama)) return false;
  return !/^(customXml|xl\/(media|drawings|charts|chartsheets|pivotCache|pivotTables|tables|externalLinks|embeddings|printerSettings|ctrlProps|activeX|diagrams|queryTables|slicers|slicerCaches|richData|model|persons|threadedComments))\//i.test(nama);
}
