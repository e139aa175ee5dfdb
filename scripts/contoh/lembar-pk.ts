/**
 * "PK 2024": Perjanjian Kinerja (Tabel 3.3) with realisasi and capaian as Tabel 1 prints them.
 * SK3.IK3 keeps its realisasi 22,74 next to capaian 587,47 % (22,74 / 5 = 454,80 %): the report's
 * own inconsistency, for the validator to find.
 */
import type { Workbook } from "exceljs";
import type { DataReferensi, Json } from "./data";
import { blokKepala, bingkai, judul, lebar, tinggiBaris } from "./gaya";
import { angkaAtauTeks, persenAtauTeks, teks, tulis } from "./sel";

export const NAMA_PK = "PK 2024";

export function lembarPk(wb: Workbook, data: DataReferensi): void {
  const ws = wb.addWorksheet(NAMA_PK, { views: [{ state: "frozen", ySplit: 4 }] });
  lebar(ws, [5, 34, 5, 48, 9, 12, 11, 11]);
  judul(ws, 1, data.perkin.tables.tabel_3_3.title.text, "H");
  judul(ws, 2, "Realisasi dan capaian: " + data.perkin.tables.tabel_1.title.text, "H");
  ws.getCell("A2").font = { italic: true };
  blokKepala(
    ws,
    [
      ["A4", "No"],
      ["B4", "Sasaran Kegiatan (SK)"],
      ["C4", "No"],
      ["D4", "Indikator Kinerja"],
      ["E4", "Target"],
      ["F4", "Satuan"],
      ["G4", "Realisasi"],
      ["H4", "Capaian"],
    ],
    "A4:H4",
  );

  let r = 5;
  for (const s of data.perkin.sasaran as Json[]) {
    const awal = r;
    for (const ik of s.indikator as Json[]) {
      const t33 = ik.sources.tabel_3_3;
      const t1 = ik.sources.tabel_1;
      ws.getCell(r, 3).value = ik.no;
      tulis(ws.getCell(r, 4), teks(t33.nama.text));
      tulis(ws.getCell(r, 5), angkaAtauTeks(t33.target.raw));
      tulis(ws.getCell(r, 6), teks(t33.satuan.raw));
      tulis(ws.getCell(r, 7), angkaAtauTeks(t1.realisasi.raw));
      tulis(ws.getCell(r, 8), persenAtauTeks(t1.capaian.raw));
      r++;
    }
    ws.getCell(awal, 1).value = s.no;
    tulis(ws.getCell(awal, 2), teks(s.nama_sources.tabel_3_3.text));
    if (r - 1 > awal) {
      ws.mergeCells(awal, 1, r - 1, 1);
      ws.mergeCells(awal, 2, r - 1, 2);
    }
  }
  bingkai(ws, 5, r - 1, 1, 8);
  tinggiBaris(ws, 5, r - 1);
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:4" };
}
