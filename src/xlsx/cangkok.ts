/**
 * The graft: generated sheet parts (and their comments, tables, chart drawings) added to the
 * source package; the workbook, its relationships, the content types and styles.xml extended;
 * our own earlier sheets replaced in place. Parts not named here are returned untouched.
 */
import type { ChartSpec, SheetPlan } from "../core/lembar/plan";
import type { BagianGrafik } from "./grafik";
import { cangkokLembar, itemSst } from "./cangkok-lembar";
import { gabungGaya, type PetaGaya } from "./gaya-gabung";
import { nilaiGrafik } from "./grafik";
import { bagianWorkbook, bacaPaket, type Paket } from "./paket";
import { BAGIAN_CATATAN, tandaiPenulis } from "./penulis-catatan";
import { JENIS_REL, bacaRelasi, bita, cariBagian, escapeXml, jalurRels, jenisRel, relatif, resolve, teks, tulisRelasi, type Relasi } from "./xml";

export type BuatGrafik = (charts: ChartSpec[], sheetName: string, nomor: { drawing: number; chart: number }) => BagianGrafik;

type Parts = Map<string, Uint8Array>;
type Pilihan = { plan: SheetPlan; name: string; replaces: string | null }[];

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_LEMBAR = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_GAYA = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The first free number n for a pattern like xl/comments{n}.xml (names compared case-insensitively). */
function bebas(parts: Parts, pola: (n: number) => string, dari = 1): number {
  const ada = new Set([...parts.keys()].map((k) => k.toLowerCase()));
  let n = dari;
  while (ada.has(pola(n).toLowerCase())) n++;
  return n;
}

class Jenis {
  private xml: string;
  constructor(xml: string) {
    this.xml = xml;
  }
  override(part: string, ct: string): void {
    this.hapus(part);
    this.xml = this.xml.replace(/<\/Types>\s*$/, `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(ct)}"/></Types>`);
  }
  hapus(part: string): void {
    const p = `/${part}`.toLowerCase();
    this.xml = this.xml.replace(/<Override\s[^>]*?\/>/g, (t) => ((/PartName="([^"]*)"/.exec(t)?.[1] ?? "").toLowerCase() === p ? "" : t));
  }
  bawaan(ext: string, ct: string): void {
    if (new RegExp(`Extension="${ext}"`, "i").test(this.xml)) return;
    this.xml = this.xml.replace(/<\/Types>\s*$/, `<Default Extension="${ext}" ContentType="${escapeXml(ct)}"/></Types>`);
  }
  get hasil(): string {
    return this.xml;
  }
}

/** Parts hanging off one of our own earlier sheets (comments, notes drawing, tables, charts), removed with it. */
function hapusLembarLama(parts: Parts, part: string, jenis: Jenis): void {
  const rels = cariBagian(parts, jalurRels(part));
  const antre = rels ? [{ dari: part, rels }] : [];
  while (antre.length) {
    const { dari, rels: r } = antre.pop()!;
    for (const rel of bacaRelasi(teks(parts.get(r)!))) {
      if (rel.external) continue;
      const t = cariBagian(parts, resolve(dari, rel.target));
      if (!t || !/^xl\/(comments|drawings|tables|charts)\b/i.test(t)) continue;
      const sub = cariBagian(parts, jalurRels(t));
      if (sub) antre.push({ dari: t, rels: sub });
      parts.delete(t);
      jenis.hapus(t);
    }
    parts.delete(r);
  }
}

/** Copies a generated sheet's related parts (comments, notes drawing, tables) under free names. */
function salinTerkait(hasil: Parts, gen: Parts, genSheet: string, target: string, jenis: Jenis, genJenis: string, tabelId: { n: number }): Relasi[] {
  const relsGen = gen.get(jalurRels(genSheet));
  const out: Relasi[] = [];
  for (const rel of relsGen ? bacaRelasi(teks(relsGen)) : []) {
    if (rel.external) {
      out.push(rel);
      continue;
    }
    const asal = resolve(genSheet, rel.target);
    const isi = gen.get(asal);
    if (!isi) continue;
    const ext = /\.[^./]+$/.exec(asal)?.[0] ?? ".xml";
    const dasar = asal.replace(/\d*\.[^./]+$/, "");
    const baru = `${dasar}${bebas(hasil, (n) => `${dasar}${n}${ext}`)}${ext}`;
    let b = isi;
    if (jenisRel(rel, JENIS_REL.table)) b = bita(teks(isi).replace(/(<table\s[^>]*?\sid=")\d+"/, `$1${tabelId.n++}"`));
    if (BAGIAN_CATATAN.test(asal)) b = bita(tandaiPenulis(teks(isi)));
    hasil.set(baru, b);
    const ct = new RegExp(`PartName="/${asal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s+ContentType="([^"]*)"`, "i").exec(genJenis)?.[1];
    if (ct) jenis.override(baru, ct);
    out.push({ ...rel, target: relatif(target, baru) });
  }
  return out;
}

function maksIdTabel(parts: Parts): number {
  let m = 0;
  for (const [nama, isi] of parts) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(nama)) continue;
    m = Math.max(m, Number(/<table\s[^>]*?\sid="(\d+)"/.exec(teks(isi.subarray(0, 2048)))?.[1] ?? 0));
  }
  return m;
}

function grafik(hasil: Parts, jenis: Jenis, buat: BuatGrafik, plan: SheetPlan, nama: string, target: string): Relasi | null {
  if (!plan.charts?.length) return null;
  const nomor = {
    drawing: bebas(hasil, (n) => `xl/drawings/drawing${n}.xml`),
    chart: bebas(hasil, (n) => `xl/charts/chart${n}.xml`),
  };
  // The series caches come from the plan's cells, so the charts show before any recalculation.
  const g = buat(nilaiGrafik(plan), nama, nomor);
  for (const [p, xml] of g.parts) hasil.set(p.replace(/^\//, ""), bita(xml));
  for (const c of g.contentTypes) jenis.override(c.partName.replace(/^\//, ""), c.contentType);
  return { id: "rIdSakipGrafik", type: `${NS_REL}/drawing`, target: relatif(target, g.drawingPath.replace(/^\//, "")), external: false };
}

interface Konteks {
  hasil: Parts;
  gen: Parts;
  genPaket: Paket;
  jenis: Jenis;
  peta: PetaGaya;
  sst: string[];
  tabelId: { n: number };
  buatGrafik?: BuatGrafik;
}

/** Writes generated sheet i at `target` with its rels; returns nothing, the caller wires the workbook. */
function pasangLembar(k: Konteks, i: number, plan: SheetPlan, nama: string, target: string): void {
  const genSheet = k.genPaket.sheets[i].part!;
  const rels = salinTerkait(k.hasil, k.gen, genSheet, target, k.jenis, teks(k.gen.get("[Content_Types].xml")!), k.tabelId);
  const rg = k.buatGrafik ? grafik(k.hasil, k.jenis, k.buatGrafik, plan, nama, target) : null;
  if (rg) rels.push(rg);
  k.hasil.set(target, bita(cangkokLembar(teks(k.gen.get(genSheet)!), { peta: k.peta, sst: k.sst, drawingRid: rg?.id })));
  if (rels.length) k.hasil.set(jalurRels(target), bita(tulisRelasi(rels)));
  k.jenis.override(target, CT_LEMBAR);
}

/** Source styles.xml extended with the generated styles (or the generated one when the source has none). */
function gaya(hasil: Parts, paket: Paket, gen: Parts, genPaket: Paket, jenis: Jenis, rels: Relasi[]): PetaGaya {
  const genStyles = teks(gen.get(bagianWorkbook(gen, genPaket, JENIS_REL.styles)!)!);
  const src = bagianWorkbook(hasil, paket, JENIS_REL.styles);
  if (src) {
    const g = gabungGaya(teks(hasil.get(src)!), genStyles);
    hasil.set(src, bita(g.xml));
    return g.peta;
  }
  const p = `${paket.workbook.replace(/[^/]*$/, "")}styles.xml`;
  hasil.set(p, bita(genStyles));
  jenis.override(p, CT_GAYA);
  rels.push({ id: "rIdSakipGaya", type: `${NS_REL}/styles`, target: relatif(paket.workbook, p), external: false });
  const n = (genStyles.match(/<xf\s/g) ?? []).length + 64;
  return { xf: Array.from({ length: n }, (_, i) => i), dxf: Array.from({ length: n }, (_, i) => i) };
}

/** Print titles and areas of the generated workbook, moved to the sheets' final positions. */
function namaTerdefinisi(genXml: string, posisi: number[], diganti: Set<number>, xml: string): string {
  const baru = [...genXml.matchAll(/<definedName\s[^>]*localSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g)].map((m) =>
    m[0].replace(/localSheetId="\d+"/, `localSheetId="${posisi[Number(m[1])]}"`),
  );
  // Our earlier sheets' own print names go with them.
  let out = xml.replace(/<definedName\s[^>]*>[\s\S]*?<\/definedName>/g, (t) => {
    const id = /localSheetId="(\d+)"/.exec(t)?.[1];
    return id !== undefined && diganti.has(Number(id)) && /name="_xlnm\./.test(t) ? "" : t;
  });
  if (baru.length === 0) return out;
  if (/<\/definedNames>/.test(out)) return out.replace("</definedNames>", `${baru.join("")}</definedNames>`);
  out = out.replace(/<definedNames\s*\/>/, "");
  const setelah = ["</externalReferences>", "</functionGroups>", "<functionGroups/>", "</sheets>"].find((t) => out.includes(t))!;
  return out.replace(setelah, `${setelah}<definedNames>${baru.join("")}</definedNames>`);
}

function hitungUlang(xml: string): string {
  if (/<calcPr[\s/>]/.test(xml)) {
    return xml.replace(/<calcPr(?=[\s/>])[^>]*?(\/?)>/, (t, tutup: string) =>
      /fullCalcOnLoad=/.test(t) ? t.replace(/fullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"') : `<calcPr fullCalcOnLoad="1"${t.slice(7, t.length - 1 - tutup.length)}${tutup}>`,
    );
  }
  const sebelum = ["<oleSize", "<customWorkbookViews", "<pivotCaches", "<smartTagPr", "<smartTagTypes", "<webPublishing", "<fileRecoveryPr", "<webPublishObjects", "<extLst", "</workbook>"];
  const pos = Math.min(...sebelum.map((t) => xml.indexOf(t)).filter((i) => i >= 0));
  return xml.slice(0, pos) + '<calcPr fullCalcOnLoad="1"/>' + xml.slice(pos);
}

export function cangkokKeSumber(sumber: Parts, paket: Paket, gen: Parts, pilihan: Pilihan, buatGrafik?: BuatGrafik): Parts {
  const hasil = new Map(sumber);
  const genPaket = bacaPaket(gen);
  const jenis = new Jenis(teks(hasil.get("[Content_Types].xml") ?? bita("<Types></Types>")));
  const relsWb: Relasi[] = [...paket.rels];
  const peta = gaya(hasil, paket, gen, genPaket, jenis, relsWb);
  const sstGen = bagianWorkbook(gen, genPaket, JENIS_REL.sharedStrings);
  const k: Konteks = { hasil, gen, genPaket, jenis, peta, sst: sstGen ? itemSst(teks(gen.get(sstGen)!)) : [], tabelId: { n: maksIdTabel(sumber) + 1 }, buatGrafik };

  let wbXml = paket.workbookXml;
  const posisi: number[] = [];
  const diganti = new Set<number>();
  let sheetId = Math.max(0, ...paket.sheets.map((s) => Number(s.sheetId) || 0));
  let jumlah = paket.sheets.length;
  pilihan.forEach(({ plan, name, replaces }, i) => {
    const lama = replaces ? paket.sheets.find((s) => s.name === replaces && s.part) : undefined;
    if (lama?.part) {
      hapusLembarLama(hasil, lama.part, jenis);
      const idx = paket.sheets.indexOf(lama);
      posisi.push(idx);
      diganti.add(idx);
      pasangLembar(k, i, plan, name, lama.part);
      return;
    }
    const n = bebas(hasil, (x) => `xl/worksheets/sheet${x}.xml`);
    const target = `xl/worksheets/sheet${n}.xml`;
    let rid = `rIdSakip${n}`;
    for (let j = 2; relsWb.some((r) => r.id === rid); j++) rid = `rIdSakip${n}_${j}`;
    relsWb.push({ id: rid, type: `${NS_REL}/worksheet`, target: relatif(paket.workbook, target), external: false });
    pasangLembar(k, i, plan, name, target);
    // The namespace is declared on the tag itself: some writers (openpyxl) declare it per sheet only.
    const tag = `<sheet xmlns:r="${NS_REL}" name="${escapeXml(name)}" sheetId="${++sheetId}" r:id="${rid}"/>`;
    wbXml = wbXml.replace(/<\/((?:[\w.-]+:)?)sheets>/, (t) => tag + t);
    posisi.push(jumlah++);
  });
  wbXml = namaTerdefinisi(genPaket.workbookXml, posisi, diganti, wbXml);
  hasil.set(paket.workbook, bita(hitungUlang(wbXml)));
  hasil.set(cariBagian(hasil, jalurRels(paket.workbook)) ?? jalurRels(paket.workbook), bita(tulisRelasi(relsWb)));
  jenis.bawaan("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
  hasil.set("[Content_Types].xml", bita(jenis.hasil));
  return hasil;
}
