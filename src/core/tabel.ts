/**
 * The recognized tables and the validation findings: the model every surface shares.
 * The JSON contract of `kinerja periksa --json` (DESIGN.md) is a projection of these types.
 */
import type { CellValue } from "./snapshot";

export type Jenis = "perkin" | "triwulan" | "anggaran";

/**
 * Finer layout within a kind.
 * triwulan: "fisik" (Tabel 3.9: S/R physical % per quarter), "indikator" (target/realisasi per
 * quarter), "rencana-aksi" (Tabel 3.7: target antara per quarter or month B01–B12).
 * anggaran: "ro" (code tree with pagu/realisasi, Tabel 3.106), "triwulan" (cumulative quarterly %,
 * Tabel 3.105), "revisi" (pagu per KRO per revision, Tabel 3.4), "jenis-belanja" (51/52/53),
 * "pnbp" (per jasa layanan, Tabel 3.109), "tahunan" (years across, measures down: 3.107/3.110),
 * "pk" (pagu/realisasi per indicator komponen, Tabel 3.104).
 */
export type Bentuk =
  | "perkin"
  | "fisik"
  | "indikator"
  | "rencana-aksi"
  | "ro"
  | "triwulan"
  | "revisi"
  | "jenis-belanja"
  | "pnbp"
  | "tahunan"
  | "pk";

/** The budget layouts. */
export type BentukAnggaran = "ro" | "triwulan" | "revisi" | "jenis-belanja" | "pnbp" | "tahunan" | "pk";

/** Where one value of a row came from. */
export interface Sumber {
  /** A1 address on the table's sheet. */
  cell: string;
  /** The cell's value as read (text stays text). */
  raw: CellValue;
  /** The cell's formula, if any (the value is then its result). */
  formula?: string;
  /** The cell's number format. */
  format?: string;
  /** True when the number was read from text ("37 Persen", "123,33%"). */
  fromText?: boolean;
  /** Decimals the sheet shows for this value (from the format or the text); drives tolerances. */
  decimals?: number;
  /** Factor applied to the raw number (1000 under a "(Rp000)" header, 100 for 0.25 shown as %). */
  scale?: number;
  /** Set when the text could not be read as a number, or read ambiguously (angka-rusak). */
  problem?: string;
  /** Unit written inside the cell ("Persen" in "3,68 Persen"). */
  unit?: string;
}

/** The quarters as the report names them (TW I … TW IV). */
export const TRIWULAN = ["I", "II", "III", "IV"] as const;

export interface TriwulanNilai {
  target: number | null;
  realisasi: number | null;
}

/** Months of a rencana aksi, as its columns name them (B01 … B12). */
export type KodeBulan = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12";

/**
 * A field path: how `cells` and `columns` name a value of a row. Plain names for the row's own
 * fields; "tw2.realisasi" for a quarter, "b07" for a month, "revisi.19" for a revision of the
 * pagu, "2024" for a year column of a "tahunan" table. Built with `medanTw`, `medanBulan`,
 * `medanRevisi`; read with `uraiMedan` (the one decoder).
 */
export type MedanTw = `tw${1 | 2 | 3 | 4}.${"target" | "realisasi"}`;
export type MedanBulan = `b${KodeBulan}`;
export type MedanRevisi = `revisi.${number}`;
export type MedanTeks = "noSasaran" | "sasaran" | "no" | "noIk" | "indikator" | "satuan" | "kode" | "uraian";
export type MedanNilai = "target" | "realisasi" | "capaian" | "pagu" | "persen" | "sisa" | "sdBulanLalu" | "bulanIni";
export type MedanIk = "targetIk" | "realisasiIk" | "capaianIk";
export type Medan = MedanTeks | MedanNilai | MedanIk | MedanTw | MedanBulan | MedanRevisi | `${number}`;

export type UraianMedan =
  | { jenis: "nilai"; nama: MedanNilai }
  | { jenis: "ik"; nama: MedanIk }
  | { jenis: "tw"; ke: number; nilai: "target" | "realisasi" }
  | { jenis: "bulan"; ke: number }
  | { jenis: "revisi"; ke: number }
  | { jenis: "lain"; nama: string };

const NILAI: readonly MedanNilai[] = ["target", "realisasi", "capaian", "pagu", "persen", "sisa", "sdBulanLalu", "bulanIni"];
const IK: readonly MedanIk[] = ["targetIk", "realisasiIk", "capaianIk"];
const TEKS: readonly MedanTeks[] = ["noSasaran", "sasaran", "no", "noIk", "indikator", "satuan", "kode", "uraian"];

function urai(m: string): UraianMedan {
  const nilai = NILAI.find((n) => n === m);
  if (nilai) return { jenis: "nilai", nama: nilai };
  const ik = IK.find((n) => n === m);
  if (ik) return { jenis: "ik", nama: ik };
  const tw = /^tw([1-4])\.(target|realisasi)$/.exec(m);
  if (tw) return { jenis: "tw", ke: Number(tw[1]) - 1, nilai: tw[2] === "target" ? "target" : "realisasi" };
  const b = /^b(0[1-9]|1[0-2])$/.exec(m);
  if (b) return { jenis: "bulan", ke: Number(b[1]) - 1 };
  const rv = /^revisi\.(\d+)$/.exec(m);
  if (rv) return { jenis: "revisi", ke: Number(rv[1]) };
  return { jenis: "lain", nama: m };
}

/** A key of `cells` or `columns` read back as a field path. */
export function adalahMedan(k: string): k is Medan {
  return uraiMedan(k).jenis !== "lain" || TEKS.some((n) => n === k) || /^\d+$/.test(k);
}

const URAIAN = new Map<string, UraianMedan>();
/**
 * The one decoder of field paths: "tw2.realisasi" → quarter index 1, realisasi; "b07" → month
 * index 6; "revisi.19" → revision 19. Remembered per path (a table has a handful of paths and
 * many cells).
 */
export function uraiMedan(m: string): UraianMedan {
  let u = URAIAN.get(m);
  if (!u) {
    u = urai(m);
    if (URAIAN.size < 1000) URAIAN.set(m, u);
  }
  return u;
}

/** Quarter i (0-based) → "tw{i+1}.target" / "tw{i+1}.realisasi". */
export function medanTw(i: number, nilai: "target" | "realisasi"): MedanTw {
  const ke = ([1, 2, 3, 4] as const)[i];
  return `tw${ke}.${nilai}`;
}

const BULAN: readonly KodeBulan[] = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
/** Month i (0-based) → "b01" … "b12". */
export function medanBulan(i: number): MedanBulan {
  return `b${BULAN[i]}`;
}

/** Revision ke (0 = pagu awal) → "revisi.ke". */
export function medanRevisi(ke: number): MedanRevisi {
  return `revisi.${ke}`;
}

/** Provenance per field path. */
export type SelBaris = { [m in Medan]?: Sumber };

interface RowBase {
  /** 1-based worksheet row. */
  row: number;
  /** Provenance per field path ("target", "tw1.target", "b01", "revisi.3", …). */
  cells: SelBaris;
}

export interface PerkinRow extends RowBase {
  sasaran: string | null;
  /** Indicator number as printed (restarts per sasaran); null when the sheet has none. */
  no?: string | null;
  indikator: string;
  target: number | null;
  satuan: string | null;
  realisasi: number | null;
  /** Capaian as printed on the sheet, in percent points (123.33), or null when there is none. */
  capaian: number | null;
}

export interface TriwulanRow extends RowBase {
  sasaran: string | null;
  indikator: string;
  target: number | null;
  realisasi: number | null;
  satuan?: string | null;
  /** Capaian as printed, percent points. */
  capaian?: number | null;
  /** Four quarters; for "fisik" target/realisasi are the S/R cumulative % points. */
  triwulan: [TriwulanNilai, TriwulanNilai, TriwulanNilai, TriwulanNilai];
  /** Rencana aksi by month B01–B12 (target antara, % points), when the sheet has months. */
  bulan?: (number | null)[];
}

/** What every budget row holds, whatever its layout. */
export interface AnggaranRow extends RowBase {
  kode: string | null;
  uraian: string;
  /** Rupiah. */
  pagu: number | null;
  realisasi: number | null;
  /** Printed % (penyerapan or share), percent points. */
  persen?: number | null;
  /** Printed sisa (pagu − realisasi), Rupiah. */
  sisa?: number | null;
  /** Depth in the code tree (0 = program … 5 = sub-komponen), or the group level for named rows. */
  level?: number;
  /** Group, subtotal or total row. */
  total: boolean;
}

/** "ro": the code tree with pagu, realisasi, % and sisa (Tabel 3.106). */
export type AnggaranRowRo = AnggaranRow;

/** "jenis-belanja": pagu and realisasi per kind of spending, 51/52/53 (Tabel 3.5). */
export type AnggaranRowJenisBelanja = AnggaranRow;

/** "triwulan": pagu per KRO with cumulative target/realisasi % per quarter (Tabel 3.105). */
export interface AnggaranRowTriwulan extends AnggaranRow {
  triwulan: [TriwulanNilai, TriwulanNilai, TriwulanNilai, TriwulanNilai];
}

/** "revisi": pagu per KRO per DIPA revision (Tabel 3.4); pagu is the last revision. */
export interface AnggaranRowRevisi extends AnggaranRow {
  /** Pagu per revision, Rupiah; index = revision number (0 = pagu awal), null where the sheet has no column. */
  revisi: (number | null)[];
}

/** "pnbp": non-tax revenue per service (Tabel 3.109); pagu = target, realisasi = jumlah. */
export interface AnggaranRowPnbp extends AnggaranRow {
  sdBulanLalu?: number | null;
  bulanIni?: number | null;
}

/** "tahunan": years across, measures down (Tabel 3.107, 3.110); one row per block and year. */
export interface AnggaranRowTahunan extends AnggaranRow {
  /** The year of this value column. */
  tahun: number;
}

/** "pk": pagu and realisasi per komponen of a Perjanjian Kinerja indicator (Tabel 3.104). */
export interface AnggaranRowPk extends AnggaranRow {
  /** The indicator the komponen belongs to ("" on the Total row). */
  indikator: string;
  /** Indicator number as written (restarts per sasaran), if the sheet has one. */
  noIk: string | null;
  sasaran: string | null;
  satuan: string | null;
  /** The indicator's target, realisasi and capaian (percent points) as the sheet holds them. */
  targetIk: number | null;
  realisasiIk: number | null;
  capaianIk: number | null;
}

interface TableBase {
  /** Stable id: `${sheet}!${range}`. */
  id: string;
  sheet: string;
  range: string;
  bentuk: Bentuk;
  /** 0..1 */
  confidence: number;
  /** Field → column letter. */
  columns: Record<string, string>;
  /** 1-based worksheet rows that are header rows (incl. repeats at page breaks). */
  headerRows: number[];
  /** Title found above the table ("Tabel 3.9 Capaian Rencana Aksi …"), if any. */
  title?: string;
  /** Money multiplier from a header unit ("(Rp000)" → 1000). */
  multiplier?: number;
}

export interface PerkinTable extends TableBase {
  kind: "perkin";
  rows: PerkinRow[];
}
export interface TriwulanTable extends TableBase {
  kind: "triwulan";
  rows: TriwulanRow[];
}
/** The row shape of each budget layout. */
export interface BarisAnggaran {
  ro: AnggaranRowRo;
  triwulan: AnggaranRowTriwulan;
  revisi: AnggaranRowRevisi;
  "jenis-belanja": AnggaranRowJenisBelanja;
  pnbp: AnggaranRowPnbp;
  tahunan: AnggaranRowTahunan;
  pk: AnggaranRowPk;
}

/** A budget table of layout B. */
export interface AnggaranTableDari<B extends BentukAnggaran> extends TableBase {
  kind: "anggaran";
  bentuk: B;
  rows: BarisAnggaran[B][];
}
export type AnggaranTableRo = AnggaranTableDari<"ro">;
export type AnggaranTableTriwulan = AnggaranTableDari<"triwulan">;
export type AnggaranTableRevisi = AnggaranTableDari<"revisi">;
export type AnggaranTableJenisBelanja = AnggaranTableDari<"jenis-belanja">;
export type AnggaranTablePnbp = AnggaranTableDari<"pnbp">;
export type AnggaranTableTahunan = AnggaranTableDari<"tahunan">;
export type AnggaranTablePk = AnggaranTableDari<"pk">;
/** A budget table: its layout (`bentuk`) says which row shape it holds. */
export type AnggaranTable =
  | AnggaranTableRo
  | AnggaranTableTriwulan
  | AnggaranTableRevisi
  | AnggaranTableJenisBelanja
  | AnggaranTablePnbp
  | AnggaranTableTahunan
  | AnggaranTablePk;
export type Tabel = PerkinTable | TriwulanTable | AnggaranTable;

/** A planner's correction of a recognized table, remembered in the workbook. */
export interface Koreksi {
  sheet: string;
  /** The table's range as recognized (identifies it). */
  range: string;
  ignore?: boolean;
  kind?: Jenis;
  bentuk?: Bentuk;
  /** Field → column letter; overrides the recognized mapping. */
  columns?: Record<string, string>;
}

export type RuleId =
  | "angka-teks"
  | "angka-rusak"
  | "nilai-kosong"
  | "target-nol"
  | "capaian-selisih"
  | "persen-selisih"
  | "jumlah-selisih"
  | "melebihi-pagu"
  | "kumulatif-turun"
  | "tw4-target"
  | "satuan-beda"
  | "antar-lembar"
  | "duplikat";

export type Severity = "error" | "warning" | "info";

export interface Issue {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  /** Indonesian, states expected and found with the numbers. */
  message: string;
  expected?: number | string | null;
  found?: number | string | null;
  /** Id of the table the finding belongs to. */
  table?: string;
}

/** `kinerja periksa --json` */
export interface HasilPeriksa {
  file: string;
  tables: Tabel[];
  issues: Issue[];
}
