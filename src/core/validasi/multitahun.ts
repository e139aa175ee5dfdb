/**
 * Findings from the multi-year tables of Bab III:
 * - capaian-selisih: a Renstra capaian (jangka menengah, a year or the TOTAL of 2021-2024) that
 *   does not follow from its target and realisasi (the report's Tabel 3.45, 3.65, 3.85);
 * - jumlah-selisih: a TOTAL target or realisasi that is none of the sum, the mean or the final
 *   year of the yearly values (the report uses all three, so any of them is accepted);
 * - antar-lembar: a history value that contradicts the Perkin or the Renstra for the same year.
 */
import { pasangkan } from "../layouts/multitahun/cocok";
import { aman, capaian } from "../rumus";
import type { Issue, PerkinTable, RenstraTable, RiwayatTable, SelNilai, Tabel, TabelMultitahun } from "../tabel";
import { desimalTampil, samaNilai, sesuai, teksAngka, teksPersen, teksPersenHitung } from "./umum";

function temuan(t: TabelMultitahun, rule: Issue["rule"], severity: Issue["severity"], n: SelNilai, message: string, expected: number | null, found: number | null): Issue {
  return { rule, severity, sheet: t.sheet, cell: n.sumber.cell, message, expected, found, table: t.id };
}

function pendek(s: string): string {
  return s.length > 70 ? `${s.slice(0, 67)}…` : s;
}

/** A printed capaian against target and realisasi; null when it agrees or cannot be judged. */
function cekCapaian(t: TabelMultitahun, nama: string, target: SelNilai, realisasi: SelNilai, tertulis: SelNilai, konteks: string): Issue | null {
  if (target.value === null || realisasi.value === null || tertulis.value === null || target.value <= 0) return null;
  const hitung = aman(() => capaian(target.value!, realisasi.value!));
  if (hitung === null) return null;
  const d = desimalTampil(tertulis.sumber, tertulis.value);
  if (sesuai(tertulis.value, hitung, d)) return null;
  const rumus = `realisasi ${teksAngka(realisasi.value, desimalTampil(realisasi.sumber, realisasi.value))} ÷ target ${teksAngka(target.value, desimalTampil(target.sumber, target.value))}`;
  return temuan(t, "capaian-selisih", "error", tertulis, `Capaian ${konteks} "${pendek(nama)}" tertulis ${teksPersen(tertulis.value, d)}, tetapi ${rumus} = ${teksPersenHitung(hitung, d)}.`, hitung, tertulis.value);
}

function periksaRenstra(t: RenstraTable): Issue[] {
  const out: Issue[] = [];
  for (const r of t.rows) {
    for (const th of r.tahun) {
      const i = cekCapaian(t, r.indikator, th.target, th.realisasi, th.persen, `Renstra ${th.tahun}`);
      if (i) out.push(i);
    }
    if (!r.total) continue;
    const i = cekCapaian(t, r.indikator, r.total.target, r.total.realisasi, r.total.persen, "Renstra TOTAL");
    if (i) out.push(i);
    for (const medan of ["target", "realisasi"] as const) {
      const j = cekTotal(t, r.indikator, r.tahun.map((x) => x[medan]), r.total[medan], medan);
      if (j) out.push(j);
    }
  }
  return out;
}

function cekTotal(t: RenstraTable, nama: string, tahunan: SelNilai[], total: SelNilai, medan: string): Issue | null {
  const ada = tahunan.filter((x) => x.value !== null).map((x) => x.value as number);
  if (ada.length === 0 || total.value === null) return null;
  const jumlah = ada.reduce((a, b) => a + b, 0);
  const calon = [jumlah, jumlah / ada.length, ada[ada.length - 1]];
  const d = desimalTampil(total.sumber, total.value);
  if (calon.some((c) => sesuai(total.value!, c, d))) return null;
  const teks = `jumlah ${teksAngka(calon[0], 2)}, rata-rata ${teksAngka(calon[1], 2)}, tahun akhir ${teksAngka(calon[2], 2)}`;
  return temuan(t, "jumlah-selisih", "warning", total, `TOTAL ${medan} "${pendek(nama)}" tertulis ${teksAngka(total.value, d)}, bukan jumlah, rata-rata atau nilai tahun akhir (${teks}).`, null, total.value);
}

function periksaRiwayat(t: RiwayatTable, perkin: PerkinTable | undefined, tahunPerkin: number | null, renstra: RenstraTable[]): Issue[] {
  const out: Issue[] = [];
  const nama = t.rows.map((r) => r.indikator);
  const pk = perkin ? pasangkan(nama, perkin.rows.map((r) => r.indikator)) : [];
  const rs = renstra.flatMap((x) => x.rows.map((row) => ({ row, t: x })));
  const rsPasang = pasangkan(nama, rs.map((x) => x.row.indikator));
  t.rows.forEach((r, i) => {
    for (const { tahun, nilai } of r.realisasi) {
      if (nilai.value === null) continue;
      const p = pk[i] >= 0 && perkin && tahun === tahunPerkin ? perkin.rows[pk[i]] : null;
      if (p && p.realisasi !== null && !samaNilai(nilai.value, desimalTampil(nilai.sumber, nilai.value), p.realisasi, desimalTampil(p.cells.realisasi, p.realisasi))) {
        out.push(temuan(t, "antar-lembar", "warning", nilai, `Realisasi ${tahun} "${pendek(r.indikator)}" di sini ${teksAngka(nilai.value)}, tetapi di lembar '${perkin!.sheet}' ${teksAngka(p.realisasi)} (${p.cells.realisasi?.cell ?? "?"}).`, p.realisasi, nilai.value));
        continue;
      }
      const x = rsPasang[i] >= 0 ? rs[rsPasang[i]] : null;
      const lain = x?.row.tahun.find((y) => y.tahun === tahun)?.realisasi;
      if (x && lain && lain.value !== null && !samaNilai(nilai.value, desimalTampil(nilai.sumber, nilai.value), lain.value, desimalTampil(lain.sumber, lain.value))) {
        out.push(temuan(t, "antar-lembar", "warning", nilai, `Realisasi ${tahun} "${pendek(r.indikator)}" di sini ${teksAngka(nilai.value)}, tetapi di lembar '${x.t.sheet}' ${teksAngka(lain.value)} (${lain.sumber.cell}).`, lain.value, nilai.value));
      }
    }
  });
  return out;
}

/** The year of a Perkin table, from its sheet name or title ("PK 2024"). */
export function tahunPerkin(t: Tabel | undefined): number | null {
  const m = /(?:19|20)\d{2}/.exec(`${t?.sheet ?? ""} ${t?.title ?? ""}`);
  return m ? Number(m[0]) : null;
}

export function periksaMultitahun(multi: TabelMultitahun[], tabel: Tabel[]): Issue[] {
  const perkin = tabel.find((t): t is PerkinTable => t.kind === "perkin" && t.bentuk === "perkin");
  const renstra = multi.filter((t): t is RenstraTable => t.bentuk === "renstra");
  const tahun = tahunPerkin(perkin);
  const out: Issue[] = [];
  for (const t of multi) {
    if (t.bentuk === "renstra") out.push(...periksaRenstra(t));
    else if (t.bentuk === "riwayat") out.push(...periksaRiwayat(t, perkin, tahun, renstra));
    else if (t.bentuk === "jangka-menengah") {
      for (const r of t.rows) {
        const i = cekCapaian(t, r.indikator, r.target, r.realisasi, r.capaian, "jangka menengah");
        if (i) out.push(i);
      }
    }
  }
  return out;
}
