/**
 * "Perbandingan Indikator": one row per indicator, one column group per satker
 * (Target | Realisasi | Capaian | Peringkat). Capaian is a live formula on the row's own cells
 * with the core's result cached; the rank is the value at the time of writing.
 */
import { excel } from "../rumus";
import type { ConditionalFormat, SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, WARNA, formatDesimal, selTeks } from "../lembar/sel";
import { judulLembar } from "../lembar/kerangka";
import { letakkanKolom, type Kolom, type Letak } from "../lembar/kolom";
import { hitungDesimal } from "../angka";
import type { BarisBanding, NilaiIndikator } from "./indikator";

export const KUNCI_GABUNG_INDIKATOR = "gabung-indikator";

/** Header rows: satker names (row 4), the measures under each (row 5). */
export const BARIS_SATKER = 4;
export const BARIS_UKURAN = 5;
const KOLOM_TETAP = 3;
const PER_SATKER = 4;
const UKURAN = ["Target", "Realisasi", "Capaian", "Peringkat"] as const;

/** First column of a satker's group (1-based). */
export function kolomSatker(i: number): number {
  return KOLOM_TETAP + 1 + i * PER_SATKER;
}

const kunci = (i: number, ukuran: (typeof UKURAN)[number]) => `${i}:${ukuran}`;

function angka(at: string, v: number | null): ReturnType<typeof selTeks> {
  return v === null ? selTeks(at, null) : selTeks(at, v, GAYA.data, formatDesimal(hitungDesimal(v)));
}

/** The four columns of satker i; a satker without the indicator gets grey empty cells. */
function kolomSatkerKe(nama: string, i: number): Kolom<BarisBanding>[] {
  const lebar = { Target: 11, Realisasi: 11, Capaian: 10, Peringkat: 12 };
  const isi: Record<(typeof UKURAN)[number], (v: NilaiIndikator, k: Letak) => ReturnType<typeof selTeks>> = {
    Target: (v, k) => ({ ...angka(k.at, v.target), note: `Sumber: ${v.sumber}` }),
    Realisasi: (v, k) => angka(k.at, v.realisasi),
    Capaian: (v, k) =>
      v.capaian === null
        ? selTeks(k.at, null)
        : { at: k.at, formula: `=${excel.capaian(k.sel(kunci(i, "Target")), k.sel(kunci(i, "Realisasi")))}`, value: v.capaian / 100, format: FORMAT.persen, style: GAYA.data },
    Peringkat: (v, k) => selTeks(k.at, v.peringkat, { ...GAYA.data, align: "center", ...(v.peringkat === 1 ? { bold: true } : {}) }),
  };
  return UKURAN.map((u) => ({
    kunci: kunci(i, u),
    kepala: [nama, u] as const,
    lebar: lebar[u],
    isi: (b, k) => {
      const v = b.nilai[i];
      return v ? isi[u](v, k) : selTeks(k.at, null, { ...GAYA.data, fill: "#F2F2F2" });
    },
  }));
}

function kolomIndikator(satker: string[]): Kolom<BarisBanding>[] {
  return [
    { kepala: "No", lebar: 5, gaya: { ...GAYA.data, align: "center" }, isi: (_, k) => k.no + 1 },
    { kepala: "Indikator", lebar: 48, gaya: { ...GAYA.data, wrap: true }, isi: (b) => b.nama },
    { kepala: "Satuan", lebar: 11, isi: (b) => b.satuan },
    ...satker.flatMap((nama, i) => kolomSatkerKe(nama, i)),
  ];
}

export function lembarIndikator(satker: string[], baris: BarisBanding[]): SheetPlan {
  const l = new Lembar();
  const kolom = kolomIndikator(satker);
  const merges = judulLembar(
    l,
    "Perbandingan Indikator Kinerja antar Satker",
    `${satker.length} satker, ${baris.length} indikator (dicocokkan menurut nama). Capaian = realisasi ÷ target; ` +
      "peringkat 1 = capaian tertinggi, capaian sama berbagi peringkat (dihitung saat berkas ini dibuat).",
    Math.min(kolom.length, 12),
  );
  const tata = letakkanKolom(l, kolom, baris, { kepala: BARIS_UKURAN, gabungTegak: true });
  merges.push(...tata.merges);
  const akhir = BARIS_UKURAN + Math.max(baris.length, 1);
  if (baris.length === 0) l.set(selTeks(`${tata.huruf("Indikator")}${BARIS_UKURAN + 1}`, "Tidak ada indikator yang dikenali di berkas mana pun.", GAYA.catatan));
  const conditionalFormats = satker.flatMap((_, i): ConditionalFormat[] => {
    const c = tata.huruf(kunci(i, "Capaian"));
    const range = `${c}${BARIS_UKURAN + 1}:${c}${akhir}`;
    return [
      { range, type: "cellIs", operator: "greaterThanOrEqual", values: [1], fill: WARNA.hijau, fontColor: WARNA.hijauTeks },
      { range, type: "cellIs", operator: "lessThan", values: [0.8], fill: WARNA.merah, fontColor: WARNA.merahTeks },
    ];
  });
  return {
    key: KUNCI_GABUNG_INDIKATOR,
    name: "Perbandingan Indikator",
    cells: l.cells,
    merges,
    widths: tata.lebar,
    freeze: { rows: BARIS_UKURAN, columns: KOLOM_TETAP },
    conditionalFormats,
    // Up to four satker fit one page wide; more go across pages, each starting with the indicator names.
    print: {
      orientation: "landscape",
      fitToWidth: satker.length <= 4,
      repeatRows: tata.barisJudul,
      repeatColumns: `${tata.huruf("No")}:${tata.huruf("Satuan")}`,
    },
  };
}
