/** Test helper: a written package read part by part, following its relationships. */
import { strFromU8, unzipSync } from "fflate";

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
