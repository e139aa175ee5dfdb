/**
 * "Anggaran per IK": Tabel 3.104 Realisasi Keuangan Berdasarkan Perjanjian Kinerja, the only table
 * of the report with budget per indicator (Tabel 3.112 Efisiensi sums it per indicator).
 *
 * Layout as a planner keeps it: sasaran merged over its komponen rows, each indicator's No, name,
 * satuan, target, realisasi and capaian merged over its komponen rows, then the numbered komponen
 * with pagu, realisasi and %, and a Total row.
 *
 * Target, realisasi and capaian are Tabel 3.104's own, with its inconsistencies against the other
 * tables (SK6.IK1 84,93 → 113,24 % where Tabel 1 has 84,64 → 112,85 %; SK3.IK3 22,74 → 454,80 %
 * where Tabel 1 prints 587,47 %). The satuan is Tabel 3.3's: the PDF breaks "Perusahaan" inside
 * the 3.104 cell ("Perusaha\nn"), a line break and a lost letter no planner types. Names are
 * Tabel 3.3's (the reference keeps no separate 3.104 wording).
 */
import type { Workbook } from "exceljs";
import type { DataReferensi, Json } from "./data";
import { blokKepala, bingkai, judul, lebar, tinggiBaris } from "./gaya";
import { angkaAtauTeks, persenAtauTeks, rupiah, RUPIAH, teks, tulis } from "./sel";

export const NAMA_PK_ANGGARAN = "Anggaran per IK";

/** Columns: A sasaran, B no IK, C indikator, D satuan, E target, F realisasi, G capaian, H no, I komponen, J–L anggaran. */
const KOLOM_IK = [2, 3, 4, 5, 6, 7];

export function lembarPkAnggaran(wb: Workbook, data: DataReferensi): void {
  const ws = wb.addWorksheet(NAMA_PK_ANGGARAN, { views: [{ state: "frozen", ySplit: 4 }] });
  lebar(ws, [24, 5, 36, 11, 8, 10, 11, 5, 44, 16, 16, 9]);
  judul(ws, 1, data.perkin.tables.tabel_3_104.title.text, "L");
  blokKepala(
    ws,
    [
      ["A3:A4", "Sasaran Strategis"],
      ["B3:B4", "No"],
      ["C3:C4", "Indikator Kinerja"],
      ["D3:D4", "Satuan"],
      ["E3:E4", "Target"],
      ["F3:F4", "Realisasi"],
      ["G3:G4", "Capaian (%)"],
      ["H3:H4", "No"],
      ["I3:I4", "Kegiatan/Komponen"],
      ["J3:L3", "Anggaran"],
      ["J4", "Pagu"],
      ["K4", "Realisasi"],
      ["L4", "%"],
    ],
    "A3:L4",
  );

  const pertama = 5;
  let r = pertama;
  for (const s of data.perkin.sasaran as Json[]) {
    const awalSasaran = r;
    for (const ik of s.indikator as Json[]) {
      const t = ik.sources.tabel_3_104;
      const awal = r;
      ws.getCell(r, 2).value = ik.no;
      tulis(ws.getCell(r, 3), teks(ik.sources.tabel_3_3.nama.text));
      tulis(ws.getCell(r, 4), teks(ik.sources.tabel_3_3.satuan.raw));
      tulis(ws.getCell(r, 5), angkaAtauTeks(t.target.raw));
      tulis(ws.getCell(r, 6), angkaAtauTeks(t.realisasi.raw));
      tulis(ws.getCell(r, 7), persenAtauTeks(t.capaian.raw));
      for (const k of ik.anggaran.komponen as Json[]) {
        // Numbering as printed: 1, 2, … (under SK3.IK3 it skips 12).
        tulis(ws.getCell(r, 8), angkaAtauTeks(k.no));
        tulis(ws.getCell(r, 9), teks(k.komponen.text));
        tulis(ws.getCell(r, 10), rupiah(k.pagu.value));
        tulis(ws.getCell(r, 11), rupiah(k.realisasi.value));
        tulis(ws.getCell(r, 12), persenAtauTeks(k.persen.raw));
        r++;
      }
      if (r - 1 > awal) for (const c of KOLOM_IK) ws.mergeCells(awal, c, r - 1, c);
    }
    tulis(ws.getCell(awalSasaran, 1), teks(s.nama_sources.tabel_3_3.text));
    if (r - 1 > awalSasaran) ws.mergeCells(awalSasaran, 1, r - 1, 1);
  }
  const akhir = r - 1;
  const total = data.perkin.anggaran_total.tabel_3_104_total;
  ws.mergeCells(r, 1, r, 9);
  ws.getCell(r, 1).value = "Total";
  // Live SUMs, as a planner keeps them; the cached results are the report's printed totals (they agree).
  ws.getCell(r, 10).value = { formula: `SUM(J${pertama}:J${akhir})`, result: total.pagu.value };
  ws.getCell(r, 11).value = { formula: `SUM(K${pertama}:K${akhir})`, result: total.realisasi.value };
  ws.getCell(r, 10).numFmt = RUPIAH;
  ws.getCell(r, 11).numFmt = RUPIAH;
  tulis(ws.getCell(r, 12), persenAtauTeks(total.persen.raw));
  ws.getRow(r).font = { bold: true };
  bingkai(ws, pertama, r, 1, 12);
  tinggiBaris(ws, pertama, r);
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:4" };
}
