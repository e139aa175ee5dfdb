/**
 * Text helpers shared by the recognizers, the validator, the summaries and the consolidation:
 * folding headers and names to a comparable form, and comparing indicator names.
 */

/**
 * Folds a header or name to a comparable form: lower case, no diacritics, punctuation to
 * spaces, whitespace collapsed ("Triwulan I (%)" → "triwulan i", "Real." → "real").
 */
export function normalisasi(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Indicator names as keys: the same indicator is typed differently on different sheets
 * ("Tingkat Kepuasanan …" / "Tingkat Kepuasan …", "Faislitasi" / "Fasilitasi", "Indek" /
 * "Indeks"), so names are compared by their words, allowing one slip per longer word.
 */

export function bakuNama(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = /[^\x00-\x7f]/.test(s) ? s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : s;
  return t.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

export function kataNama(baku: string): string[] {
  return baku ? baku.split(" ") : [];
}

/** At most one insertion, deletion, substitution or swap of neighbours. */
function satuSalah(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function kataSama(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  if (a.startsWith(b) || b.startsWith(a)) return Math.abs(a.length - b.length) <= 2;
  return satuSalah(a, b);
}

/** Dice coefficient over words, with near-equal words counted as equal. */
export function kemiripan(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const pakai = new Uint8Array(b.length);
  let sama = 0;
  for (const x of a) {
    for (let j = 0; j < b.length; j++) {
      if (!pakai[j] && kataSama(x, b[j])) {
        pakai[j] = 1;
        sama++;
        break;
      }
    }
  }
  return (2 * sama) / (a.length + b.length);
}

export const BATAS_MIRIP = 0.8;
