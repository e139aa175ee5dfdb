/**
 * Budget tables on a sheet: the shared header blocks (header.ts, with their page-break repeats)
 * plus the multi-year header "Keterangan | 2019 | 2020 …", which names only one field and so
 * is not a header block there. Each becomes a Kepala with column roles, and the body rows
 * under it (blank rows and repeats left out).
 */
import type { Grid } from "../grid";
import { normalisasi } from "../../teks";
import { barisNomor, susunKolom, ulangiHeader, wilayahTabel, type BlokHeader, type Kolom as KolomHeader } from "../header";
import type { Kepala, Kolom, Konteks } from "./kerangka";
import { peranKolom, type Peran } from "./peran";

/** The role of a column from the shared vocabulary, with the budget words it leaves open. */
export function peranDari(k: KolomHeader): Peran {
  const sendiri = peranKolom(k.label);
  if (k.tahun !== undefined && (k.medan === null || k.label.length === 1) && sendiri.jenis === "tahun") return sendiri;
  if (k.triwulan !== undefined) {
    if (k.grup.includes("fisik") && !k.grup.includes("keuangan")) return { jenis: "abaikan" };
    if (k.medan === "target" || k.medan === "realisasi") return { jenis: "tw", ke: k.triwulan, nilai: k.medan };
    return sendiri.jenis === "tw" ? sendiri : { jenis: "abaikan" };
  }
  if (k.revisi !== undefined) return { jenis: "revisi", ke: k.revisi };
  // Words the vocabulary does not separate: "s/d Bulan Lalu", "Bulan Ini", "Jumlah", "Output".
  if (["sdBulanLalu", "bulanIni", "jumlah", "abaikan", "tahun"].includes(sendiri.jenis) && k.medan !== "kode") return sendiri;
  switch (k.medan) {
    case "kode":
      return { jenis: "kode" };
    case "uraian":
    case "jenisBelanja":
    case "kegiatan":
    case "keterangan":
    case "pnbp":
      return sendiri.jenis === "target" ? sendiri : { jenis: "uraian" };
    case "no":
      return { jenis: "no" };
    case "pagu":
      return { jenis: "pagu" };
    case "realisasi":
      return { jenis: "realisasi" };
    case "persen":
    case "capaian":
      return { jenis: "persen" };
    case "sisa":
      return { jenis: "sisa" };
    case "target":
      return { jenis: "target" };
    case null:
      return sendiri;
    default:
      return { jenis: "abaikan" };
  }
}

/**
 * Label rows after the first that are really data: a section row such as "PNBP Fungsional" right
 * under the header, whose cells sit under complete labels rather than under a merged parent.
 */
function barisBukanKepala(grid: Grid, b: BlokHeader): number[] {
  const label = b.rows.filter((r) => r !== b.nomor);
  const buang: number[] = [];
  for (let i = label.length - 1; i >= 1; i--) {
    const r = label[i];
    let isi = 0;
    let lepas = 0;
    for (let c = b.left; c <= b.right; c++) {
      const v = grid.raw(r, c);
      if (v === null || v === "") continue;
      isi++;
      const atas = grid.mergeFrom(...grid.owner(label[i - 1], c));
      const dibawahInduk = !!atas && atas.right > grid.owner(label[i - 1], c)[1];
      if (!dibawahInduk && grid.text(label[i - 1], c) !== "" && !grid.isMergedPart(r, c)) lepas++;
    }
    if (isi > 0 && lepas === isi) buang.unshift(r);
    else break;
  }
  return buang;
}

function kepalaDari(grid: Grid, b0: BlokHeader): { kepala: Kepala; data: number[] } {
  const data = barisBukanKepala(grid, b0);
  let b = b0;
  if (data.length) {
    const rows = b0.rows.filter((r) => !data.includes(r) && r !== b0.nomor);
    const kolom = b0.kolom.map((k) => {
      const label: string[] = [];
      for (const r of rows) {
        const t = grid.text(r, k.col);
        if (t && label[label.length - 1] !== t) label.push(t);
      }
      return susunKolom(k.col, label);
    });
    b = { ...b0, rows, bottom: rows[rows.length - 1], kolom, nomor: undefined };
  }
  return { kepala: kepalaDari1(b), data };
}

function kepalaDari1(b: BlokHeader): Kepala {
  const ada = new Map(b.kolom.map((k) => [k.col, k]));
  const kolom: Kolom[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const k = ada.get(c);
    kolom.push(k ? { col: c, path: k.label, kali: k.pengali ?? 1, peran: peranDari(k) } : { col: c, path: [], kali: 1, peran: { jenis: "abaikan" } });
  }
  const kp: Kepala = { baris: [...b.rows], awal: b.top, akhir: b.bottom, kiri: b.left, kanan: b.right, kolom };
  if (b.judul) kp.judul = b.judul;
  return kp;
}

/**
 * A column under "(Rp000)" whose numbers are all whole multiples of the unit already holds
 * Rupiah (Tabel 3.105 prints Rp65.345.000,00 under "Anggaran (Rp)(000)"); amounts truly written
 * in thousands end in other digits (65.345, 1.993.345).
 */
function sudahRupiah(grid: Grid, badan: number[], col: number, kali: number): boolean {
  let n = 0;
  for (const r of badan) {
    const v = grid.raw(r, col);
    if (typeof v !== "number" || v === 0) continue;
    if (v % kali !== 0) return false;
    n++;
  }
  return n >= 3;
}

/** A caption or source line that closes a table ("Tabel 3.107 …", "Sumber: …"). */
function judulLain(grid: Grid, r: number, kiri: number): boolean {
  let v = grid.raw(r, grid.left);
  if (v === null || v === "") v = grid.raw(r, kiri);
  if (typeof v !== "string" || v.length < 5) return false;
  const c = v.trimStart().charCodeAt(0) | 32;
  if (c !== 116 && c !== 103 && c !== 115) return false;
  return /^(tabel|gambar|grafik|sumber)\b/.test(normalisasi(v.trimStart().slice(0, 12)));
}

function tahunSel(v: unknown): boolean {
  if (typeof v === "string" && (v.length < 4 || v.length > 12)) return false;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*(ta\.?\s*)?(19|20)\d\d\s*$/i.test(v) ? 1 : NaN;
  return typeof v === "number" ? Number.isInteger(n) && n >= 1990 && n <= 2100 : n === 1;
}

/** "Keterangan | 2019 | … | 2024": a label then two or more years, nothing else. */
function barisTahun(grid: Grid, row: number): boolean {
  const vals = grid.sheet.values[row - grid.top];
  if (!vals) return false;
  let tahun = 0;
  let teks = 0;
  for (const v of vals) {
    if (v === null || v === "") continue;
    if (tahunSel(v)) tahun++;
    else if (typeof v === "string" && tahun === 0 && v.length <= 60) teks++;
    else return false;
  }
  return tahun >= 2 && teks >= 1 && teks <= 2;
}

function blokTahun(grid: Grid, row: number): BlokHeader {
  const kolom: KolomHeader[] = [];
  let left = Infinity;
  let right = -Infinity;
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.text(row, c);
    if (!t) continue;
    kolom.push(susunKolom(c, [t]));
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  const b: BlokHeader = { top: row, bottom: row, rows: [row], left, right, kolom, skor: 1 };
  for (let r = row - 1; r >= Math.max(grid.top, row - 4); r--) {
    const t = grid.text(r, grid.left) || grid.text(r, left);
    if (/^tabel\b/i.test(t)) {
      b.judul = t;
      break;
    }
  }
  return b;
}

interface Wilayah {
  header: BlokHeader;
  headerRows: number[];
  top: number;
  bottom: number;
}

/** Every candidate budget table of the sheet with its body rows. */
export function cariTabel(grid: Grid): Konteks[] {
  const wil: Wilayah[] = wilayahTabel(grid).map((w) => ({ ...w, headerRows: [...w.headerRows] }));
  const dalamHeader = new Set<number>();
  for (const w of wil) for (const r of w.headerRows) dalamHeader.add(r);
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (dalamHeader.has(r) || !barisTahun(grid, r)) continue;
    const b = blokTahun(grid, r);
    wil.push({ header: b, headerRows: [r], top: r + 1, bottom: grid.bottom });
  }
  wil.sort((a, b) => a.header.top - b.header.top);
  for (let i = 0; i + 1 < wil.length; i++) wil[i].bottom = Math.min(wil[i].bottom, wil[i + 1].header.top - 1);

  return wil.map((w) => {
    const { kepala, data } = kepalaDari(grid, w.header);
    const lewati = new Set(w.headerRows.filter((r) => !data.includes(r)));
    const ulang = [...lewati].filter((r) => !kepala.baris.includes(r));
    if (data.length) w.top = data[0];
    const badan: number[] = [];
    let kosong = 0;
    for (let r = w.top; r <= w.bottom; r++) {
      if (lewati.has(r)) continue;
      if (grid.isBlankRow(r)) {
        if (++kosong >= 3 && badan.length) break;
        continue;
      }
      kosong = 0;
      // A page-break repeat the header finder did not see as a block of its own.
      if (badan.length && ulangiHeader(grid, r, w.header)) {
        ulang.push(r);
        if (r + 1 <= w.bottom && barisNomor(grid, r + 1)) ulang.push(++r);
        continue;
      }
      if (badan.length === 0 && barisNomor(grid, r)) {
        kepala.baris.push(r);
        continue;
      }
      if (judulLain(grid, r, kepala.kiri)) break;
      badan.push(r);
    }
    for (const k of kepala.kolom) if (k.kali !== 1 && sudahRupiah(grid, badan, k.col, k.kali)) k.kali = 1;
    return { grid, kepala, badan, ulang };
  });
}
