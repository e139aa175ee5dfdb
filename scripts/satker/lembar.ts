/** The two sheets of a generated satker workbook: the Perjanjian Kinerja and the budget per RO. */
import type { Worksheet, Workbook } from "exceljs";
import { formatAngka } from "../../src/core/angka";
import type { Satker } from "./varian";

function judulBlok(ws: Worksheet, s: Satker, judul: string): number {
  // barisJudul rows above the header: title, satker line, period, blank.
  const isi = [judul, s.judulSatker ? `Satuan Kerja: BSPJI ${s.kota}` : `Tahun Anggaran 2024`, "Periode: Januari – Desember 2024", null];
  for (let r = 0; r < s.barisJudul; r++) {
    const v = isi[r];
    if (v) ws.getCell(r + 1, 1).value = v;
  }
  // The satker line is kept even without a title block, above the table.
  if (s.judulSatker && s.barisJudul < 2) {
    ws.spliceRows(1, 0, [`Satuan Kerja: BSPJI ${s.kota}`], []);
    return 3;
  }
  return s.barisJudul + 1;
}

function angka(s: Satker, n: number, desimal = 2): number | string {
  return s.angkaTeks ? formatAngka(n, Number.isInteger(n) ? 0 : desimal) : n;
}

export function lembarPk(wb: Workbook, s: Satker): void {
  const ws = wb.addWorksheet(s.namaPk);
  const kepala = judulBlok(ws, s, "Perjanjian Kinerja dan Capaian TA 2024");
  s.kolom.forEach((k, c) => {
    const cell = ws.getCell(kepala, c + 1);
    cell.value = k.kepala;
    cell.font = { bold: true };
  });
  const kol = new Map(s.kolom.map((k, c) => [k.medan, c + 1]));
  let r = kepala + 1;
  let no = 0;
  let sasaran = "";
  let awal = r;
  const tutup = (akhir: number) => {
    const c = kol.get("sasaran")!;
    if (s.sasaranGabung && akhir > awal) ws.mergeCells(awal, c, akhir, c);
  };
  for (const ik of s.indikator) {
    if (ik.sasaran !== sasaran) {
      if (sasaran) tutup(r - 1);
      sasaran = ik.sasaran;
      awal = r;
      ws.getCell(r, kol.get("sasaran")!).value = ik.sasaran;
    }
    no++;
    if (kol.has("no")) ws.getCell(r, kol.get("no")!).value = no;
    ws.getCell(r, kol.get("indikator")!).value = ik.nama;
    ws.getCell(r, kol.get("target")!).value = angka(s, ik.target);
    ws.getCell(r, kol.get("satuan")!).value = ik.satuan;
    ws.getCell(r, kol.get("realisasi")!).value = angka(s, ik.realisasi);
    const cap = ws.getCell(r, kol.get("capaian")!);
    if (s.angkaTeks) cap.value = `${formatAngka(ik.capaian, 2)}%`;
    else {
      cap.value = ik.capaian / 100;
      cap.numFmt = "0.00%";
    }
    r++;
  }
  tutup(r - 1);
  ws.getColumn(kol.get("indikator")!).width = 50;
  ws.getColumn(kol.get("sasaran")!).width = 30;
}

export function lembarAnggaran(wb: Workbook, s: Satker): void {
  const ws = wb.addWorksheet(s.namaAnggaran);
  const kepala = judulBlok(ws, s, "Realisasi Anggaran per RO TA 2024");
  const satuan = s.ribuan ? " (Rp000)" : "";
  ["Kode", "Uraian", `Pagu${satuan}`, `Realisasi${satuan}`, "%"].forEach((t, c) => {
    ws.getCell(kepala, c + 1).value = t;
    ws.getCell(kepala, c + 1).font = { bold: true };
  });
  const bagi = s.ribuan ? 1000 : 1;
  let r = kepala + 1;
  const pertama = r;
  let kro = "";
  for (const x of s.rincian) {
    if (x.kro !== kro) {
      kro = x.kro;
      ws.getCell(r, 1).value = x.kro;
      ws.getCell(r, 2).value = x.namaKro;
      ws.getRow(r).font = { bold: true };
      r++;
    }
    ws.getCell(r, 1).value = x.kode;
    ws.getCell(r, 2).value = x.uraian;
    ws.getCell(r, 3).value = x.pagu / bagi;
    ws.getCell(r, 4).value = x.realisasi / bagi;
    ws.getCell(r, 5).value = x.realisasi / x.pagu;
    ws.getCell(r, 3).numFmt = "#,##0";
    ws.getCell(r, 4).numFmt = "#,##0";
    ws.getCell(r, 5).numFmt = "0.00%";
    r++;
  }
  const akhir = r - 1;
  if (s.adaTotal) {
    ws.getCell(r, 1).value = "Total";
    ws.getCell(r, 3).value = { formula: `SUM(C${pertama}:C${akhir})`, result: s.pagu / bagi };
    ws.getCell(r, 4).value = { formula: `SUM(D${pertama}:D${akhir})`, result: s.realisasi / bagi };
    ws.getCell(r, 5).value = { formula: `D${r}/C${r}`, result: s.realisasi / s.pagu };
    ws.getCell(r, 3).numFmt = "#,##0";
    ws.getCell(r, 4).numFmt = "#,##0";
    ws.getCell(r, 5).numFmt = "0.00%";
    ws.getRow(r).font = { bold: true };
  }
  ws.getColumn(2).width = 50;
  ws.getColumn(3).width = 18;
  ws.getColumn(4).width = 18;
}
