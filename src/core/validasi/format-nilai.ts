/**
 * Values of the export families' rows for the rules: a field read back from its provenance
 * (the number the recognizer took, text numbers included), and the comparison at the precision
 * the sheet shows.
 */
import { bacaAngka } from "../angka";
import type { Sumber } from "../tabel";
import { desimalTampil } from "./umum";

/** The number a cell holds (× its scale), null when empty or unreadable. */
export function nilaiSumber(s: Sumber | undefined): number | null {
  if (!s || s.problem) return null;
  const v = s.raw;
  if (typeof v === "number") return Number.isFinite(v) ? v * (s.scale ?? 1) : null;
  if (typeof v !== "string") return null;
  const a = bacaAngka(v);
  return a.kind === "angka" ? a.value * (s.scale ?? 1) : null;
}

/** Money agrees to the rupiah, or to half a unit of what the cell shows when that is coarser. */
export function samaUang(s: Sumber | undefined, tertulis: number, hitung: number): boolean {
  const d = desimalTampil(s, tertulis);
  const tol = Math.max(1, 0.5 * Math.pow(10, -d) * (s?.scale ?? 1)) + 1e-9 * Math.abs(tertulis);
  return Math.abs(tertulis - hitung) <= tol;
}

/** A printed percentage agrees with the computed one at the decimals it shows. */
export function samaPersen(s: Sumber | undefined, tertulis: number, hitung: number): boolean {
  const d = desimalTampil(s, tertulis);
  return Math.abs(tertulis - hitung) <= 0.5 * Math.pow(10, -d) + 1e-9 * Math.max(1, Math.abs(hitung));
}
