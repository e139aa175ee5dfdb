/**
 * Builds recognized tables (Tabel objects) the way a recognizer would: every value with its
 * Sumber (cell, raw, format, decimals, scale, unit, problem), read with core/angka.
 *
 * Fixed columns so a test can name the cell it expects:
 *   perkin    A No | B Sasaran | C Indikator | D Target | E Satuan | F Realisasi | G Capaian
 *   triwulan  A No | B Sasaran | C Indikator | D Target | E Realisasi | F Capaian |
 *             G..N TW I S, TW I R … TW IV S, TW IV R | O Satuan | P..AA B01..B12
 *   anggaran  A Kode | B Uraian | C Pagu | D Realisasi | E % | F Sisa | G s/d Bulan Lalu |
 *             H Bulan Ini | I..P TW I T, TW I R … TW IV T, TW IV R
 */
import { bacaAngka, hitungDesimal } from "../../../src/core/angka";
import { columnLetters } from "../../../src/core/snapshot";
import type {
  AnggaranRow,
  AnggaranRowTriwulan,
  AnggaranTable,
  Medan,
  SelBaris,
  Bentuk,
  PerkinRow,
  PerkinTable,
  Sumber,
  TriwulanNilai,
  TriwulanRow,
  TriwulanTable,
} from "../../../src/core/tabel";
import { medanBulan, medanTw } from "../../../src/core/tabel";

/** A cell as typed: a number (optionally with its number format) or text as printed. */
export type Mentah = number | string | null | undefined | { v: number | string | null; f?: string };

function desimalFormat(f: string): number {
  const m = /\.([0#]+)/.exec(f.split(";")[0]);
  return m ? m[1].length : 0;
}

/** One value cell: its provenance and the number a recognizer would take from it. */
export function sel(cell: string, isi: Mentah): { s: Sumber; v: number | null } {
  const { v: raw, f } = isi !== null && typeof isi === "object" ? isi : { v: isi ?? null, f: undefined };
  const s: Sumber = { cell, raw };
  if (f) s.format = f;
  if (raw === null) return { s, v: null };
  if (typeof raw === "number") {
    const persen = !!f && f.includes("%");
    const v = persen ? Number((raw * 100).toPrecision(15)) : raw;
    if (persen) s.scale = 100;
    s.decimals = f ? desimalFormat(f) : hitungDesimal(raw);
    return { s, v };
  }
  const a = bacaAngka(raw);
  if (a.kind === "angka") {
    s.fromText = true;
    s.decimals = a.desimal;
    if (a.satuan) s.unit = a.satuan;
    return { s, v: a.value };
  }
  if (a.kind === "rusak") s.problem = a.alasan;
  return { s, v: null };
}

function isi(row: { cells: SelBaris }, medan: Medan, kolom: string, baris: number, m: Mentah): number | null {
  if (m === undefined) return null;
  const { s, v } = sel(`${kolom}${baris}`, m);
  row.cells[medan] = s;
  return v;
}

function teks(row: { cells: SelBaris }, medan: Medan, kolom: string, baris: number, t: string | null | undefined): void {
  if (t !== undefined && t !== null) row.cells[medan] = { cell: `${kolom}${baris}`, raw: t };
}

export interface Opsi {
  /** First data row (default 5). */
  mulai?: number;
  judul?: string;
}

function rentang(kiri: string, kanan: string, awal: number, akhir: number): string {
  return `${kiri}${awal - 2}:${kanan}${Math.max(akhir, awal)}`;
}

// ------------------------------------------------------------------------ perkin

export interface BarisKinerja {
  sasaran?: string | null;
  indikator: string;
  target?: Mentah;
  satuan?: string | null;
  realisasi?: Mentah;
  capaian?: Mentah;
  /** [S, R] per quarter (triwulan tables). */
  tw?: [Mentah, Mentah][];
  bulan?: Mentah[];
}

const KOLOM_PERKIN = { no: "A", sasaran: "B", indikator: "C", target: "D", satuan: "E", realisasi: "F", capaian: "G" };

export function tabelPerkin(sheet: string, baris: BarisKinerja[], opsi: Opsi = {}): PerkinTable {
  const mulai = opsi.mulai ?? 5;
  const rows: PerkinRow[] = baris.map((b, i) => {
    const r = mulai + i;
    const row: PerkinRow = { row: r, cells: {}, sasaran: b.sasaran ?? null, indikator: b.indikator, target: null, satuan: b.satuan ?? null, realisasi: null, capaian: null };
    teks(row, "sasaran", "B", r, b.sasaran);
    teks(row, "indikator", "C", r, b.indikator);
    teks(row, "satuan", "E", r, b.satuan);
    row.target = isi(row, "target", "D", r, b.target);
    row.realisasi = isi(row, "realisasi", "F", r, b.realisasi);
    row.capaian = isi(row, "capaian", "G", r, b.capaian);
    if (row.satuan === null && row.cells.target?.unit) row.satuan = row.cells.target.unit;
    return row;
  });
  const range = rentang("A", "G", mulai, mulai + baris.length - 1);
  const t: PerkinTable = { kind: "perkin", id: `${sheet}!${range}`, sheet, range, bentuk: "perkin", confidence: 0.9, columns: { ...KOLOM_PERKIN }, headerRows: [mulai - 2, mulai - 1], rows };
  if (opsi.judul) t.title = opsi.judul;
  return t;
}

// ------------------------------------------------------------------------ triwulan

function kolomTw(awal: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let q = 0; q < 4; q++) {
    out[`tw${q + 1}.target`] = columnLetters(awal + 2 * q);
    out[`tw${q + 1}.realisasi`] = columnLetters(awal + 2 * q + 1);
  }
  return out;
}

const KOLOM_TRIWULAN: Record<string, string> = { no: "A", sasaran: "B", indikator: "C", target: "D", realisasi: "E", capaian: "F", ...kolomTw(7), satuan: "O" };
for (let m = 1; m <= 12; m++) KOLOM_TRIWULAN[`b${String(m).padStart(2, "0")}`] = columnLetters(15 + m);

function kosongTw(): [TriwulanNilai, TriwulanNilai, TriwulanNilai, TriwulanNilai] {
  return [0, 1, 2, 3].map(() => ({ target: null, realisasi: null })) as [TriwulanNilai, TriwulanNilai, TriwulanNilai, TriwulanNilai];
}

function isiTw(row: { cells: SelBaris }, kolom: Record<string, string>, r: number, tw: [Mentah, Mentah][] | undefined) {
  const out = kosongTw();
  (tw ?? []).forEach(([s, x], q) => {
    out[q].target = isi(row, medanTw(q, "target"), kolom[medanTw(q, "target")], r, s);
    out[q].realisasi = isi(row, medanTw(q, "realisasi"), kolom[medanTw(q, "realisasi")], r, x);
  });
  return out;
}

export function tabelTriwulan(sheet: string, bentuk: Bentuk, baris: BarisKinerja[], opsi: Opsi = {}): TriwulanTable {
  const mulai = opsi.mulai ?? 5;
  const rows: TriwulanRow[] = baris.map((b, i) => {
    const r = mulai + i;
    const row: TriwulanRow = { row: r, cells: {}, sasaran: b.sasaran ?? null, indikator: b.indikator, target: null, realisasi: null, triwulan: kosongTw() };
    teks(row, "sasaran", "B", r, b.sasaran);
    teks(row, "indikator", "C", r, b.indikator);
    row.target = isi(row, "target", "D", r, b.target);
    row.realisasi = isi(row, "realisasi", "E", r, b.realisasi);
    if (b.capaian !== undefined) row.capaian = isi(row, "capaian", "F", r, b.capaian);
    row.triwulan = isiTw(row, KOLOM_TRIWULAN, r, b.tw);
    if (b.satuan !== undefined) {
      row.satuan = b.satuan;
      teks(row, "satuan", "O", r, b.satuan);
    } else if (row.cells.target?.unit) row.satuan = row.cells.target.unit;
    if (b.bulan) row.bulan = b.bulan.map((m, k) => isi(row, medanBulan(k), KOLOM_TRIWULAN[medanBulan(k)], r, m));
    return row;
  });
  const range = rentang("A", bentuk === "rencana-aksi" ? "AA" : "O", mulai, mulai + baris.length - 1);
  const t: TriwulanTable = { kind: "triwulan", id: `${sheet}!${range}`, sheet, range, bentuk, confidence: 0.9, columns: { ...KOLOM_TRIWULAN }, headerRows: [mulai - 2, mulai - 1], rows };
  if (opsi.judul) t.title = opsi.judul;
  return t;
}

// ------------------------------------------------------------------------ anggaran

export interface BarisAnggaran {
  kode?: string | null;
  uraian: string;
  pagu?: Mentah;
  realisasi?: Mentah;
  persen?: Mentah;
  sisa?: Mentah;
  sdBulanLalu?: Mentah;
  bulanIni?: Mentah;
  /** [T, R] per quarter, cumulative %. */
  tw?: [Mentah, Mentah][];
  level?: number;
  total?: boolean;
  tahun?: number;
}

const KOLOM_ANGGARAN: Record<string, string> = { kode: "A", uraian: "B", pagu: "C", realisasi: "D", persen: "E", sisa: "F", sdBulanLalu: "G", bulanIni: "H", ...kolomTw(9) };

export type BarisAnggaranJadi = AnggaranRow & Partial<Pick<AnggaranRowTriwulan, "triwulan">> & { sdBulanLalu?: number | null; bulanIni?: number | null; tahun?: number };

export function tabelAnggaran(sheet: string, bentuk: Bentuk, baris: BarisAnggaran[], opsi: Opsi = {}): AnggaranTable {
  const mulai = opsi.mulai ?? 5;
  const dipakai = new Set<string>(["kode", "uraian"]);
  const rows: BarisAnggaranJadi[] = baris.map((b, i) => {
    const r = mulai + i;
    const row: BarisAnggaranJadi = { row: r, cells: {}, kode: b.kode ?? null, uraian: b.uraian, pagu: null, realisasi: null, total: !!b.total };
    teks(row, "kode", "A", r, b.kode);
    teks(row, "uraian", "B", r, b.uraian);
    for (const m of ["pagu", "realisasi", "persen", "sisa", "sdBulanLalu", "bulanIni"] as const) {
      if (b[m] === undefined) continue;
      dipakai.add(m);
      (row as unknown as Record<string, number | null>)[m] = isi(row, m, KOLOM_ANGGARAN[m], r, b[m]);
    }
    if (b.tw) {
      row.triwulan = isiTw(row, KOLOM_ANGGARAN, r, b.tw);
      for (let q = 1; q <= 4; q++) dipakai.add(`tw${q}.target`).add(`tw${q}.realisasi`);
    }
    if (b.level !== undefined) row.level = b.level;
    if (b.tahun !== undefined) row.tahun = b.tahun;
    return row;
  });
  const columns: Record<string, string> = {};
  for (const [m, k] of Object.entries(KOLOM_ANGGARAN)) if (dipakai.has(m)) columns[m] = k;
  const range = rentang("A", bentuk === "triwulan" ? "P" : "H", mulai, mulai + baris.length - 1);
  // A fixture of any budget layout: the rows carry the fields the test gives.
  const t = { kind: "anggaran", id: `${sheet}!${range}`, sheet, range, bentuk, confidence: 0.9, columns, headerRows: [mulai - 2, mulai - 1], rows } as AnggaranTable;
  if (opsi.judul) t.title = opsi.judul;
  return t;
}
