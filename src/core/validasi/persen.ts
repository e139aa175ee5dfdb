/**
 * persen-selisih: a printed % of an anggaran row that follows from nothing on the sheet.
 *
 * One "%" column can mean several things (Tabel 3.109: items are a share of their group, groups a
 * share of the total, totals realisasi ÷ target), so a row is consistent when its % is its
 * penyerapan (realisasi ÷ pagu) or its share of one of the rows above it in the tree. A row that
 * matches nothing is reported with the meaning its like rows (same level, same kind) have.
 * A 0 printed where the denominator is missing is Excel's "undefined → 0" and only noted.
 */
import { penyerapan } from "../rumus";
import type { AnggaranRow, AnggaranTable, Issue } from "../tabel";
import { KumpulanPohon, type Pohon } from "./pohon";
import { buatIssue, desimalTampil, namaBaris, selMedan, sesuai, teksPersen, teksPersenHitung, teksRupiah } from "./umum";

interface Calon {
  jenis: "serap" | "bagian";
  hitung: number;
  /** Built only for a finding: formatting every row's candidates would cost more than the checks. */
  teks: () => string;
}

const NAIK = 4;

/** Candidate meanings, nearest first; stops at the first that `cukup` accepts (it is then last). */
function calon(t: AnggaranTable, p: Pohon, i: number, cukup: (c: Calon) => boolean): Calon[] {
  const row = t.rows[i];
  const out: Calon[] = [];
  if (row.pagu !== null && row.pagu > 0 && row.realisasi !== null) {
    out.push({
      jenis: "serap",
      hitung: penyerapan(row.pagu, row.realisasi),
      teks: () => `realisasi ${teksRupiah(row.realisasi!)} ÷ ${t.bentuk === "pnbp" ? "target" : "pagu"} ${teksRupiah(row.pagu!)}`,
    });
    if (cukup(out[0])) return out;
  }
  const medan = row.realisasi !== null ? "realisasi" : row.pagu !== null ? "pagu" : null;
  if (medan === null) return out;
  const pembilang = row[medan] as number;
  let a = p.induk[i];
  for (let k = 0; k < NAIK && a >= 0; k++, a = p.induk[a]) {
    const penyebut = p.nilai(a, medan);
    if (penyebut === null || Number.isNaN(penyebut) || penyebut <= 0) continue;
    const atas = t.rows[a];
    const kaki = p.kaki[a];
    out.push({
      jenis: "bagian",
      hitung: penyerapan(penyebut, pembilang),
      teks: () => `bagiannya dari "${kaki ? atas.uraian || "Total" : namaBaris(atas)}": ${teksRupiah(pembilang)} ÷ ${teksRupiah(penyebut)}`,
    });
    if (cukup(out[out.length - 1])) return out;
  }
  return out;
}

/** Rows alike: same level, same kind (a number, so 100.000 rows make no strings). */
function kelas(row: AnggaranRow): number {
  return ((row.level ?? -1) + 1) * 2 + (row.total ? 1 : 0);
}

export function periksaPersen(t: AnggaranTable, pohon = new KumpulanPohon()): Issue[] {
  const p = pohon.dari(t);
  const salah: { i: number; c: Calon[]; d: number }[] = [];
  const hitungan = new Map<number, { serap: number; bagian: number }>();
  const out: Issue[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i];
    const tertulis = row.persen ?? null;
    if (tertulis === null) continue;
    const d = desimalTampil(row.cells.persen, tertulis);
    // The common case first, without building candidates.
    if (row.pagu !== null && row.pagu > 0 && row.realisasi !== null && sesuai(tertulis, penyerapan(row.pagu, row.realisasi), d)) {
      const k = kelas(row);
      let h = hitungan.get(k);
      if (!h) hitungan.set(k, (h = { serap: 0, bagian: 0 }));
      h.serap++;
      continue;
    }
    const c = calon(t, p, i, (x) => sesuai(tertulis, x.hitung, d));
    const cocok = c.length ? c[c.length - 1] : null;
    if (cocok && sesuai(tertulis, cocok.hitung, d)) {
      const k = kelas(row);
      let h = hitungan.get(k);
      if (!h) hitungan.set(k, (h = { serap: 0, bagian: 0 }));
      h[cocok.jenis]++;
      continue;
    }
    if ((row.pagu === null || row.pagu === 0) && Math.abs(tertulis) < 1e-12) {
      out.push(
        buatIssue(
          t,
          "persen-selisih",
          "info",
          selMedan(t, row, "persen"),
          `Persentase "${namaBaris(row)}" tertulis ${teksPersen(0, d)} padahal ${t.bentuk === "pnbp" ? "target" : "pagu"} kosong: persentasenya tidak terdefinisi, bukan nol.`,
          null,
          0,
        ),
      );
      continue;
    }
    if (c.length) salah.push({ i, c, d });
  }
  for (const { i, c, d } of salah) {
    const row = t.rows[i];
    const h = hitungan.get(kelas(row));
    const utama = h && h.bagian > h.serap ? c.find((x) => x.jenis === "bagian") ?? c[0] : c.find((x) => x.jenis === "serap") ?? c[0];
    out.push(
      buatIssue(
        t,
        "persen-selisih",
        "error",
        selMedan(t, row, "persen"),
        `Persentase "${namaBaris(row)}" tertulis ${teksPersen(row.persen!, d)}, tetapi ${utama.teks()} = ${teksPersenHitung(utama.hitung, d)}.`,
        utama.hitung,
        row.persen!,
      ),
    );
  }
  return out;
}
