/**
 * The three budget sheets from Tabel 3.106 (per RO), 3.105 (per KRO per triwulan) and
 * 3.4 (pagu per KRO per revision, Rp000). Rupiah amounts are numbers formatted #,##0; printed
 * percentages are numbers formatted as % unless the printed text is odd ("96,97%%").
 */
import type { Workbook, Worksheet } from "exceljs";
import type { DataReferensi, Json } from "./data";
import { blokKepala, bingkai, judul, lebar, tinggiBaris } from "./gaya";
import { angkaAtauTeks, persenAtauTeks, rupiah, RUPIAH, teks, tulis } from "./sel";

export const NAMA_RO = "Realisasi RO";
export const NAMA_TW = "Realisasi per TW";
export const NAMA_KRO = "Pagu per KRO";

/** "019.07.EC Program Nilai Tambah …" → ["019.07.EC", "Program Nilai Tambah …"]. */
function pisahKode(raw: string): [string, string] {
  const i = raw.indexOf(" ");
  return [raw.slice(0, i), raw.slice(i + 1)];
}

/** Program and kegiatan label rows as the report prints them (the 6077 block, then 6042). */
function labelKegiatan(grup: Json[]): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (let i = 0; i + 1 < grup.length; i += 2) {
    const program = pisahKode(grup[i].raw.raw);
    const kegiatan = pisahKode(grup[i + 1].raw.raw);
    out.set(kegiatan[0], [program, kegiatan]);
  }
  return out;
}

/** Writes the bold label rows from row r on; returns the next free row. */
function tulisLabel(ws: Worksheet, r: number, label: [string, string][] = []): number {
  for (const [kode, uraian] of label) {
    ws.getCell(r, 1).value = kode;
    ws.getCell(r, 2).value = uraian;
    ws.getRow(r).font = { bold: true };
    r++;
  }
  return r;
}

/**
 * Tabel 3.106 prints program and kegiatan label rows, then the 47 leaf rows and one Total, with no
 * subtotals. The sheet adds a label row per KRO (code + the name Tabel 3.105 gives it), as a
 * planner's code tree has; those rows carry no amount, so no number is added to the report's.
 */
export function lembarRealisasiRo(wb: Workbook, data: DataReferensi): void {
  const ro = data.anggaran.realisasi_per_ro;
  const namaKro = new Map<string, string>();
  for (const k of data.anggaran.realisasi_triwulan.rows as Json[]) namaKro.set(`${k.kegiatan}.${k.kode_kro.raw}`, k.nama);

  const ws = wb.addWorksheet(NAMA_RO, { views: [{ state: "frozen", ySplit: 5 }] });
  lebar(ws, [22, 60, 18, 18, 9]);
  judul(ws, 1, ro.title, "E");
  ws.getRow(1).height = 45;
  blokKepala(
    ws,
    [
      ["A3:A4", "Kode"],
      ["B3:B4", "Kegiatan/KRO/RO/Komponen/Sub Komponen"],
      ["C3:D3", "Anggaran"],
      ["C4", "Pagu"],
      ["D4", "Realisasi"],
      ["E3:E4", "%"],
    ],
    "A3:E4",
  );

  const label = labelKegiatan(ro.group_rows);
  let r = 5;
  const pertama = r;
  let kegiatan = "";
  let kro = "";
  for (const row of ro.rows as Json[]) {
    if (row.kegiatan !== kegiatan) {
      kegiatan = row.kegiatan;
      r = tulisLabel(ws, r, label.get(kegiatan));
    }
    if (`${row.kegiatan}.${row.kro}` !== kro) {
      kro = `${row.kegiatan}.${row.kro}`;
      ws.getCell(r, 1).value = kro;
      tulis(ws.getCell(r, 2), teks(namaKro.get(kro)));
      ws.getRow(r).font = { bold: true };
      r++;
    }
    // The code as printed, "6042.EBC 954.051.B" (space for a dot) included.
    ws.getCell(r, 1).value = row.kode_raw.raw;
    tulis(ws.getCell(r, 2), teks(row.uraian));
    tulis(ws.getCell(r, 3), rupiah(row.pagu.value));
    tulis(ws.getCell(r, 4), rupiah(row.realisasi.value));
    tulis(ws.getCell(r, 5), persenAtauTeks(row.persen.raw));
    ws.getCell(r, 2).alignment = { indent: 1 };
    r++;
  }
  const akhir = r - 1;
  ws.mergeCells(r, 1, r, 2);
  ws.getCell(r, 1).value = ro.total.label.raw;
  // The total is a live SUM, as a planner keeps it; its cached result is the report's printed total.
  ws.getCell(r, 3).value = { formula: `SUM(C${pertama}:C${akhir})`, result: ro.total.pagu.value };
  ws.getCell(r, 4).value = { formula: `SUM(D${pertama}:D${akhir})`, result: ro.total.realisasi.value };
  ws.getCell(r, 3).numFmt = RUPIAH;
  ws.getCell(r, 4).numFmt = RUPIAH;
  tulis(ws.getCell(r, 5), persenAtauTeks(ro.total.persen.raw));
  ws.getRow(r).font = { bold: true };
  bingkai(ws, pertama, r, 1, 5);
  tinggiBaris(ws, pertama, r);
  ws.pageSetup = { orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:4" };
}

export function lembarRealisasiTw(wb: Workbook, data: DataReferensi): void {
  const tw = data.anggaran.realisasi_triwulan;
  const ws = wb.addWorksheet(NAMA_TW, { views: [{ state: "frozen", ySplit: 6 }] });
  lebar(ws, [11, 40, 18, 22, 8, 8, 8, 8, 8, 8, 8, 8, 18]);
  judul(ws, 1, tw.title.raw, "M");
  const isi: [string, string | number][] = [
    ["A3:B5", "Kegiatan/Komponen/ Subkomponen"],
    // The report's header says (000) although its cells are full Rupiah: kept as printed.
    ["C3:C5", "Anggaran (Rp)(000)"],
    ["D3:D5", "Output"],
    ["M3:M5", "% Realisasi Ouput"],
    ["A6:B6", 1],
  ];
  const romawi = ["I", "II", "III", "IV"];
  for (let q = 0; q < 4; q++) {
    const a = ws.getColumn(5 + q * 2).letter;
    const b = ws.getColumn(6 + q * 2).letter;
    isi.push([`${a}3:${b}3`, `Triwulan ${romawi[q]} (%)`], [`${a}4:${b}4`, "Keuangan"], [`${a}5`, "T"], [`${b}5`, "R"]);
  }
  for (let n = 2; n <= 12; n++) isi.push([ws.getColumn(n + 1).letter + "6", n]);
  blokKepala(ws, isi, "A3:M6");

  const label = labelKegiatan(tw.group_rows);
  let r = 7;
  let kegiatan = "";
  const kunci = ["tw1_T", "tw1_R", "tw2_T", "tw2_R", "tw3_T", "tw3_R", "tw4_T", "tw4_R"];
  for (const row of tw.rows as Json[]) {
    if (row.kegiatan !== kegiatan) {
      kegiatan = row.kegiatan;
      r = tulisLabel(ws, r, label.get(kegiatan));
    }
    ws.getCell(r, 1).value = row.kode_kro.raw;
    tulis(ws.getCell(r, 2), teks(row.nama));
    tulis(ws.getCell(r, 3), rupiah(row.anggaran.value));
    tulis(ws.getCell(r, 4), teks(row.output_target.raw));
    kunci.forEach((k, i) => tulis(ws.getCell(r, 5 + i), persenAtauTeks(row.tw[k].raw)));
    tulis(ws.getCell(r, 13), teks(row.realisasi_output.raw));
    r++;
  }
  bingkai(ws, 7, r - 1, 1, 13);
  tinggiBaris(ws, 7, r - 1);
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:5" };
}

export function lembarPaguKro(wb: Workbook, data: DataReferensi): void {
  const rev = data.anggaran.revisi_per_kro;
  const kolom = rev.columns.slice(2) as Json[];
  const akhirKolom = 2 + kolom.length;
  const ws = wb.addWorksheet(NAMA_KRO, { views: [{ state: "frozen", xSplit: 2, ySplit: 3 }] });
  lebar(ws, [11, 36, ...kolom.map(() => 13)]);
  const hurufAkhir = ws.getColumn(akhirKolom).letter;
  judul(ws, 1, rev.title.raw, hurufAkhir);
  const isi: [string, string | number][] = [["A3:B3", "Kode KRO"]];
  kolom.forEach((k, i) => isi.push([ws.getColumn(3 + i).letter + "3", k.label]));
  blokKepala(ws, isi, `A3:${hurufAkhir}3`);
  ws.getRow(3).height = 45;

  let r = 4;
  for (const row of rev.rows as Json[]) {
    ws.getCell(r, 1).value = row.kode_kro;
    ws.getCell(r, 2).value = row.nama;
    (row.values_rp000 as Json[]).forEach((v, i) => tulis(ws.getCell(r, 3 + i), angkaAtauTeks(v.raw)));
    for (let c = 3; c <= akhirKolom; c++) ws.getCell(r, c).numFmt = RUPIAH;
    r++;
  }
  ws.getCell(r, 1).value = rev.total.label;
  (rev.total.values_rp000 as Json[]).forEach((v, i) => {
    const huruf = ws.getColumn(3 + i).letter;
    const cell = ws.getCell(r, 3 + i);
    cell.value = { formula: `SUM(${huruf}4:${huruf}${r - 1})`, result: v.value };
    cell.numFmt = RUPIAH;
  });
  ws.getRow(r).font = { bold: true };
  bingkai(ws, 4, r, 1, akhirKolom);
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
