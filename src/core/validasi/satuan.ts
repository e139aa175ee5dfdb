/**
 * satuan-beda: a realisasi written in another unit than its target ("3,68 Persen" for an Indeks
 * indicator, "68,23 Indeks" for a Persen one). Units come from the cell text itself, or the
 * row's Satuan column; "%" and "Persen" are the same unit.
 */
import { bacaAngka } from "../angka";
import type { Issue, Sumber, Tabel } from "../tabel";
import { buatIssue, namaBaris, selMedan, type Baris } from "./umum";

const SAMA: [RegExp, string][] = [
  [/^(%|persen|prosen|percent)$/, "persen"],
  [/^(indeks|indek|index)$/, "indeks"],
  [/^(nilai|skor)$/, "nilai"],
  [/^(perusahaan|industri|ikm)$/, "perusahaan"],
  [/^(rp|rupiah)$/, "rupiah"],
];

const BAKU = new Map<string, string | null>();

/** Unit name as a key ("%", "Persen" and "persen" are one unit); remembered, a sheet has few. */
export function bakuSatuan(s: string | null | undefined): string | null {
  if (!s) return null;
  let b = BAKU.get(s);
  if (b === undefined) {
    b = bakuSatuanBaru(s);
    if (BAKU.size < 1000) BAKU.set(s, b);
  }
  return b;
}

function bakuSatuanBaru(s: string): string | null {
  const n = s.toLowerCase().replace(/[()[\].,:;]/g, " ").replace(/\s+/g, " ").trim();
  if (!n) return null;
  for (const [re, baku] of SAMA) if (re.test(n)) return baku;
  return n;
}

/** Unit written inside a value cell: the recognizer's, else read again from the text. */
function satuanSel(s: Sumber | undefined): { satuan: string; teks: string } | null {
  if (!s) return null;
  if (s.unit) return { satuan: s.unit, teks: s.unit };
  if (typeof s.raw !== "string") return null;
  const a = bacaAngka(s.raw);
  if (a.kind !== "angka") return null;
  if (a.satuan) return { satuan: a.satuan, teks: a.satuan };
  if (a.persen) return { satuan: "%", teks: "%" };
  return null;
}

function kutip(raw: unknown): string {
  return typeof raw === "string" ? `"${raw.replace(/\s+/g, " ").trim()}"` : String(raw);
}

export function periksaSatuan(t: Tabel): Issue[] {
  if (t.kind === "anggaran") return [];
  const out: Issue[] = [];
  const rows: Baris[] = t.rows;
  for (const row of rows) {
    const kolom = ("satuan" in row ? row.satuan : null) ?? null;
    const selT = row.cells.target;
    const selR = row.cells.realisasi;
    const st = satuanSel(selT);
    const sr = satuanSel(selR);
    const acuan = st ? { satuan: st.satuan, asal: `target ${kutip(selT?.raw ?? null)}` } : kolom ? { satuan: kolom, asal: `satuan "${kolom}"` } : null;
    if (sr && acuan && bakuSatuan(sr.satuan) !== bakuSatuan(acuan.satuan)) {
      out.push(
        buatIssue(
          t,
          "satuan-beda",
          "warning",
          selMedan(t, row, "realisasi"),
          `Realisasi "${namaBaris(row)}" ditulis ${kutip(selR?.raw ?? null)} (satuan ${sr.teks}), tetapi ${acuan.asal} bersatuan ${acuan.satuan}.`,
          acuan.satuan,
          sr.satuan,
        ),
      );
    }
    if (st && kolom && bakuSatuan(st.satuan) !== bakuSatuan(kolom)) {
      out.push(
        buatIssue(
          t,
          "satuan-beda",
          "warning",
          selMedan(t, row, "target"),
          `Target "${namaBaris(row)}" ditulis ${kutip(selT?.raw ?? null)} (satuan ${st.teks}), tetapi kolom satuan menyebut "${kolom}".`,
          kolom,
          st.satuan,
        ),
      );
    }
  }
  return out;
}
