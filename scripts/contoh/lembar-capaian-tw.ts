/**
 * "Capaian TW": Tabel 3.9 Capaian Rencana Aksi Per Triwulan. The cells hold the report's text as
 * printed ("30 Persen", "123, 33%", "170.58%", TW IV "100"), the way a table pasted from the
 * report arrives in Excel: reading those is the recognizer's job, flagging them the validator's.
 */
import type { Workbook } from "exceljs";
import type { DataReferensi, Json } from "./data";
import { blokKepala, bingkai, judul, lebar, tinggiBaris } from "./gaya";
import { teks, tulis } from "./sel";

export const NAMA_CAPAIAN_TW = "Capaian TW";

const TW = ["TW1", "TW2", "TW3", "TW4"];
const ROMAWI = ["I", "II", "III", "IV"];

export function lembarCapaianTw(wb: Workbook, data: DataReferensi): void {
  const ws = wb.addWorksheet(NAMA_CAPAIAN_TW, { views: [{ state: "frozen", ySplit: 6 }] });
  lebar(ws, [5, 30, 44, 12, 12, 11, 8, 8, 8, 8, 8, 8, 8, 8]);
  judul(ws, 1, data.rencanaAksi.tabel_3_9.title.text, "N");
  const kepalaIsi: [string, string | number][] = [
    ["A3:A5", "No"],
    ["B3:B5", "Sasaran Strategis"],
    ["C3:C5", "Indikator Kinerja"],
    ["D3:D5", "Target"],
    ["E3:E5", "Realisasi"],
    ["F3:F5", "Capaian"],
  ];
  for (let q = 0; q < 4; q++) {
    const c0 = 7 + q * 2;
    const a = ws.getColumn(c0).letter;
    const b = ws.getColumn(c0 + 1).letter;
    kepalaIsi.push([`${a}3:${b}3`, `Triwulan ${ROMAWI[q]} (%)`], [`${a}4:${b}4`, "Fisik"], [`${a}5`, "S"], [`${b}5`, "R"]);
  }
  for (let n = 1; n <= 14; n++) kepalaIsi.push([ws.getColumn(n).letter + "6", n]);
  blokKepala(ws, kepalaIsi, "A3:N6");

  const perIndikator = new Map<string, Json>();
  for (const i of data.rencanaAksi.indikator as Json[]) perIndikator.set(i.code, i);

  let r = 7;
  for (const s of data.perkin.sasaran as Json[]) {
    const awal = r;
    for (const ik of s.indikator as Json[]) {
      const ra = perIndikator.get(ik.code);
      const tahunan = ra.annual_tabel_3_9;
      tulis(ws.getCell(r, 3), teks(ra.indikator_tabel_3_9.text));
      tulis(ws.getCell(r, 4), teks(`${tahunan.target.raw} ${tahunan.satuan_target.raw}`));
      tulis(ws.getCell(r, 5), teks(`${tahunan.realisasi.raw} ${tahunan.satuan_realisasi.raw}`));
      tulis(ws.getCell(r, 6), teks(tahunan.capaian.raw));
      TW.forEach((tw, q) => {
        const nilai = ra.triwulan_tabel_3_9[tw];
        tulis(ws.getCell(r, 7 + q * 2), teks(nilai.target_S.raw));
        tulis(ws.getCell(r, 8 + q * 2), teks(nilai.realisasi_R.raw));
      });
      r++;
    }
    ws.getCell(awal, 1).value = s.no;
    tulis(ws.getCell(awal, 2), teks(s.nama_sources.tabel_3_9.text));
    if (r - 1 > awal) {
      ws.mergeCells(awal, 1, r - 1, 1);
      ws.mergeCells(awal, 2, r - 1, 2);
    }
  }
  bingkai(ws, 7, r - 1, 1, 14);
  tinggiBaris(ws, 7, r - 1);
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:5" };
}
