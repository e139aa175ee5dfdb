/** Sums of source cells and of the summary's own cells, as live formulas with the core's result. */
import type { Sumber } from "../tabel";
import { aman, excel, penyerapan } from "../rumus";
import { parseA1, sheetRef } from "../snapshot";
import type { CellStyle, PlanCell } from "../lembar/plan";
import { FORMAT, GAYA, WARNA, alamat, hidup, selRumus, selTeks } from "../lembar/sel";

export interface Suku {
  s?: Sumber;
  nilai: number | null;
}

/** Σ of the non-empty values, or null when every value is empty. */
export function jumlah(nilai: (number | null)[]): number | null {
  let total: number | null = null;
  for (const n of nilai) if (n !== null && Number.isFinite(n)) total = (total ?? 0) + n;
  return total;
}

/** 'S'!H6:H9 for consecutive rows of one column, else single references (no prefix: own sheet). */
function rujukan(awalan: string, sel: string[]): string[] {
  const pos = sel.map(parseA1);
  const out: string[] = [];
  let i = 0;
  while (i < pos.length) {
    let j = i;
    while (j + 1 < pos.length && pos[j + 1].col === pos[i].col && pos[j + 1].row === pos[j].row + 1) j++;
    out.push(j > i ? `${awalan}${sel[i]}:${sel[j]}` : `${awalan}${sel[i]}`);
    i = j + 1;
  }
  return out;
}

/**
 * A summary cell holding Σ of source values: SUM over the source cells when they are all live
 * and share one scale, else the core's sum written as a value with a note.
 */
export function selJumlahSumber(at: string, sheet: string, suku: Suku[], format: string, style: CellStyle = GAYA.data): PlanCell {
  const ada = suku.filter((k) => k.nilai !== null && Number.isFinite(k.nilai));
  const total = jumlah(ada.map((k) => k.nilai));
  if (total === null) return selTeks(at, null, style);
  const skala = new Set(ada.map((k) => k.s?.scale ?? 1));
  if (ada.every((k) => hidup(k.s)) && skala.size === 1) {
    const k = [...skala][0];
    const f = `SUM(${rujukan(`${sheetRef(sheet)}!`, ada.map((x) => x.s!.cell)).join(",")})${k === 1 ? "" : `*${k}`}`;
    return selRumus(at, f, total, format, style);
  }
  const teks = ada.filter((k) => !hidup(k.s)).map((k) => (k.s ? alamat(sheet, k.s.cell) : "?"));
  return {
    at,
    value: total,
    format,
    style: { ...style, italic: true, color: WARNA.abu },
    fromText: true,
    note: `Jumlah dihitung dari nilai yang sebagian dibaca dari teks (${teks.join(", ")}); tidak ikut berubah bila sumbernya diubah.`,
  };
}

/** Penyerapan (fraction) and sisa from a pagu cell and a realisasi cell of the summary. */
export function selPenyerapanSisa(
  cPersen: string,
  cSisa: string,
  cPagu: string,
  cReal: string,
  pagu: number | null,
  real: number | null,
  style: CellStyle = GAYA.data,
): PlanCell[] {
  const out: PlanCell[] = [];
  const serap = pagu !== null && real !== null ? aman(() => penyerapan(pagu, real)) : null;
  if (serap !== null) {
    out.push(selRumus(cPersen, excel.penyerapan(cPagu, cReal), serap / 100, FORMAT.persen, style));
  } else out.push(selTeks(cPersen, "–", { ...style, align: "center" }));
  if (pagu !== null && real !== null) out.push(selRumus(cSisa, `${cPagu}-${cReal}`, pagu - real, FORMAT.rupiah, style));
  else out.push(selTeks(cSisa, null, style));
  return out;
}

/** SUM over cells of the summary itself (a column range, or a list of subtotal cells). */
export function selJumlahLokal(at: string, sel: string[], nilai: (number | null)[], format: string, style: CellStyle = GAYA.total): PlanCell {
  const total = jumlah(nilai);
  if (total === null || sel.length === 0) return selTeks(at, null, style);
  return selRumus(at, `SUM(${rujukan("", sel).join(",")})`, total, format, style);
}

/** SUM over a column range of the summary itself ("G5:G19"; one row is written as "G5"). */
export function selJumlahRentang(at: string, rentang: string, total: number | null, format: string, style: CellStyle = GAYA.total): PlanCell {
  if (total === null) return selTeks(at, null, style);
  const [a, b] = rentang.split(":");
  return selRumus(at, `SUM(${a === b ? a : rentang})`, total, format, style);
}
