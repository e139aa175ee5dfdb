/**
 * Word adapter: lays the Bab III document model out with the docx package (Node and browser).
 * A4 portrait, real tables with the header rows repeated on every page, captions "Tabel 3.n"
 * above tables and "Gambar 3.n" under charts, a list of tables after the title, numbers exactly
 * as the model formatted them (Indonesian), charts as PNG images.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from "docx";
import { formatAngka } from "../core/angka";
import type { BlokDok, Dokumen, GrafikDok, ParagrafDok, SelDok, TabelDok } from "../core/laporan/model";
import { gambarGrafik, UKURAN_GRAFIK } from "./grafik";

/** A4 in twips, 3 cm left and 2,5 cm other margins (the usual LAKIP page). */
const HALAMAN = { width: 11906, height: 16838 };
const MARGIN = { left: 1701, right: 1417, top: 1417, bottom: 1417 };
const LEBAR_ISI = HALAMAN.width - MARGIN.left - MARGIN.right;
const HURUF = "Arial";
const UKURAN = 20; // half-points: 10 pt in tables
const GARIS = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
// Borders once per table (inside lines included) rather than per cell: a fraction of the XML.
const BINGKAI = { top: GARIS, bottom: GARIS, left: GARIS, right: GARIS, insideHorizontal: GARIS, insideVertical: GARIS };

export function judulTabel(t: TabelDok): string {
  return `Tabel 3.${t.nomor} ${t.judul}`;
}
export function judulGrafik(g: GrafikDok): string {
  return `Gambar 3.${g.nomor} ${g.judul}`;
}

function sel(s: SelDok, lebar: number, kepala: boolean, ukuran: number): TableCell {
  const angka = s.format !== "teks";
  const runs = [new TextRun({ text: s.teks, bold: kepala || s.tebal, font: HURUF, size: ukuran })];
  if (s.koreksi) runs.push(new TextRun({ text: ` *`, bold: true, color: "C00000", font: HURUF, size: ukuran }));
  return new TableCell({
    children: [new Paragraph({ children: runs, alignment: kepala ? AlignmentType.CENTER : angka ? AlignmentType.RIGHT : AlignmentType.LEFT })],
    columnSpan: s.gabungKolom,
    rowSpan: s.gabungBaris,
    width: { size: lebar, type: WidthType.DXA },
    ...(kepala ? { verticalAlign: VerticalAlign.CENTER, shading: { fill: "D9E1F2" } } : {}),
  });
}

function tabel(t: TabelDok): FileChild[] {
  const total = t.lebar.reduce((a, b) => a + b, 0);
  // Wide tables (Renstra 2021-2024 has 16 columns) get a smaller type to stay on an A4 portrait page.
  const ukuran = t.lebar.length > 9 ? 13 : t.lebar.length > 6 ? 16 : UKURAN;
  const lebar = t.lebar.map((w) => Math.floor((w / total) * LEBAR_ISI));
  // Width of a cell spanning columns: the sum of the columns it covers.
  const baris = (cells: SelDok[], kepala: boolean) => {
    let c = 0;
    return new TableRow({
      tableHeader: kepala || undefined,
      cantSplit: true,
      children: cells.map((s) => {
        const w = lebar.slice(c, c + (s.gabungKolom ?? 1)).reduce((a, b) => a + b, 0);
        c += s.gabungKolom ?? 1;
        return sel(s, w, kepala, ukuran);
      }),
    });
  };
  const out: FileChild[] = [
    new Paragraph({ children: [new TextRun({ text: judulTabel(t), bold: true, font: HURUF })], alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 200, after: 80 } }),
    new Table({ rows: [...t.kepala.map((r) => baris(r, true)), ...t.baris.map((r) => baris(r, false))], width: { size: LEBAR_ISI, type: WidthType.DXA }, columnWidths: lebar, borders: BINGKAI }),
  ];
  const koreksi = t.baris.flat().filter((s) => s.koreksi);
  for (const s of koreksi) out.push(catatan(`* Dihitung ulang dari target dan realisasi (${s.koreksi}${s.sumber ? `, sel ${s.sumber}` : ""}).`));
  for (const c of t.catatan) out.push(catatan(c));
  return out;
}

function catatan(teks: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: teks, italics: true, size: 18, font: HURUF })], spacing: { after: 60 } });
}

function grafik(g: GrafikDok): FileChild[] {
  const data = gambarGrafik(g, (n) => formatAngka(n));
  const skala = 0.75;
  return [
    new Paragraph({
      children: [new ImageRun({ type: "png", data, transformation: { width: UKURAN_GRAFIK.lebar * skala, height: UKURAN_GRAFIK.tinggi * skala } })],
      alignment: AlignmentType.CENTER,
      keepNext: true,
    }),
    new Paragraph({ children: [new TextRun({ text: judulGrafik(g), bold: true, font: HURUF })], alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
  ];
}

function paragraf(p: ParagrafDok): Paragraph {
  return new Paragraph({
    children: p.isi.map((x) => new TextRun({ text: x.teks, font: HURUF, size: 22, ...(x.isian ? { highlight: "yellow", italics: true } : {}) })),
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
  });
}

const TINGKAT = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blok(b: BlokDok): FileChild[] {
  if (b.jenis === "tabel") return tabel(b);
  if (b.jenis === "grafik") return grafik(b);
  if (b.jenis === "paragraf") return [paragraf(b)];
  return [new Paragraph({ text: b.teks, heading: TINGKAT[b.tingkat], keepNext: true })];
}

function daftarTabel(dok: Dokumen): FileChild[] {
  const tabel = dok.blok.filter((b): b is TabelDok => b.jenis === "tabel");
  return [
    new Paragraph({ text: "DAFTAR TABEL", heading: HeadingLevel.HEADING_2 }),
    ...tabel.map((t) => new Paragraph({ children: [new TextRun({ text: judulTabel(t), font: HURUF, size: 20 })] })),
    new Paragraph({ text: "", pageBreakBefore: false }),
  ];
}

export async function tulisDocx(dok: Dokumen): Promise<Uint8Array> {
  const [judul, ...isi] = dok.blok;
  const doc = new Document({
    creator: "SAKIP Kinerja",
    title: dok.judul,
    styles: { default: { document: { run: { font: HURUF } } } },
    sections: [
      {
        properties: { page: { size: HALAMAN, margin: MARGIN } },
        children: [...(judul ? blok(judul) : []), ...daftarTabel(dok), ...isi.flatMap(blok)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
