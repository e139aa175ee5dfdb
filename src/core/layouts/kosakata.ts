/**
 * The header vocabulary every recognizer shares: which words planners put over a column, and
 * what the column then holds. One place, so a synonym added for one layout helps them all.
 *
 * A header label is read in two parts: the period it carries (quarter, month, year, revision)
 * and the unit (a "(%)" or "(Rp000)"), which are taken out first, then the remaining words,
 * which name the field. "Realisasi TW-I (%)" → field realisasi, quarter 1, percent.
 */
import { normalisasi } from "../teks";

export type Medan =
  | "no"
  | "sasaran"
  | "indikator"
  | "target"
  | "satuan"
  | "realisasi"
  | "capaian"
  /** Rencana kegiatan (activity text of a rencana aksi). */
  | "kegiatan"
  | "kode"
  | "uraian"
  | "pagu"
  | "persen"
  | "sisa"
  | "jenisBelanja"
  | "pnbp"
  | "blokir"
  | "keterangan";

/** Words that group the columns under them rather than name one column's content. */
export type Grup = "anggaran" | "fisik" | "keuangan" | "triwulan" | "rencanaAksi" | "bulan" | "output" | "pnbp";

export interface Entri {
  /** Normalized phrase (see normalisasiLabel). */
  frasa: string;
  medan: Medan | null;
  /** Set when the phrase, used as a parent header, groups columns. */
  grup?: Grup;
  /** 0..1, how sure the phrase alone names the field. */
  bobot: number;
  /** Only an exact label matches (single letters such as S and R). */
  persis?: boolean;
  /** "Target Antara": the planned interim value of a rencana aksi. */
  antara?: boolean;
}

function e(medan: Medan | null, bobot: number, frasa: string[], extra: Partial<Entri> = {}): Entri[] {
  return frasa.map((f) => ({ frasa: f, medan, bobot, ...extra }));
}

/** The vocabulary. Other recognizers may append entries with tambahEntri. */
const ENTRI: Entri[] = [
  ...e("no", 1, ["no", "n0", "nomor", "no urut", "nmr", "nomer"]),
  ...e("sasaran", 1, [
    "sasaran",
    "sasaran kegiatan",
    "sasaran kegiatan sk",
    "sasaran strategis",
    "sasaran strategis ss",
    "sasaran srategis",
    "sasaran program",
    "sasaran kinerja",
    "sk",
    "ss",
  ]),
  ...e("indikator", 1, [
    "indikator",
    "indikator kinerja",
    "indikator kinerja ik",
    "indikator kinerja utama",
    "indikator kinerja utama iku",
    "indikator kinerja sasaran",
    "indikator sasaran",
    "ik",
    "iku",
  ]),
  ...e("target", 1, ["target", "target tahunan", "target kinerja", "target pk", "rencana", "target tahun"]),
  ...e("target", 1, ["target antara"], { antara: true }),
  ...e("target", 0.6, ["s", "t"], { persis: true }),
  ...e("satuan", 1, ["satuan", "sat", "satuan ukur", "satuan target"]),
  ...e("realisasi", 1, ["realisasi", "real", "realisasi kinerja", "ralisasi", "realisai", "capaian fisik"]),
  ...e("realisasi", 0.6, ["r"], { persis: true }),
  ...e("capaian", 1, ["capaian", "% capaian", "capaian %", "capaian kinerja", "persentase capaian", "tingkat capaian"]),
  ...e("kegiatan", 1, ["rencana kegiatan", "kegiatan rencana aksi", "uraian kegiatan rencana aksi"]),
  ...e("keterangan", 0.8, ["keterangan", "ket"]),
  // anggaran
  ...e("kode", 1, ["kode", "kd", "kode kro", "kode ro", "kode akun", "kode program", "kode kegiatan"]),
  ...e("uraian", 1, [
    "uraian",
    "program",
    "kegiatan",
    "kro",
    "ro",
    "komponen",
    "sub komponen",
    "subkomponen",
    "akun",
    "program kegiatan kro ro",
    "nama program kegiatan kro ro",
    "nama program kegiatan kro ro proyek",
    "kegiatan komponen subkomponen",
    "kegiatan komponen sub komponen",
    "kegiatan komponen",
    "uraian kegiatan",
    "uraian program kegiatan",
    "rincian",
  ]),
  ...e("jenisBelanja", 1, ["jenis belanja", "belanja"]),
  ...e("pagu", 1, [
    "pagu",
    "pagu anggaran",
    "pagu revisi",
    "pagu awal",
    "pagu akhir",
    "pagu total",
    "pagu dipa",
    "dipa",
    "alokasi",
    "alokasi anggaran",
  ]),
  ...e("pagu", 0.8, ["anggaran"], { grup: "anggaran" }),
  ...e("blokir", 1, ["pagu blokir", "blokir"]),
  ...e("realisasi", 1, ["realisasi anggaran", "realisasi keuangan", "realisasi belanja", "realisasi penyerapan"], {
    grup: "anggaran",
  }),
  ...e("persen", 1, ["%", "persentase", "penyerapan", "% penyerapan", "persentase penyerapan", "persen", "prosentase"]),
  ...e("sisa", 1, ["sisa", "sisa anggaran", "sisa pagu", "sisa dana"]),
  // PNBP receipts "Penerimaan > s/d Bulan Lalu | Bulan Ini | Jumlah" (Tabel 3.109): header words
  // whose meaning depends on the table, so they name no field here.
  ...e(null, 0.6, ["jumlah", "s d bulan lalu", "sd bulan lalu", "sampai dengan bulan lalu", "sampai bulan lalu", "bulan ini"]),
  ...e("pnbp", 1, ["pnbp", "penerimaan", "jasa layanan", "jenis layanan jasa", "jenis layanan", "target penerimaan"], {
    grup: "pnbp",
  }),
  // groups only
  ...e(null, 0.6, ["fisik", "kinerja fisik"], { grup: "fisik" }),
  ...e(null, 0.6, ["keuangan"], { grup: "keuangan" }),
  ...e(null, 0.6, ["rencana aksi"], { grup: "rencanaAksi" }),
  ...e(null, 0.6, ["output", "keluaran"], { grup: "output" }),
];

const persis = new Map<string, Entri>();
/** Longest phrases first, for prefix matching. */
let urut: Entri[] = [];
/** First words of every phrase, period words and unit words: the cheap pre-check. */
const kataAwal = new Set<string>();

function indeks(): void {
  persis.clear();
  for (const x of ENTRI) if (!persis.has(x.frasa)) persis.set(x.frasa, x);
  urut = ENTRI.filter((x) => !x.persis).sort((a, b) => b.frasa.length - a.frasa.length);
  for (const x of ENTRI) kataAwal.add(x.frasa.split(" ")[0]);
}

/** Adds vocabulary (e.g. a layout's own column words). Later entries never shadow earlier ones. */
export function tambahEntri(...entri: Entri[]): void {
  ENTRI.push(...entri);
  indeks();
  cache.clear();
}

export function daftarEntri(): readonly Entri[] {
  return ENTRI;
}

const ROMAWI: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const KATA_TW = new Set(["tw", "trw", "triwulan", "tri", "triw", "kuartal", "q"]);
const BULAN_PANJANG = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
];
const BULAN: Map<string, number> = new Map([
  ...BULAN_PANJANG.map((b, i) => [b, i + 1] as [string, number]),
  ["pebruari", 2],
  ["nopember", 11],
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["agu", 8],
  ["agt", 8],
  ["ags", 8],
  ["agust", 8],
  ["sep", 9],
  ["sept", 9],
  ["okt", 10],
  ["nov", 11],
  ["des", 12],
]);
const KATA_SATUAN = new Set(["rp", "000", "rp000", "ribu", "juta", "ribuan", "jutaan", "dalam", "rupiah"]);
const TAHUN_MIN = 2015;
const TAHUN_MAKS = 2035;

for (const k of KATA_TW) kataAwal.add(k);
for (const k of BULAN.keys()) kataAwal.add(k);
for (let b = 1; b <= 12; b++) {
  kataAwal.add(`b${b}`);
  kataAwal.add(`b${String(b).padStart(2, "0")}`);
}
for (const k of ["rp", "rp000", "000", "q1", "q2", "q3", "q4", "tw1", "tw2", "tw3", "tw4", "twi", "twii", "twiii", "twiv", "ta", "tahun", "%"])
  kataAwal.add(k);
indeks();

export interface Cocok {
  /** The field the words name; null when the label carries only a period or a group. */
  medan: Medan | null;
  grup?: Grup;
  /** 1..4 */
  triwulan?: number;
  /** 1..12 */
  bulan?: number;
  tahun?: number;
  /** "Pagu Revisi 3" → 3; "Pagu Awal" → 0. */
  revisi?: number;
  antara?: boolean;
  /** The label says the column is in percent ("(%)", "% Capaian"). */
  persen?: boolean;
  /** Money unit in the label: "(Rp000)" / "(000)" → 1000, "(Rp juta)" → 1 000 000. */
  pengali?: number;
  /** The label is only a unit ("(%)", "(Rp000)"): it qualifies the column, it does not name it. */
  hanyaSatuan?: boolean;
  /** 0..1 */
  skor: number;
}

/** normalisasi, with "%" kept as its own word ("%Capaian" → "% capaian"). */
export function normalisasiLabel(s: string): string {
  return normalisasi(s.replace(/%+/g, " % "));
}

/**
 * Cheap test whether a cell's text could be a header label: its first word is one the
 * vocabulary knows. Runs on every text cell of a sheet, so it avoids regexes and allocations
 * beyond the first word.
 */
export function mungkinLabel(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 80) return false;
  let i = 0;
  while (i < n && !isAlnum(s.charCodeAt(i)) && s.charCodeAt(i) !== 37) i++;
  if (i < n && s.charCodeAt(i) === 37) return true;
  let j = i;
  while (j < n && isAlnum(s.charCodeAt(j))) j++;
  if (j === i) return false;
  return kataAwal.has(s.slice(i, j).toLowerCase());
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const cache = new Map<string, Cocok | null>();
const CACHE_MAKS = 20000;

/** Reads one header label. null when the label names nothing the recognizers know. */
export function cocokkan(teks: string): Cocok | null {
  const hit = cache.get(teks);
  if (hit !== undefined) return hit;
  const r = cocokkanBaru(teks);
  if (cache.size >= CACHE_MAKS) cache.clear();
  cache.set(teks, r);
  return r;
}

function cocokkanBaru(teks: string): Cocok | null {
  if (teks.length > 120) return null;
  const out: Cocok = { medan: null, skor: 0 };
  if (teks.includes("%")) out.persen = true;
  const pengali = pengaliLabel(teks);
  if (pengali) out.pengali = pengali;

  const kata = normalisasiLabel(teks).split(" ").filter((k) => k !== "");
  if (kata.length === 0) return out.persen || out.pengali ? { ...out, skor: 0.3 } : null;
  const { sisa, periode } = pisahPeriode(kata, out);
  const frasa = sisa.join(" ");
  if (frasa === "") {
    if (periode) return { ...out, skor: 0.9 };
    if (!out.persen && !out.pengali) return null;
    out.hanyaSatuan = true;
    if (out.persen) out.medan = "persen";
    out.skor = 0.5;
    return out;
  }
  if (frasa === "awal" || frasa.startsWith("pagu awal")) out.revisi = out.revisi ?? 0;
  const cocok = cariFrasa(frasa);
  if (!cocok) return periode ? { ...out, skor: 0.5 } : null;
  const { x, skor } = cocok;
  out.medan = x.medan;
  if (x.grup && !out.grup) out.grup = x.grup;
  if (x.antara) out.antara = true;
  out.skor = x.bobot * skor;
  return out;
}

/**
 * Takes the period words out of a label (quarter, month, year, revision number) into `out`;
 * returns the words left and whether a period was named.
 */
function pisahPeriode(kata: string[], out: Cocok): { sisa: string[]; periode: boolean } {
  const sisa: string[] = [];
  let periode = false;
  for (let i = 0; i < kata.length; i++) {
    const k = kata[i];
    const nx = kata[i + 1];
    // quarter: "tw i", "triwulan 2", "q3", "tw1", "twiv"
    if (KATA_TW.has(k) && nx !== undefined && ROMAWI[nx] !== undefined) {
      out.triwulan = ROMAWI[nx];
      periode = true;
      i++;
      continue;
    }
    const tw = /^(?:q|tw|trw)(i{1,3}|iv|[1-4])$/.exec(k);
    if (tw) {
      out.triwulan = ROMAWI[tw[1]];
      periode = true;
      continue;
    }
    if (k === "triwulan" || k === "tw" || k === "trw") {
      out.grup = out.grup ?? "triwulan";
      periode = true;
      continue;
    }
    const b = /^b(0?[1-9]|1[0-2])$/.exec(k);
    if (b) {
      out.bulan = Number(b[1]);
      periode = true;
      continue;
    }
    const bl = BULAN.get(k);
    // short month names only where nothing else could be meant (a label of the month alone, or with a year)
    if (bl !== undefined && (k.length > 3 || kata.length === 1 || /^\d{4}$/.test(nx ?? ""))) {
      out.bulan = bl;
      periode = true;
      continue;
    }
    if (k === "bulan" && nx !== undefined && /^\d{1,2}$/.test(nx) && Number(nx) >= 1 && Number(nx) <= 12) {
      out.bulan = Number(nx);
      periode = true;
      i++;
      continue;
    }
    if (/^\d{4}$/.test(k) && Number(k) >= TAHUN_MIN && Number(k) <= TAHUN_MAKS) {
      out.tahun = Number(k);
      periode = true;
      continue;
    }
    if (k === "ta" || (k === "tahun" && /^\d{4}$/.test(nx ?? ""))) continue;
    if (k === "revisi" && nx !== undefined && /^\d{1,2}$/.test(nx)) {
      out.revisi = Number(nx);
      sisa.push(k);
      i++;
      continue;
    }
    if (/^revisi\d{1,2}$/.test(k)) {
      out.revisi = Number(k.slice(6));
      sisa.push("revisi");
      continue;
    }
    if (KATA_SATUAN.has(k)) continue;
    if (k === "%") continue;
    sisa.push(k);
  }
  return { sisa, periode };
}

/** The vocabulary entry a phrase names: exactly (1), as its start (0.8), or as whole words inside it (0.6). */
function cariFrasa(frasa: string): { x: Entri; skor: number } | null {
  let x = persis.get(frasa);
  let skor = 1;
  if (!x) {
    for (const c of urut) {
      if (frasa.startsWith(c.frasa + " ")) {
        x = c;
        skor = 0.8;
        break;
      }
    }
  }
  if (!x) {
    for (const c of urut) {
      if (c.frasa.length >= 4 && (" " + frasa + " ").includes(" " + c.frasa + " ")) {
        x = c;
        skor = 0.6;
        break;
      }
    }
  }
  return x ? { x, skor } : null;
}

/** "(Rp000)", "(000)", "(Rp.000)", "Rp 000", "(dalam ribuan rupiah)" → 1000; "(Rp juta)" → 1e6. */
export function pengaliLabel(teks: string): number | undefined {
  if (!/000|ribu|juta/i.test(teks)) return undefined;
  if (/\(\s*(?:rp\.?\s*)?000\s*\)|rp\.?\s*000\b|ribuan|\bribu\b/i.test(teks)) return 1000;
  if (/\(\s*(?:rp\.?\s*)?000[.,]000\s*\)|\bjuta/i.test(teks)) return 1_000_000;
  return undefined;
}

/** "B04" (or "B04:", "B 04") → 4: the month label at the start of a rencana aksi cell. */
export function bulanLabel(teks: string): number | undefined {
  const m = /\bB\s?(0?[1-9]|1[0-2])\s*:/i.exec(teks);
  return m ? Number(m[1]) : undefined;
}
