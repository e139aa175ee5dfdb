/**
 * "Perbandingan Indikator": one row per indicator, one column group per satker
 * (Target | Realisasi | Capaian | Peringkat). Capaian is a live formula on the row's own cells
 * with the core's result cached; the rank is the value at the time of writing.
 */
import { excel } from "../rumus";
import { a1, columnLetters } from "../snapshot";
import type { SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, WARNA, formatDesimal, selTeks } from "../lembar/sel";
import { judulLembar } from "../lembar/kerangka";
import { hitungDesimal } from "../angka";
import type { BarisBanding } from "./indikator";

export const KUNCI_GABUNG_INDIKATOR = "gabung-indikator";

/** Header rows: satker names (row 4), the measures under each (row 5). */
export const BARIS_SATKER = 4;
export const BARIS_UKURAN = 5;
const KOLOM_TETAP = 3;
const PER_SATKER = 4;

/** First column of a satker's group (1-based). */
export function kolomSatker(i: number): number {
  return KOLOM_TETAP + 1 + i * PER_SATKER;
}

function angka(at: string, v: number | null): ReturnType<typeof selTeks> {
  return v === null ? selTeks(at, null) : selTeks(at, v, GAYA.data, formatDesimal(hitungDesimal(v)));
}

export function lembarIndikator(satker: string[], baris: BarisBanding[]): SheetPlan {
  const l = new Lembar();
  const kolom = KOLOM_TETAP + satker.length * PER_SATKER;
  const merges = judulLembar(
    l,
    "Perbandingan Indikator Kinerja antar Satker",
    `${satker.length} satker, ${baris.length} indikator (dicocokkan menurut nama). Capaian = realisasi ÷ target; ` +
      "peringkat 1 = capaian tertinggi, capaian sama berbagi peringkat (dihitung saat berkas ini dibuat).",
    Math.min(kolom, 12),
  );
  ["No", "Indikator", "Satuan"].forEach((t, i) => {
    l.set(selTeks(a1(BARIS_SATKER, i + 1), t, GAYA.kepala));
    l.set(selTeks(a1(BARIS_UKURAN, i + 1), null, GAYA.kepala));
    merges.push(`${a1(BARIS_SATKER, i + 1)}:${a1(BARIS_UKURAN, i + 1)}`);
  });
  satker.forEach((nama, i) => {
    const c = kolomSatker(i);
    l.set(selTeks(a1(BARIS_SATKER, c), nama, GAYA.kepala));
    for (let k = 1; k < PER_SATKER; k++) l.set(selTeks(a1(BARIS_SATKER, c + k), null, GAYA.kepala));
    merges.push(`${a1(BARIS_SATKER, c)}:${a1(BARIS_SATKER, c + PER_SATKER - 1)}`);
    ["Target", "Realisasi", "Capaian", "Peringkat"].forEach((t, k) => l.set(selTeks(a1(BARIS_UKURAN, c + k), t, GAYA.kepala)));
  });

  baris.forEach((b, n) => {
    const row = BARIS_UKURAN + 1 + n;
    l.set(selTeks(a1(row, 1), n + 1, { ...GAYA.data, align: "center" }));
    l.set(selTeks(a1(row, 2), b.nama, { ...GAYA.data, wrap: true }));
    l.set(selTeks(a1(row, 3), b.satuan));
    b.nilai.forEach((v, i) => {
      const c = kolomSatker(i);
      const [at, ar, ac, ap] = [0, 1, 2, 3].map((k) => a1(row, c + k));
      if (!v) {
        for (const at2 of [at, ar, ac, ap]) l.set(selTeks(at2, null, { ...GAYA.data, fill: "#F2F2F2" }));
        return;
      }
      l.set({ ...angka(at, v.target), note: `Sumber: ${v.sumber}` });
      l.set(angka(ar, v.realisasi));
      l.set(
        v.capaian === null
          ? selTeks(ac, null)
          : { at: ac, formula: `=${excel.capaian(at, ar)}`, value: v.capaian / 100, format: FORMAT.persen, style: GAYA.data },
      );
      l.set(selTeks(ap, v.peringkat, { ...GAYA.data, align: "center", ...(v.peringkat === 1 ? { bold: true } : {}) }));
    });
  });

  const akhir = BARIS_UKURAN + Math.max(baris.length, 1);
  if (baris.length === 0) l.set(selTeks(a1(BARIS_UKURAN + 1, 2), "Tidak ada indikator yang dikenali di berkas mana pun.", GAYA.catatan));
  const conditionalFormats = satker.flatMap((_, i) => {
    const c = columnLetters(kolomSatker(i) + 2);
    const range = `${c}${BARIS_UKURAN + 1}:${c}${akhir}`;
    return [
      { range, type: "cellIs" as const, operator: "greaterThanOrEqual" as const, values: [1], fill: WARNA.hijau, fontColor: WARNA.hijauTeks },
      { range, type: "cellIs" as const, operator: "lessThan" as const, values: [0.8], fill: WARNA.merah, fontColor: WARNA.merahTeks },
    ];
  });
  return {
    key: KUNCI_GABUNG_INDIKATOR,
    name: "Perbandingan Indikator",
    cells: l.cells,
    merges,
    widths: [5, 48, 11, ...satker.flatMap(() => [11, 11, 10, 9])],
    freeze: { rows: BARIS_UKURAN, columns: KOLOM_TETAP },
    conditionalFormats,
    print: { orientation: "landscape", repeatRows: `${BARIS_SATKER}:${BARIS_UKURAN}` },
  };
}
