/**
 * The task pane's state: the workbook, its recognized tables, the planner's corrections, the
 * findings and the summary run. Every failure ends up in `galat` (shown, never swallowed). Every
 * async step runs through `jalankan` (langkah.ts): only a current step's answer is applied.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetPlan } from "../core/lembar/plan";
import type { Snapshot } from "../core/snapshot";
import type { Issue, Koreksi, Tabel } from "../core/tabel";
import { cekTabel, Dibatalkan, muatAnalisis, pindai, ringkas, type Langkah } from "./alur";
import { useLangkah, type Jalankan } from "./langkah";
import type { Buku } from "./sumber";

export type { Galat, Sibuk } from "./langkah";

export interface Pesan {
  jenis: "success" | "warning" | "info";
  teks: string;
}

export interface Kemajuan {
  langkah: Langkah;
  ke: number;
}

export interface HasilTulis {
  lembar: string[];
  plans: SheetPlan[];
}

/** What a scan or a correction yields about the workbook. */
export interface Data {
  snapshot: Snapshot | null;
  tabel: Tabel[];
  koreksi: Koreksi[];
  issues: Issue[] | null;
}

const KOSONG: Data = { snapshot: null, tabel: [], koreksi: [], issues: null };

function samaTabel(k: Koreksi, sheet: string, range: string): boolean {
  return k.sheet === sheet && k.range === range;
}

function pesanKoreksi(tersimpan: boolean, hapus: boolean, b: Buku): Pesan {
  if (!tersimpan) return { jenis: "warning", teks: "Koreksi diterapkan, tetapi hanya tersimpan sementara (tidak dapat disimpan)." };
  if (hapus) return { jenis: "success", teks: "Koreksi dihapus; tabel kembali seperti hasil pengenalan." };
  return { jenis: "success", teks: b.jenis === "excel" ? "Koreksi disimpan di buku kerja." : "Koreksi disimpan untuk berkas ini." };
}

interface Kini {
  buku: Buku | null;
  data: Data;
}

/** The summary run: its progress, its result, and cancelling between steps. */
function useRingkasan(kini: { current: Kini }, jalankan: Jalankan, pakaiData: (d: Data) => void, setPesan: (p: Pesan | null) => void) {
  const [kemajuan, setKemajuan] = useState<Kemajuan | null>(null);
  const [hasil, setHasil] = useState<HasilTulis | null>(null);
  const pembatal = useRef<AbortController | null>(null);

  const buatRingkasan = useCallback(
    async (keys: string[]) => {
      const b = kini.current.buku;
      if (!b) return;
      const c = new AbortController();
      pembatal.current = c;
      setPesan(null);
      setHasil(null);
      setKemajuan({ langkah: "pindai", ke: 0 });
      await jalankan("ringkas", "Gagal membuat ringkasan", async (t) => {
        try {
          const h = await ringkas(b, kini.current.data.koreksi, keys, {
            signal: c.signal,
            onLangkah: (langkah, ke) => t.berlaku() && setKemajuan({ langkah, ke }),
          });
          return () => {
            pakaiData({ snapshot: h.snapshot, tabel: h.tabel, koreksi: kini.current.data.koreksi, issues: h.issues });
            setHasil({ lembar: h.lembar, plans: h.plans });
            setPesan({ jenis: "success", teks: `${h.lembar.length} lembar ringkasan dibuat.` });
          };
        } catch (e) {
          if (e instanceof Dibatalkan) return () => setPesan({ jenis: "warning", teks: e.message });
          throw e;
        } finally {
          if (pembatal.current === c) pembatal.current = null;
          if (t.berlaku()) setKemajuan(null);
        }
      });
    },
    [kini, jalankan, pakaiData, setPesan],
  );

  const batal = useCallback(() => pembatal.current?.abort(), []);
  /** A new workbook: nothing of the last run stays. */
  const lupakan = useCallback(() => {
    setHasil(null);
    setKemajuan(null);
  }, []);
  return { kemajuan, hasil, buatRingkasan, batal, lupakan };
}

/** Corrections: applied at once to the snapshot in hand (no re-read: it is the workbook). */
function useKoreksi(kini: { current: Kini }, jalankan: Jalankan, pakaiData: (d: Data) => void, setPesan: (p: Pesan | null) => void) {
  const pakaiKoreksi = useCallback(
    async (koreksi: Koreksi[], hapus = false) => {
      const { buku: b, data: d } = kini.current;
      const snapshot = d.snapshot;
      if (!b || !snapshot) return;
      await jalankan("koreksi", "Gagal menerapkan koreksi", async () => {
        const tersimpan = await b.simpanKoreksi(koreksi);
        const { kenali, periksa } = await muatAnalisis();
        const tabel = kenali(snapshot, koreksi);
        const issues = periksa(tabel);
        return () => {
          pakaiData({ snapshot, tabel, koreksi, issues });
          setPesan(pesanKoreksi(tersimpan, hapus, b));
        };
      });
    },
    [kini, jalankan, pakaiData, setPesan],
  );

  const simpanKoreksi = useCallback(
    (k: Koreksi) => pakaiKoreksi([...kini.current.data.koreksi.filter((x) => !samaTabel(x, k.sheet, k.range)), k]),
    [kini, pakaiKoreksi],
  );

  const hapusKoreksi = useCallback(
    (sheet: string, range: string) => pakaiKoreksi(kini.current.data.koreksi.filter((x) => !samaTabel(x, sheet, range)), true),
    [kini, pakaiKoreksi],
  );
  return { simpanKoreksi, hapusKoreksi };
}

/** What only the Excel workbook does: select a cell, bring a sheet forward, insert a formula. */
function useAksiExcel(kini: { current: Kini }, jalankan: Jalankan, gagal: (judul: string, e: unknown) => void, setPesan: (p: Pesan | null) => void) {
  const pilih = useCallback(
    async (sheet: string, cell: string) => {
      const b = kini.current.buku;
      if (!b || b.jenis !== "excel") return;
      try {
        await b.pilih(sheet, cell);
      } catch (e) {
        if (kini.current.buku === b) gagal(`Gagal memilih sel ${sheet}!${cell}`, e);
      }
    },
    [kini, gagal],
  );

  const aktifkan = useCallback(
    async (sheet: string) => {
      const b = kini.current.buku;
      try {
        await b?.aktifkan(sheet);
      } catch (e) {
        if (kini.current.buku === b) gagal(`Gagal membuka lembar ${sheet}`, e);
      }
    },
    [kini, gagal],
  );

  const sisip = useCallback(
    async (rumus: string, format?: string) => {
      const b = kini.current.buku;
      if (!b?.bisaSisip) return;
      await jalankan("sisip", "Gagal menyisipkan rumus; sel tidak diubah", async () => {
        const alamat = await b.sisipRumus(rumus, format);
        return () => setPesan({ jenis: "success", teks: `Rumus disisipkan di ${alamat}.` });
      });
    },
    [kini, jalankan, setPesan],
  );
  return { pilih, aktifkan, sisip };
}

export function useKinerja(awal: Buku | null) {
  const [buku, setBuku] = useState<Buku | null>(awal);
  const [data, setData] = useState<Data>(KOSONG);
  const [pesan, setPesan] = useState<Pesan | null>(null);

  // The values callbacks read are kept here as they are set (not as last rendered).
  const kini = useRef<Kini>({ buku: awal, data: KOSONG });
  const { sibuk, galat, jalankan, gagal, tutupGalat } = useLangkah(() => kini.current.buku);

  const pakaiData = useCallback((d: Data) => {
    kini.current.data = d;
    setData(d);
  }, []);
  const { kemajuan, hasil, buatRingkasan, batal, lupakan } = useRingkasan(kini, jalankan, pakaiData, setPesan);
  const { simpanKoreksi, hapusKoreksi } = useKoreksi(kini, jalankan, pakaiData, setPesan);
  const { pilih, aktifkan, sisip } = useAksiExcel(kini, jalankan, gagal, setPesan);

  const pindaiUlang = useCallback(async () => {
    const b = kini.current.buku;
    if (!b) return;
    await jalankan("pindai", "Gagal memindai buku kerja", async () => {
      const koreksi = await b.muatKoreksi();
      const h = await pindai(b, koreksi);
      const issues = await cekTabel(h.tabel);
      return () => pakaiData({ snapshot: h.snapshot, tabel: h.tabel, koreksi, issues });
    });
  }, [jalankan, pakaiData]);

  // The workbook open at start (Excel) is scanned on mount (pindaiUlang never changes); later
  // workbooks are scanned when opened.
  useEffect(() => {
    void pindaiUlang();
  }, [pindaiUlang]);

  /** Standalone: open a workbook file (or the sample). ExcelJS is fetched here, not before. */
  const buka = useCallback(
    (nama: string, ambil: () => Promise<ArrayBuffer | Uint8Array>) =>
      jalankan("buka", `Gagal membuka berkas ${nama}`, async () => {
        const [mod, isi] = await Promise.all([import(/* webpackChunkName: "berkas" */ "./sumber-berkas"), ambil()]);
        const b = mod.bukuBerkas(nama, isi instanceof Uint8Array ? isi : new Uint8Array(isi));
        // An unreadable file is reported and the workbook already open stays.
        await b.baca();
        return () => {
          kini.current.buku = b;
          setBuku(b);
          pakaiData(KOSONG);
          lupakan();
          setPesan(null);
          void pindaiUlang();
        };
      }),
    [jalankan, pakaiData, pindaiUlang, lupakan],
  );

  const tutupPesan = useCallback(() => setPesan(null), []);

  return {
    buku,
    ...data,
    sibuk,
    galat,
    pesan,
    kemajuan,
    hasil,
    buka,
    pindaiUlang,
    simpanKoreksi,
    hapusKoreksi,
    buatRingkasan,
    batal,
    pilih,
    aktifkan,
    sisip,
    tutupGalat,
    tutupPesan,
  };
}

export type Kinerja = ReturnType<typeof useKinerja>;
