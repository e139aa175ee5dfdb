/** Where the CLI writes: one place, so handlers stay testable and JSON/human output stay apart. */
export interface Keluaran {
  /** Results (stdout). */
  tulis(teks: string): void;
  /** Messages for the person at the terminal (stderr). */
  galat(teks: string): void;
  /** stderr is a terminal: progress may redraw one line. */
  galatTty?: boolean;
}

export const konsol: Keluaran = {
  tulis: (t) => void process.stdout.write(t),
  galat: (t) => void process.stderr.write(t),
  get galatTty() {
    return Boolean(process.stderr.isTTY);
  },
};

// C0 and C1 controls (ESC starts terminal escape sequences): cell text is shown, never obeyed.
// eslint-disable-next-line no-control-regex
const KENDALI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** One line of human output: controls removed, tabs and line breaks inside it as spaces. */
export function bersihBaris(s: string): string {
  return s.replace(/[\t\n\r]/g, " ").replace(KENDALI, "");
}

export function tulisJson(k: Keluaran, data: unknown): void {
  k.tulis(JSON.stringify(data, null, 2) + "\n");
}

export function tulisBaris(k: Keluaran, baris: string[]): void {
  k.tulis(baris.map(bersihBaris).join("\n") + "\n");
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
