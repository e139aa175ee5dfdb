/**
 * Indonesian number text → number, and back.
 *
 * Planners' sheets hold numbers typed or pasted as text in many shapes ("20.535.869.000",
 * "123, 33%", "Rp . 47.741.925", "(- 4.024.000)", "3.66", "1,530,589,950"). The reader accepts
 * every shape whose meaning is certain and reports the rest as `rusak` with a reason, so a
 * wrong number never enters a calculation silently.
 */
import Decimal from "decimal.js";

export type Angka =
  | {
      kind: "angka";
      value: number;
      persen: boolean;
      desimal: number;
      teks: boolean;
      satuan?: string;
      rupiah?: boolean;
      /** A parenthesised note after the number that is not a unit, e.g. "(Revisi)", "(MP)", "(A)". */
      catatan?: string;
    }
  | { kind: "kosong" }
  | { kind: "na" }
  | { kind: "rusak"; teks: string; alasan: string };

/** Unit words accepted in parentheses after a number ("25 (Persen)"); anything else there is a note. */
const SATUAN_KURUNG = /^(persen|perusahaan|indeks|nilai|unit|orang|pegawai|kesepakatan|dokumen|laporan|rupiah|kegiatan|layanan|sertifikat|produk)$/i;

const MAKS_DESIMAL = 10;

export function bacaAngka(v: number | string | boolean | null | undefined): Angka {
  if (v === null || v === undefined) return { kind: "kosong" };
  if (typeof v === "boolean") return rusak(String(v).toUpperCase(), "Nilai logika (TRUE/FALSE), bukan angka");
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return rusak(String(v), "Bukan angka yang terhingga");
    return { kind: "angka", value: v, persen: false, desimal: hitungDesimal(v), teks: false };
  }
  return bacaTeks(String(v));
}

function rusak(teks: string, alasan: string): Angka {
  return { kind: "rusak", teks, alasan };
}

/** Decimals needed to show n exactly (up to 10), tolerant of binary noise such as 0.1 + 0.2. */
export function hitungDesimal(n: number): number {
  if (Number.isInteger(n)) return 0;
  const tol = Math.max(Math.abs(n), 1) * 4 * Number.EPSILON;
  for (let d = 1; d < MAKS_DESIMAL; d++) {
    if (Math.abs(Number(n.toFixed(d)) - n) <= tol) return d;
  }
  return MAKS_DESIMAL;
}

function bacaTeks(asli: string): Angka {
  const s = asli.replace(/\s+/g, " ").trim();
  if (s === "" || /^[-–—]$/.test(s)) return { kind: "kosong" };
  if (/^#?n\s*\/\s*a$/i.test(s)) return { kind: "na" };
  if (/^#[A-Z0-9/]+[!?]?$/i.test(s)) return rusak(asli, `Nilai galat Excel ${s}, bukan angka`);

  // "(98.84%)" is a remark in parentheses, not an accounting negative; only "(-4.024.000)" is negative.
  const kurung = /^\((.*)\)$/.exec(s);
  if (kurung && !/[()]/.test(kurung[1])) {
    const dalam = kurung[1].trim();
    const minus = /^[-−–]/.test(dalam);
    const r = bacaTeks(minus ? dalam.replace(/^[-−–]\s*/, "") : dalam);
    if (r.kind !== "angka") return r.kind === "rusak" ? { ...r, teks: asli } : r;
    if (minus && /^[-−–]/.test(dalam.replace(/^[-−–]\s*/, ""))) return rusak(asli, "Tanda minus ganda");
    return minus ? { ...r, value: -r.value } : r;
  }

  let sisa = s;
  let negatif = false;
  let rupiah = false;
  // Word processors turn a typed minus into an en dash ("– 0,06%"); before digits it is a minus.
  const tanda = /^([-−–+])\s*/.exec(sisa);
  if (tanda) {
    negatif = tanda[1] !== "+";
    sisa = sisa.slice(tanda[0].length);
  }
  const rp = /^rp\s*\.?\s*/i.exec(sisa);
  if (rp) {
    rupiah = true;
    sisa = sisa.slice(rp[0].length);
    const t2 = /^([-−–])\s*/.exec(sisa);
    if (t2 && !tanda) {
      negatif = true;
      sisa = sisa.slice(t2[0].length);
    }
  }

  // Spaces after a separator are typing slips ("82, 25", "123,\n33%"); a space between digits is not.
  const inti = /^\d+(?:\s*[.,]+\s*\d+)*/.exec(sisa);
  if (!inti) {
    return rusak(asli, /\d/.test(s) ? "Ada teks sebelum angka" : "Bukan angka");
  }
  const angkaTeks = inti[0].replace(/\s+/g, "");
  if (rupiah && /^0{2,}$/.test(angkaTeks)) return rusak(asli, "Satuan ribuan rupiah (Rp000), bukan angka");
  const hasil = uraiInti(angkaTeks);
  if ("alasan" in hasil) return rusak(asli, hasil.alasan);

  const akhir = bacaAkhiran(sisa.slice(inti[0].length));
  if ("alasan" in akhir) return rusak(asli, akhir.alasan);

  const r: Angka = {
    kind: "angka",
    value: negatif && hasil.value !== 0 ? -hasil.value : hasil.value,
    persen: akhir.persen,
    desimal: hasil.desimal,
    teks: true,
  };
  if (akhir.satuan) r.satuan = akhir.satuan;
  if (rupiah || akhir.rupiah) r.rupiah = true;
  if (akhir.catatan) r.catatan = akhir.catatan;
  return r;
}

type Inti = { value: number; desimal: number } | { alasan: string };

/** Digits with "." and "," only; decides which separator is the decimal mark. */
function uraiInti(t: string): Inti {
  if (/[.,]{2,}/.test(t)) return { alasan: "Tanda pemisah ganda (titik atau koma berurutan)" };
  const titik = (t.match(/\./g) ?? []).length;
  const koma = (t.match(/,/g) ?? []).length;
  if (titik === 0 && koma === 0) return { value: Number(t), desimal: 0 };

  if (titik > 0 && koma > 0) {
    const posTitik = t.lastIndexOf(".");
    const posKoma = t.lastIndexOf(",");
    const des = posKoma > posTitik ? "," : ".";
    const rib = des === "," ? "." : ",";
    const [bulatTeks, pecahan] = [t.slice(0, t.lastIndexOf(des)), t.slice(t.lastIndexOf(des) + 1)];
    if (bulatTeks.includes(des)) return { alasan: "Campuran titik dan koma tidak jelas" };
    if (!ribuanSah(bulatTeks.split(rib))) return { alasan: "Pemisah ribuan tidak teratur" };
    return jadi(bulatTeks.split(rib).join(""), pecahan);
  }

  const sep = titik > 0 ? "." : ",";
  const bagian = t.split(sep);
  if (bagian.length > 2) {
    if (!ribuanSah(bagian)) return { alasan: "Pemisah ribuan tidak teratur" };
    return jadi(bagian.join(""), "");
  }
  // One separator. A comma is the Indonesian decimal mark. A dot followed by exactly three digits
  // after a proper leading group ("1.234") is a thousands mark; otherwise it is an English decimal ("3.66").
  if (sep === "." && ribuanSah(bagian)) return jadi(bagian.join(""), "");
  return jadi(bagian[0], bagian[1]);
}

function ribuanSah(kelompok: string[]): boolean {
  return /^[1-9]\d{0,2}$/.test(kelompok[0]) && kelompok.slice(1).every((k) => /^\d{3}$/.test(k));
}

function jadi(bulatTeks: string, pecahan: string): Inti {
  return { value: Number(pecahan ? `${bulatTeks}.${pecahan}` : bulatTeks), desimal: pecahan.length };
}

type Akhiran = { persen: boolean; satuan?: string; rupiah?: boolean; catatan?: string } | { alasan: string };

/** What may follow the digits: ",-" / ".-", "%", "%%", unit words, one parenthesised unit or note, a final full stop. */
function bacaAkhiran(teks: string): Akhiran {
  let s = teks.trim();
  const out: { persen: boolean; satuan?: string; rupiah?: boolean; catatan?: string } = { persen: false };
  s = s.replace(/^[.,]\s*-/, "").trim();
  while (s.length > 0) {
    let m: RegExpExecArray | null;
    if ((m = /^%{1,2}/.exec(s))) {
      if (out.persen) return { alasan: "Tanda persen ganda" };
      out.persen = true;
    } else if ((m = /^[A-Za-z][A-Za-z.]*(?: [A-Za-z][A-Za-z.]*)*/.exec(s))) {
      if (out.satuan) return { alasan: `Teks tambahan tidak dikenali: "${m[0]}"` };
      out.satuan = m[0].replace(/\.+$/, "");
    } else if ((m = /^\(([^()]*)\)/.exec(s))) {
      const isi = m[1].trim();
      if (SATUAN_KURUNG.test(isi) && !out.satuan) out.satuan = isi;
      else if (!out.catatan) out.catatan = isi;
      else return { alasan: `Teks tambahan tidak dikenali: "${m[0]}"` };
    } else if ((m = /^\.$/.exec(s))) {
      // sentence full stop after a number quoted from prose ("3,68.")
    } else if (/^[-−–]?\s*\d/.test(s)) {
      return { alasan: "Lebih dari satu angka dalam sel" };
    } else {
      return { alasan: `Teks tambahan tidak dikenali: "${s}"` };
    }
    s = s.slice(m[0].length).trim();
  }
  if (out.satuan) {
    if (/^persen$/i.test(out.satuan)) out.persen = true;
    if (/^rupiah$/i.test(out.satuan)) out.rupiah = true;
  }
  return out;
}

/** Excel shows 15 significant digits, then rounds half-up on the decimal value. */
function desimalExcel(n: number): Decimal {
  return new Decimal(n).toSignificantDigits(15, Decimal.ROUND_HALF_UP);
}

/** Indonesian format: 20535869000 → "20.535.869.000"; (123.333, 2) → "123,33"; half-up like Excel. */
export function formatAngka(n: number, desimal?: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  const d = desimal ?? hitungDesimal(n);
  const s = desimalExcel(n).toFixed(Math.max(0, Math.min(20, Math.trunc(d))), Decimal.ROUND_HALF_UP);
  const negatif = s.startsWith("-") && /[1-9]/.test(s);
  const [bulatTeks, pecahan] = s.replace("-", "").split(".");
  const ribuan = bulatTeks.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (negatif ? "-" : "") + ribuan + (pecahan ? `,${pecahan}` : "");
}

/** 123.333 → "123,33 %" (percent points in, two decimals unless told otherwise). */
export function formatPersen(n: number, desimal = 2): string {
  return `${formatAngka(n, desimal)} %`;
}
