/**
 * Merges the styles of the generated sheets into the source's styles.xml: their fonts, fills,
 * borders, number formats, cell formats and conditional-format styles are appended after the
 * source's own (which keep their indexes, so no source cell changes look), and the generated
 * sheets' style indexes are remapped to the appended ones.
 */

export interface PetaGaya {
  /** Generated cellXfs index → merged index. */
  xf: number[];
  /** Generated dxfs index → merged index. */
  dxf: number[];
}

const URUTAN = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

function blok(xml: string, nama: string): { awal: number; akhir: number; isi: string } | null {
  const re = new RegExp(`<${nama}(?=[\\s/>])[^>]*?(/>|>([\\s\\S]*?)</${nama}>)`);
  const m = re.exec(xml);
  if (!m) return null;
  return { awal: m.index, akhir: m.index + m[0].length, isi: m[2] ?? "" };
}

/** Direct children with this tag name (the style lists hold no nested element of their own name). */
function anak(isi: string, nama: string): string[] {
  return isi.match(new RegExp(`<${nama}(?=[\\s/>])(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</${nama}>)`, "g")) ?? [];
}

/** Appends elements to a list of styles.xml (created in schema order when missing); returns the first new index. */
function tambah(xml: string, daftar: string, nama: string, baru: string[]): { xml: string; awal: number } {
  const b = blok(xml, daftar);
  if (b) {
    const lama = anak(b.isi, nama);
    const buka = /^<[^>]*?(?=\/?>)/.exec(xml.slice(b.awal))![0].replace(/\s+count="\d*"/, "");
    const isi = `${buka} count="${lama.length + baru.length}">${b.isi}${baru.join("")}</${daftar}>`;
    return { xml: xml.slice(0, b.awal) + isi + xml.slice(b.akhir), awal: lama.length };
  }
  if (baru.length === 0) return { xml, awal: 0 };
  const isi = `<${daftar} count="${baru.length}">${baru.join("")}</${daftar}>`;
  // Before the first list that comes after this one in the schema, else before the end.
  for (const n of URUTAN.slice(URUTAN.indexOf(daftar) + 1)) {
    const s = blok(xml, n);
    if (s) return { xml: xml.slice(0, s.awal) + isi + xml.slice(s.awal), awal: 0 };
  }
  const akhir = xml.lastIndexOf("</styleSheet>");
  return { xml: xml.slice(0, akhir) + isi + xml.slice(akhir), awal: 0 };
}

function atr(tag: string, nama: string): string | null {
  return new RegExp(`\\s${nama}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function setAtr(tag: string, nama: string, nilai: string): string {
  if (atr(tag, nama) !== null) return tag.replace(new RegExp(`(\\s${nama}=")[^"]*"`), `$1${nilai}"`);
  return tag.replace(/^<(\w+)/, `<$1 ${nama}="${nilai}"`);
}

/** Number formats: a generated code the source already has keeps the source's id; others get a free id. */
function gabungNumFmt(sumber: string, gen: string): { xml: string; peta: Map<string, string> } {
  const peta = new Map<string, string>();
  const lama = anak(blok(sumber, "numFmts")?.isi ?? "", "numFmt");
  const menurutKode = new Map<string, string>();
  let maks = 163;
  for (const t of lama) {
    const id = atr(t, "numFmtId") ?? "";
    menurutKode.set(atr(t, "formatCode") ?? "", id);
    maks = Math.max(maks, Number(id) || 0);
  }
  const baru: string[] = [];
  for (const t of anak(blok(gen, "numFmts")?.isi ?? "", "numFmt")) {
    const id = atr(t, "numFmtId") ?? "";
    const kode = atr(t, "formatCode") ?? "";
    const ada = menurutKode.get(kode);
    if (ada !== undefined) {
      peta.set(id, ada);
      continue;
    }
    const idBaru = String(++maks);
    peta.set(id, idBaru);
    menurutKode.set(kode, idBaru);
    baru.push(setAtr(t, "numFmtId", idBaru));
  }
  return { xml: tambah(sumber, "numFmts", "numFmt", baru).xml, peta };
}

export function gabungGaya(sumber: string, gen: string): { xml: string; peta: PetaGaya } {
  const nf = gabungNumFmt(sumber, gen);
  let xml = nf.xml;
  const awal: Record<string, number> = {};
  for (const [daftar, nama] of [
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
  ] as const) {
    const r = tambah(xml, daftar, nama, anak(blok(gen, daftar)?.isi ?? "", nama));
    xml = r.xml;
    awal[nama] = r.awal;
  }
  const xfGen = anak(blok(gen, "cellXfs")?.isi ?? "", "xf").map((t) => {
    const buka = /^<xf[^>]*?(?=\/?>)/.exec(t)![0];
    let b = buka;
    const nf1 = atr(buka, "numFmtId");
    if (nf1 !== null && nf.peta.has(nf1)) b = setAtr(b, "numFmtId", nf.peta.get(nf1)!);
    b = setAtr(b, "fontId", String(awal.font + Number(atr(buka, "fontId") ?? 0)));
    b = setAtr(b, "fillId", String(awal.fill + Number(atr(buka, "fillId") ?? 0)));
    b = setAtr(b, "borderId", String(awal.border + Number(atr(buka, "borderId") ?? 0)));
    b = setAtr(b, "xfId", "0");
    return b + t.slice(buka.length);
  });
  const rx = tambah(xml, "cellXfs", "xf", xfGen);
  xml = rx.xml;
  const dxfGen = anak(blok(gen, "dxfs")?.isi ?? "", "dxf");
  const rd = tambah(xml, "dxfs", "dxf", dxfGen);
  xml = rd.xml;
  return {
    xml,
    peta: { xf: xfGen.map((_, i) => rx.awal + i), dxf: dxfGen.map((_, i) => rd.awal + i) },
  };
}
