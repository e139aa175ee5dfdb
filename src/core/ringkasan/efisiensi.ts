/**
 * Efisiensi (Tabel 3.112): per indicator target, realisasi, capaian, pagu, realisasi anggaran,
 * penyerapan, IBT, IBR and the efficiency ratio (IBT − IBR) ÷ IBT, with the report's totals:
 * Σ pagu, Σ realisasi and their %, Σ IBT, Σ IBR and the mean of the row ratios.
 * Budget per indicator needs a "pk" anggaran table (Tabel 3.104); without one those columns are left out.
 */
import type { AnggaranTable, Tabel } from "../tabel";
import { aman, capaian, efisiensiAnggaran, excel, ibr, ibt, statusCapaian } from "../rumus";
import type { SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, WARNA, pasangan, selRumus, selSumber, selTeks } from "../lembar/sel";
import { BARIS_KEPALA, barisPenuh, catatanKosong, judulLembar } from "../lembar/kerangka";
import { letakkanKolom, type Kolom, type Letak } from "../lembar/kolom";
import { BATAS_STATUS, KETERANGAN_TEKS, asalTabel } from "./kerangka";
import { jumlah, selJumlahRentang, selJumlahSumber, selPenyerapanSisa } from "./jumlah";
import { kelompokPk, tabelAnggaran, tabelIndikator, tautkan, type AnggaranIndikator, type BarisIndikator } from "./pilih";

export const KUNCI_EFISIENSI = "efisiensi";

export const EFEKTIF = "Efektif";
export const TIDAK_EFEKTIF = "Tidak efektif";
export const EFISIEN = "Efisien";
export const TIDAK_EFISIEN = "Tidak efisien";

const TENGAH = { ...GAYA.data, align: "center" as const };
const KOSONG_JUMLAH = { ...GAYA.total, align: "center" as const };

/** One indicator with what the core computed for it (percent points and Rupiah). */
interface Baris {
  r: BarisIndikator;
  c: number | null;
  /** The budget group linked by name, or null. */
  g: AnggaranIndikator | null;
  pagu: number | null;
  real: number | null;
  ibt: number | null;
  ibr: number | null;
  rasio: number | null;
}

function hitung(r: BarisIndikator, g: AnggaranIndikator | null): Baris {
  const c = r.target !== null && r.realisasi !== null && r.target > 0 ? aman(() => capaian(r.target!, r.realisasi!)) : null;
  const pagu = g ? jumlah(g.komponen.map((x) => x.pagu)) : null;
  const real = g ? jumlah(g.komponen.map((x) => x.realisasi)) : null;
  const vIbt = pagu !== null && r.target !== null ? aman(() => ibt(pagu, r.target!)) : null;
  const vIbr = real !== null && r.realisasi !== null ? aman(() => ibr(real, r.realisasi!)) : null;
  const rasio = pagu !== null && real !== null && vIbt !== null && vIbr !== null ? aman(() => efisiensiAnggaran(pagu, r.target!, real, r.realisasi!)) : null;
  return { r, c, g, pagu, real, ibt: vIbt, ibr: vIbr, rasio };
}

const strip = (k: Letak) => selTeks(k.at, "–", TENGAH);

function kolomKinerja(sh: string): Kolom<Baris>[] {
  return [
    { kepala: "No", lebar: 5, gaya: TENGAH, isi: (_, k) => k.no + 1 },
    { kepala: "Indikator", lebar: 44, gaya: { ...GAYA.data, wrap: true }, isi: ({ r }) => r.indikator, jumlah: () => "Jumlah / rata-rata" },
    { kepala: "Satuan", lebar: 11, isi: ({ r }) => r.satuan ?? null },
    { kepala: "Target", lebar: 9, isi: ({ r }, k) => selSumber(k.at, sh, r.cells.target, r.target) },
    { kepala: "Realisasi", lebar: 9, isi: ({ r }, k) => selSumber(k.at, sh, r.cells.realisasi, r.realisasi) },
    {
      kepala: "Capaian",
      lebar: 10,
      isi: ({ r, c }, k) =>
        c === null ? strip(k) : selRumus(k.at, excel.capaian(...pasangan(sh, [k.sel("Target"), r.cells.target], [k.sel("Realisasi"), r.cells.realisasi])), c / 100, FORMAT.persen),
    },
  ];
}

const kolomEfektif: Kolom<Baris> = {
  kepala: "Efektivitas",
  lebar: 12,
  isi: ({ c }, k) =>
    c === null
      ? strip(k)
      : selRumus(k.at, `IF(${k.sel("Capaian")}>=${BATAS_STATUS.tercapai / 100},"${EFEKTIF}","${TIDAK_EFEKTIF}")`, statusCapaian(c) === "tercapai" ? EFEKTIF : TIDAK_EFEKTIF, undefined, TENGAH),
};

/** The budget columns (with a "pk" table); a row without a linked budget group shows "–". */
function kolomAnggaran(pk: AnggaranTable, baris: Baris[]): Kolom<Baris>[] {
  const Σ = (f: (b: Baris) => number | null) => jumlah(baris.map(f));
  const rasio = baris.map((b) => b.rasio).filter((v): v is number => v !== null);
  const jumlahSumber = (b: Baris, k: Letak, medan: "pagu" | "realisasi") =>
    selJumlahSumber(k.at, pk.sheet, b.g!.komponen.map((x) => ({ s: x.cells[medan], nilai: x[medan] })), FORMAT.rupiah);
  const bagi = (v: number | null, k: Letak, rumus: string) => (v === null ? strip(k) : selRumus(k.at, rumus, v, FORMAT.rupiah));
  return [
    {
      kepala: "Pagu (Rp)",
      lebar: 17,
      isi: (b, k) => (b.g ? jumlahSumber(b, k, "pagu") : { ...strip(k), note: "Tidak ada komponen anggaran yang tertaut ke indikator ini." }),
      jumlah: (k) => selJumlahRentang(k.at, k.rentang("Pagu (Rp)"), Σ((b) => b.pagu), FORMAT.rupiah),
    },
    {
      kunci: "Anggaran",
      kepala: "Realisasi anggaran (Rp)",
      lebar: 17,
      isi: (b, k) => (b.g ? jumlahSumber(b, k, "realisasi") : strip(k)),
      jumlah: (k) => selJumlahRentang(k.at, k.rentang("Anggaran"), Σ((b) => b.real), FORMAT.rupiah),
    },
    {
      kepala: "Penyerapan",
      lebar: 11,
      isi: (b, k) => (b.g ? selPenyerapanSisa(k.at, "_", k.sel("Pagu (Rp)"), k.sel("Anggaran"), b.pagu, b.real)[0] : strip(k)),
      jumlah: (k) => selPenyerapanSisa(k.at, "_", k.sel("Pagu (Rp)"), k.sel("Anggaran"), Σ((b) => b.pagu), Σ((b) => b.real), GAYA.total)[0],
    },
    {
      kepala: "IBT (Rp)",
      lebar: 16,
      isi: (b, k) => (b.g ? bagi(b.ibt, k, excel.ibt(k.sel("Pagu (Rp)"), k.sel("Target"))) : strip(k)),
      jumlah: (k) => selJumlahRentang(k.at, k.rentang("IBT (Rp)"), Σ((b) => b.ibt), FORMAT.rupiahSen),
    },
    {
      kepala: "IBR (Rp)",
      lebar: 16,
      isi: (b, k) => (b.g ? bagi(b.ibr, k, excel.ibr(k.sel("Anggaran"), k.sel("Realisasi"))) : strip(k)),
      jumlah: (k) => selJumlahRentang(k.at, k.rentang("IBR (Rp)"), Σ((b) => b.ibr), FORMAT.rupiahSen),
    },
    {
      kepala: "Efisiensi",
      lebar: 10,
      isi: (b, k) =>
        b.rasio === null
          ? strip(k)
          : selRumus(k.at, excel.efisiensiAnggaran(k.sel("Pagu (Rp)"), k.sel("Target"), k.sel("Anggaran"), k.sel("Realisasi")), b.rasio / 100, FORMAT.persen),
      jumlah: (k) =>
        rasio.length === 0
          ? selTeks(k.at, "–", KOSONG_JUMLAH)
          : selRumus(k.at, `AVERAGE(${k.rentang("Efisiensi")})`, rasio.reduce((a, x) => a + x, 0) / rasio.length / 100, FORMAT.persen, GAYA.total),
    },
  ];
}

const kolomKategori: Kolom<Baris> = {
  kepala: "Kategori efisiensi",
  lebar: 14,
  isi: (b, k) =>
    b.rasio === null ? strip(k) : selRumus(k.at, `IF(${k.sel("Efisiensi")}>=0,"${EFISIEN}","${TIDAK_EFISIEN}")`, b.rasio >= 0 ? EFISIEN : TIDAK_EFISIEN, undefined, TENGAH),
};

const TANPA_ANGGARAN =
  "Pagu dan realisasi anggaran per indikator tidak ditampilkan: tidak ditemukan tabel anggaran per indikator kinerja " +
  "(seperti Tabel 3.104 Realisasi Keuangan Berdasarkan Perjanjian Kinerja), sehingga IBT, IBR dan efisiensi tidak dapat dihitung.";
const KETERANGAN_RUMUS =
  "IBT = pagu ÷ target; IBR = realisasi anggaran ÷ realisasi; efisiensi = (IBT − IBR) ÷ IBT. Baris jumlah: Σ pagu, " +
  "Σ realisasi anggaran dan penyerapannya, Σ IBT, Σ IBR, dan rata-rata efisiensi per indikator. " +
  "Efisien bila efisiensi ≥ 0 (penyerapan tidak melebihi capaian).";

function kolomEfisiensi(sh: string, pk: AnggaranTable | null, baris: Baris[]): Kolom<Baris>[] {
  if (!pk) return [...kolomKinerja(sh), kolomEfektif];
  return [...kolomKinerja(sh), ...kolomAnggaran(pk, baris), kolomEfektif, kolomKategori];
}

export function efisiensi(tables: Tabel[]): SheetPlan {
  const l = new Lembar();
  const t = tabelIndikator(tables);
  const pk = tabelAnggaran(tables, "pk");
  const rows: readonly BarisIndikator[] = t?.rows ?? [];
  const tautan = pk ? tautkan([...rows], kelompokPk(pk)) : rows.map(() => null);
  const baris = rows.map((r, i) => hitung(r, tautan[i]));
  const kolom = kolomEfisiensi(t?.sheet ?? "", pk, baris);
  const plan: SheetPlan = {
    key: KUNCI_EFISIENSI,
    name: "Efisiensi",
    cells: l.cells,
    widths: kolom.map((k) => k.lebar),
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA}:${BARIS_KEPALA}` },
  };
  const sumber = t ? `Sumber: ${asalTabel(t)}${pk ? `; anggaran: ${asalTabel(pk)}` : ""}. ${KETERANGAN_TEKS}` : null;
  plan.merges = judulLembar(l, "Efisiensi Anggaran terhadap Kinerja", sumber, kolom.length);
  if (!t) {
    catatanKosong(l, BARIS_KEPALA, "Tidak ada tabel Perjanjian Kinerja atau realisasi kinerja yang dikenali di buku kerja ini.");
    return plan;
  }
  const tata = letakkanKolom(l, kolom, baris, { kepala: BARIS_KEPALA, jumlah: !!pk });
  plan.freeze = { rows: tata.kepalaBawah, columns: 2 };
  plan.table = { name: "Efisiensi", range: tata.rentangTabel, style: "TableStyleLight9" };
  const catatan = (tata.jumlah ?? tata.akhir) + 2;
  plan.merges.push(barisPenuh(l, catatan, pk ? KETERANGAN_RUMUS : TANPA_ANGGARAN, kolom.length));
  if (!pk) return plan;
  const efisiensiRange = tata.rentang("Efisiensi");
  plan.conditionalFormats = [{ range: efisiensiRange, type: "cellIs", operator: "lessThan", values: [0], fill: WARNA.merah, fontColor: WARNA.merahTeks }];
  plan.charts = [
    { type: "bar", title: "Efisiensi per indikator", categories: tata.rentang("Indikator"), series: [{ name: "Efisiensi", values: efisiensiRange }], anchor: `${tata.kolomBebas}${BARIS_KEPALA}`, width: 8, height: 16 },
  ];
  return plan;
}
