/**
 * "PNBP": Tabel 3.109 Rincian Realisasi PNBP, with its sections, numbered group rows, indented
 * items, the refund row and the Total / Grand Total rows exactly as printed (the fungsional Total
 * does not cross-foot: the refund is deducted from Jumlah only).
 */
import type { Workbook } from "exceljs";
import type { DataReferensi, Json } from "./data";
import { blokKepala, bingkai, judul, lebar, tinggiBaris } from "./gaya";
import { persenAtauTeks, rupiah, teks, tulis } from "./sel";

export const NAMA_PNBP = "PNBP";

export function lembarPnbp(wb: Workbook, data: DataReferensi): void {
  const t = data.anggaran.pnbp.tabel_3_109;
  const ws = wb.addWorksheet(NAMA_PNBP, { views: [{ state: "frozen", ySplit: 4 }] });
  lebar(ws, [5, 48, 16, 16, 16, 16, 9]);
  judul(ws, 1, t.title.raw, "G");
  blokKepala(
    ws,
    [
      ["A3:A4", "No"],
      ["B3:B4", "Jenis Penerimaan"],
      ["C3:C4", "Target"],
      ["D3:F3", "Penerimaan"],
      ["D4", "s/d Bulan Lalu"],
      ["E4", "Bulan Ini"],
      ["F4", "Jumlah"],
      ["G3:G4", "%"],
    ],
    "A3:G4",
  );

  let r = 5;
  const baris = (row: Json, tebal = false, menjorok = false) => {
    if (row.no != null) ws.getCell(r, 1).value = row.no;
    tulis(ws.getCell(r, 2), teks(row.jenis_penerimaan ?? row.label));
    tulis(ws.getCell(r, 3), rupiah(row.target?.value));
    tulis(ws.getCell(r, 4), rupiah(row.sd_bulan_lalu?.value));
    tulis(ws.getCell(r, 5), rupiah(row.bulan_ini?.value));
    tulis(ws.getCell(r, 6), rupiah(row.jumlah?.value));
    tulis(ws.getCell(r, 7), persenAtauTeks(row.persen?.raw));
    if (tebal) ws.getRow(r).font = { bold: true };
    if (menjorok) ws.getCell(r, 2).alignment = { indent: 2 };
    r++;
  };
  const seksi = (label: string) => {
    ws.getCell(r, 2).value = label;
    ws.getRow(r).font = { bold: true };
    r++;
  };

  seksi(t.section_rows[0].raw);
  for (const row of t.rows_fungsional as Json[]) baris(row, row.kind === "group", row.kind === "item");
  baris(t.pengembalian);
  baris(t.total_fungsional, true);
  seksi(t.section_rows[1].raw);
  for (const row of t.rows_non_fungsional as Json[]) baris(row, false, true);
  baris({ ...t.total_non_fungsional, jenis_penerimaan: t.total_non_fungsional.label }, true);
  baris(t.grand_total, true);
  bingkai(ws, 5, r - 1, 1, 7);
  tinggiBaris(ws, 5, r - 1);
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:4" };
}
