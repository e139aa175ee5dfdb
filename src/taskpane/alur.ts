/**
 * The summary flow in steps: scan → check → plan → write. Cancelling is honoured between steps;
 * the write is one batch (Excel) or one new file, so a cancel never leaves half a sheet.
 */
import type { SheetPlan } from "../core/lembar/plan";
import type { Snapshot } from "../core/snapshot";
import type { Issue, Koreksi, Tabel } from "../core/tabel";
import { GalatLangkah, teksGalat, type Buku } from "./sumber";

export const LANGKAH = ["pindai", "periksa", "rencana", "tulis"] as const;
export type Langkah = (typeof LANGKAH)[number];

export const NAMA_LANGKAH: Record<Langkah, string> = {
  pindai: "Membaca buku kerja",
  periksa: "Memeriksa data",
  rencana: "Menyusun lembar ringkasan",
  tulis: "Menulis lembar ringkasan",
};

export class Dibatalkan extends Error {
  constructor() {
    super("Pembuatan ringkasan dibatalkan; buku kerja tidak diubah.");
    this.name = "Dibatalkan";
  }
}

export interface HasilPindai {
  snapshot: Snapshot;
  tabel: Tabel[];
}

export interface HasilRingkasan extends HasilPindai {
  issues: Issue[];
  plans: SheetPlan[];
  /** Sheet names written, in plan order. */
  lembar: string[];
}

export const muatAnalisis = () => import(/* webpackChunkName: "analisis" */ "./analisis");

/** Lets the browser paint and handle a cancel click between steps. */
const jeda = () => new Promise<void>((r) => setTimeout(r, 0));

async function langkah<T>(judul: string, f: () => Promise<T> | T): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof Dibatalkan || e instanceof GalatLangkah) throw e;
    throw new GalatLangkah(judul, teksGalat(e));
  }
}

export async function pindai(buku: Buku, koreksi: Koreksi[]): Promise<HasilPindai> {
  const snapshot = await langkah("Gagal membaca buku kerja", () => buku.baca());
  const tabel = await langkah("Gagal mengenali tabel", async () => (await muatAnalisis()).kenali(snapshot, koreksi));
  return { snapshot, tabel };
}

export function cekTabel(tabel: Tabel[]): Promise<Issue[]> {
  return langkah("Gagal memeriksa data", async () => (await muatAnalisis()).periksa(tabel));
}

export interface OpsiRingkasan {
  signal?: AbortSignal;
  onLangkah?: (l: Langkah, ke: number) => void;
}

export async function ringkas(buku: Buku, koreksi: Koreksi[], keys: string[], opsi: OpsiRingkasan = {}): Promise<HasilRingkasan> {
  const cek = async () => {
    await jeda();
    if (opsi.signal?.aborted) throw new Dibatalkan();
  };
  const mulai = (l: Langkah) => opsi.onLangkah?.(l, LANGKAH.indexOf(l));

  await cek();
  mulai("pindai");
  const { snapshot, tabel } = await pindai(buku, koreksi);
  await cek();
  mulai("periksa");
  const issues = await cekTabel(tabel);
  await cek();
  mulai("rencana");
  const plans = await langkah("Gagal menyusun lembar ringkasan", async () => {
    // The sheet builders are needed only here; they stay out of the first download.
    const { buatRingkasan, ringkasanBerlaku } = await import(/* webpackChunkName: "ringkasan" */ "../core/ringkasan/index");
    return buatRingkasan(tabel, issues, ringkasanBerlaku(tabel, keys));
  });
  await cek();
  mulai("tulis");
  const lembar = await langkah("Gagal menulis lembar ringkasan; buku kerja tidak diubah", () => buku.tulis(plans));
  return { snapshot, tabel, issues, plans, lembar };
}
