/**
 * The pane's async steps: which one runs (`sibuk`), what failed (`galat`), and `jalankan`, through
 * which every step goes. A step takes a ticket when it starts; its answer, its failure and the end
 * of its busy state are applied only while the ticket is current (see antrean.ts).
 */
import { useCallback, useState } from "react";
import { buatAntrean, type Tiket } from "./antrean";
import { GalatLangkah, teksGalat } from "./sumber";

export interface Galat {
  judul: string;
  pesan: string;
}

export type Sibuk = "buka" | "pindai" | "koreksi" | "ringkas" | "pilih" | "sisip" | null;

/** The step's work: resolves with what to apply, which runs only while its ticket is current. */
export type Kerja = (t: Tiket) => Promise<() => void>;

export type Jalankan = (jenis: Sibuk, judul: string, kerja: Kerja) => Promise<void>;

export function keGalat(judul: string, e: unknown): Galat {
  if (e instanceof GalatLangkah) return { judul: e.judul, pesan: e.message };
  return { judul, pesan: teksGalat(e) };
}

/** `bukuKini` reads the workbook open now (a ticket lapses when it changes). */
export function useLangkah(bukuKini: () => unknown) {
  const [sibuk, setSibuk] = useState<Sibuk>(null);
  const [galat, setGalat] = useState<Galat | null>(null);
  const [antrean] = useState(() => buatAntrean(bukuKini));

  const jalankan: Jalankan = useCallback(
    async (jenis, judul, kerja) => {
      const t = antrean.mulai();
      setSibuk(jenis);
      setGalat(null);
      try {
        const terapkan = await kerja(t);
        if (t.berlaku()) terapkan();
      } catch (e) {
        if (t.berlaku()) setGalat(keGalat(judul, e));
      } finally {
        if (t.berlaku()) setSibuk(null);
      }
    },
    [antrean],
  );

  const gagal = useCallback((judul: string, e: unknown) => setGalat(keGalat(judul, e)), []);
  const tutupGalat = useCallback(() => setGalat(null), []);
  return { sibuk, galat, jalankan, gagal, tutupGalat };
}
