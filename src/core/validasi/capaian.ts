/**
 * capaian-selisih: a printed capaian that is not realisasi ÷ target × 100.
 *
 * The sheet's own shown decimals set the tolerance: 105 % (0 dp) for 105,26 is consistent,
 * 587,47 % for 29,37 ÷ 5 = 587,40 % is not (0,07 > 0,005). The row model carries no arah, so a
 * value that matches the minimasi rule is accepted too. A capaian stored as a fraction without a
 * percent format (1,23 for 123 %) is a warning: the number is right, the cell shows it wrongly.
 */
import { aman, capaian } from "../rumus";
import type { Issue, PerkinRow, Tabel, TriwulanRow } from "../tabel";
import { buatIssue, desimalTampil, namaBaris, selMedan, sesuai, teksAngka, teksPersen, teksPersenHitung } from "./umum";

export function periksaCapaian(t: Tabel): Issue[] {
  if (t.kind === "anggaran") return [];
  const out: Issue[] = [];
  const rows: (PerkinRow | TriwulanRow)[] = t.rows;
  for (const row of rows) {
    const r = row;
    const tertulis = r.capaian ?? null;
    if (tertulis === null || r.target === null || r.realisasi === null || r.target <= 0) continue;
    const sc = row.cells.capaian;
    const d = desimalTampil(sc, tertulis);
    const hitung = aman(() => capaian(r.target!, r.realisasi!));
    if (hitung === null || sesuai(tertulis, hitung, d)) continue;
    if (sesuai(tertulis, capaian(r.target, r.realisasi, "min"), d)) continue;
    const dT = desimalTampil(row.cells.target, r.target);
    const dR = desimalTampil(row.cells.realisasi, r.realisasi);
    const rumus = `realisasi ${teksAngka(r.realisasi, dR)} ÷ target ${teksAngka(r.target, dT)}`;
    const cell = selMedan(t, row, "capaian");
    if ((sc?.scale ?? 1) === 1 && d >= 2 && sesuai(tertulis * 100, hitung, d - 2)) {
      out.push(
        buatIssue(
          t,
          "capaian-selisih",
          "warning",
          cell,
          `Capaian "${namaBaris(row)}" tertulis ${teksAngka(tertulis, d)}, tampaknya pecahan tanpa format persen: ${rumus} = ${teksPersenHitung(hitung, 2)}.`,
          hitung,
          tertulis,
        ),
      );
      continue;
    }
    out.push(
      buatIssue(
        t,
        "capaian-selisih",
        "error",
        cell,
        `Capaian "${namaBaris(row)}" tertulis ${teksPersen(tertulis, d)}, tetapi ${rumus} = ${teksPersenHitung(hitung, d)}.`,
        hitung,
        tertulis,
      ),
    );
  }
  return out;
}
