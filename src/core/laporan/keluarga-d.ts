/**
 * Family D: "Perbandingan Target Jangka Menengah dengan RENSTRA". The target is the sheet's
 * jangka-menengah column when there is one; otherwise it is derived from the Renstra's yearly
 * targets by the planner's choice per indicator (final year by default, or mean, or sum), and the
 * table says which.
 */
import { bulat } from "../rumus";
import type { IndikatorBab } from "./indikator";
import { FORMAT, susunTabel, type Kolom } from "./kolom";
import type { SelDok, TabelDok } from "./model";
import { selAngka, selCapaian, selSumber, selTeks, desimalDari } from "./sel";

export type DefinisiTarget = "akhir" | "rata" | "jumlah";

export const NAMA_DEFINISI: Record<DefinisiTarget, string> = {
  akhir: "target tahun terakhir Renstra",
  rata: "rata-rata target tahunan Renstra",
  jumlah: "jumlah target tahunan Renstra",
};

interface BarisD {
  target: SelDok;
  realisasi: SelDok;
  capaian: SelDok;
  tahun: number | null;
  catatan: string[];
}

/** The derived target: the yearly targets that exist, aggregated as chosen. */
export function targetTurunan(d: IndikatorBab, definisi: DefinisiTarget): { nilai: number; desimal: number } | null {
  const ada = (d.renstra?.row.tahun ?? []).filter((t) => t.target.value !== null);
  if (ada.length === 0) return null;
  const nilai = ada.map((t) => t.target.value as number);
  const desimal = Math.max(...ada.map((t) => desimalDari(t.target.sumber, t.target.value as number)));
  if (definisi === "akhir") return { nilai: nilai[nilai.length - 1], desimal };
  const jumlah = nilai.reduce((a, b) => a + b, 0);
  return definisi === "jumlah" ? { nilai: bulat(jumlah, 10), desimal } : { nilai: jumlah / nilai.length, desimal: Math.max(desimal, 2) };
}

function barisD(d: IndikatorBab, definisi: DefinisiTarget): BarisD | null {
  if (d.jangka) {
    const { row, tabel } = d.jangka;
    const c = selCapaian(tabel.sheet, row.target.value, row.realisasi.value, row.capaian);
    return { target: selSumber(tabel.sheet, row.target), realisasi: selSumber(tabel.sheet, row.realisasi), capaian: c.sel, tahun: tabel.tahunRealisasi, catatan: [] };
  }
  const t = targetTurunan(d, definisi);
  if (!t || !d.pk) return null;
  const sheet = d.pk.tabel.sheet;
  const realisasi = { value: d.pk.row.realisasi, sumber: d.pk.row.cells.realisasi ?? { cell: "", raw: null } };
  const c = selCapaian(sheet, t.nilai, realisasi.value);
  const catatan = [`Target jangka menengah = ${NAMA_DEFINISI[definisi]} (lembar '${d.renstra!.tabel.sheet}'); pilihan lain: ${Object.values(NAMA_DEFINISI).filter((x) => x !== NAMA_DEFINISI[definisi]).join(", ")}.`];
  return { target: selAngka(t.nilai, t.desimal), realisasi: selSumber(sheet, realisasi), capaian: c.sel, tahun: null, catatan };
}

export function tabelD(d: IndikatorBab, definisi: DefinisiTarget, tahun: number): TabelDok | null {
  const b = barisD(d, definisi);
  if (!b) return null;
  const kolom: Kolom<BarisD>[] = [
    { kepala: "Indikator Kinerja Pada Renstra", lebar: 40, isi: () => selTeks(d.satuan ? `${d.nama} (${d.satuan})` : d.nama) },
    { kepala: "Target Jangka Menengah Renstra", lebar: 16, format: FORMAT.angka, isi: (r) => r.target },
    { kepala: `Realisasi TA.${b.tahun ?? tahun}`, lebar: 14, format: FORMAT.angka, isi: (r) => r.realisasi },
    { kepala: "Capaian (%)", lebar: 12, format: FORMAT.persen, isi: (r) => r.capaian },
  ];
  return susunTabel({ keluarga: "D", judul: `Perbandingan Target Jangka Menengah ${d.nama} dengan Renstra`, kolom, baris: [b], catatan: b.catatan });
}
