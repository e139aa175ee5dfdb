/**
 * "Rencana Aksi": Tabel 3.7. Three rows per indicator, one per month of each quarter
 * (B01|B04|B07|B10, then B02|B05|B08|B11, then B03|B06|B09|B12), as the report prints it.
 * Target antara are numbers (5 % … 100 %); the month label stays in the activity text as printed,
 * typos included ("B08:" in the B09 cell of SK2.IK2 and SK2.IK4).
 */
import type { Workbook } from "exceljs";
import type { DataReferensi, Json } from "./data";
import { blokKepala, bingkai, judul, lebar, tinggiBaris } from "./gaya";
import { persenAtauTeks, teks, tulis } from "./sel";

export const NAMA_RENCANA_AKSI = "Rencana Aksi";

const ROMAWI = ["I", "II", "III", "IV"];

/** Printed PDF line breaks inside a word ("Perusa\nhaan") are layout, not data. */
function satuBaris(s: string): string {
  return s.replace(/\n/g, "");
}

export function lembarRencanaAksi(wb: Workbook, data: DataReferensi): void {
  const ws = wb.addWorksheet(NAMA_RENCANA_AKSI, { views: [{ state: "frozen", ySplit: 6 }] });
  lebar(ws, [5, 26, 34, 12, 9, 36, 9, 36, 9, 36, 9, 36]);
  judul(ws, 1, data.rencanaAksi.tabel_3_7.title.text, "L");
  const isi: [string, string | number][] = [
    ["A3:A5", "No."],
    ["B3:B5", "Sasaran Strategis"],
    ["C3:C5", "Indikator Kinerja"],
    ["D3:D5", "Target"],
    ["E3:L3", "Rencana Aksi"],
  ];
  for (let q = 0; q < 4; q++) {
    const a = ws.getColumn(5 + q * 2).letter;
    const b = ws.getColumn(6 + q * 2).letter;
    isi.push([`${a}4:${b}4`, `Triwulan ${ROMAWI[q]}`], [`${a}5`, "Target Antara"], [`${b}5`, "Rencana Kegiatan"]);
  }
  for (let n = 1; n <= 12; n++) isi.push([ws.getColumn(n).letter + "6", n]);
  blokKepala(ws, isi, "A3:L6");

  const perIndikator = new Map<string, Json>();
  for (const i of data.rencanaAksi.indikator as Json[]) perIndikator.set(i.code, i);

  let r = 7;
  for (const s of data.perkin.sasaran as Json[]) {
    const awal = r;
    let namaSasaran = "";
    for (const ik of s.indikator as Json[]) {
      const ra = perIndikator.get(ik.code);
      namaSasaran ||= ra.sasaran_tabel_3_7.text;
      tulis(ws.getCell(r, 3), teks(ra.indikator_tabel_3_7.text));
      tulis(ws.getCell(r, 4), teks(`${ra.target_tabel_3_7.raw} ${satuBaris(ra.satuan_tabel_3_7.raw)}`));
      const bulan = ra.rencana_aksi_bulanan_tabel_3_7;
      for (let k = 0; k < 3; k++) {
        for (let q = 0; q < 4; q++) {
          const b = bulan["B" + String(q * 3 + k + 1).padStart(2, "0")];
          tulis(ws.getCell(r + k, 5 + q * 2), persenAtauTeks(b.target_antara.raw));
          tulis(ws.getCell(r + k, 6 + q * 2), teks(`${b.label_printed.raw}: ${b.rencana_kegiatan}`));
        }
      }
      ws.mergeCells(r, 3, r + 2, 3);
      ws.mergeCells(r, 4, r + 2, 4);
      r += 3;
    }
    ws.getCell(awal, 1).value = s.no;
    tulis(ws.getCell(awal, 2), teks(namaSasaran));
    ws.mergeCells(awal, 1, r - 1, 1);
    ws.mergeCells(awal, 2, r - 1, 2);
  }
  bingkai(ws, 7, r - 1, 1, 12);
  tinggiBaris(ws, 7, r - 1);

  // Signature block, as under the report's table.
  const ttd = data.rencanaAksi.tabel_3_7.signature;
  ws.mergeCells(r + 1, 10, r + 1, 12);
  ws.getCell(r + 1, 10).value = ttd.place_date.raw;
  ws.mergeCells(r + 5, 10, r + 5, 12);
  ws.getCell(r + 5, 10).value = ttd.signer.raw;
  ws.getCell(r + 5, 10).font = { bold: true, underline: true };
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:5" };
}
