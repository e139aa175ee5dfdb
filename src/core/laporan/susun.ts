/**
 * Builds Bab III from the recognized tables, in the report's order: per Sasaran Strategis its
 * table (B), then per indicator the generated paragraph and places for the planner's analysis,
 * the history with its chart (C), the Renstra medium term (D) and the comparison with each other
 * satker (E); then the Renstra 2021-2024 table (F) and the budget tables. Tables and charts are
 * numbered in document order.
 */
import type { Tabel, TabelMultitahun } from "../tabel";
import { periksaCapaian } from "../validasi/capaian";
import { periksaMultitahun, tahunPerkin } from "../validasi/multitahun";
import { kumpulkanIndikator, type IndikatorBab } from "./indikator";
import { kalimatIndikator } from "./kalimat";
import { perSasaran, romawi, tabelB } from "./keluarga-b";
import { tabelC } from "./keluarga-c";
import { tabelD, type DefinisiTarget } from "./keluarga-d";
import { tabelE } from "./keluarga-e";
import { tabelF } from "./keluarga-f";
import { bagianAnggaran } from "./keluarga-anggaran";
import type { BlokDok, Dokumen, Keluarga } from "./model";

export const SEMUA_KELUARGA: Keluarga[] = ["A", "B", "C", "D", "E", "F", "efisiensi", "nka", "anggaran"];

export interface OpsiLaporan {
  /** Families to include (default: all). */
  keluarga?: Keluarga[];
  /** Per indicator name: how the jangka menengah target is derived when no sheet gives it. */
  definisiTarget?: Record<string, DefinisiTarget>;
  /** This satker's name in comparison headers. */
  satker?: string;
  /** Year of the report (default: from the Perkin sheet). */
  tahun?: number;
  /** First caption number ("Tabel 3.n"). */
  mulai?: number;
}

export function susunBab3(tabel: Tabel[], multi: TabelMultitahun[], opsi: OpsiLaporan = {}): Dokumen {
  const ikut = new Set(opsi.keluarga ?? SEMUA_KELUARGA);
  const daftar = kumpulkanIndikator(tabel, multi);
  const perkin = tabel.find((t) => t.kind === "perkin" && t.bentuk === "perkin");
  const tahun = opsi.tahun ?? tahunPerkin(perkin) ?? Math.max(0, ...multi.flatMap((t) => ("tahun" in t ? t.tahun : [])));
  const blok: BlokDok[] = [{ jenis: "judul", tingkat: 1, teks: "BAB III AKUNTABILITAS KINERJA" }];
  const dok: Dokumen = { judul: `Bab III Akuntabilitas Kinerja Tahun ${tahun}`, blok, temuan: [], dilewati: [] };
  blok.push({ jenis: "judul", tingkat: 2, teks: "A. Capaian Kinerja Organisasi" });
  perSasaran(daftar).forEach((s, i) => {
    blok.push({ jenis: "judul", tingkat: 3, teks: `Sasaran Strategis ${romawi(i + 1)}${s.sasaran ? `: ${s.sasaran}` : ""}` });
    if (ikut.has("B") && s.indikator.some((d) => d.pk)) blok.push(tabelB(s.sasaran, i + 1, s.indikator));
    for (const d of s.indikator) blok.push(...bagianIndikator(d, tahun, ikut, opsi));
  });
  const renstra = multi.find((t) => t.bentuk === "renstra");
  if (ikut.has("F") && renstra && renstra.bentuk === "renstra") {
    blok.push({ jenis: "judul", tingkat: 2, teks: "B. Capaian Kinerja Renstra" }, tabelF(renstra));
  } else if (ikut.has("F")) dok.dilewati.push({ keluarga: "F", alasan: "Tidak ada tabel Capaian Kinerja Renstra di buku kerja." });
  blok.push(...bagianAnggaran(tabel, daftar, ikut, dok.dilewati));
  if (ikut.has("A")) dok.dilewati.push({ keluarga: "A", alasan: "Buku kerja tidak memuat indikator Tujuan (tabel per Tujuan)." });
  if (ikut.has("nka")) dok.dilewati.push({ keluarga: "nka", alasan: "Buku kerja tidak memuat Nilai Kinerja Anggaran (NKA)." });
  dok.temuan = [...(perkin ? periksaCapaian(perkin) : []), ...periksaMultitahun(multi, tabel)];
  beriNomor(blok, opsi.mulai ?? 1);
  return dok;
}

function bagianIndikator(d: IndikatorBab, tahun: number, ikut: Set<Keluarga>, opsi: OpsiLaporan): BlokDok[] {
  const out: BlokDok[] = [{ jenis: "judul", tingkat: 3, teks: `Indikator Kinerja: ${d.nama}` }];
  out.push(...kalimatIndikator(d, tahun));
  if (ikut.has("C")) {
    const c = tabelC(d);
    if (c) out.push(c.tabel, c.grafik);
  }
  if (ikut.has("D")) {
    const t = tabelD(d, opsi.definisiTarget?.[d.nama] ?? "akhir", tahun);
    if (t) out.push(t);
  }
  if (ikut.has("E")) out.push(...tabelE(d, opsi.satker ?? "Satker ini", tahun));
  return out;
}

function beriNomor(blok: BlokDok[], mulai: number): void {
  let tabel = mulai;
  let gambar = mulai;
  for (const b of blok) {
    if (b.jenis === "tabel") b.nomor = tabel++;
    else if (b.jenis === "grafik") b.nomor = gambar++;
  }
}
