/**
 * jumlah-selisih: a group, subtotal or total row that is not the sum of its rows; a sisa that is
 * not pagu − realisasi; a PNBP Jumlah that is not s/d bulan lalu + bulan ini.
 *
 * Money is compared to the rupiah, or to half a unit of what the sheet shows when that is coarser
 * (a Rp000 sheet shows thousands).
 */
import type { AnggaranRow, AnggaranTable, Issue, Medan } from "../tabel";
import { KumpulanPohon, medanUang } from "./pohon";
import { buatIssue, desimalTampil, namaBaris, namaMedan, nilaiMedan, selMedan, teksRupiah } from "./umum";

function tol(row: AnggaranRow, medan: Medan, v: number): number {
  const s = row.cells[medan];
  const d = desimalTampil(s, v);
  return Math.max(1, 0.5 * Math.pow(10, -d) * (s?.scale ?? 1)) + 1e-9 * Math.abs(v);
}

function rentang(t: AnggaranTable, idx: number[]): string {
  let a = Infinity;
  let b = -Infinity;
  for (const i of idx) {
    a = Math.min(a, t.rows[i].row);
    b = Math.max(b, t.rows[i].row);
  }
  return a === b ? `baris ${a}` : `baris ${a}–${b}`;
}

/**
 * A value of the row that should equal one computed from the same row: reported beyond a rupiah and
 * the shown precision. The message is built only for a finding (formatting Rupiah costs more than the check).
 */
function selisihBaris(out: Issue[], t: AnggaranTable, row: AnggaranRow, medan: Medan, tertulis: number, hitung: number, pesan: () => string): void {
  const beda = tertulis - hitung;
  if ((beda > 1 || beda < -1) && Math.abs(beda) > tol(row, medan, tertulis)) {
    out.push(buatIssue(t, "jumlah-selisih", "error", selMedan(t, row, medan), pesan(), hitung, tertulis));
  }
}

export function periksaJumlah(t: AnggaranTable, pohon = new KumpulanPohon()): Issue[] {
  const out: Issue[] = [];
  const p = pohon.dari(t);
  const medan = medanUang(t);
  const rows = t.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const a = p.anakAwal[i];
    const b = p.anakAwal[i + 1];
    if (b > a) {
      for (const m of medan) {
        const tertulis = nilaiMedan(row, m);
        if (tertulis === null) continue;
        let jumlah = 0;
        let isi = false;
        let rusak = false;
        for (let k = a; k < b; k++) {
          const v = p.nilai(p.anakIsi[k], m);
          if (v === null) continue;
          if (Number.isNaN(v)) rusak = true;
          jumlah += v;
          isi = true;
        }
        if (!isi || rusak) continue;
        const selisih = tertulis - jumlah;
        if (selisih <= 1 && selisih >= -1) continue;
        const batas = tol(row, m, tertulis);
        if (Math.abs(selisih) <= batas) continue;
        const anak = p.anak(i);
        // A total that matches the rows beneath its subtotals is right; the subtotal is reported.
        let dalam = 0;
        for (const c of anak) dalam += p.nilaiDalam(c, m) ?? 0;
        if (Math.abs(tertulis - dalam) <= batas) continue;
        const label = p.kaki[i] ? (row.uraian || "Total") : namaBaris(row);
        out.push(
          buatIssue(
            t,
            "jumlah-selisih",
            "error",
            selMedan(t, row, m),
            `Jumlah ${namaMedan(m, t)} "${label}" tertulis ${teksRupiah(tertulis)}, tetapi jumlah ${anak.length} baris rinciannya (${rentang(t, anak)}) = ${teksRupiah(jumlah)} (selisih ${teksRupiah(selisih)}).`,
            jumlah,
            tertulis,
          ),
        );
      }
    }
    const pagu = row.pagu;
    const real = row.realisasi;
    const sisa = row.sisa ?? null;
    if (sisa !== null && pagu !== null && real !== null) {
      const hitung = pagu - real;
      selisihBaris(out, t, row, "sisa", sisa, hitung, () => `Sisa "${namaBaris(row)}" tertulis ${teksRupiah(sisa)}, tetapi pagu ${teksRupiah(pagu)} − realisasi ${teksRupiah(real)} = ${teksRupiah(hitung)}.`);
    }
    const lalu = nilaiMedan(row, "sdBulanLalu");
    const ini = nilaiMedan(row, "bulanIni");
    if (real !== null && lalu !== null && ini !== null) {
      const hitung = lalu + ini;
      selisihBaris(out, t, row, "realisasi", real, hitung, () => `Jumlah penerimaan "${p.kaki[i] ? row.uraian || "Total" : namaBaris(row)}" tertulis ${teksRupiah(real)}, tetapi s/d bulan lalu ${teksRupiah(lalu)} + bulan ini ${teksRupiah(ini)} = ${teksRupiah(hitung)} (selisih ${teksRupiah(real - hitung)}).`);
    }
  }
  return out;
}
