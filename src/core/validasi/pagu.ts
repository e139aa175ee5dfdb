/**
 * melebihi-pagu: spending above its ceiling. State budget spending cannot pass the DIPA pagu, so
 * a printed realisasi above it (or a cumulative realisasi above 100 %) is a wrong number.
 * PNBP receipts above target are good news, and the years-across tables mix receipts with
 * spending, so those two layouts are left out.
 */
import { penyerapan } from "../rumus";
import type { AnggaranTable, Issue } from "../tabel";
import { buatIssue, desimalTampil, namaBaris, selMedan, teksPersen, teksRupiah, toleransi } from "./umum";
import { medanTw, TRIWULAN } from "../tabel";

export function periksaPagu(t: AnggaranTable): Issue[] {
  if (t.bentuk === "pnbp" || t.bentuk === "tahunan" || t.bentuk === "revisi") return [];
  const out: Issue[] = [];
  for (const row of t.rows) {
    const { pagu, realisasi } = row;
    if (pagu !== null && realisasi !== null && pagu >= 0 && realisasi > pagu + Math.max(1, 1e-9 * pagu)) {
      const lebih = pagu > 0 ? ` (${teksPersen(penyerapan(pagu, realisasi), 2)})` : "";
      out.push(
        buatIssue(
          t,
          "melebihi-pagu",
          "error",
          selMedan(t, row, "realisasi"),
          `Realisasi "${namaBaris(row)}" ${teksRupiah(realisasi)} melebihi pagu ${teksRupiah(pagu)} sebesar ${teksRupiah(realisasi - pagu)}${lebih}.`,
          pagu,
          realisasi,
        ),
      );
    }
    if (!("triwulan" in row)) continue;
    const tw = row.triwulan;
    for (let q = 0; q < 4; q++) {
      const r = tw[q].realisasi;
      if (r === null) continue;
      const medan = medanTw(q, "realisasi");
      const d = desimalTampil(row.cells[medan], r);
      if (r > 100 + toleransi(d, r)) {
        out.push(
          buatIssue(
            t,
            "melebihi-pagu",
            "error",
            selMedan(t, row, medan),
            `Realisasi kumulatif TW ${TRIWULAN[q]} "${namaBaris(row)}" tertulis ${teksPersen(r, d)}, melebihi 100 % pagu.`,
            100,
            r,
          ),
        );
      }
    }
  }
  return out;
}
