/**
 * Efisiensi (Tabel 3.112): per indicator target, realisasi, capaian, pagu, realisasi anggaran,
 * penyerapan, IBT, IBR and the efficiency ratio (IBT − IBR) ÷ IBT, with the report's totals:
 * Σ pagu, Σ realisasi and their %, Σ IBT, Σ IBR and the mean of the row ratios.
 * Budget per indicator needs a "pk" anggaran table (Tabel 3.104); without one those columns are left out.
 */
import type { Tabel } from "../tabel";
import { aman, capaian, efisiensiAnggaran, excel, ibr, ibt, statusCapaian } from "../rumus";
import type { SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, WARNA, pasangan, selRumus, selSumber, selTeks } from "../lembar/sel";
import { BARIS_KEPALA, barisKepala, judulLembar } from "../lembar/kerangka";
import { BATAS_STATUS, KETERANGAN_TEKS, asalTabel } from "./kerangka";
import { jumlah, selJumlahLokal, selJumlahSumber, selPenyerapanSisa } from "./jumlah";
import { kelompokPk, tabelAnggaran, tabelIndikator, tautkan } from "./pilih";

export const KUNCI_EFISIENSI = "efisiensi";

export const EFEKTIF = "Efektif";
export const TIDAK_EFEKTIF = "Tidak efektif";
export const EFISIEN = "Efisien";
export const TIDAK_EFISIEN = "Tidak efisien";

const TENGAH = { ...GAYA.data, align: "center" as const };

const KEPALA_PENUH = [
  "No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian", "Pagu (Rp)", "Realisasi anggaran (Rp)",
  "Penyerapan", "IBT (Rp)", "IBR (Rp)", "Efisiensi", "Efektivitas", "Kategori efisiensi",
];
const KEPALA_TANPA_ANGGARAN = ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian", "Efektivitas"];

export function efisiensi(tables: Tabel[]): SheetPlan {
  const l = new Lembar();
  const t = tabelIndikator(tables);
  const pk = tabelAnggaran(tables, "pk");
  const denganAnggaran = !!pk;
  const kepala = denganAnggaran ? KEPALA_PENUH : KEPALA_TANPA_ANGGARAN;
  const plan: SheetPlan = {
    key: KUNCI_EFISIENSI,
    name: "Efisiensi",
    cells: l.cells,
    widths: denganAnggaran ? [5, 44, 11, 9, 9, 10, 17, 17, 11, 16, 16, 10, 12, 14] : [5, 44, 11, 9, 9, 10, 12],
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA}:${BARIS_KEPALA}` },
  };
  const sumber = t
    ? `Sumber: ${asalTabel(t)}${pk ? `; anggaran: ${asalTabel(pk)}` : ""}. ${KETERANGAN_TEKS}`
    : null;
  plan.merges = judulLembar(l, "Efisiensi Anggaran terhadap Kinerja", sumber, kepala.length);
  if (!t) {
    l.set(selTeks(`A${BARIS_KEPALA}`, "Tidak ada tabel Perjanjian Kinerja atau realisasi kinerja yang dikenali di buku kerja ini.", { ...GAYA.catatan, wrap: false }));
    return plan;
  }
  barisKepala(l, BARIS_KEPALA, kepala);
  const tautan = pk ? tautkan(t.rows, kelompokPk(pk)) : t.rows.map(() => null);
  const sh = t.sheet;
  const paguN: (number | null)[] = [];
  const realN: (number | null)[] = [];
  const ibtN: (number | null)[] = [];
  const ibrN: (number | null)[] = [];
  const rasioN: number[] = [];
  let row = BARIS_KEPALA;
  t.rows.forEach((r, i) => {
    row = BARIS_KEPALA + 1 + i;
    l.set(selTeks(`A${row}`, i + 1, TENGAH));
    l.set(selTeks(`B${row}`, r.indikator, { ...GAYA.data, wrap: true }));
    l.set(selTeks(`C${row}`, r.satuan ?? null));
    l.set(selSumber(`D${row}`, sh, r.cells.target, r.target));
    l.set(selSumber(`E${row}`, sh, r.cells.realisasi, r.realisasi));
    const adaCapaian = r.target !== null && r.realisasi !== null && r.target > 0;
    const c = adaCapaian ? aman(() => capaian(r.target!, r.realisasi!)) : null;
    if (c !== null) {
      const f = excel.capaian(...pasangan(sh, [`D${row}`, r.cells.target], [`E${row}`, r.cells.realisasi]));
      l.set(selRumus(`F${row}`, f, c / 100, FORMAT.persen));
    } else l.set(selTeks(`F${row}`, "–", TENGAH));
    const kEfektif = denganAnggaran ? "M" : "G";
    if (c !== null) {
      const f = `IF(F${row}>=${BATAS_STATUS.tercapai / 100},"${EFEKTIF}","${TIDAK_EFEKTIF}")`;
      l.set(selRumus(`${kEfektif}${row}`, f, statusCapaian(c) === "tercapai" ? EFEKTIF : TIDAK_EFEKTIF, undefined, TENGAH));
    } else l.set(selTeks(`${kEfektif}${row}`, "–", TENGAH));
    if (!pk) return;
    const g = tautan[i];
    if (!g) {
      for (const k of ["G", "H", "I", "J", "K", "L", "N"]) l.set(selTeks(`${k}${row}`, "–", TENGAH));
      l.set({ ...selTeks(`G${row}`, "–", TENGAH), note: "Tidak ada komponen anggaran yang tertaut ke indikator ini." });
      paguN.push(null);
      realN.push(null);
      ibtN.push(null);
      ibrN.push(null);
      return;
    }
    const pagu = jumlah(g.komponen.map((x) => x.pagu));
    const real = jumlah(g.komponen.map((x) => x.realisasi));
    paguN.push(pagu);
    realN.push(real);
    l.set(selJumlahSumber(`G${row}`, pk.sheet, g.komponen.map((x) => ({ s: x.cells.pagu, nilai: x.pagu })), FORMAT.rupiah));
    l.set(selJumlahSumber(`H${row}`, pk.sheet, g.komponen.map((x) => ({ s: x.cells.realisasi, nilai: x.realisasi })), FORMAT.rupiah));
    l.set(selPenyerapanSisa(`I${row}`, `_`, `G${row}`, `H${row}`, pagu, real)[0]);
    const vIbt = pagu !== null && r.target !== null ? aman(() => ibt(pagu, r.target!)) : null;
    const vIbr = real !== null && r.realisasi !== null ? aman(() => ibr(real, r.realisasi!)) : null;
    ibtN.push(vIbt);
    ibrN.push(vIbr);
    l.set(vIbt === null ? selTeks(`J${row}`, "–", TENGAH) : selRumus(`J${row}`, excel.ibt(`G${row}`, `D${row}`), vIbt, FORMAT.rupiah));
    l.set(vIbr === null ? selTeks(`K${row}`, "–", TENGAH) : selRumus(`K${row}`, excel.ibr(`H${row}`, `E${row}`), vIbr, FORMAT.rupiah));
    const rasio = pagu !== null && real !== null && vIbt !== null && vIbr !== null ? aman(() => efisiensiAnggaran(pagu, r.target!, real, r.realisasi!)) : null;
    if (rasio !== null) {
      rasioN.push(rasio);
      l.set(selRumus(`L${row}`, excel.efisiensiAnggaran(`G${row}`, `D${row}`, `H${row}`, `E${row}`), rasio / 100, FORMAT.persen));
      l.set(selRumus(`N${row}`, `IF(L${row}>=0,"${EFISIEN}","${TIDAK_EFISIEN}")`, rasio >= 0 ? EFISIEN : TIDAK_EFISIEN, undefined, TENGAH));
    } else {
      l.set(selTeks(`L${row}`, "–", TENGAH));
      l.set(selTeks(`N${row}`, "–", TENGAH));
    }
  });
  const awal = BARIS_KEPALA + 1;
  const akhir = row;
  const akhirKolom = denganAnggaran ? "N" : "G";
  plan.freeze = { rows: BARIS_KEPALA, columns: 2 };
  plan.table = { name: "Efisiensi", range: `A${BARIS_KEPALA}:${akhirKolom}${akhir}`, style: "TableStyleLight9" };
  if (!pk) {
    l.set(selTeks(`A${akhir + 2}`,
      "Pagu dan realisasi anggaran per indikator tidak ditampilkan: tidak ditemukan tabel anggaran per indikator kinerja " +
      "(seperti Tabel 3.104 Realisasi Keuangan Berdasarkan Perjanjian Kinerja), sehingga IBT, IBR dan efisiensi tidak dapat dihitung.",
      GAYA.catatan));
    plan.merges.push(`A${akhir + 2}:${akhirKolom}${akhir + 2}`);
    return plan;
  }
  const tot = akhir + 1;
  const kol = (k: string) => Array.from({ length: akhir - awal + 1 }, (_, i) => `${k}${awal + i}`);
  for (const k of ["A", "C", "D", "E", "F", "M", "N"]) l.set(selTeks(`${k}${tot}`, null, GAYA.total));
  l.set(selTeks(`B${tot}`, "Jumlah / rata-rata", GAYA.total));
  l.set(selJumlahLokal(`G${tot}`, kol("G"), paguN, FORMAT.rupiah));
  l.set(selJumlahLokal(`H${tot}`, kol("H"), realN, FORMAT.rupiah));
  l.set(selPenyerapanSisa(`I${tot}`, `_`, `G${tot}`, `H${tot}`, jumlah(paguN), jumlah(realN), GAYA.total)[0]);
  l.set(selJumlahLokal(`J${tot}`, kol("J"), ibtN, FORMAT.rupiahSen));
  l.set(selJumlahLokal(`K${tot}`, kol("K"), ibrN, FORMAT.rupiahSen));
  if (rasioN.length > 0) {
    const rata = rasioN.reduce((a, b) => a + b, 0) / rasioN.length;
    l.set(selRumus(`L${tot}`, `AVERAGE(L${awal}:L${akhir})`, rata / 100, FORMAT.persen, GAYA.total));
  } else l.set(selTeks(`L${tot}`, "–", { ...GAYA.total, align: "center" }));
  l.set(selTeks(`A${tot + 2}`,
    "IBT = pagu ÷ target; IBR = realisasi anggaran ÷ realisasi; efisiensi = (IBT − IBR) ÷ IBT. Baris jumlah: Σ pagu, " +
    "Σ realisasi anggaran dan penyerapannya, Σ IBT, Σ IBR, dan rata-rata efisiensi per indikator. " +
    "Efisien bila efisiensi ≥ 0 (penyerapan tidak melebihi capaian).",
    GAYA.catatan));
  plan.merges.push(`A${tot + 2}:N${tot + 2}`);
  plan.conditionalFormats = [
    { range: `L${awal}:L${akhir}`, type: "cellIs", operator: "lessThan", values: [0], fill: WARNA.merah, fontColor: WARNA.merahTeks },
  ];
  plan.charts = [
    { type: "bar", title: "Efisiensi per indikator", categories: `B${awal}:B${akhir}`, series: [{ name: "Efisiensi", values: `L${awal}:L${akhir}` }], anchor: `P${BARIS_KEPALA}`, width: 8, height: 16 },
  ];
  return plan;
}
