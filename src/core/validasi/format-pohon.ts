/**
 * jumlah-selisih on the code trees of the export families (SIPD rekap, DIPA/SAKTI, Anggaran Kas):
 * a parent that is not the sum of its children, reported once at the parent's cell. A child that
 * is itself off counts with the sum of its own children, so one slip is one finding, not one per
 * ancestor.
 */
import type { AnggaranPohonRow, Issue, TabelFormat } from "../tabel";
import { nilaiSumber, samaUang } from "./format-nilai";
import { buatIssue, namaBaris, teksRupiah } from "./umum";

const NAMA: Record<string, string> = {
  pagu: "pagu",
  realisasi: "realisasi",
  sdLalu: "realisasi s.d. periode lalu",
  periodeIni: "realisasi periode ini",
  totalRak: "Total RAK",
  sisa: "sisa",
};

export function periksaPohonFormat(t: TabelFormat, medan: string[]): Issue[] {
  if (t.kind !== "anggaran") return [];
  const rows: AnggaranPohonRow[] = t.rows;
  const anak = new Map<number, AnggaranPohonRow[]>();
  for (const r of rows) {
    if (r.induk !== null) {
      const l = anak.get(r.induk) ?? [];
      l.push(r);
      anak.set(r.induk, l);
    }
  }
  const out: Issue[] = [];
  for (const m of medan) {
    const benar = new Map<number, number | null>();
    // Children follow their parent, so parents are walked bottom-up; footers (below the rows
    // they total) afterwards.
    const urutan: number[] = [];
    for (let i = rows.length - 1; i >= 0; i--) if (!(rows[i].total && !rows[i].kode)) urutan.push(i);
    for (let i = 0; i < rows.length; i++) if (rows[i].total && !rows[i].kode) urutan.push(i);
    for (const i of urutan) {
      const r = rows[i];
      const sel = r.cells[m];
      const tertulis = nilaiSumber(sel);
      const daftar = r.total && !r.kode ? akarSebelum(rows, i) : anak.get(r.row);
      if (!daftar || daftar.length === 0) {
        benar.set(r.row, tertulis);
        continue;
      }
      let jumlah = 0;
      let isi = false;
      for (const a of daftar) {
        const v = benar.get(a.row);
        if (v === null || v === undefined) continue;
        jumlah += v;
        isi = true;
      }
      if (tertulis === null || !sel || !isi) {
        benar.set(r.row, isi ? jumlah : tertulis);
        continue;
      }
      if (samaUang(sel, tertulis, jumlah)) benar.set(r.row, tertulis);
      else {
        benar.set(r.row, jumlah);
        const n = NAMA[m] ?? m;
        out.push(
          buatIssue(t, "jumlah-selisih", "error", sel.cell,
            `${kapital(n)} ${namaBaris(r)} tertulis ${teksRupiah(tertulis)}, jumlah ${daftar.length} baris di bawahnya ${teksRupiah(jumlah)} (selisih ${teksRupiah(tertulis - jumlah)}).`,
            jumlah, tertulis),
        );
      }
    }
  }
  return out;
}

/** Top rows above a footer total, back to the previous footer. */
function akarSebelum(rows: AnggaranPohonRow[], i: number): AnggaranPohonRow[] {
  const out: AnggaranPohonRow[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const r = rows[j];
    if (r.total && !r.kode) break;
    if (r.induk === null) out.push(r);
  }
  return out;
}

function kapital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
