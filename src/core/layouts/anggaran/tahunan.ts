/**
 * "tahunan": years across, measures down (Tabel 3.107: Keterangan | 2019 … 2024 with rows Pagu,
 * Realisasi, %Realisasi; Tabel 3.110: two blocks, penerimaan and penggunaan). Each block of
 * measures (pagu/target, realisasi, %) gives one row per year: kode null, uraian = the block's
 * name ("Penerimaan") or the year, tahun = the year. Other measures give one row per (measure,
 * year) with the amount as realisasi.
 */
import type { AnggaranRowTahunan, AnggaranTableTahunan } from "../../tabel";
import { normalisasi } from "../../teks";
import { kolomPeran, labelTotal, rakitTabel, type Kolom, type Konteks } from "./kerangka";
import { bacaPersen, bacaUang } from "./nilai";

type Ukuran = "pagu" | "realisasi" | "persen" | null;

function jenisUkuran(label: string): Ukuran {
  const n = normalisasi(label.replace(/%/g, " % "));
  if (/(^| )(%|persen|persentase|capaian)( |$)/.test(n)) return "persen";
  if (/(^| )realisasi( |$)/.test(n)) return "realisasi";
  if (/(^| )(pagu|target|anggaran|alokasi|dipa)( |$)/.test(n)) return "pagu";
  return null;
}

/** "Target Penerimaan (Rp)" → "Penerimaan"; "Pagu" → "". */
function namaBlok(label: string): string {
  return label
    .replace(/\((rp\.?|%|rupiah)\)/gi, "")
    .replace(/%/g, " ")
    .replace(/\b(target|realisasi|pagu|anggaran|persentase|persen|capaian|alokasi)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^./, (c) => c.toUpperCase());
}

export function kenaliTahunan(ctx: Konteks): AnggaranTableTahunan | null {
  const { grid, kepala, badan } = ctx;
  const tahun = kolomPeran(kepala, "tahun");
  if (tahun.length < 2) return null;
  const kiriTahun = Math.min(...tahun.map((c) => c.col));
  const labelCol = ctx.pilihan?.uraian ?? kepala.kolom.filter((c) => c.col < kiriTahun && c.peran.jenis !== "no").map((c) => c.col)[0];
  if (labelCol === undefined) return null;

  interface Blok {
    nama: string;
    pagu?: number;
    realisasi?: number;
    persen?: number;
  }
  const blok: Blok[] = [];
  const lain: number[] = [];
  for (const r of badan) {
    const label = grid.text(r, labelCol);
    if (!label) continue;
    const u = jenisUkuran(label);
    if (!u) {
      lain.push(r);
      continue;
    }
    let b = blok[blok.length - 1];
    if (!b || b[u] !== undefined) {
      b = { nama: "" };
      blok.push(b);
    }
    b[u] = r;
    if (!b.nama) b.nama = namaBlok(label);
  }
  if (!blok.some((b) => b.pagu !== undefined || b.realisasi !== undefined)) return null;

  const rows: AnggaranRowTahunan[] = [];
  const baca = (row: AnggaranRowTahunan, r: number | undefined, c: Kolom, medan: "pagu" | "realisasi" | "persen") => {
    if (r === undefined) return;
    const b = medan === "persen" ? bacaPersen(grid, r, c.col, false) : bacaUang(grid, r, c.col, c.kali);
    row[medan] = b.value;
    row.cells[medan] = b.sumber;
  };
  let terisi = 0;
  for (const b of blok) {
    for (const c of tahun) {
      if (c.peran.jenis !== "tahun") continue;
      const pertama = Math.min(...[b.pagu, b.realisasi, b.persen].filter((x): x is number => x !== undefined));
      const row: AnggaranRowTahunan = { row: pertama, kode: null, uraian: b.nama || String(c.peran.tahun), pagu: null, realisasi: null, total: false, tahun: c.peran.tahun, cells: {} };
      baca(row, b.pagu, c, "pagu");
      baca(row, b.realisasi, c, "realisasi");
      baca(row, b.persen, c, "persen");
      if (row.pagu !== null || row.realisasi !== null) terisi++;
      rows.push(row);
    }
  }
  for (const r of lain) {
    const label = grid.text(r, labelCol);
    for (const c of tahun) {
      if (c.peran.jenis !== "tahun") continue;
      const row: AnggaranRowTahunan = { row: r, kode: null, uraian: label, pagu: null, realisasi: null, total: labelTotal(label), tahun: c.peran.tahun, cells: {} };
      baca(row, r, c, "realisasi");
      rows.push(row);
    }
  }
  if (terisi === 0) return null;
  rows.sort((x, y) => x.row - y.row || (x.tahun ?? 0) - (y.tahun ?? 0));
  const cols: Record<string, number | undefined> = { uraian: labelCol };
  for (const c of tahun) if (c.peran.jenis === "tahun") cols[String(c.peran.tahun)] = c.col;
  return rakitTabel(ctx, "tahunan", rows, cols, 0.6 + Math.min(0.3, 0.05 * tahun.length) + (lain.length === 0 ? 0.05 : 0));
}
