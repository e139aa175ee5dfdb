/** Ringkasan Kinerja (Tabel 1): target, realisasi, capaian and status of every indicator. */
import type { Tabel } from "../tabel";
import { aman, capaian, excel, predikat } from "../rumus";
import type { SheetPlan } from "./plan";
import { FORMAT, GAYA, Lembar, WARNA, pasangan, selRumus, selSumber, selTeks } from "./sel";
import { BARIS_KEPALA, KETERANGAN_TEKS, asalTabel, barisKepala, judulLembar, rumusStatus } from "./kerangka";
import { tabelIndikator } from "./pilih";

export const KUNCI_RINGKASAN_KINERJA = "ringkasan-kinerja";

const KEPALA = ["No", "Sasaran", "Indikator", "Target", "Satuan", "Realisasi", "Capaian", "Status"];

export function ringkasanKinerja(tables: Tabel[]): SheetPlan {
  const l = new Lembar();
  const t = tabelIndikator(tables);
  const plan: SheetPlan = {
    key: KUNCI_RINGKASAN_KINERJA,
    name: "Ringkasan Kinerja",
    cells: l.cells,
    widths: [5, 32, 48, 11, 12, 11, 11, 17],
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA}:${BARIS_KEPALA}` },
  };
  const sumber = t ? `Sumber: ${asalTabel(t)}. ${KETERANGAN_TEKS}` : null;
  plan.merges = judulLembar(l, "Ringkasan Kinerja", sumber, KEPALA.length);
  if (!t) {
    l.set(selTeks(`A${BARIS_KEPALA}`, "Tidak ada tabel Perjanjian Kinerja atau realisasi kinerja yang dikenali di buku kerja ini.", { ...GAYA.catatan, wrap: false }));
    return plan;
  }
  barisKepala(l, BARIS_KEPALA, KEPALA);
  const sh = t.sheet;
  let row = BARIS_KEPALA;
  t.rows.forEach((r, i) => {
    row = BARIS_KEPALA + 1 + i;
    l.set(selTeks(`A${row}`, i + 1, { ...GAYA.data, align: "center" }));
    l.set(selTeks(`B${row}`, r.sasaran, { ...GAYA.data, wrap: true }));
    l.set(selTeks(`C${row}`, r.indikator, { ...GAYA.data, wrap: true }));
    l.set(selSumber(`D${row}`, sh, r.cells.target, r.target));
    l.set(selTeks(`E${row}`, r.satuan ?? null));
    l.set(selSumber(`F${row}`, sh, r.cells.realisasi, r.realisasi));
    const c = r.target !== null && r.realisasi !== null ? aman(() => capaian(r.target!, r.realisasi!)) : null;
    if (c !== null) {
      const f = excel.capaian(...pasangan(sh, [`D${row}`, r.cells.target], [`F${row}`, r.cells.realisasi]));
      l.set(selRumus(`G${row}`, f, c / 100, FORMAT.persen));
      l.set(selRumus(`H${row}`, rumusStatus(`G${row}`), predikat(c, "capaian")));
    } else {
      const sebab =
        r.target === null || r.realisasi === null
          ? "Target atau realisasi kosong."
          : r.target === 0
            ? "Target nol: capaian tidak dapat dihitung."
            : "Capaian tidak dapat dihitung dari target ini.";
      l.set({ ...selTeks(`G${row}`, "–", { ...GAYA.data, align: "center" }), note: sebab });
      l.set(selTeks(`H${row}`, "–", { ...GAYA.data, align: "center" }));
    }
  });
  const awal = BARIS_KEPALA + 1;
  const capaianRange = `G${awal}:G${row}`;
  plan.freeze = { rows: BARIS_KEPALA, columns: 0 };
  plan.table = { name: "RingkasanKinerja", range: `A${BARIS_KEPALA}:H${row}`, style: "TableStyleLight9" };
  plan.conditionalFormats = [
    { range: capaianRange, type: "cellIs", operator: "greaterThanOrEqual", values: [1], fill: WARNA.hijau, fontColor: WARNA.hijauTeks },
    { range: capaianRange, type: "cellIs", operator: "between", values: [0.8, 1], fill: WARNA.kuning, fontColor: WARNA.kuningTeks },
    { range: capaianRange, type: "cellIs", operator: "lessThan", values: [0.8], fill: WARNA.merah, fontColor: WARNA.merahTeks },
  ];
  plan.charts = [
    {
      type: "bar",
      title: "Capaian per indikator",
      categories: `C${awal}:C${row}`,
      series: [{ name: "Capaian", values: capaianRange }],
      reference: { value: 1, name: "Target (100 %)" },
      anchor: `J${BARIS_KEPALA}`,
      width: 8,
      height: Math.max(15, row - BARIS_KEPALA),
    },
  ];
  return plan;
}
