/** Reads a .docx back: the tables of word/document.xml with their captions, header and data rows as cell texts. */
import { strFromU8, unzipSync } from "fflate";

export interface TabelBaca {
  judul: string;
  kepala: string[][];
  baris: string[][];
}

function teks(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function xmlDokumen(docx: Uint8Array): string {
  return strFromU8(unzipSync(docx)["word/document.xml"]);
}

export function bacaTabel(docx: Uint8Array): TabelBaca[] {
  const xml = xmlDokumen(docx);
  const out: TabelBaca[] = [];
  const re = /<w:tbl>([\s\S]*?)<\/w:tbl>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const sebelum = xml.slice(Math.max(0, m.index - 4000), m.index);
    const paragraf = [...sebelum.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => teks(p[0]));
    const judul = [...paragraf].reverse().find((p) => p.startsWith("Tabel 3.")) ?? "";
    const kepala: string[][] = [];
    const baris: string[][] = [];
    for (const tr of m[1].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
      const sel = [...tr[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => teks(c[1]));
      (/<w:tblHeader\/>|<w:tblHeader w:val="(on|true|1)"/.test(tr[0]) ? kepala : baris).push(sel);
    }
    out.push({ judul, kepala, baris });
  }
  return out;
}
