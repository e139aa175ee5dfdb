/**
 * One generated sheet's XML made ready to live in the source package: style indexes remapped to
 * the merged styles.xml, shared strings written inline (the source's sharedStrings.xml stays
 * byte-identical), every text valid XML 1.0, and the drawing of its charts referenced.
 */
import type { PetaGaya } from "./gaya-gabung";

/** Characters XML 1.0 does not allow, and halves of surrogate pairs standing alone. */
// eslint-disable-next-line no-control-regex
const TIDAK_SAH = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const PENGGANTI = "\uFFFD";

/** Text with every character XML 1.0 forbids replaced by U+FFFD. */
export function teksSahXml(s: string): string {
  return s.replace(TIDAK_SAH, PENGGANTI);
}

/**
 * Excel reads "_xHHHH_" in cell text as the character U+HHHH; text that holds such a sequence
 * literally gets its underscore escaped (_x005F_), so it reads back as written.
 */
export function lindungiEscape(s: string): string {
  // A carriage return would come back as a line feed (XML normalizes line ends): Excel's own escape keeps it.
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/\r/g, "_x000D_");
}

/** The text runs of a string item (<t> contents) with literal escapes protected. */
function lindungiT(xml: string): string {
  return xml.replace(/(<t(?:\s[^>]*)?>)([\s\S]*?)(<\/t>)/g, (_, a: string, isi: string, c: string) => a + lindungiEscape(isi) + c);
}

/** The shared-string items of a sharedStrings.xml, as the inner XML of each <si>. */
export function itemSst(xml: string): string[] {
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ?? "");
  return out;
}

function petakan(nilai: string, peta: number[]): string {
  const i = Number(nilai);
  return String(peta[i] ?? peta[0] ?? 0);
}

/** Rewrites the cells: s="k" remapped, t="s" to t="inlineStr" with the item's runs inline. */
function sel(xml: string, peta: PetaGaya, sst: string[]): string {
  return xml.replace(/<c(\s[^>]*?)?(\/>|>([\s\S]*?)<\/c>)/g, (utuh, atr: string | undefined, _e: string, isi: string | undefined) => {
    let a = atr ?? "";
    a = a.replace(/(\ss=")(\d+)"/, (_, p: string, v: string) => `${p}${petakan(v, peta.xf)}"`);
    if (isi === undefined) return `<c${a}/>`;
    if (/\st="s"/.test(a)) {
      const v = /<v>(\d+)<\/v>/.exec(isi);
      const item = v ? (sst[Number(v[1])] ?? "") : "";
      return `<c${a.replace(/\st="s"/, ' t="inlineStr"')}><is>${lindungiT(item)}</is></c>`;
    }
    if (/\st="inlineStr"/.test(a)) return `<c${a}>${lindungiT(isi)}</c>`;
    void utuh;
    return `<c${a}>${isi}</c>`;
  });
}

/** Where <drawing> goes: after the print setup and breaks, before legacy drawings, tables and extLst. */
function posisiDrawing(xml: string): number {
  const akhir = xml.lastIndexOf("</worksheet>");
  let pos = akhir;
  for (const t of ["<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts"]) {
    const i = xml.indexOf(t);
    if (i >= 0 && i < pos) pos = i;
  }
  // The sheet's own extLst is its last child; a conditional format's extLst sits earlier.
  const ext = xml.lastIndexOf("<extLst");
  if (ext >= 0 && ext < pos && /^<\/extLst>\s*$/.test(xml.slice(xml.lastIndexOf("</extLst>"), akhir))) pos = ext;
  return pos;
}

export interface OpsiCangkok {
  peta: PetaGaya;
  sst: string[];
  /** r:id of the drawing relationship, when the sheet gets charts. */
  drawingRid?: string;
}

export function cangkokLembar(xml: string, o: OpsiCangkok): string {
  let out = teksSahXml(xml);
  const i = out.indexOf("<sheetData");
  const j = out.lastIndexOf("</sheetData>");
  if (i >= 0 && j > i) out = out.slice(0, i) + sel(out.slice(i, j), o.peta, o.sst.map(teksSahXml)) + out.slice(j);
  // Row and column default styles, and the conditional formats' styles.
  out = out.replace(/(<row\s[^>]*?\ss=")(\d+)"/g, (_, p: string, v: string) => `${p}${petakan(v, o.peta.xf)}"`);
  out = out.replace(/(<col\s[^>]*?\sstyle=")(\d+)"/g, (_, p: string, v: string) => `${p}${petakan(v, o.peta.xf)}"`);
  out = out.replace(/(\sdxfId=")(\d+)"/g, (_, p: string, v: string) => `${p}${petakan(v, o.peta.dxf)}"`);
  if (o.drawingRid) {
    const pos = posisiDrawing(out);
    out = out.slice(0, pos) + `<drawing r:id="${o.drawingRid}"/>` + out.slice(pos);
    if (!/xmlns:r=/.test(out.slice(0, out.indexOf(">", out.indexOf("<worksheet"))))) {
      out = out.replace(/<worksheet(?=[\s>])/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    }
  }
  return out;
}
