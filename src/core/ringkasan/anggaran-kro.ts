/** Realisasi Anggaran, section B: the leaf rows of a code tree grouped by KRO, with subtotals and a grand total. */
import type { AnggaranRow, AnggaranTable } from "../tabel";
import { FORMAT, GAYA, selSumber, selTeks } from "../lembar/sel";
import { letakkanKolom, type Kolom, type Letak } from "../lembar/kolom";
import { jumlah, selJumlahLokal, selJumlahRentang } from "./jumlah";
import { BUNGKUS, PAGU, REALISASI, TENGAH, judulSeksi, kolomTeks, kolomUang, type Keadaan, type Uang } from "./anggaran-kolom";

/** "6077.BAD.036.052.C" → "6077.BAD"; a space inside the code counts as a dot. */
export function kodeKro(kode: string | null): string {
  if (!kode) return "";
  const bagian = kode.trim().split(/[.\s]+/).filter(Boolean);
  return bagian.length >= 2 ? `${bagian[0]}.${bagian[1]}` : bagian[0] ?? "";
}

/** A row of the section: a leaf, the subtotal of one KRO (list rows dari…sampai), or the grand total. */
type BarisKro =
  | { jenis: "daun"; no: number; r: AnggaranRow }
  | { jenis: "sub"; kunci: string; dari: number; sampai: number; uang: Uang }
  | { jenis: "semua"; sub: number[]; uang: Uang };

/** Leaf rows: not a total, with money, and not the parent of the next row's code. */
function daun(t: AnggaranTable): AnggaranRow[] {
  const isi = t.rows.filter((r) => !r.total && (r.pagu !== null || r.realisasi !== null));
  return isi.filter((r, i) => {
    const lanjut = isi[i + 1];
    return !(r.kode && lanjut?.kode && lanjut.kode.startsWith(r.kode) && lanjut.kode !== r.kode);
  });
}

function susun(baris: AnggaranRow[]): BarisKro[] {
  const grup = new Map<string, AnggaranRow[]>();
  for (const r of baris) {
    const kunci = kodeKro(r.kode);
    if (!grup.has(kunci)) grup.set(kunci, []);
    grup.get(kunci)!.push(r);
  }
  const out: BarisKro[] = [];
  const sub: number[] = [];
  let no = 0;
  for (const [kunci, isi] of grup) {
    const dari = out.length;
    for (const r of isi) out.push({ jenis: "daun", no: ++no, r });
    sub.push(out.length);
    const uang = { pagu: jumlah(isi.map((r) => r.pagu)), real: jumlah(isi.map((r) => r.realisasi)), total: true };
    out.push({ jenis: "sub", kunci, dari, sampai: out.length - 1, uang });
  }
  const subs = sub.map((i) => out[i] as Extract<BarisKro, { jenis: "sub" }>);
  out.push({ jenis: "semua", sub, uang: { pagu: jumlah(subs.map((s) => s.uang.pagu)), real: jumlah(subs.map((s) => s.uang.real)), total: true } });
  return out;
}

/** The money cell of a row: the source for a leaf, a SUM of the summary's own cells for a total. */
function sumberUang(sheet: string, medan: "pagu" | "realisasi", kunci: string) {
  return (b: BarisKro, k: Letak) => {
    if (b.jenis === "daun") return selSumber(k.at, sheet, b.r.cells[medan], b.r[medan], { format: FORMAT.rupiah });
    const nilai = medan === "pagu" ? b.uang.pagu : b.uang.real;
    if (b.jenis === "sub") return selJumlahRentang(k.at, k.rentang(kunci, b.dari, b.sampai), nilai, FORMAT.rupiah);
    return selJumlahLokal(k.at, b.sub.map((n) => k.sel(kunci, n)), [nilai], FORMAT.rupiah);
  };
}

function kolomKro(sheet: string): Kolom<BarisKro>[] {
  const total = (b: BarisKro) => b.jenis !== "daun";
  return [
    { kepala: "No", lebar: 6, isi: (b, k) => (b.jenis === "daun" ? selTeks(k.at, b.no, TENGAH) : selTeks(k.at, null, GAYA.total)) },
    kolomTeks("Kode", 26, (b) => (b.jenis === "daun" ? b.r.kode : b.jenis === "sub" ? b.kunci || null : null), { total }),
    kolomTeks("Uraian", 48, (b) => (b.jenis === "daun" ? b.r.uraian : b.jenis === "sub" ? (b.kunci ? `Jumlah KRO ${b.kunci}` : "Jumlah") : "Jumlah seluruh KRO"), { gaya: BUNGKUS, total }),
    ...kolomUang<BarisKro>({
      uang: (b) => (b.jenis === "daun" ? { pagu: b.r.pagu, real: b.r.realisasi } : b.uang),
      pagu: sumberUang(sheet, "pagu", PAGU),
      real: sumberUang(sheet, "realisasi", REALISASI),
    }),
  ];
}

export const KOLOM_KRO = kolomKro("");

export function perKro(k: Keadaan, t: AnggaranTable): void {
  const baris = daun(t);
  if (baris.length === 0) return;
  judulSeksi(k, "B. Per KRO/RO", t);
  const tata = letakkanKolom(k.l, kolomKro(t.sheet), susun(baris), { kepala: k.row });
  k.row = tata.akhir + 2;
}
