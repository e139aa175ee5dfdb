/**
 * Capaian Triwulan (Tabel 3.9): per indicator the cumulative plan S and realisation R of each
 * quarter, R ÷ S, and whether every quarter is on plan (R ≥ S).
 */
import type { Tabel, TriwulanRow } from "../tabel";
import { a1 } from "../snapshot";
import { aman, capaian, excel } from "../rumus";
import type { ConditionalFormat, SheetPlan } from "./plan";
import { FORMAT, GAYA, Lembar, WARNA, pasangan, selRumus, selSumber, selTeks } from "./sel";
import { BARIS_KEPALA, KETERANGAN_TEKS, asalTabel, barisKepala, judulLembar, kolom } from "./kerangka";
import { tabelTriwulan } from "./pilih";
import { medanTw, TRIWULAN } from "../tabel";

export const KUNCI_CAPAIAN_TRIWULAN = "capaian-triwulan";

export const SESUAI = "Sesuai rencana";
export const DI_BAWAH = "Di bawah rencana";

/** Column of quarter q's S (R and R ÷ S follow). */
const kolomS = (q: number) => 3 + q * 3;
const KOLOM_STATUS = kolomS(4);
/** A missing ratio shows "–": text is never "< 100 %" for a cellIs rule, a blank would be. */
const TENGAH = { ...GAYA.data, align: "center" as const };

function barisTriwulan(l: Lembar, sh: string, r: TriwulanRow, row: number, no: number): void {
  l.set(selTeks(`A${row}`, no, { ...GAYA.data, align: "center" }));
  l.set(selTeks(`B${row}`, r.indikator, { ...GAYA.data, wrap: true }));
  const syarat: string[] = [];
  let sesuai = true;
  r.triwulan.forEach((q, i) => {
    const cS = a1(row, kolomS(i));
    const cR = a1(row, kolomS(i) + 1);
    const cRS = a1(row, kolomS(i) + 2);
    const sS = r.cells[medanTw(i, "target")];
    const sR = r.cells[medanTw(i, "realisasi")];
    l.set(selSumber(cS, sh, sS, q.target, { faktor: 1 / 100 }));
    l.set(selSumber(cR, sh, sR, q.realisasi, { faktor: 1 / 100 }));
    if (q.target === null || q.realisasi === null) {
      l.set(selTeks(cRS, "–", TENGAH));
      return;
    }
    syarat.push(`${cR}>=${cS}`);
    if (q.realisasi < q.target) sesuai = false;
    const rs = aman(() => capaian(q.target!, q.realisasi!));
    if (rs !== null) {
      const f = excel.capaian(...pasangan(sh, [cS, sS], [cR, sR]));
      l.set(selRumus(cRS, f, rs / 100, FORMAT.persen));
    } else l.set({ ...selTeks(cRS, "–", TENGAH), note: "Rencana triwulan nol: R ÷ S tidak dapat dihitung." });
  });
  const cStatus = a1(row, KOLOM_STATUS);
  if (syarat.length === 0) l.set(selTeks(cStatus, "–", TENGAH));
  else l.set(selRumus(cStatus, `IF(AND(${syarat.join(",")}),"${SESUAI}","${DI_BAWAH}")`, sesuai ? SESUAI : DI_BAWAH));
}

export function capaianTriwulan(tables: Tabel[]): SheetPlan {
  const l = new Lembar();
  const t = tabelTriwulan(tables);
  const akhir = kolom(KOLOM_STATUS);
  const plan: SheetPlan = {
    key: KUNCI_CAPAIAN_TRIWULAN,
    name: "Capaian Triwulan",
    cells: l.cells,
    widths: [5, 46, ...TRIWULAN.flatMap(() => [9, 9, 10]), 18],
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA - 1}:${BARIS_KEPALA}` },
  };
  const sumber = t ? `Sumber: ${asalTabel(t)}. S = rencana, R = realisasi (kumulatif). ${KETERANGAN_TEKS}` : null;
  plan.merges = judulLembar(l, "Capaian Triwulan", sumber, KOLOM_STATUS);
  if (!t) {
    l.set(selTeks(`A${BARIS_KEPALA}`, "Tidak ada tabel realisasi per triwulan yang dikenali di buku kerja ini.", { ...GAYA.catatan, wrap: false }));
    return plan;
  }
  TRIWULAN.forEach((nama, q) => {
    const c = kolomS(q);
    l.set(selTeks(a1(BARIS_KEPALA - 1, c), `Triwulan ${nama} (%)`, GAYA.kepala));
    l.set(selTeks(a1(BARIS_KEPALA - 1, c + 1), null, GAYA.kepala));
    l.set(selTeks(a1(BARIS_KEPALA - 1, c + 2), null, GAYA.kepala));
    plan.merges!.push(`${a1(BARIS_KEPALA - 1, c)}:${a1(BARIS_KEPALA - 1, c + 2)}`);
  });
  barisKepala(l, BARIS_KEPALA, ["No", "Indikator", ...TRIWULAN.flatMap((n) => [`S TW ${n}`, `R TW ${n}`, `R ÷ S TW ${n}`]), "Status triwulan"]);
  let row = BARIS_KEPALA;
  t.rows.forEach((r, i) => {
    row = BARIS_KEPALA + 1 + i;
    barisTriwulan(l, t.sheet, r, row, i + 1);
  });
  const awal = BARIS_KEPALA + 1;
  plan.freeze = { rows: BARIS_KEPALA, columns: 2 };
  plan.table = { name: "CapaianTriwulan", range: `A${BARIS_KEPALA}:${akhir}${row}`, style: "TableStyleLight9" };
  plan.conditionalFormats = TRIWULAN.flatMap((_, q): ConditionalFormat[] => {
    const k = kolom(kolomS(q) + 2);
    const range = `${k}${awal}:${k}${row}`;
    return [
      { range, type: "cellIs", operator: "greaterThanOrEqual", values: [1], fill: WARNA.hijau, fontColor: WARNA.hijauTeks },
      { range, type: "cellIs", operator: "lessThan", values: [1], fill: WARNA.merah, fontColor: WARNA.merahTeks },
    ];
  });
  return plan;
}
