/** One row of the benchmark table: a figure, the reference it is measured against in the same run, and its goal. */
export interface HasilBench {
  nama: string;
  nilai: number;
  satuan: string;
  /** What the figure is compared with, measured in the same run (e.g. parsing the same file). */
  acuan?: { nama: string; nilai: number; satuan: string };
  /** The goal in words ("≤ 25 % di atas parsing") and whether it is met. */
  sasaran?: string;
  ok?: boolean;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function ukur<T>(fn: () => Promise<T> | T): Promise<{ ms: number; hasil: T }> {
  const mulai = performance.now();
  const hasil = await fn();
  return { ms: performance.now() - mulai, hasil };
}
