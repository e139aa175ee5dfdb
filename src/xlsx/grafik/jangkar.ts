/**
 * The drawing part of a sheet: one two-cell anchor per chart, placed at the spec's top-left
 * cell and spanning its width in columns and height in rows (so it moves with the cells).
 */
import type { ChartSpec } from "../../core/lembar/plan";
import { parseA1 } from "../../core/snapshot";
import { DEKLARASI, NS, esc } from "./xml";

export const LEBAR_BAKU = 8;
export const TINGGI_BAKU = 15;

export interface Jangkar {
  /** 0-based, as the drawing part counts. */
  dari: { col: number; row: number };
  sampai: { col: number; row: number };
}

export function jangkar(spec: ChartSpec): Jangkar {
  const p = parseA1(spec.anchor);
  const dari = { col: p.col - 1, row: p.row - 1 };
  return { dari, sampai: { col: dari.col + (spec.width ?? LEBAR_BAKU), row: dari.row + (spec.height ?? TINGGI_BAKU) } };
}

function titik(tag: "from" | "to", t: { col: number; row: number }): string {
  return `<xdr:${tag}><xdr:col>${t.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${t.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function bingkaiGrafik(spec: ChartSpec, i: number, rId: string): string {
  const j = jangkar(spec);
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${titik("from", j.dari)}${titik("to", j.sampai)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(`Grafik ${i + 1}`)}" descr="${esc(spec.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${rId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing XML; chart i is reached through relationship "rId{i+1}". */
export function gambar(charts: ChartSpec[]): string {
  const isi = charts.map((c, i) => bingkaiGrafik(c, i, `rId${i + 1}`)).join("");
  return `${DEKLARASI}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${isi}</xdr:wsDr>`;
}

/** The drawing's relationships: rId{i+1} → ../charts/chart{nomor+i}.xml. */
export function relasiGambar(nomorGrafik: number[]): string {
  const isi = nomorGrafik.map((n, i) => `<Relationship Id="rId${i + 1}" Type="${NS.relChart}" Target="../charts/chart${n}.xml"/>`).join("");
  return `${DEKLARASI}<Relationships xmlns="${NS.rel}">${isi}</Relationships>`;
}
