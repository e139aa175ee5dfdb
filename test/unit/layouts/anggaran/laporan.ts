/**
 * The LAKIP 2024 budget tables (reference data, anggaran_2024.json) laid out as sheets.
 * Numbers are taken from the reference file, never typed here.
 */
import { bacaReferensi } from "../../../referensi";
import type { Isi, Spek } from "./susun";

export const REF: any = bacaReferensi("anggaran_2024.json");

interface SelRef {
  raw: string;
  value: number;
}

export type Gaya = "teks" | "angka";

/** A money cell: the printed text, or the number (optionally divided, for "(Rp000)" sheets). */
export function uang(c: SelRef | null | undefined, gaya: Gaya, bagi = 1): Isi {
  if (!c) return null;
  return gaya === "teks" ? c.raw : { v: c.value / bagi, f: "#,##0" };
}

/** A percent cell: the printed text, or the fraction formatted as %. */
export function persen(c: SelRef | null | undefined, gaya: Gaya): Isi {
  if (!c) return null;
  return gaya === "teks" ? c.raw : { v: c.value / 100, f: "0.00%" };
}

export interface Opsi3106 {
  gaya?: Gaya;
  /** "gabung": code and uraian in one cell (as printed); "pisah": a Kode column. */
  kode?: "gabung" | "pisah";
  /** Header in one row instead of the two-row merged "Anggaran" header. */
  headerSatuBaris?: boolean;
  /** Header units "(Rp000)" with values in thousands. */
  ribuan?: boolean;
  ulangHeader?: boolean;
  /** Add a Sisa column (pagu − realisasi as printed by a planner's sheet). */
  sisa?: boolean;
}

/** Tabel 3.106 Realisasi Anggaran per RO: program/kegiatan rows, 47 leaf rows, Total. */
export function tabel3106(o: Opsi3106 = {}): Spek & { jenis: string[] } {
  const ro = REF.realisasi_per_ro;
  const gaya = o.gaya ?? "teks";
  const bagi = o.ribuan ? 1000 : 1;
  const unit = o.ribuan ? " (Rp000)" : "";
  const pisah = o.kode === "pisah";
  const jenis: string[] = [];
  const body: Isi[][] = [];
  const label = (kode: string, uraian: string, nilai: Isi[]) =>
    pisah ? [kode, uraian, ...nilai] : [`${kode} ${uraian}`, ...nilai];
  const grup = (raw: string) => {
    const i = raw.indexOf(" ");
    return label(raw.slice(0, i), raw.slice(i + 1), []);
  };
  const [progEC, keg6077, progWA, keg6042] = ro.group_rows.map((g: any) => g.raw.raw);
  body.push(grup(progEC), grup(keg6077));
  jenis.push("grup", "grup");
  const ulang: number[] = [];
  for (const r of ro.rows) {
    if (r.kegiatan === "6042" && !jenis.includes("prog2")) {
      body.push(grup(progWA), grup(keg6042));
      jenis.push("prog2", "grup");
    }
    if (r.kode === "6077.BAD.058.051.A" || r.kode === "6042.EBC.996.051.A") ulang.push(body.length);
    const nilai = [uang(r.pagu, gaya, bagi), uang(r.realisasi, gaya, bagi), persen(r.persen, gaya)];
    if (o.sisa) nilai.push(gaya === "teks" ? String(r.pagu.value - r.realisasi.value) : (r.pagu.value - r.realisasi.value) / bagi);
    body.push(label(r.kode_raw.raw, r.uraian, nilai));
    jenis.push("daun");
  }
  const t = ro.total;
  const nilaiTotal = [uang(t.pagu, gaya, bagi), uang(t.realisasi, gaya, bagi), persen(t.persen, gaya)];
  if (o.sisa) nilaiTotal.push(null);
  body.push(pisah ? [null, t.label.raw, ...nilaiTotal] : [t.label.raw, ...nilaiTotal]);
  jenis.push("total");

  const uraianHead = "Kegiatan/KRO/RO/Komponen/Sub Komponen";
  const lead = pisah ? ["Kode", uraianHead] : [uraianHead];
  const n = lead.length;
  const ekor = o.sisa ? [`Sisa${unit}`] : [];
  let header: Isi[][];
  let headerMerges: [number, number, number, number][] = [];
  if (o.headerSatuBaris) {
    header = [[...lead, `Pagu${unit}`, `Realisasi${unit}`, "%", ...ekor]];
  } else {
    header = [
      [...lead, `Anggaran${unit}`, null, "%", ...ekor.map(() => ekor[0])],
      [...lead.map(() => null), "Pagu", "Realisasi", null, ...ekor.map(() => null)],
      Array.from({ length: n + 3 + ekor.length }, (_, i) => i + 1),
    ];
    headerMerges = [...lead.map((_, i) => [0, i, 1, i] as [number, number, number, number]), [0, n, 0, n + 1], [0, n + 2, 1, n + 2]];
    if (o.sisa) headerMerges.push([0, n + 3, 1, n + 3]);
  }
  return {
    nama: "Realisasi RO",
    judul: ro.title_lines ? [ro.title] : [],
    header,
    headerMerges,
    body,
    ulangHeader: o.ulangHeader === false ? [] : ulang,
    jenis,
  };
}

export interface Opsi34 {
  gaya?: Gaya;
  /** "Kode KRO" merged over the code and the name column. */
  gabungKepala?: boolean;
  /** Headers without a unit and values in full Rupiah. */
  rupiah?: boolean;
}

/** Tabel 3.4 Revisi Anggaran per KRO: Pagu Awal (000) … Pagu Revisi 19 (Rp.000), TOTAL. */
export function tabel34(o: Opsi34 = {}): Spek {
  const rv = REF.revisi_per_kro;
  const gaya = o.gaya ?? "teks";
  const kolom = (rv.columns as any[]).slice(2).map((c) => {
    const teks: string = c.raw.replace(/ \| /g, "\n");
    return o.rupiah ? teks.replace(/\(?\(?(Rp\.)?000\)?/g, "").trim() : teks;
  });
  const nilai = (c: SelRef): Isi => {
    const v = o.rupiah ? c.value * 1000 : c.value;
    if (gaya === "angka") return { v, f: "#,##0" };
    return o.rupiah ? String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ".") : c.raw;
  };
  const body: Isi[][] = rv.rows.map((r: any) => [r.kode_kro, r.nama, ...r.values_rp000.map(nilai)]);
  body.push([rv.total.label, null, ...rv.total.values_rp000.map(nilai)]);
  return {
    nama: "Pagu per KRO",
    judul: [rv.title.raw],
    header: [["Kode KRO", null, ...kolom]],
    headerMerges: o.gabungKepala ? [[0, 0, 0, 1]] : [],
    body,
    ulangHeader: [7],
  };
}

export interface Opsi3105 {
  gaya?: Gaya;
  /** KRO code and name in one cell ("AEC Kerja Sama"). */
  gabungKode?: boolean;
}

/** Tabel 3.105 Realisasi Anggaran per Triwulan: 3 header rows + numbering, cumulative T/R %. */
export function tabel3105(o: Opsi3105 = {}): Spek {
  const tw = REF.realisasi_triwulan;
  const gaya = o.gaya ?? "teks";
  const gab = !!o.gabungKode;
  const lead = gab ? 1 : 2;
  const body: Isi[][] = [];
  const grup = (raw: string) => {
    const i = raw.indexOf(" ");
    return gab ? [raw] : [raw.slice(0, i), raw.slice(i + 1)];
  };
  const [progEC, keg6077, progWA, keg6042] = tw.group_rows.map((g: any) => g.raw.raw);
  body.push(grup(progEC), grup(keg6077));
  let ulang = 0;
  for (const r of tw.rows) {
    if (r.kegiatan === "6042" && ulang === 0) {
      body.push(grup(progWA), grup(keg6042));
      ulang = body.length;
    }
    const k = ["tw1_T", "tw1_R", "tw2_T", "tw2_R", "tw3_T", "tw3_R", "tw4_T", "tw4_R"].map((q) => persen(r.tw[q], gaya));
    const kode = gab ? [`${r.kode_kro.raw} ${r.nama}`] : [r.kode_kro.raw, r.nama];
    body.push([...kode, uang(r.anggaran, gaya), r.output_target.raw, ...k, r.realisasi_output.raw]);
  }
  const kosong = Array(lead - 1).fill(null);
  const h0 = tw.columns.map((c: any) => c.label.split(" > ")[0]);
  const header: Isi[][] = [
    ["Kegiatan/Komponen/ Subkomponen", ...kosong, h0[1], h0[2], h0[3], null, h0[5], null, h0[7], null, h0[9], null, h0[11]],
    [null, ...kosong, null, null, "Keuangan", null, "Keuangan", null, "Keuangan", null, "Keuangan", null, null],
    [null, ...kosong, null, null, "T", "R", "T", "R", "T", "R", "T", "R", null],
    [1, ...kosong, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  ];
  const m: [number, number, number, number][] = [[0, 0, 2, lead - 1], [0, lead, 2, lead], [0, lead + 1, 2, lead + 1], [0, lead + 10, 2, lead + 10]];
  if (lead === 2) m.push([3, 0, 3, 1]);
  for (let q = 0; q < 4; q++) m.push([0, lead + 2 + 2 * q, 0, lead + 3 + 2 * q], [1, lead + 2 + 2 * q, 1, lead + 3 + 2 * q]);
  return { nama: "Realisasi per TW", judul: [tw.title.raw], header, headerMerges: m, body, ulangHeader: [ulang] };
}

/** Tabel 3.109 Rincian Realisasi PNBP: sections, numbered groups, items, Pengembalian, Total, Grand Total. */
export function tabel3109(gaya: Gaya = "teks"): Spek & { jenis: string[] } {
  const p = REF.pnbp.tabel_3_109;
  const body: Isi[][] = [];
  const jenis: string[] = [];
  const baris = (r: any, no: Isi = null) => [
    no,
    r.jenis_penerimaan ?? r.label,
    uang(r.target, gaya),
    uang(r.sd_bulan_lalu, gaya),
    uang(r.bulan_ini, gaya),
    uang(r.jumlah, gaya),
    gaya === "teks" ? r.persen?.raw ?? null : r.persen ? { v: r.persen.value / 100, f: "0%" } : null,
  ];
  body.push([null, p.section_rows[0].raw]);
  jenis.push("bagian");
  for (const r of p.rows_fungsional) {
    body.push(baris(r, r.no));
    jenis.push(r.kind === "group" ? (r.no === 4 ? "daun" : "grup") : "daun");
  }
  body.push([null, p.pengembalian.jenis_penerimaan, null, null, null, uang(p.pengembalian.jumlah, gaya), null]);
  jenis.push("daun");
  body.push(baris(p.total_fungsional));
  jenis.push("total");
  body.push([null, p.section_rows[1].raw]);
  jenis.push("bagian");
  for (const r of p.rows_non_fungsional) {
    body.push(r.all_blank ? [null, r.jenis_penerimaan] : baris(r));
    jenis.push("daun");
  }
  body.push(baris(p.total_non_fungsional));
  jenis.push("total");
  body.push(baris(p.grand_total));
  jenis.push("total");
  return {
    nama: "PNBP",
    judul: [p.title.raw],
    header: [
      ["No", "Jenis Penerimaan", "Target", "Penerimaan", null, null, "%"],
      [null, null, null, "s/d Bulan Lalu", "Bulan Ini", "Jumlah", null],
    ],
    headerMerges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5], [0, 6, 1, 6]],
    body,
    jenis,
  };
}

/** A transposed table (years across, measures down): Tabel 3.107, 3.110, 3.48. */
export function tahunan(t: any, kepala: string, gaya: Gaya = "teks", tahunAngka = false): Spek {
  const tahun: string[] = t.columns.slice(1).map(String);
  const body: Isi[][] = [];
  for (const [ukuran, isi] of Object.entries<any>(t.rows)) {
    if (isi === null) {
      body.push([]);
      continue;
    }
    const pct = /%/.test(ukuran);
    body.push([ukuran, ...tahun.map((y) => (pct ? persen(isi[y], gaya) : uang(isi[y], gaya)))]);
  }
  return {
    nama: "Tahunan",
    judul: [t.title.raw],
    header: [[kepala, ...tahun.map((y) => (tahunAngka ? Number(y) : y))]],
    body,
  };
}

/** Tabel 3.5 Rincian Pagu berdasarkan Jenis Belanja (no total row). */
export function tabel35(gaya: Gaya = "teks", total = false): Spek {
  const t = REF.pagu_jenis_belanja.tabel_3_5;
  const body: Isi[][] = t.rows.map((r: any) => [r.no, r.jenis_belanja, uang(r.pagu, gaya)]);
  if (total) body.push([null, "Jumlah", gaya === "teks" ? null : { v: t.computed_total, f: "#,##0" }]);
  return {
    nama: "Jenis Belanja",
    judul: [t.title.raw],
    header: [t.columns.map((c: any) => c.raw)],
    body,
  };
}
