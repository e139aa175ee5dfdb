/** Where the CLI writes: one place, so handlers stay testable and JSON/human output stay apart. */
export interface Keluaran {
  /** Results (stdout). */
  tulis(teks: string): void;
  /** Messages for the person at the terminal (stderr). */
  galat(teks: string): void;
}

export const konsol: Keluaran = {
  tulis: (t) => void process.stdout.write(t),
  galat: (t) => void process.stderr.write(t),
};

export function tulisJson(k: Keluaran, data: unknown): void {
  k.tulis(JSON.stringify(data, null, 2) + "\n");
}

export function tulisBaris(k: Keluaran, baris: string[]): void {
  k.tulis(baris.join("\n") + "\n");
}

/** Exit codes of every command. */
export const KODE = {
  /** Done; no finding of severity "error". */
  ok: 0,
  /** Done; at least one finding of severity "error". */
  temuanGalat: 1,
  /** The input could not be used (missing, not an .xlsx, encrypted, damaged) or bad usage. */
  tidakDapatDipakai: 2,
} as const;
