/**
 * Capaian Triwulan (Tabel 3.9): per indicator the cumulative plan S and realisation R of each
 * quarter, R ÷ S, and whether every quarter is on plan (R ≥ S).
 */
import type { Tabel, TriwulanRow } from "../tabel";
import { aman, capaian, excel } from "../rumus";
import type { ConditionalFormat, SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, WARNA, pasangan, selRumus, selSumber, selTeks } from "../lembar/sel";
import { BARIS_KEPALA, catatanKosong, judulLembar } from "../lembar/kerangka";
import { letakkanKolom, type Kolom, type Tata } from "../lembar/kolom";
import { KETERANGAN_TEKS, asalTabel } from "./kerangka";
import { tabelTriwulan } from "./pilih";
import { medanTw, TRIWULAN } from "../tabel";

export const KUNCI_CAPAIAN_TRIWULAN = "capaian-triwulan";

export const SESUAI = "Sesuai rencana";
export const DI_BAWAH = "Di bawah rencana";

/** A missing ratio shows "–": text is never "< 100 %" for a cellIs rule, a blank would be. */
const TENGAH = { ...GAYA.data, align: "center" as const };
const kS = (q: number) => `tw${q}.S`;
const kR = (q: number) => `tw${q}.R`;
const kRS = (q: number) => `tw${q}.RS`;

/** S, R and R ÷ S of quarter q (0-based), under the group header of the quarter. */
function kolomTriwulan(sh: string, q: number): Kolom<TriwulanRow>[] {
  const n = TRIWULAN[q];
  const grup = `Triwulan ${n} (%)`;
  const sS = (r: TriwulanRow) => r.cells[medanTw(q, "target")];
  const sR = (r: TriwulanRow) => r.cells[medanTw(q, "realisasi")];
  return [
    { kunci: kS(q), kepala: [grup, `S TW ${n}`], lebar: 9, isi: (r, k) => selSumber(k.at, sh, sS(r), r.triwulan[q].target, { faktor: 1 / 100 }) },
    { kunci: kR(q), kepala: [grup, `R TW ${n}`], lebar: 9, isi: (r, k) => selSumber(k.at, sh, sR(r), r.triwulan[q].realisasi, { faktor: 1 / 100 }) },
    {
      kunci: kRS(q),
      kepala: [grup, `R ÷ S TW ${n}`],
      lebar: 10,
      isi: (r, k) => {
        const { target, realisasi } = r.triwulan[q];
        if (target === null || realisasi === null) return selTeks(k.at, "–", TENGAH);
        const rs = aman(() => capaian(target, realisasi));
        if (rs === null) return { ...selTeks(k.at, "–", TENGAH), note: "Rencana triwulan nol: R ÷ S tidak dapat dihitung." };
        return selRumus(k.at, excel.capaian(...pasangan(sh, [k.sel(kS(q)), sS(r)], [k.sel(kR(q)), sR(r)])), rs / 100, FORMAT.persen);
      },
    },
  ];
}

const kolomStatus: Kolom<TriwulanRow> = {
  kepala: "Status triwulan",
  lebar: 18,
  isi: (r, k) => {
    const isi = TRIWULAN.map((_, q) => q).filter((q) => r.triwulan[q].target !== null && r.triwulan[q].realisasi !== null);
    if (isi.length === 0) return selTeks(k.at, "–", TENGAH);
    const syarat = isi.map((q) => `${k.sel(kR(q))}>=${k.sel(kS(q))}`);
    const sesuai = isi.every((q) => r.triwulan[q].realisasi! >= r.triwulan[q].target!);
    return selRumus(k.at, `IF(AND(${syarat.join(",")}),"${SESUAI}","${DI_BAWAH}")`, sesuai ? SESUAI : DI_BAWAH);
  },
};

function kolomCapaianTriwulan(sh: string): Kolom<TriwulanRow>[] {
  return [
    { kepala: "No", lebar: 5, gaya: TENGAH, isi: (_, k) => k.no + 1 },
    { kepala: "Indikator", lebar: 46, gaya: { ...GAYA.data, wrap: true }, isi: (r) => r.indikator },
    ...TRIWULAN.flatMap((_, q) => kolomTriwulan(sh, q)),
    kolomStatus,
  ];
}

/** Mean of the known values, or null. */
function rataRata(nilai: (number | null)[]): number | null {
  const ada = nilai.filter((v): v is number => v !== null && Number.isFinite(v));
  return ada.length === 0 ? null : ada.reduce((a, b) => a + b, 0) / ada.length;
}

/** Under the table: S and R of every quarter averaged over the indicators, and the chart that reads them. */
function grafikSR(l: Lembar, plan: SheetPlan, t: Tata, rows: readonly TriwulanRow[]): void {
  const jenis = [
    { label: "Rencana (S)", kunci: kS, ambil: (r: TriwulanRow, q: number) => r.triwulan[q].target },
    { label: "Realisasi (R)", kunci: kR, ambil: (r: TriwulanRow, q: number) => r.triwulan[q].realisasi },
  ];
  type Jenis = (typeof jenis)[number];
  const kolom: Kolom<Jenis>[] = [
    { kepala: "Grafik: rata-rata S dan R seluruh indikator", lebar: 46, isi: (j) => j.label },
    ...TRIWULAN.map((n, q): Kolom<Jenis> => ({
      kepala: `TW ${n}`,
      lebar: 9,
      isi: (j, k) => {
        const v = rataRata(rows.map((r) => j.ambil(r, q)));
        return v === null ? selTeks(k.at, "–", TENGAH) : selRumus(k.at, `AVERAGE(${t.rentang(j.kunci(q))})`, v / 100, FORMAT.persen);
      },
    })),
  ];
  const g = letakkanKolom(l, kolom, jenis, { kepala: t.akhir + 2, kolomAwal: t.kolomAwal + 1 });
  const baris = (i: number) => `${g.huruf("TW I")}${g.awal + i}:${g.huruf("TW IV")}${g.awal + i}`;
  (plan.charts ??= []).push({
    type: "column",
    title: "Rencana (S) dan realisasi (R) per triwulan, rata-rata indikator",
    categories: `${g.huruf("TW I")}${g.kepalaBawah}:${g.huruf("TW IV")}${g.kepalaBawah}`,
    series: jenis.map((j, i) => ({ name: j.label, values: baris(i), format: FORMAT.persen })),
    anchor: `${g.kolomBebas}${g.kepalaBawah}`,
    width: 8,
    height: 15,
  });
}

export function capaianTriwulan(tables: Tabel[]): SheetPlan {
  const l = new Lembar();
  const t = tabelTriwulan(tables);
  const kolom = kolomCapaianTriwulan(t?.sheet ?? "");
  const plan: SheetPlan = {
    key: KUNCI_CAPAIAN_TRIWULAN,
    name: "Capaian Triwulan",
    cells: l.cells,
    widths: kolom.map((k) => k.lebar),
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA - 1}:${BARIS_KEPALA}` },
  };
  const sumber = t ? `Sumber: ${asalTabel(t)}. S = rencana, R = realisasi (kumulatif). ${KETERANGAN_TEKS}` : null;
  plan.merges = judulLembar(l, "Capaian Triwulan", sumber, kolom.length);
  if (!t) {
    catatanKosong(l, BARIS_KEPALA, "Tidak ada tabel realisasi per triwulan yang dikenali di buku kerja ini.");
    return plan;
  }
  const tata = letakkanKolom(l, kolom, t.rows, { kepala: BARIS_KEPALA });
  plan.merges.push(...tata.merges);
  plan.freeze = { rows: tata.kepalaBawah, columns: 2 };
  plan.table = { name: "CapaianTriwulan", range: tata.rentangTabel, style: "TableStyleLight9" };
  grafikSR(l, plan, tata, t.rows);
  plan.conditionalFormats = TRIWULAN.flatMap((_, q): ConditionalFormat[] => {
    const range = tata.rentang(kRS(q));
    return [
      { range, type: "cellIs", operator: "greaterThanOrEqual", values: [1], fill: WARNA.hijau, fontColor: WARNA.hijauTeks },
      { range, type: "cellIs", operator: "lessThan", values: [1], fill: WARNA.merah, fontColor: WARNA.merahTeks },
    ];
  });
  return plan;
}
