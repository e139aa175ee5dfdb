/**
 * Test helpers: a small sheet builder (rows of values, merges, number formats) and the report's
 * indicators read from the reference data, so tests lay the same figures out in many ways.
 */
import { a1, type CellValue, type SheetSnapshot } from "../../../src/core/snapshot";

export interface Sel {
  v: CellValue;
  f?: string;
}
export type Isi = CellValue | Sel;

export class Lembar {
  private rows: Sel[][] = [];
  private merges: string[] = [];
  constructor(
    readonly nama = "Lembar1",
    readonly kiri = 1,
  ) {}

  /** Worksheet row the next added row will get. */
  get berikut(): number {
    return this.rows.length + 1;
  }

  /** Adds a row; cells start at the sheet's left column. Returns its worksheet row. */
  baris(isi: Isi[] = []): number {
    const pad: Sel[] = [];
    for (let i = 1; i < this.kiri; i++) pad.push({ v: null });
    this.rows.push([...pad, ...isi.map((x) => (x !== null && typeof x === "object" ? x : { v: x }))]);
    return this.rows.length;
  }

  /** Merge by worksheet row and table-relative column (0-based). */
  gabung(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push(`${a1(r1, c1 + this.kiri)}:${a1(r2, c2 + this.kiri)}`);
  }

  snapshot(): SheetSnapshot {
    const width = Math.max(1, ...this.rows.map((r) => r.length));
    const values = this.rows.map((r) => Array.from({ length: width }, (_, i) => r[i]?.v ?? null));
    const numberFormats = this.rows.map((r) => Array.from({ length: width }, (_, i) => r[i]?.f ?? "General"));
    return { name: this.nama, top: 1, left: 1, values, numberFormats, merges: [...this.merges] };
  }
}

import { bacaReferensi as bacaJson } from "../../referensi";
export { bacaJson };

export interface IndikatorPk {
  sasaran: string;
  no: number;
  indikator: string;
  target: number;
  targetRaw: string;
  satuan: string;
  realisasi: number;
  realisasiRaw: string;
  capaian: number;
  capaianRaw: string;
}

/** The 15 Perkin indicators (Tabel 3.3 target/satuan, Tabel 1 realisasi/capaian). */
export function indikatorPerkin(): IndikatorPk[] {
  const d = bacaJson("perkin_2024.json");
  const out: IndikatorPk[] = [];
  for (const s of d.sasaran) {
    for (const i of s.indikator) {
      const t1 = i.sources.tabel_1;
      out.push({
        sasaran: s.nama,
        no: i.no,
        indikator: i.nama,
        target: i.target,
        targetRaw: i.sources.tabel_3_3.target.raw,
        satuan: i.satuan,
        realisasi: i.realisasi,
        realisasiRaw: t1.realisasi.raw,
        capaian: i.capaian_persen,
        capaianRaw: t1.capaian.raw,
      });
    }
  }
  return out;
}

export interface Nilai {
  raw: string;
  value: number;
}
export interface IndikatorTw {
  sasaran: string;
  indikator: string;
  target: Nilai;
  satuan: string;
  realisasi: Nilai;
  satuanRealisasi: string;
  capaian: Nilai;
  s: Nilai[];
  r: Nilai[];
  /** Rencana aksi (Tabel 3.7): target antara B01..B12. */
  bulan: Nilai[];
  target37: Nilai;
  satuan37: string;
}

/** The 15 rows of Tabel 3.9 (and their Tabel 3.7 monthly target antara). */
export function indikatorTriwulan(): IndikatorTw[] {
  const d = bacaJson("rencana_aksi_triwulan_2024.json");
  let sasaran = "";
  return d.indikator.map((i: any) => {
    // the sasaran is printed once over its indicators
    if (i.sasaran_tabel_3_7?.text) sasaran = i.sasaran_tabel_3_7.text;
    const a = i.annual_tabel_3_9;
    const tw = [1, 2, 3, 4].map((q) => i.triwulan_tabel_3_9[`TW${q}`]);
    const bl = Array.from({ length: 12 }, (_, m) => i.rencana_aksi_bulanan_tabel_3_7[`B${String(m + 1).padStart(2, "0")}`]);
    return {
      sasaran,
      indikator: i.indikator_tabel_3_9.text,
      target: a.target,
      satuan: a.satuan_target.raw,
      realisasi: a.realisasi,
      satuanRealisasi: a.satuan_realisasi.raw,
      capaian: a.capaian,
      s: tw.map((t: any) => t.target_S),
      r: tw.map((t: any) => t.realisasi_R),
      bulan: bl.map((b: any) => b.target_antara),
      target37: i.target_tabel_3_7,
      satuan37: i.satuan_tabel_3_7.raw,
    } as IndikatorTw;
  });
}

/** Groups consecutive items by a key, keeping order. */
export function kelompok<T>(xs: T[], key: (x: T) => string): T[][] {
  const out: T[][] = [];
  for (const x of xs) {
    const last = out[out.length - 1];
    if (last && key(last[0]) === key(x)) last.push(x);
    else out.push([x]);
  }
  return out;
}

/** A row without its provenance and position, for comparing layouts. */
export function tanpaSel<T extends { cells: unknown; row: number }>(r: T): Omit<T, "cells" | "row"> {
  const { cells: _c, row: _r, ...rest } = r;
  return rest;
}
