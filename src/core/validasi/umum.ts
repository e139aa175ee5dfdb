/**
 * What every rule family shares: reading a field of a row with its provenance, the decimals the
 * sheet shows, the tolerance those decimals allow, Indonesian number text for messages, and the
 * Issue itself.
 */
import { bacaAngka, formatAngka, formatPersen, hitungDesimal } from "../angka";
import { bulat } from "../rumus";
import { columnLetters } from "../snapshot";
import type { AnggaranRow, Issue, PerkinRow, RuleId, Severity, Sumber, Tabel, TriwulanRow } from "../tabel";
import { TRIWULAN } from "../tabel";

export type Baris = PerkinRow | TriwulanRow | AnggaranRow;

/** Numeric fields of any row kind, as `cells` names them. */
export const MEDAN_ANGKA =
  /^(target|realisasi|capaian|pagu|persen|sisa|sdBulanLalu|bulanIni|tw[1-4]\.(target|realisasi)|b(0[1-9]|1[0-2])|revisi\.\d+)$/;

/** Value of a field by its `cells` name ("target", "tw2.realisasi", "b07", "revisi.19"). */
export function nilaiMedan(row: Baris, medan: string): number | null {
  // Named loads: a keyed load with a variable name is slow on 100.000 rows.
  const r = row as unknown as Record<"pagu" | "realisasi" | "target" | "capaian" | "persen" | "sisa" | "sdBulanLalu" | "bulanIni", unknown>;
  switch (medan) {
    case "pagu":
      return angkaAtauNull(r.pagu);
    case "realisasi":
      return angkaAtauNull(r.realisasi);
    case "target":
      return angkaAtauNull(r.target);
    case "capaian":
      return angkaAtauNull(r.capaian);
    case "persen":
      return angkaAtauNull(r.persen);
    case "sisa":
      return angkaAtauNull(r.sisa);
    case "sdBulanLalu":
      return angkaAtauNull(r.sdBulanLalu);
    case "bulanIni":
      return angkaAtauNull(r.bulanIni);
  }
  // "tw3.realisasi", "b07": read by character, not by regex (called once per cell).
  if (medan.charCodeAt(0) === 116 && medan.charCodeAt(1) === 119 && medan.charCodeAt(3) === 46) {
    const q = (row as TriwulanRow).triwulan?.[medan.charCodeAt(2) - 49];
    if (!q) return null;
    if (medan === `tw${medan[2]}.target`) return angkaAtauNull(q.target);
    if (medan === `tw${medan[2]}.realisasi`) return angkaAtauNull(q.realisasi);
    return null;
  }
  if (medan.length === 3 && medan.charCodeAt(0) === 98) {
    const m = Number(medan.slice(1));
    if (Number.isInteger(m) && m >= 1 && m <= 12) return angkaAtauNull((row as TriwulanRow).bulan?.[m - 1]);
  }
  const rv = /^revisi\.(\d+)$/.exec(medan);
  if (rv) {
    const v = (row as { revisi?: (number | null)[] }).revisi?.[Number(rv[1])];
    return typeof v === "number" ? v : null;
  }
  const v = (row as unknown as Record<string, unknown>)[medan];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function angkaAtauNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

const MEDAN_ANGKA_CACHE = new Map<string, boolean>();
/** MEDAN_ANGKA.test, remembered per field name (a table has a handful of names and many cells). */
export function medanAngka(medan: string): boolean {
  let b = MEDAN_ANGKA_CACHE.get(medan);
  if (b === undefined) {
    b = MEDAN_ANGKA.test(medan);
    if (MEDAN_ANGKA_CACHE.size < 1000) MEDAN_ANGKA_CACHE.set(medan, b);
  }
  return b;
}

/** A1 address of a field on a row: its provenance, else its column, else the table's first column. */
export function selMedan(t: Tabel, row: Baris, medan: string): string {
  const s = row.cells[medan];
  if (s?.cell) return s.cell;
  const kol = t.columns[medan] ?? t.columns.indikator ?? t.columns.uraian ?? Object.values(t.columns)[0] ?? "A";
  return `${kol}${row.row}`;
}

/** Label cell of a row (indicator or uraian), for findings about the row as a whole. */
export function selLabel(t: Tabel, row: Baris, urutan = ["indikator", "uraian", "kode"]): string {
  for (const m of urutan) if (row.cells[m]?.cell) return row.cells[m].cell;
  for (const m of urutan) if (t.columns[m]) return `${t.columns[m]}${row.row}`;
  const kol = Object.values(t.columns)[0] ?? "A";
  return `${kol}${row.row}`;
}

/** Column number of an A1 address ("AB12" → 28), for sorting. */
export function kolomSel(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

export function barisSel(cell: string): number {
  const m = /\d+$/.exec(cell);
  return m ? Number(m[0]) : 0;
}

export { columnLetters };

function desimalFormat(format: string | undefined): number | null {
  if (!format || format === "General") return null;
  const bagian = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const m = /\.([0#?]+)/.exec(bagian);
  return m ? m[1].length : /[0#]/.test(bagian) ? 0 : null;
}

/**
 * Decimals the sheet shows for a value: the recognizer's count, else the text's own decimals,
 * else the number format, else as many as the stored number has (General shows them).
 */
export function desimalTampil(s: Sumber | undefined, value: number): number {
  if (s && typeof s.decimals === "number" && Number.isFinite(s.decimals)) return Math.max(0, Math.min(10, s.decimals));
  if (s && typeof s.raw === "string") {
    const a = bacaAngka(s.raw);
    if (a.kind === "angka") return a.desimal;
  }
  const f = desimalFormat(s?.format);
  if (f !== null) return f;
  return Math.min(10, hitungDesimal(value));
}

/** Half a unit of the last shown decimal (with room for binary noise). */
const SETENGAH = Array.from({ length: 16 }, (_, d) => 0.5 * Math.pow(10, -d));

export function toleransi(desimal: number, besaran = 1): number {
  const a = besaran < 0 ? -besaran : besaran;
  return (desimal >= 0 && desimal < 16 ? SETENGAH[desimal] : 0.5 * Math.pow(10, -desimal)) + 1e-9 * (a > 1 ? a : 1);
}

/** The printed value, rounded as shown, is within half a unit of the computed one. */
export function sesuai(tertulis: number, hitung: number, desimal: number): boolean {
  return Math.abs(tampil(tertulis, desimal) - hitung) <= toleransi(desimal, hitung);
}

/**
 * The value as the sheet shows it. Binary rounding is exact except next to a half, where the
 * decimal half-up rounding of rumus.bulat decides (it is much slower, so only there).
 */
export function tampil(x: number, desimal: number): number {
  const f = Math.pow(10, desimal);
  const y = x * f;
  const pecahan = y - Math.floor(y);
  if (Math.abs(pecahan - 0.5) < 1e-6 || !Number.isFinite(y) || Math.abs(y) > 1e15) return bulat(x, desimal);
  return Math.round(y) / f;
}

/** Two printed values agree at the coarser of their shown precisions (105 % and 105,26 % agree). */
export function samaNilai(a: number, da: number, b: number, db: number): boolean {
  const d = Math.min(da, db);
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= 0.5 * Math.pow(10, -d) + eps) return true;
  return Math.abs(tampil(a, d) - tampil(b, d)) <= eps;
}

/** A number for a message, with the decimals the sheet shows (capped so messages stay short). */
export function teksAngka(n: number, desimal?: number): string {
  const d = desimal ?? Math.min(4, hitungDesimal(n));
  return formatAngka(n, Math.max(0, Math.min(10, d)));
}

/** Rupiah for a message: whole rupiah unless the amount has sen. */
export function teksRupiah(n: number): string {
  return formatAngka(n, Number.isInteger(Math.round(n * 100) / 100) ? 0 : 2);
}

/** "454,80 %" for a computed percentage: two decimals, or as many as the sheet shows if more. */
export function teksPersenHitung(n: number, desimalTertulis: number): string {
  const d = Math.max(2, desimalTertulis);
  const s = formatPersen(n, d);
  return desimalTertulis < 2 ? `${s} (dibulatkan ${formatPersen(n, desimalTertulis)})` : s;
}

export function teksPersen(n: number, desimal: number): string {
  return formatPersen(n, desimal);
}

/** Short quoted label of a row for messages. */
export function namaBaris(row: Baris): string {
  const r = row as Partial<PerkinRow & AnggaranRow>;
  const nama = (r.indikator ?? r.uraian ?? "").replace(/\s+/g, " ").trim();
  const kode = r.kode ? `${r.kode} ` : "";
  const pendek = nama.length > 70 ? `${nama.slice(0, 67)}…` : nama;
  return `${kode}${pendek}`.trim() || `baris ${row.row}`;
}

export function buatIssue(
  t: Tabel,
  rule: RuleId,
  severity: Severity,
  cell: string,
  message: string,
  expected?: number | string | null,
  found?: number | string | null,
): Issue {
  const i: Issue = { rule, severity, sheet: t.sheet, cell, message, table: t.id };
  if (expected !== undefined) i.expected = expected;
  if (found !== undefined) i.found = found;
  return i;
}

/** Indonesian name of a field for messages. */
export function namaMedan(medan: string, t?: Tabel): string {
  const tw = /^tw([1-4])\.(target|realisasi)$/.exec(medan);
  if (tw) {
    const q = TRIWULAN[Number(tw[1]) - 1];
    const fisik = t?.bentuk === "fisik";
    return `TW ${q} ${tw[2] === "target" ? (fisik ? "S" : "target") : fisik ? "R" : "realisasi"}`;
  }
  const b = /^b(\d\d)$/.exec(medan);
  if (b) return `B${b[1]}`;
  const rv = /^revisi\.(\d+)$/.exec(medan);
  if (rv) return rv[1] === "0" ? "pagu awal" : `pagu revisi ${rv[1]}`;
  const nama: Record<string, string> = {
    target: t?.bentuk === "pnbp" ? "target" : "target",
    realisasi: t?.bentuk === "pnbp" ? "jumlah penerimaan" : "realisasi",
    capaian: "capaian",
    pagu: t?.bentuk === "pnbp" ? "target" : "pagu",
    persen: "persentase",
    sisa: "sisa",
    sdBulanLalu: "s/d bulan lalu",
    bulanIni: "bulan ini",
  };
  return nama[medan] ?? medan;
}

export function kapital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
