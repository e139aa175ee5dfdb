/**
 * Which row of another table is the same indicator. Tables of one report spell a name
 * differently ("Produktivitas/efisiensi perusahaan …" vs "Produktivitas/Efisiensi Perusahaan …"),
 * and their codes differ (PK "II.3" is Renstra "SK.2.2"), so names decide: word overlap (Dice)
 * with a one-to-one assignment, best pairs first.
 */
import { normalisasi } from "../../teks";

const KATA_UMUM = new Set(["yang", "dan", "di", "dalam", "oleh", "pada", "terhadap", "dengan", "untuk", "bidang", "nilai", "persen", "indeks"]);

function kata(nama: string): Set<string> {
  return new Set(normalisasi(nama).split(" ").filter((k) => k.length > 1 && !KATA_UMUM.has(k)));
}

export function kemiripan(a: string, b: string): number {
  return dice(kata(a), kata(b));
}

function dice(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let sama = 0;
  for (const k of x) if (y.has(k)) sama++;
  return (2 * sama) / (x.size + y.size);
}

const AMBANG = 0.5;

/** For each name of `kiri`, the index of its row in `kanan`, or -1. */
export function pasangkan(kiri: string[], kanan: string[]): number[] {
  const pasangan: { i: number; j: number; s: number }[] = [];
  const kataKanan = kanan.map(kata);
  // Words shared: only pairs with at least one common word are scored (300 × 300 names stay cheap).
  const indeks = new Map<string, number[]>();
  kataKanan.forEach((ks, j) => ks.forEach((k) => (indeks.get(k) ?? indeks.set(k, []).get(k)!).push(j)));
  kiri.forEach((a, i) => {
    const ka = kata(a);
    const calon = new Set<number>();
    for (const k of ka) for (const j of indeks.get(k) ?? []) calon.add(j);
    for (const j of calon) {
      const s = dice(ka, kataKanan[j]);
      if (s >= AMBANG) pasangan.push({ i, j, s });
    }
  });
  pasangan.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const hasil = kiri.map(() => -1);
  const terpakai = new Set<number>();
  for (const p of pasangan) {
    if (hasil[p.i] !== -1 || terpakai.has(p.j)) continue;
    hasil[p.i] = p.j;
    terpakai.add(p.j);
  }
  return hasil;
}
