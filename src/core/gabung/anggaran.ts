/**
 * Pagu and realisasi of one work unit from its budget tables: the grand total row when the table
 * has one, otherwise the sum of its detail (non-total) rows. Tables that hold pagu in Rupiah are
 * taken in this order: per RO (code tree), per indicator, per type of spending, per revision.
 */
import { aman, penyerapan } from "../rumus";
import type { AnggaranRow, AnggaranTable, Bentuk, Tabel } from "../tabel";

export interface AnggaranSatker {
  pagu: number | null;
  realisasi: number | null;
  /** Percent points. */
  penyerapan: number | null;
  cara: "total" | "rincian";
  /** Where the numbers came from, in words. */
  sumber: string;
}

const URUTAN: Bentuk[] = ["ro", "pk", "jenis-belanja", "revisi"];

function jumlah(rows: AnggaranRow[], f: (r: AnggaranRow) => number | null): number | null {
  let s = 0;
  let ada = false;
  for (const r of rows) {
    const v = f(r);
    if (v !== null && Number.isFinite(v)) {
      s += v;
      ada = true;
    }
  }
  return ada ? s : null;
}

/** A total over the whole table: a total row without a code (subtotals carry the code of their group). */
function barisTotal(t: AnggaranTable): AnggaranRow | null {
  const calon = t.rows.filter((r) => r.total && r.pagu !== null && !r.kode);
  return calon.length > 0 ? calon[calon.length - 1] : null;
}

export function hitungPenyerapan(pagu: number | null, realisasi: number | null): number | null {
  return pagu === null || realisasi === null ? null : aman(() => penyerapan(pagu, realisasi));
}

export function anggaranSatker(tables: Tabel[]): AnggaranSatker | null {
  const anggaran = tables.filter((t): t is AnggaranTable => t.kind === "anggaran" && URUTAN.includes(t.bentuk));
  anggaran.sort((a, b) => URUTAN.indexOf(a.bentuk) - URUTAN.indexOf(b.bentuk));
  for (const t of anggaran) {
    const rincian = t.rows.filter((r) => !r.total);
    const total = barisTotal(t);
    if (total) {
      const realisasi = total.realisasi ?? jumlah(rincian, (r) => r.realisasi);
      return {
        pagu: total.pagu,
        realisasi,
        penyerapan: hitungPenyerapan(total.pagu, realisasi),
        cara: "total",
        sumber: `'${t.sheet}' baris ${total.row} (${total.uraian || "Total"})`,
      };
    }
    const pagu = jumlah(rincian, (r) => r.pagu);
    if (pagu === null) continue;
    const realisasi = jumlah(rincian, (r) => r.realisasi);
    return {
      pagu,
      realisasi,
      penyerapan: hitungPenyerapan(pagu, realisasi),
      cara: "rincian",
      sumber: `'${t.sheet}' ${t.range}: jumlah ${rincian.length} baris rincian`,
    };
  }
  return null;
}
