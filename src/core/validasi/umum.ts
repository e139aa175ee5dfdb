/**
 * What every rule family shares: reading a field of a row with its provenance, the decimals the
 * sheet shows, the tolerance those decimals allow, Indonesian number text for messages, and the
 * Issue itself.
 */
import { bacaAngka, formatAngka, formatPersen, hitungDesimal } from "../angka";
import { bulat } from "../rumus";
import { columnLetters } from "../snapshot";
import type { AnggaranTable, Issue, Medan, MedanIk, MedanNilai, PerkinRow, RuleId, Severity, Sumber, Tabel, TriwulanRow } from "../tabel";
import { TRIWULAN, uraiMedan } from "../tabel";

export type Baris = PerkinRow | TriwulanRow | AnggaranTable["rows"][number];

/** A named numeric field of a row; a field the row's shape lacks reads as null. */
function nilaiNama(row: Baris, nama: MedanNilai | MedanIk): unknown {
  switch (nama) {
    case "pagu":
      return "pagu" in row ? row.pagu : null;
    case "realisasi":
      return row.realisasi;
    case "target":
      return "target" in row ? row.target : null;
    case "capaian":
      return "capaian" in row ? row.capaian : null;
    case "persen":
      return "persen" in row ? row.persen : null;
    case "sisa":
      return "sisa" in row ? row.sisa : null;
    case "sdBulanLalu":
      return "sdBulanLalu" in row ? row.sdBulanLalu : null;
    case "bulanIni":
      return "bulanIni" in row ? row.bulanIni : null;
    case "targetIk":
      return "targetIk" in row ? row.targetIk : null;
    case "realisasiIk":
      return "realisasiIk" in row ? row.realisasiIk : null;
    case "capaianIk":
      return "capaianIk" in row ? row.capaianIk : null;
  }
}

/** Value of a field by its path ("target", "tw2.realisasi", "b07", "revisi.19"). */
export function nilaiMedan(row: Baris, medan: Medan): number | null {
  const u = uraiMedan(medan);
  switch (u.jenis) {
    case "nilai":
    case "ik":
      return angkaAtauNull(nilaiNama(row, u.nama));
    case "tw": {
      const q = "triwulan" in row ? row.triwulan[u.ke] : undefined;
      return q ? angkaAtauNull(q[u.nilai]) : null;
    }
    case "bulan":
      return "bulan" in row ? angkaAtauNull(row.bulan?.[u.ke]) : null;
    case "revisi":
      return "revisi" in row ? angkaAtauNull(row.revisi[u.ke]) : null;
    case "lain":
      return null;
  }
}

function angkaAtauNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** A numeric field the validator reads (the indicator values of a "pk" row are Perkin's to check). */
export function medanAngka(medan: Medan): boolean {
  const j = uraiMedan(medan).jenis;
  return j === "nilai" || j === "tw" || j === "bulan" || j === "revisi";
}

/** A1 address of a field on a row: its provenance, else its column, else the table's first column. */
export function selMedan(t: Tabel, row: Baris, medan: Medan): string {
  const s = row.cells[medan];
  if (s?.cell) return s.cell;
  const kol = t.columns[medan] ?? t.columns.indikator ?? t.columns.uraian ?? Object.values(t.columns)[0] ?? "A";
  return `${kol}${row.row}`;
}

/** Label cell of a row (indicator or uraian), for findings about the row as a whole. */
export function selLabel(t: Tabel, row: Baris, urutan: readonly Medan[] = ["indikator", "uraian", "kode"]): string {
  for (const m of urutan) if (row.cells[m]?.cell) return row.cells[m].cell;
  for (const m of urutan) if (t.columns[m]) return `${t.columns[m]}${row.row}`;
  const kol = Object.values(t.columns)[0] ?? "A";
  return `${kol}${row.row}`;
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
  const label = "indikator" in row ? row.indikator : row.uraian;
  const nama = (label ?? "").replace(/\s+/g, " ").trim();
  const kode = "kode" in row && row.kode ? `${row.kode} ` : "";
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

const NAMA_MEDAN: Partial<Record<Medan, string>> = {
  target: "target",
  realisasi: "realisasi",
  capaian: "capaian",
  pagu: "pagu",
  persen: "persentase",
  sisa: "sisa",
  sdBulanLalu: "s/d bulan lalu",
  bulanIni: "bulan ini",
};

/** Indonesian name of a field for messages. */
export function namaMedan(medan: Medan, t?: Tabel): string {
  const u = uraiMedan(medan);
  if (u.jenis === "tw") {
    const fisik = t?.bentuk === "fisik";
    return `TW ${TRIWULAN[u.ke]} ${u.nilai === "target" ? (fisik ? "S" : "target") : fisik ? "R" : "realisasi"}`;
  }
  if (u.jenis === "bulan") return `B${medan.slice(1)}`;
  if (u.jenis === "revisi") return u.ke === 0 ? "pagu awal" : `pagu revisi ${u.ke}`;
  if (t?.bentuk === "pnbp" && (medan === "realisasi" || medan === "pagu")) return medan === "pagu" ? "target" : "jumlah penerimaan";
  return NAMA_MEDAN[medan] ?? medan;
}

export function kapital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
