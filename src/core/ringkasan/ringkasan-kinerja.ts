/** Ringkasan Kinerja (Tabel 1): target, realisasi, capaian and status of every indicator. */
import type { Tabel } from "../tabel";
import { aman, capaian, excel, predikat } from "../rumus";
import type { SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, WARNA, pasangan, selRumus, selSumber, selTeks } from "../lembar/sel";
import { BARIS_KEPALA, catatanKosong, judulLembar } from "../lembar/kerangka";
import { letakkanKolom, type Kolom } from "../lembar/kolom";
import { KETERANGAN_TEKS, asalTabel, rumusStatus } from "./kerangka";
import { tabelIndikator, type BarisIndikator } from "./pilih";

export const KUNCI_RINGKASAN_KINERJA = "ringkasan-kinerja";

const TENGAH = { ...GAYA.data, align: "center" as const };
const BUNGKUS = { ...GAYA.data, wrap: true };

interface Baris {
  r: BarisIndikator;
  /** Capaian in percent points, or null when it cannot be computed. */
  c: number | null;
}

function sebabTanpaCapaian(r: BarisIndikator): string {
  if (r.target === null || r.realisasi === null) return "Target atau realisasi kosong.";
  if (r.target === 0) return "Target nol: capaian tidak dapat dihitung.";
  return "Capaian tidak dapat dihitung dari target ini.";
}

function kolomKinerja(sh: string): Kolom<Baris>[] {
  return [
    { kepala: "No", lebar: 5, gaya: TENGAH, isi: (_, k) => k.no + 1 },
    { kepala: "Sasaran", lebar: 32, gaya: BUNGKUS, isi: ({ r }) => r.sasaran },
    { kepala: "Indikator", lebar: 48, gaya: BUNGKUS, isi: ({ r }) => r.indikator },
    { kepala: "Target", lebar: 11, isi: ({ r }, k) => selSumber(k.at, sh, r.cells.target, r.target) },
    { kepala: "Satuan", lebar: 12, isi: ({ r }) => r.satuan ?? null },
    { kepala: "Realisasi", lebar: 11, isi: ({ r }, k) => selSumber(k.at, sh, r.cells.realisasi, r.realisasi) },
    {
      kepala: "Capaian",
      lebar: 11,
      isi: ({ r, c }, k) => {
        if (c === null) return { ...selTeks(k.at, "–", TENGAH), note: sebabTanpaCapaian(r) };
        const f = excel.capaian(...pasangan(sh, [k.sel("Target"), r.cells.target], [k.sel("Realisasi"), r.cells.realisasi]));
        return selRumus(k.at, f, c / 100, FORMAT.persen);
      },
    },
    {
      kepala: "Status",
      lebar: 17,
      isi: ({ c }, k) => (c === null ? selTeks(k.at, "–", TENGAH) : selRumus(k.at, rumusStatus(k.sel("Capaian")), predikat(c, "capaian"))),
    },
  ];
}

export function ringkasanKinerja(tables: Tabel[]): SheetPlan {
  const l = new Lembar();
  const t = tabelIndikator(tables);
  const kolom = kolomKinerja(t?.sheet ?? "");
  const plan: SheetPlan = {
    key: KUNCI_RINGKASAN_KINERJA,
    name: "Ringkasan Kinerja",
    cells: l.cells,
    widths: kolom.map((k) => k.lebar),
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA}:${BARIS_KEPALA}` },
  };
  const sumber = t ? `Sumber: ${asalTabel(t)}. ${KETERANGAN_TEKS}` : null;
  plan.merges = judulLembar(l, "Ringkasan Kinerja", sumber, kolom.length);
  if (!t) {
    catatanKosong(l, BARIS_KEPALA, "Tidak ada tabel Perjanjian Kinerja atau realisasi kinerja yang dikenali di buku kerja ini.");
    return plan;
  }
  const rows: readonly BarisIndikator[] = t.rows;
  const baris = rows.map((r): Baris => ({
    r,
    c: r.target !== null && r.realisasi !== null ? aman(() => capaian(r.target!, r.realisasi!)) : null,
  }));
  const tata = letakkanKolom(l, kolom, baris, { kepala: BARIS_KEPALA });
  const capaianRange = tata.rentang("Capaian");
  plan.freeze = { rows: tata.kepalaBawah, columns: 0 };
  plan.table = { name: "RingkasanKinerja", range: tata.rentangTabel, style: "TableStyleLight9" };
  plan.conditionalFormats = [
    { range: capaianRange, type: "cellIs", operator: "greaterThanOrEqual", values: [1], fill: WARNA.hijau, fontColor: WARNA.hijauTeks },
    { range: capaianRange, type: "cellIs", operator: "between", values: [0.8, 1], fill: WARNA.kuning, fontColor: WARNA.kuningTeks },
    { range: capaianRange, type: "cellIs", operator: "lessThan", values: [0.8], fill: WARNA.merah, fontColor: WARNA.merahTeks },
  ];
  plan.charts = [
    {
      type: "bar",
      title: "Capaian per indikator",
      categories: tata.rentang("Indikator"),
      series: [{ name: "Capaian", values: capaianRange }],
      reference: { value: 1, name: "Target (100 %)" },
      anchor: `${tata.kolomBebas}${BARIS_KEPALA}`,
      width: 8,
      height: Math.max(15, tata.akhir - BARIS_KEPALA),
    },
  ];
  return plan;
}
