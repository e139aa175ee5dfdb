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
  | "pk"
  | BentukFormat;

/**
 * Layouts exported by government systems (layouts/sipd, renja, dipa, triwulan-kode):
 * "sipd-rekap" (SIPD Rekapitulasi Belanja / LRA), "rak" (SIPD Anggaran Kas), "dipa" (DIPA, POK,
 * RKA-K/L, SAKTI realisasi), "renja" (Evaluasi Renja/RKPD, Permendagri 86/2017), "tw-kode"
 * (quarterly realisation keyed by indicator code with its follow-up columns).
 */
export type BentukFormat = "sipd-rekap" | "rak" | "dipa" | "renja" | "tw-kode";

export const BENTUK_FORMAT: readonly BentukFormat[] = ["sipd-rekap", "rak", "dipa", "renja", "tw-kode"];

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

/** One value per quarter, quarter index 0–3, as the four-tuple the rows hold. */
export function empatTriwulan<T>(f: (i: number) => T): [T, T, T, T] {
  return [f(0), f(1), f(2), f(3)];
}

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
/** Provenance of a system export's row: the field paths and the export's own column keys. */
export type SelBarisBebas = SelBaris & { [kunci: string]: Sumber | undefined };

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

export interface TableBase {
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
  /** Column formulas the sheet prints in its numbering row, by field ("13 = 9 + 10 + 11 + 12"). */
  rumus?: RumusKolom[];
  /** Name of an earlier sheet with identical content: this copy's findings are not repeated. */
  salinanDari?: string;
  /** Title found above the table ("Tabel 3.9 Capaian Rencana Aksi …"), if any. */
  title?: string;
  /** Money multiplier from a header unit ("(Rp000)" → 1000). */
  multiplier?: number;
}

/** A formula printed in a numbering row, on the fields of the columns it names. */
export interface RumusKolom {
  hasil: string;
  /** "jumlah": Σ dari; "rasio": dari[0] / dari[1] × 100; "selisih": dari[0] − dari[1]. */
  op: "jumlah" | "rasio" | "selisih";
  dari: string[];
  /** As printed ("15 = 14 / 6 x 100"). */
  teks: string;
}

/** A row of a code tree read from a system export: its parent is known from the codes or columns. */
export interface AnggaranPohonRow extends AnggaranRow {
  /** Provenance per field: the row's field paths and the export's own columns ("sdLalu", "bulan1", "tw1"). */
  cells: SelBarisBebas;
  /** Worksheet row of the parent row, or null at the top. */
  induk: number | null;
}

/** SIPD Rekapitulasi Belanja / LRA: pagu and realisasi from the Total group (or the only group). */
export type SipdRekapRow = AnggaranPohonRow;

/** DIPA / POK / RKA-K/L / SAKTI: `realisasi` is realisasi s.d. periode ini. */
export interface DipaRow extends AnggaranPohonRow {
  /** SAKTI: realisasi s.d. periode lalu and periode ini, Rupiah. */
  sdLalu?: number | null;
  periodeIni?: number | null;
}

/** SIPD Anggaran Kas: `pagu` is Nilai Rincian. */
export interface RakRow extends AnggaranPohonRow {
  totalRak: number | null;
  /** Months 1–12 as planned (null where blank). */
  bulan: (number | null)[];
  /** TW 1–4 columns as printed (null where the sheet has none). */
  tw: (number | null)[];
}

/** The Rupiah side of an Evaluasi Renja row. */
export interface RenjaRupiah {
  target: number | null;
  triwulan: [number | null, number | null, number | null, number | null];
  realisasi: number | null;
  capaian: number | null;
}

/**
 * Evaluasi Renja / RKPD: `target` is the Renja target of the year (K), `triwulan[n].realisasi`
 * the kinerja of quarter n, `realisasi` the realisasi s.d. triwulan, `capaian` its tingkat capaian.
 */
export interface RenjaRow extends TriwulanRow {
  kode: string | null;
  /** "Perangkat Daerah : …" label above the row. */
  perangkatDaerah: string | null;
  rupiah: RenjaRupiah;
  unit: string | null;
}

/** Quarterly realisation keyed by indicator code, follow-up columns kept as text. */
export interface TwKodeRow extends TriwulanRow {
  kodeIndikator: string;
  kendala: string | null;
  solusi: string | null;
  rencanaTindakLanjut: string | null;
  pic: string | null;
  batasWaktu: string | null;
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
/** A budget table of a report layout: its layout (`bentuk`) says which row shape it holds. */
export type AnggaranTableLaporan =
  | AnggaranTableRo
  | AnggaranTableTriwulan
  | AnggaranTableRevisi
  | AnggaranTableJenisBelanja
  | AnggaranTablePnbp
  | AnggaranTableTahunan
  | AnggaranTablePk;
/** A budget table exported by a government system (SIPD, DIPA/SAKTI, SIPD anggaran kas). */
export type AnggaranTableFormat = SipdRekapTable | DipaTable | RakTable;
/** Every budget table: `kind === "anggaran"`, told apart by `bentuk`. */
export type AnggaranTable = AnggaranTableLaporan | AnggaranTableFormat;
export interface SipdRekapTable extends TableBase {
  kind: "anggaran";
  bentuk: "sipd-rekap";
  rows: SipdRekapRow[];
}
export interface DipaTable extends TableBase {
  kind: "anggaran";
  bentuk: "dipa";
  rows: DipaRow[];
}
export interface RakTable extends TableBase {
  kind: "anggaran";
  bentuk: "rak";
  rows: RakRow[];
}
export interface RenjaTable extends TableBase {
  kind: "triwulan";
  bentuk: "renja";
  rows: RenjaRow[];
}
export interface TwKodeTable extends TableBase {
  kind: "triwulan";
  bentuk: "tw-kode";
  rows: TwKodeRow[];
}
export type TabelFormat = SipdRekapTable | DipaTable | RakTable | RenjaTable | TwKodeTable;
export type Tabel = PerkinTable | TriwulanTable | AnggaranTable | TabelFormat;

/**
 * Below this confidence a table raises no errors or warnings: its findings are shown as info
 * marked "perlu konfirmasi" until the planner confirms the table (Koreksi.konfirmasi).
 */
export const AMBANG_YAKIN = 0.6;

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
  /** The planner confirmed the table as recognized: its findings count in full. */
  konfirmasi?: boolean;
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

/* ---- Multi-year tables of Bab III (history, Renstra, jangka menengah, other satker) ---- */

/** One value of a multi-year table with the cell it came from (null value: N/A, "-", a letter grade). */
export interface SelNilai {
  value: number | null;
  sumber: Sumber;
}

/** Family C: realisasi per year (Tabel 3.17 … 3.94). */
export interface RiwayatRow {
  row: number;
  kode: string | null;
  indikator: string;
  /** Unit written inline in the values ("7 Perusahaan"), if any. */
  satuan: string | null;
  realisasi: { tahun: number; nilai: SelNilai }[];
}

export interface RenstraTahun {
  tahun: number;
  target: SelNilai;
  realisasi: SelNilai;
  persen: SelNilai;
}

/** Family F (Tabel 3.102): per year Target Renstra | Realisasi | %, and the TOTAL block. */
export interface RenstraRow {
  row: number;
  kode: string | null;
  indikator: string;
  satuan: string | null;
  tahun: RenstraTahun[];
  total: { target: SelNilai; realisasi: SelNilai; persen: SelNilai } | null;
}

/** Family D: target jangka menengah, realisasi of the final year, capaian as printed. */
export interface JangkaRow {
  row: number;
  kode: string | null;
  indikator: string;
  target: SelNilai;
  realisasi: SelNilai;
  capaian: SelNilai;
}

/** Family E: one row per indicator, target/realisasi/capaian of each other satker. */
export interface PembandingRow {
  row: number;
  kode: string | null;
  indikator: string;
  satker: { nama: string; target: SelNilai; realisasi: SelNilai; capaian: SelNilai }[];
}

interface TabelMultitahunBase {
  id: string;
  sheet: string;
  range: string;
  confidence: number;
  headerRows: number[];
  title?: string;
}
export interface RiwayatTable extends TabelMultitahunBase {
  bentuk: "riwayat";
  tahun: number[];
  rows: RiwayatRow[];
}
export interface RenstraTable extends TabelMultitahunBase {
  bentuk: "renstra";
  tahun: number[];
  rows: RenstraRow[];
}
export interface JangkaTable extends TabelMultitahunBase {
  bentuk: "jangka-menengah";
  /** Year of the realisasi column ("Realisasi TA. 2024"), when the header names one. */
  tahunRealisasi: number | null;
  rows: JangkaRow[];
}
export interface PembandingTable extends TabelMultitahunBase {
  bentuk: "pembanding";
  rows: PembandingRow[];
}
export type TabelMultitahun = RiwayatTable | RenstraTable | JangkaTable | PembandingTable;
