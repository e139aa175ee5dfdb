/**
 * Multi-year sheets of the sample, as a planner keeps the report's Bab III tables in Excel:
 *   Riwayat 2020-2024   family C (Tabel 3.17 … 3.94): realisasi per year, one row per indicator,
 *                       the header spellings the report uses ("TA. 2020", "TA .2021", "Tahun 2023", 2024),
 *                       N/A and "-" before an indicator existed, units inline ("1  Perusahaan", "4.97 (A)")
 *   Renstra 2021-2024   family F (Tabel 3.102): per year Target Renstra | Realisasi | %, TOTAL block
 *   Jangka Menengah     family D (Tabel 3.18 … 3.96): target jangka menengah, realisasi 2024, capaian
 *   Pembanding Satker   family E (Tabel 3.19 … 3.98): BSPJI Samarinda and Padang, target/realisasi/capaian
 * Every value is the report's printed text or number; its three wrong Renstra capaian (3.45, 3.65,
 * 3.85) and the TOTAL rounding slip of SK.5.1 stay as printed.
 */
import * as fs from "fs";
import * as path from "path";
import type { Workbook, Worksheet } from "exceljs";
import type { DataReferensi, Json } from "./data";
import { blokKepala, bingkai, judul, lebar, tinggiBaris } from "./gaya";
import { angkaAtauTeks, persenAtauTeks, teks, tulis, type Isi } from "./sel";

export const NAMA_RIWAYAT = "Riwayat 2020-2024";
export const NAMA_RENSTRA = "Renstra 2021-2024";
export const NAMA_JANGKA = "Jangka Menengah";
export const NAMA_PEMBANDING = "Pembanding Satker";

const TAHUN_RIWAYAT = [2020, 2021, 2022, 2023, 2024];
const KEPALA_RIWAYAT = ["Realisasi TA. 2020", "Realisasi TA .2021", "Realisasi TA.2022", "Tahun 2023", 2024];
const TAHUN_RENSTRA = ["2021", "2022", "2023", "2024"];

interface DataMultitahun {
  indikator: Json[];
  renstra: Json[];
}

function bacaMultitahun(data: DataReferensi): DataMultitahun {
  const baca = (f: string) => JSON.parse(fs.readFileSync(path.join(data.dir, f), "utf8"));
  return { indikator: baca("indicators_history.json").indicators, renstra: baca("renstra_capaian_2021_2024.json").rows };
}

/** "30%" → a percent cell, other printed text as the planner would type it. */
function nilai(raw: string | null | undefined): Isi {
  if (raw == null) return { nilai: null };
  const t = raw.trim();
  return t.endsWith("%") ? persenAtauTeks(t) : angkaAtauTeks(raw);
}

function baris(ws: Worksheet, r: number, isi: Isi[]): void {
  isi.forEach((x, i) => tulis(ws.getCell(r, i + 1), x));
}

export function lembarMultitahun(wb: Workbook, data: DataReferensi): void {
  const d = bacaMultitahun(data);
  lembarRiwayat(wb, d);
  lembarRenstra(wb, d);
  lembarJangka(wb, d);
  lembarPembanding(wb, d);
}

function lembarRiwayat(wb: Workbook, d: DataMultitahun): void {
  const ws = wb.addWorksheet(NAMA_RIWAYAT);
  lebar(ws, [5, 8, 48, 13, 13, 13, 13, 13]);
  judul(ws, 1, "Perbandingan Realisasi Indikator Kinerja TA. 2020-2024", "H");
  blokKepala(ws, [["A3", "No"], ["B3", "Kode"], ["C3", "Indikator Kinerja"], ...KEPALA_RIWAYAT.map((k, i): [string, string | number] => [`${String.fromCharCode(68 + i)}3`, k])], "A3:H3");
  let r = 4;
  for (const ik of d.indikator) {
    const h = ik.history_table;
    if (!h) continue; // III.3 has no history table in the report (Tabel 3.55 counts services instead)
    const isi: Isi[] = [{ nilai: r - 3 }, teks(ik.code), teks(ik.name)];
    for (const t of TAHUN_RIWAYAT) isi.push(nilai(h.realisasi[String(t)]?.raw ?? "-"));
    baris(ws, r, isi);
    r++;
  }
  bingkai(ws, 4, r - 1, 1, 8);
  tinggiBaris(ws, 4, r - 1);
}

function lembarRenstra(wb: Workbook, d: DataMultitahun): void {
  const ws = wb.addWorksheet(NAMA_RENSTRA);
  lebar(ws, [46, ...Array(15).fill(9)]);
  judul(ws, 1, "Tabel 3.102 Capaian Kinerja Renstra BSPJI Palembang TA.2021-2024", "P");
  const kepala: [string, string | number][] = [["A3:A4", "Sasaran Kegiatan (output)/Indikator"]];
  TAHUN_RENSTRA.forEach((t, i) => {
    const c = 2 + i * 3;
    kepala.push([`${kol(c)}3:${kol(c + 2)}3`, t], [`${kol(c)}4`, "Target Renstra"], [`${kol(c + 1)}4`, "Realisasi"], [`${kol(c + 2)}4`, "%"]);
  });
  kepala.push(["N3:P3", "TOTAL 2021-2024"], ["N4", "Target Renstra Sampai 2024"], ["O4", "Realisasi s.d 2024"], ["P4", "%"]);
  blokKepala(ws, kepala, "A3:P5");
  for (let c = 1; c <= 16; c++) ws.getCell(5, c).value = c;
  let r = 6;
  let program = "";
  let sasaran = "";
  for (const x of d.renstra) {
    const prog = String(x.program_header).replace(/\s*\(.*\)\s*$/, "");
    if (prog !== program) {
      ws.getCell(r++, 1).value = (program = prog);
    }
    const sk = String(x.sasaran_kegiatan).replace(/\s*\(continued.*\)\s*$/, "");
    if (!sk.startsWith(sasaran) || sasaran === "") {
      ws.getCell(r++, 1).value = sasaran = sk;
    }
    const satuan = /none/.test(x.unit_as_printed) ? "" : ` ${x.unit_as_printed}`;
    const isi: Isi[] = [teks(`${x.row_code} ${x.indicator_name_as_printed}${satuan}`)];
    for (const t of [...TAHUN_RENSTRA, "total_2021_2024"]) {
      const v = x.values[t];
      isi.push(nilai(v.target_renstra.raw), nilai(v.realisasi.raw), nilai(v.persen.raw));
    }
    baris(ws, r++, isi);
  }
  bingkai(ws, 6, r - 1, 1, 16);
  tinggiBaris(ws, 6, r - 1);
}

function lembarJangka(wb: Workbook, d: DataMultitahun): void {
  const ws = wb.addWorksheet(NAMA_JANGKA);
  lebar(ws, [8, 48, 16, 14, 12]);
  judul(ws, 1, "Perbandingan Target Jangka Menengah dengan RENSTRA BSPJI Palembang", "E");
  blokKepala(
    ws,
    [["A3", "Kode"], ["B3", "Indikator Kinerja Pada Renstra 2021-2024"], ["C3", "Target Jangka Menengah Renstra"], ["D3", "Ralisasi TA. 2024"], ["E3", "Capaian (%)"]],
    "A3:E3",
  );
  let r = 4;
  for (const ik of d.indikator) {
    const m = ik.renstra.medium_term_table;
    baris(ws, r++, [teks(ik.code), teks(ik.name), nilai(m.target_jangka_menengah.raw), nilai(m.realisasi.raw), nilai(m.capaian.raw)]);
  }
  bingkai(ws, 4, r - 1, 1, 5);
  tinggiBaris(ws, 4, r - 1);
}

const SATKER = ["BSPJI Samarinda", "BSPJI Padang"];

function lembarPembanding(wb: Workbook, d: DataMultitahun): void {
  const ws = wb.addWorksheet(NAMA_PEMBANDING);
  lebar(ws, [8, 44, 10, 10, 10, 10, 10, 10]);
  judul(ws, 1, "Perbandingan Realisasi dan Capaian Indikator Kinerja tahun 2024 dengan Satker Sejenis", "H");
  const kepala: [string, string | number][] = [["A3:A4", "Kode"], ["B3:B4", "Indikator Kinerja"]];
  SATKER.forEach((s, i) => {
    const c = 3 + i * 3;
    kepala.push([`${kol(c)}3:${kol(c + 2)}3`, s], [`${kol(c)}4`, "Target"], [`${kol(c + 1)}4`, "Realisasi"], [`${kol(c + 2)}4`, "Capaian"]);
  });
  blokKepala(ws, kepala, "A3:H4");
  let r = 5;
  for (const ik of d.indikator) {
    const isi: Isi[] = [teks(ik.code), teks(ik.name)];
    for (const s of SATKER) {
      const o = ik.comparisons[s].other;
      isi.push(nilai(o.target.raw), nilai(o.realisasi.raw), nilai(o.capaian.raw));
    }
    baris(ws, r++, isi);
  }
  bingkai(ws, 5, r - 1, 1, 8);
  tinggiBaris(ws, 5, r - 1);
}

function kol(c: number): string {
  return String.fromCharCode(64 + c);
}
