/**
 * "pk": budget per Perjanjian Kinerja indicator (Tabel 3.104 Realisasi Keuangan Berdasarkan
 * Perjanjian Kinerja): Sasaran | [No] Indikator | Satuan | Target | Realisasi | Capaian |
 * [No] Kegiatan/Komponen | Anggaran > Pagu | Realisasi | %, the indicator cells merged (or written
 * once) over its komponen rows, a Total at the end. One row per komponen, carrying its indicator;
 * the efficiency summary (Tabel 3.112) sums the komponen per indicator.
 *
 * The report's own header says "Persen | %" over the indicator's realisasi and capaian; two
 * percent columns between the target and the komponen are read that way.
 */
import type { AnggaranRowPk, AnggaranTablePk, SelBaris, Sumber } from "../../tabel";
import type { Medan } from "../kosakata";
import { susunKolom } from "../header";
import { bacaSel, type Baca } from "../nilai";
import { labelTotal, pilihKolom, rakitTabel, sumberTeks, teksSel, type Kolom, type Konteks } from "./kerangka";
import { bacaKode } from "./kode";
import { bacaPersen, bacaUang, kolomPecahan } from "./nilai";

interface PetaPk {
  sasaran?: Kolom;
  noIk?: Kolom;
  indikator: Kolom;
  satuan?: Kolom;
  target?: Kolom;
  realisasiIk?: Kolom;
  capaianIk?: Kolom;
  kode?: Kolom;
  uraian?: Kolom;
  pagu: Kolom;
  realisasi?: Kolom;
  persen?: Kolom;
  sisa?: Kolom;
}

/** Indicator text up to which a "Total"/"Jumlah" label is a footer, not an indicator's name. */
const PANJANG_TOTAL = 30;

function petaPk(ctx: Konteks): PetaPk | null {
  const kol = ctx.kepala.kolom;
  // Quarters, revisions and years across belong to the other budget layouts.
  if (kol.some((c) => c.peran.jenis === "tw" || c.peran.jenis === "revisi" || c.peran.jenis === "tahun")) return null;
  const medan = new Map<Kolom, Medan | null>();
  for (const c of kol) medan.set(c, c.path.length ? susunKolom(c.col, c.path).medan : null);
  const ada = (c: Kolom, ...m: Medan[]) => m.includes(medan.get(c) as Medan);

  const indikator = kol.find((c) => ada(c, "indikator"));
  if (!indikator) return null;
  const pagu = kol.find((c) => c.col > indikator.col && (ada(c, "pagu") || c.peran.jenis === "pagu"));
  if (!pagu) return null;
  const uraian = kol.find((c) => c.col > indikator.col && c.col < pagu.col && ada(c, "uraian", "kegiatan"));
  const batas = uraian ? uraian.col : pagu.col;
  const sisiIk = kol.filter((c) => c.col > indikator.col && c.col < batas);
  const peta: PetaPk = { indikator, pagu, uraian };
  peta.sasaran = kol.find((c) => c.col < indikator.col && ada(c, "sasaran"));
  peta.noIk = kol.filter((c) => c.col < indikator.col && (!peta.sasaran || c.col > peta.sasaran.col) && ada(c, "no")).pop();
  peta.satuan = sisiIk.find((c) => ada(c, "satuan"));
  peta.target = sisiIk.find((c) => ada(c, "target"));
  peta.realisasiIk = sisiIk.find((c) => ada(c, "realisasi"));
  peta.capaianIk = sisiIk.find((c) => ada(c, "capaian"));
  if (!peta.realisasiIk) {
    // "Target | Persen | %" as the report prints it: realisasi, then capaian.
    const pct = sisiIk.filter((c) => ada(c, "persen", "capaian") && (!peta.target || c.col > peta.target.col));
    if (pct.length >= 2) [peta.realisasiIk, peta.capaianIk] = pct;
    else if (!peta.capaianIk && pct.length === 1) peta.capaianIk = pct[0];
  }
  if (uraian) {
    const dipakai = [peta.satuan, peta.target, peta.realisasiIk, peta.capaianIk].map((c) => c?.col ?? 0);
    peta.kode = kol.filter((c) => c.col < uraian.col && c.col > Math.max(indikator.col, ...dipakai) && ada(c, "no", "kode")).pop();
  }
  const anggaran = kol.filter((c) => c.col > batas && c !== pagu);
  peta.realisasi = anggaran.find((c) => ada(c, "realisasi") || c.peran.jenis === "realisasi");
  peta.persen = anggaran.find((c) => c.col > pagu.col && (ada(c, "persen", "capaian") || c.peran.jenis === "persen"));
  peta.sisa = anggaran.find((c) => ada(c, "sisa") || c.peran.jenis === "sisa");
  return peta;
}

/** Map key → the field name the table reports in `columns` (and a correction uses). */
const MEDAN_PETA: [keyof PetaPk, string][] = [
  ["sasaran", "sasaran"],
  ["noIk", "noIk"],
  ["indikator", "indikator"],
  ["satuan", "satuan"],
  ["target", "targetIk"],
  ["realisasiIk", "realisasiIk"],
  ["capaianIk", "capaianIk"],
  ["kode", "kode"],
  ["uraian", "uraian"],
  ["pagu", "pagu"],
  ["realisasi", "realisasi"],
  ["persen", "persen"],
  ["sisa", "sisa"],
];

/** The recognized map with the planner's columns; an indicator and a pagu column are needed. */
function petaDipilih(ctx: Konteks, peta: PetaPk | null): PetaPk | null {
  if (!ctx.pilihan) return peta;
  const out: Partial<PetaPk> = {};
  for (const [kunci, medan] of MEDAN_PETA) {
    const c = pilihKolom(ctx, medan, peta?.[kunci]);
    if (c) out[kunci] = c;
  }
  return out.indikator && out.pagu ? { ...out, indikator: out.indikator, pagu: out.pagu } : null;
}

interface Ik {
  indikator: string;
  noIk: string | null;
  sasaran: string | null;
  satuan: string | null;
  sel: SelBaris;
  nilai: Record<"targetIk" | "realisasiIk" | "capaianIk", number | null>;
  /** Worksheet row where the indicator's cell starts (its merge's top). */
  baris: number;
}

/** "1. Paket …", "2) …", "1\nPaket …" (a number on its own line, as pasted from the report). */
const NOMOR_AWAL = /^(\d{1,3})(?:[.)](?!\d)\s*|\s*\n\s*)([\s\S]+)$/;

function kodeDanUraian(teks: string): { kode: string | null; uraian: string } {
  const m = NOMOR_AWAL.exec(teks.trim());
  if (m) return { kode: m[1], uraian: m[2].replace(/\s+/g, " ").trim() };
  const bersih = teks.replace(/\s+/g, " ").trim();
  const k = bacaKode(bersih, false);
  if (k && !k.relatif && k.sisa) return { kode: k.segmen.join("."), uraian: k.sisa };
  return { kode: null, uraian: bersih };
}

/** What reading the rows carries from one row to the next. */
interface Bacaan {
  rows: AnggaranRowPk[];
  ik: Ik | null;
  sasaran: string | null;
  berangka: number;
  rusak: number;
  ikDibaca: Ik[];
}

/** The amounts of one row (pagu, realisasi, %, sisa) with their provenance. */
interface Uang {
  cells: SelBaris;
  pagu: number | null;
  realisasi: number | null;
  persen?: number | null;
  sisa?: number | null;
  adaAngka: boolean;
  rusak: boolean;
}

function bacaUangPk(ctx: Konteks, peta: PetaPk, r: number, pecahan: boolean): Uang {
  const { grid } = ctx;
  const p = bacaUang(grid, r, peta.pagu.col, peta.pagu.kali);
  const re = peta.realisasi ? bacaUang(grid, r, peta.realisasi.col, peta.realisasi.kali) : null;
  const u: Uang = { cells: { pagu: p.sumber }, pagu: p.value, realisasi: re ? re.value : null, adaAngka: false, rusak: false };
  if (re) u.cells.realisasi = re.sumber;
  if (peta.persen) {
    const b = bacaPersen(grid, r, peta.persen.col, pecahan);
    u.persen = b.value;
    u.cells.persen = b.sumber;
  }
  if (peta.sisa) {
    const b = bacaUang(grid, r, peta.sisa.col, peta.sisa.kali);
    u.sisa = b.value;
    u.cells.sisa = b.sumber;
  }
  u.adaAngka = p.value !== null || (re?.value ?? null) !== null;
  u.rusak = !!(p.sumber.problem || re?.sumber.problem);
  return u;
}

/** A row of the table: the komponen's amounts under its indicator (or the Total). */
function barisPk(r: number, u: Uang, cells: SelBaris, kode: string | null, uraian: string, total: boolean, ik: Ik | null, sasaran: string | null): AnggaranRowPk {
  const row: AnggaranRowPk = {
    row: r,
    cells,
    kode,
    uraian,
    pagu: u.pagu,
    realisasi: u.realisasi,
    total,
    indikator: ik?.indikator ?? "",
    noIk: ik?.noIk ?? null,
    sasaran: ik ? ik.sasaran : sasaran,
    satuan: ik?.satuan ?? null,
    targetIk: ik?.nilai.targetIk ?? null,
    realisasiIk: ik?.nilai.realisasiIk ?? null,
    capaianIk: ik?.nilai.capaianIk ?? null,
  };
  if (u.persen !== undefined) row.persen = u.persen;
  if (u.sisa !== undefined) row.sisa = u.sisa;
  return row;
}

/** One indicator value: its own cell, or (an unfilled cell) the value of the same indicator above. */
function bacaNilaiIk(grid: Konteks["grid"], r: number, kunci: keyof Ik["nilai"], c: Kolom | undefined, lama: Ik | null): [number | null, Sumber | undefined] {
  if (!c) return [null, undefined];
  const b: Baca = bacaSel(grid, r, c.col);
  if (b.sumber.raw !== null && b.sumber.raw !== "") return [b.value, b.sumber];
  return lama ? [lama.nilai[kunci], lama.sel[kunci]] : [null, undefined];
}

/** The indicator starting on row r (a new indicator cell: its own merge or row). */
function bacaIk(ctx: Konteks, peta: PetaPk, r: number, nama: string, awal: number, sasaran: string | null, lama: Ik | null): Ik {
  const { grid } = ctx;
  const baru: Ik = {
    indikator: nama,
    noIk: peta.noIk ? grid.text(r, peta.noIk.col) || null : null,
    sasaran,
    satuan: peta.satuan ? grid.text(r, peta.satuan.col) || null : null,
    sel: { indikator: sumberTeks(grid, ...grid.owner(r, peta.indikator.col)) },
    nilai: { targetIk: null, realisasiIk: null, capaianIk: null },
    baris: awal,
  };
  if (peta.sasaran && sasaran !== null) baru.sel.sasaran = sumberTeks(grid, ...grid.owner(r, peta.sasaran.col));
  if (peta.satuan && baru.satuan) baru.sel.satuan = sumberTeks(grid, ...grid.owner(r, peta.satuan.col));
  for (const [kunci, c] of [["targetIk", peta.target], ["realisasiIk", peta.realisasiIk], ["capaianIk", peta.capaianIk]] as const) {
    const [v, s] = bacaNilaiIk(grid, r, kunci, c, lama);
    baru.nilai[kunci] = v;
    if (s) baru.sel[kunci] = s;
  }
  return baru;
}

/** The komponen's code and name: from its own column, else the indicator's name. */
function komponen(ctx: Konteks, peta: PetaPk, r: number, ik: Ik | null, cells: SelBaris): { kode: string | null; uraian: string } {
  const { grid } = ctx;
  let kode: string | null = null;
  let uraian = "";
  if (peta.uraian) {
    const t = grid.raw(r, peta.uraian.col);
    const d = kodeDanUraian(t === null ? "" : String(t));
    uraian = d.uraian;
    kode = d.kode;
    cells.uraian = sumberTeks(grid, r, peta.uraian.col);
  } else if (ik) uraian = ik.indikator;
  if (peta.kode) {
    const v = grid.raw(r, peta.kode.col);
    const t = v === null ? "" : String(v).trim();
    if (t !== "") {
      kode = t;
      cells.kode = sumberTeks(grid, r, peta.kode.col);
    }
  }
  return { kode, uraian };
}

/** Reads worksheet row r into the table being built. */
function bacaBaris(ctx: Konteks, peta: PetaPk, label: Kolom[], pecahan: boolean, r: number, b: Bacaan): void {
  const { grid } = ctx;
  const teksLabel = label.map((c) => teksSel(grid, r, c.col));
  // "Jumlah …" may also start an indicator's name; an indicator has a target, a footer none.
  const total = teksLabel.some((t) => t.length <= PANJANG_TOTAL && labelTotal(t)) && (!peta.target || bacaSel(grid, r, peta.target.col).value === null);
  const u = bacaUangPk(ctx, peta, r, pecahan);
  if (u.rusak) b.rusak++;
  if (total) {
    b.rows.push(barisPk(r, u, u.cells, null, teksLabel.find((t) => labelTotal(t)) ?? "Total", true, null, null));
    b.ik = null;
    b.sasaran = null;
    return;
  }
  // The sasaran: merged over its rows, or written once and carried down.
  if (peta.sasaran) {
    const s = grid.text(r, peta.sasaran.col);
    if (s !== "") b.sasaran = s;
  }
  const nama = grid.text(r, peta.indikator.col);
  const awal = grid.owner(r, peta.indikator.col)[0];
  // A new indicator cell (its own merge or row); the same name written again on each row re-reads it.
  if (nama !== "" && (!b.ik || b.ik.baris !== awal)) {
    const lama: Ik | null = b.ik && nama === b.ik.indikator ? b.ik : null;
    const baru = bacaIk(ctx, peta, r, nama, awal, b.sasaran, lama);
    if (!lama) b.ikDibaca.push(baru);
    b.ik = baru;
  }
  const { kode, uraian } = komponen(ctx, peta, r, b.ik, u.cells);
  // A row with neither komponen nor amount (the indicator's own line above its komponen).
  if (!u.adaAngka && uraian === "") return;
  b.rows.push(barisPk(r, u, { ...(b.ik?.sel ?? {}), ...u.cells }, kode, uraian, false, b.ik, b.sasaran));
  if (u.adaAngka) b.berangka++;
}

/** Confidence: how much of the layout the header shows, how many komponen have a pagu, how many cells are broken. */
function keyakinanPk(peta: PetaPk, rows: AnggaranRowPk[], rusak: number): number {
  const isi = rows.filter((x) => !x.total);
  let kepala = 0.5;
  if (peta.realisasi) kepala += 0.15;
  if (peta.persen) kepala += 0.05;
  if (peta.uraian) kepala += 0.1;
  if (peta.target || peta.realisasiIk || peta.capaianIk) kepala += 0.1;
  if (peta.sasaran || peta.satuan) kepala += 0.1;
  const bagian = isi.length ? isi.filter((x) => x.pagu !== null).length / isi.length : 0;
  return Math.min(1, kepala) * (0.7 + 0.3 * bagian) - 0.3 * (rusak / Math.max(1, rows.length));
}

function kolomPk(peta: PetaPk): Record<string, number | undefined> {
  return {
    sasaran: peta.sasaran?.col,
    noIk: peta.noIk?.col,
    indikator: peta.indikator.col,
    satuan: peta.satuan?.col,
    targetIk: peta.target?.col,
    realisasiIk: peta.realisasiIk?.col,
    capaianIk: peta.capaianIk?.col,
    kode: peta.kode?.col,
    uraian: peta.uraian?.col ?? peta.indikator.col,
    pagu: peta.pagu.col,
    realisasi: peta.realisasi?.col,
    persen: peta.persen?.col,
    sisa: peta.sisa?.col,
  };
}

export function kenaliPk(ctx: Konteks): AnggaranTablePk | null {
  const peta = petaDipilih(ctx, petaPk(ctx));
  if (!peta) return null;
  const { grid, badan } = ctx;
  const pecahan = peta.persen ? kolomPecahan(grid, badan, peta.persen.col) : false;
  const label = [peta.sasaran, peta.noIk, peta.indikator, peta.kode, peta.uraian].filter((c): c is Kolom => !!c);
  const b: Bacaan = { rows: [], ik: null, sasaran: null, berangka: 0, rusak: 0, ikDibaca: [] };
  for (const r of badan) bacaBaris(ctx, peta, label, pecahan, r, b);
  const rows = b.rows;
  // Label-only rows at the end are notes or a signature, not komponen.
  while (rows.length && rows[rows.length - 1].pagu === null && rows[rows.length - 1].realisasi === null) rows.pop();
  if (b.berangka === 0) return null;
  return b.ikDibaca.length ? rakitTabel(ctx, "pk", rows, kolomPk(peta), keyakinanPk(peta, rows, b.rusak)) : null;
}
