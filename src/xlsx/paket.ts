/** Where the workbook and its sheets live inside a package, read from the relationships. */
import { BukuKerjaError } from "./galat";
import { JENIS_REL, atribut, bacaRelasi, cariBagian, jalurRels, jenisRel, rId, resolve, tagSemua, teks, type Relasi } from "./xml";

export interface LembarPaket {
  name: string;
  sheetId: string;
  rid: string;
  /** The <sheet …/> tag as written in workbook.xml. */
  tag: string;
  /** Part path, or null when the relationship is missing or points at nothing. */
  part: string | null;
  /** A worksheet (not a chartsheet, dialog or macro sheet). */
  worksheet: boolean;
}

export interface Paket {
  workbook: string;
  workbookXml: string;
  rels: Relasi[];
  sheets: LembarPaket[];
}

export function bacaPaket(parts: Map<string, Uint8Array>): Paket {
  const akar = cariBagian(parts, "_rels/.rels");
  let workbook = cariBagian(parts, "xl/workbook.xml");
  if (akar) {
    const doc = bacaRelasi(teks(parts.get(akar)!)).find((r) => jenisRel(r, JENIS_REL.officeDocument));
    if (doc) workbook = cariBagian(parts, resolve("", doc.target)) ?? workbook;
  }
  if (!workbook) throw new BukuKerjaError("rusak", "xl/workbook.xml tidak ada");
  const workbookXml = teks(parts.get(workbook)!);
  const relsPart = cariBagian(parts, jalurRels(workbook));
  const rels = relsPart ? bacaRelasi(teks(parts.get(relsPart)!)) : [];
  const blokSheets = /<(?:[\w.-]+:)?sheets[\s>][\s\S]*?<\/(?:[\w.-]+:)?sheets>/.exec(workbookXml)?.[0] ?? "";
  const sheets = tagSemua(blokSheets, "sheet").map((tag) => {
    const rid = rId(tag) ?? "";
    const rel = rels.find((r) => r.id === rid);
    const part = rel && !rel.external ? cariBagian(parts, resolve(workbook!, rel.target)) : null;
    return {
      name: atribut(tag, "name") ?? "",
      sheetId: atribut(tag, "sheetId") ?? "",
      rid,
      tag,
      part,
      worksheet: !!rel && jenisRel(rel, JENIS_REL.worksheet),
    };
  });
  return { workbook, workbookXml, rels, sheets };
}

/** The first relationship of a type from the workbook, resolved to a part present in the package. */
export function bagianWorkbook(parts: Map<string, Uint8Array>, p: Paket, jenis: string): string | null {
  const r = p.rels.find((x) => jenisRel(x, jenis) && !x.external);
  return r ? cariBagian(parts, resolve(p.workbook, r.target)) : null;
}
