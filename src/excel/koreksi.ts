/**
 * The planner's table corrections, kept in the workbook itself (document settings travel with
 * the file). Without Office settings (browser mode, CLI, old hosts) they live in memory only.
 */
import type { Koreksi } from "../core/tabel";

export const KUNCI_KOREKSI = "sakip.koreksi";

let cadangan: Koreksi[] = [];

function pengaturan(): Office.Settings | null {
  try {
    if (typeof Office === "undefined") return null;
    return Office.context?.document?.settings ?? null;
  } catch {
    return null;
  }
}

function sahKoreksi(x: unknown): x is Koreksi {
  const k = x as Koreksi | null;
  return !!k && typeof k === "object" && typeof k.sheet === "string" && typeof k.range === "string";
}

/** Reads the saved corrections; anything unreadable is dropped rather than breaking recognition. */
export function muatKoreksi(): Koreksi[] {
  const s = pengaturan();
  if (!s) return [...cadangan];
  let v: unknown;
  try {
    v = s.get(KUNCI_KOREKSI);
    if (typeof v === "string") v = JSON.parse(v);
  } catch {
    return [];
  }
  return Array.isArray(v) ? v.filter(sahKoreksi) : [];
}

/** Stores the corrections; resolves false (kept in memory) when the workbook cannot be updated. */
export function simpanKoreksi(daftar: Koreksi[]): Promise<boolean> {
  cadangan = daftar.map((k) => ({ ...k }));
  const s = pengaturan();
  if (!s) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      s.set(KUNCI_KOREKSI, cadangan);
      s.saveAsync((hasil) => resolve(String(hasil?.status) !== "failed"));
    } catch {
      resolve(false);
    }
  });
}

/** Adds or replaces the correction of one table (same sheet and range). */
export function gantiKoreksi(daftar: Koreksi[], k: Koreksi): Koreksi[] {
  return [...daftar.filter((x) => !(x.sheet === k.sheet && x.range === k.range)), k];
}
