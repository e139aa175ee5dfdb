/** Colours, lines and text runs of the charts (DrawingML shape and text properties). */
import { esc } from "./xml";

/** Series colours in order: the summaries' header blue, the data bar blue, then accents. */
export const PALET = ["1F4E78", "5B9BD5", "ED7D31", "A5A5A5", "70AD47", "FFC000"] as const;
export const WARNA_ACUAN = "C00000";
const WARNA_GARIS_BANTU = "D9D9D9";
const WARNA_TEKS = "404040";

export function warnaSeri(i: number): string {
  return PALET[i % PALET.length];
}

export function isian(warna: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${warna}"/></a:solidFill></c:spPr>`;
}

/** A line of `lebar` points; dashed for the reference. */
export function garis(warna: string, lebar = 2.25, putus = false): string {
  const emu = Math.round(lebar * 12700);
  const dash = putus ? '<a:prstDash val="dash"/>' : "";
  return `<c:spPr><a:ln w="${emu}" cap="rnd"><a:solidFill><a:srgbClr val="${warna}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>`;
}

/** Neither fill nor line: the invisible series that scales the reference axes. */
export function tanpaIsi(): string {
  return "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>";
}

export function garisBantu(): string {
  return `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="${WARNA_GARIS_BANTU}"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`;
}

/** Text properties of axis labels and the legend (size in points). */
export function teksKecil(pt: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${pt * 100}"><a:solidFill><a:srgbClr val="${WARNA_TEKS}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>`;
}

/** A chart title in Indonesian, as rich text. */
export function judul(teks: string): string {
  const rpr = `sz="1200" b="1"`;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${rpr}/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" ${rpr}/><a:t>${esc(teks)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}
