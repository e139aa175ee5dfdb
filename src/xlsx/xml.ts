/**
 * The little XML the package surgery needs: attributes of one tag, relationships of a part,
 * part paths resolved the way OPC resolves them. Package parts are never parsed whole into a
 * tree: the parts we change are small (workbook, rels, content types, styles), and a sheet is
 * only cut at its tail.
 */

const enc = new TextEncoder();
const dec = new TextDecoder();

export const teks = (b: Uint8Array): string => dec.decode(b);
export const bita = (s: string): Uint8Array => enc.encode(s);

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
    }
    const n = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : "";
  });
}

/** The value of attribute `nama` (any namespace prefix when `nama` has none) of one start tag. */
export function atribut(tag: string, nama: string): string | null {
  const re = nama.includes(":")
    ? new RegExp(`\\s${nama}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    : new RegExp(`\\s(?:[A-Za-z_][\\w.-]*:)?${nama}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : null;
}

/** The relationship id of a tag (r:id, whatever the prefix), not sheetId. */
export function rId(tag: string): string | null {
  const m = /\s[A-Za-z_][\w.-]*:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[1] ?? m[2]) : null;
}

/** Every start (or empty) tag with this local name, any prefix. */
export function tagSemua(xml: string, lokal: string): string[] {
  return xml.match(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${lokal}(?=[\\s/>])[^>]*>`, "g")) ?? [];
}

export interface Relasi {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function bacaRelasi(xml: string): Relasi[] {
  return tagSemua(xml, "Relationship").map((t) => ({
    id: atribut(t, "Id") ?? "",
    type: atribut(t, "Type") ?? "",
    target: atribut(t, "Target") ?? "",
    external: atribut(t, "TargetMode") === "External",
  }));
}

export function tulisRelasi(daftar: Relasi[]): string {
  const isi = daftar
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"` +
        `${r.external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${isi}</Relationships>`;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels" */
export function jalurRels(bagian: string): string {
  const i = bagian.lastIndexOf("/");
  return `${bagian.slice(0, i + 1)}_rels/${bagian.slice(i + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it ("/xl/x.xml" is absolute). */
export function resolve(dari: string, target: string): string {
  const t = decodeURIComponent(target.replace(/\\/g, "/"));
  const bagian = t.startsWith("/") ? t.slice(1).split("/") : [...dari.split("/").slice(0, -1), ...t.split("/")];
  const out: string[] = [];
  for (const b of bagian) {
    if (b === "..") out.pop();
    else if (b !== "." && b !== "") out.push(b);
  }
  return out.join("/");
}

/** A target for `ke` written relative to the folder of `dari`. */
export function relatif(dari: string, ke: string): string {
  const a = dari.split("/").slice(0, -1);
  const b = ke.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Part names in a zip are case-insensitive in OPC. */
export function cariBagian<T>(parts: Map<string, T>, nama: string): string | null {
  if (parts.has(nama)) return nama;
  const k = nama.toLowerCase();
  for (const n of parts.keys()) if (n.toLowerCase() === k) return n;
  return null;
}

export const JENIS_REL = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
  theme: "/theme",
  drawing: "/drawing",
  comments: "/comments",
  vml: "/vmlDrawing",
  table: "/table",
  chart: "/chart",
} as const;

/** Relationship types are compared by their last segment (strict and transitional namespaces alike). */
export function jenisRel(r: Relasi, akhiran: string): boolean {
  return r.type.endsWith(akhiran);
}

/** Index of `pola` in `b`, searching backward from the end. */
export function cariMundur(b: Uint8Array, pola: string, dari = b.length): number {
  const p = bita(pola);
  outer: for (let i = Math.min(dari, b.length - p.length); i >= 0; i--) {
    if (b[i] !== p[0]) continue;
    for (let j = 1; j < p.length; j++) if (b[i + j] !== p[j]) continue outer;
    return i;
  }
  return -1;
}

export function gabungBita(a: Uint8Array, b: Uint8Array, c?: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length + (c?.length ?? 0));
  out.set(a, 0);
  out.set(b, a.length);
  if (c) out.set(c, a.length + b.length);
  return out;
}
