/**
 * Competition ranking ("1, 2, 2, 4"): rank 1 is the highest value, equal values share a rank, a
 * missing value has none. Values are compared at 10 significant digits so that two capaian that
 * print the same (123,33 % from 37/30 and from 74/60) are a tie despite binary noise.
 */
function kunci(x: number): number {
  return Number(x.toPrecision(10));
}

export function peringkat(nilai: (number | null)[]): (number | null)[] {
  const ada = nilai.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null && Number.isFinite(x.v));
  const urut = ada.map((x) => ({ k: kunci(x.v), i: x.i })).sort((a, b) => b.k - a.k);
  const out: (number | null)[] = nilai.map(() => null);
  urut.forEach((x, n) => {
    out[x.i] = n > 0 && urut[n - 1].k === x.k ? out[urut[n - 1].i] : n + 1;
  });
  return out;
}
