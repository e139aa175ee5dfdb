/**
 * The rules of the export families (SIPD rekap, Anggaran Kas, DIPA/SAKTI, Evaluasi Renja,
 * realisation by indicator code): each table is checked against its own tree and columns. The
 * shared rules for the report's own tables (cumulative quarters, cross-sheet codes) do not apply:
 * a Renja quarter is not cumulative, and the same code on two SIPD sheets is two units.
 */
import type { Issue, RakRow, RakTable, RumusKolom, TabelFormat } from "../tabel";
import { BENTUK_FORMAT, type Tabel } from "../tabel";
import { nilaiSumber, samaUang } from "./format-nilai";
import { periksaPohonFormat } from "./format-pohon";
import { periksaRumus } from "./format-rumus";
import { buatIssue, namaBaris, teksRupiah } from "./umum";

export function tabelFormat(t: Tabel): t is TabelFormat {
  return (BENTUK_FORMAT as readonly string[]).includes(t.bentuk);
}

/** Row formulas every SIPD or DIPA table carries whether or not a numbering row prints them. */
function rumusBawaan(t: TabelFormat): RumusKolom[] {
  const c = t.columns;
  const out: RumusKolom[] = [];
  if (c.persen && c.pagu && c.realisasi) out.push({ hasil: "persen", op: "rasio", dari: ["realisasi", "pagu"], teks: "% = realisasi / pagu × 100" });
  if (c.sdLalu && c.periodeIni && c.realisasi)
    out.push({ hasil: "realisasi", op: "jumlah", dari: ["sdLalu", "periodeIni"], teks: "s.d. periode ini = s.d. periode lalu + periode ini" });
  if (c.sisa && c.pagu && c.realisasi) out.push({ hasil: "sisa", op: "selisih", dari: ["pagu", "realisasi"], teks: "sisa = pagu − realisasi" });
  const cetak = new Set((t.rumus ?? []).map((r) => r.hasil));
  return [...(t.rumus ?? []), ...out.filter((r) => !cetak.has(r.hasil))];
}

export function periksaFormat(t: TabelFormat): Issue[] {
  switch (t.bentuk) {
    case "sipd-rekap":
      return [...periksaPohonFormat(t, ["pagu", "realisasi"]), ...periksaRumus(t, rumusBawaan(t))];
    case "dipa": {
      const sakti = !!(t.columns.sdLalu && t.columns.periodeIni);
      return [...periksaPohonFormat(t, sakti ? ["pagu", "sdLalu", "periodeIni"] : ["pagu", "realisasi"]), ...periksaRumus(t, rumusBawaan(t))];
    }
    case "rak":
      return [...periksaPohonFormat(t, ["pagu", "totalRak"]), ...periksaRak(t)];
    case "renja":
    case "tw-kode":
      return periksaRumus(t);
  }
}

/**
 * Anggaran Kas: Σ months = Total RAK = Nilai Rincian, TW n = its three months. A month that breaks
 * the sum is one finding at the row's Total RAK (its quarter named), not one more per quarter.
 */
function periksaRak(t: RakTable): Issue[] {
  const out: Issue[] = [];
  for (const r of t.rows) {
    const sTotal = r.cells.totalRak;
    const total = nilaiSumber(sTotal);
    const rincian = nilaiSumber(r.cells.pagu);
    const bulan = r.bulan.map((_, i) => nilaiSumber(r.cells[`bulan${i + 1}`]));
    const isi = bulan.some((b) => b !== null);
    const jumlah = bulan.reduce<number>((s, b) => s + (b ?? 0), 0);
    if (sTotal && total !== null && isi && !samaUang(sTotal, total, jumlah)) {
      const tw = twSalah(r, bulan);
      out.push(
        buatIssue(t, "jumlah-selisih", "error", sTotal.cell,
          `${namaBaris(r)}: jumlah bulan 1–12 ${teksRupiah(jumlah)}, Total RAK tertulis ${teksRupiah(total)} (selisih ${teksRupiah(jumlah - total)})${tw ? `; bulan di TW ${tw} tidak cocok dengan kolom TW ${tw}` : ""}.`,
          jumlah, total),
      );
      continue;
    }
    if (sTotal && total !== null && rincian !== null && !samaUang(sTotal, total, rincian)) {
      out.push(buatIssue(t, "jumlah-selisih", "error", sTotal.cell, `${namaBaris(r)}: Total RAK ${teksRupiah(total)} tidak sama dengan Nilai Rincian ${teksRupiah(rincian)}.`, rincian, total));
      continue;
    }
    for (let q = 0; q < 4; q++) {
      const s = r.cells[`tw${q + 1}`];
      const v = nilaiSumber(s);
      if (v === null || !s) continue;
      const tiga = bulan.slice(q * 3, q * 3 + 3).reduce<number>((a, b) => a + (b ?? 0), 0);
      if (!samaUang(s, v, tiga))
        out.push(buatIssue(t, "jumlah-selisih", "error", s.cell, `${namaBaris(r)}: TW ${q + 1} tertulis ${teksRupiah(v)}, bulan ${q * 3 + 1}–${q * 3 + 3} berjumlah ${teksRupiah(tiga)}.`, tiga, v));
    }
  }
  return out;
}

/** The quarter whose TW column disagrees with its months, when exactly one does. */
function twSalah(r: RakRow, bulan: (number | null)[]): number | null {
  const salah: number[] = [];
  for (let q = 0; q < 4; q++) {
    const s = r.cells[`tw${q + 1}`];
    const v = nilaiSumber(s);
    if (v === null) continue;
    const tiga = bulan.slice(q * 3, q * 3 + 3).reduce<number>((a, b) => a + (b ?? 0), 0);
    if (!samaUang(s, v, tiga)) salah.push(q + 1);
  }
  return salah.length === 1 ? salah[0] : null;
}
