/**
 * The task pane's state: the workbook, its recognized tables, the planner's corrections, the
 * findings and the summary run. Every failure ends up in `galat` (shown, never swallowed). Every
 * async step runs through `jalankan`: one ticket per step, and only a current ticket's answer,
 * failure or end of work is applied (see antrean.ts).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetPlan } from "../core/lembar/plan";
import type { Snapshot } from "../core/snapshot";
import type { Issue, Koreksi, Tabel } from "../core/tabel";
import { buatAntrean, type Tiket } from "./antrean";
import { cekTabel, Dibatalkan, muatAnalisis, pindai, ringkas, type Langkah } from "./alur";
import { GalatLangkah, teksGalat, type Buku } from "./sumber";

export interface Galat {
  judul: string;
  pesan: string;
}

export interface Pesan {
  jenis: "success" | "warning" | "info";
  teks: string;
}

export type Sibuk = "buka" | "pindai" | "koreksi" | "ringkas" | "pilih" | "sisip" | null;

export interface Kemajuan {
  langkah: Langkah;
  ke: number;
}

export interface HasilTulis {
  lembar: string[];
  plans: SheetPlan[];
}

/** What a scan or a correction yields about the workbook. */
interface Data {
  snapshot: Snapshot | null;
  tabel: Tabel[];
  koreksi: Koreksi[];
  issues: Issue[] | null;
}

const KOSONG: Data = { snapshot: null, tabel: [], koreksi: [], issues: null };

function keGalat(judul: string, e: unknown): Galat {
  if (e instanceof GalatLangkah) return { judul: e.judul, pesan: e.message };
  return { judul, pesan: teksGalat(e) };
}

function samaTabel(k: Koreksi, sheet: string, range: string): boolean {
  return k.sheet === sheet && k.range === range;
}

function pesanKoreksi(tersimpan: boolean, hapus: boolean, b: Buku): Pesan {
  if (!tersimpan) return { jenis: "warning", teks: "Koreksi diterapkan, tetapi hanya tersimpan sementara (tidak dapat disimpan)." };
  if (hapus) return { jenis: "success", teks: "Koreksi dihapus; tabel kembali seperti hasil pengenalan." };
  return { jenis: "success", teks: b.jenis === "excel" ? "Koreksi disimpan di buku kerja." : "Koreksi disimpan untuk berkas ini." };
}

/** The step's work: resolves with what to apply, which runs only while its ticket is current. */
type Kerja = (t: Tiket) => Promise<() => void>;

export function useKinerja(awal: Buku | null) {
  const [buku, setBuku] = useState<Buku | null>(awal);
  const [data, setData] = useState<Data>(KOSONG);
  const [sibuk, setSibuk] = useState<Sibuk>(null);
  const [galat, setGalat] = useState<Galat | null>(null);
  const [pesan, setPesan] = useState<Pesan | null>(null);
  const [kemajuan, setKemajuan] = useState<Kemajuan | null>(null);
  const [hasil, setHasil] = useState<HasilTulis | null>(null);

  // The values callbacks read are kept here as they are set (not as last rendered).
  const kini = useRef<{ buku: Buku | null; data: Data }>({ buku: awal, data: KOSONG });
  const [antrean] = useState(() => buatAntrean(() => kini.current.buku));
  const pembatal = useRef<AbortController | null>(null);

  const pakaiData = useCallback((d: Data) => {
    kini.current.data = d;
    setData(d);
  }, []);

  const jalankan = useCallback(
    async (jenis: Sibuk, judul: string, kerja: Kerja) => {
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
          setHasil(null);
          setPesan(null);
          setKemajuan(null);
          void pindaiUlang();
        };
      }),
    [jalankan, pakaiData, pindaiUlang],
  );

  /** Applies a corrected list at once (no re-read: the snapshot in hand is the workbook). */
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
    [jalankan, pakaiData],
  );

  const simpanKoreksi = useCallback(
    (k: Koreksi) => pakaiKoreksi([...kini.current.data.koreksi.filter((x) => !samaTabel(x, k.sheet, k.range)), k]),
    [pakaiKoreksi],
  );

  const hapusKoreksi = useCallback(
    (sheet: string, range: string) => pakaiKoreksi(kini.current.data.koreksi.filter((x) => !samaTabel(x, sheet, range)), true),
    [pakaiKoreksi],
  );

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
    [jalankan, pakaiData],
  );

  const batal = useCallback(() => pembatal.current?.abort(), []);

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
    [gagal],
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
    [gagal],
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
    [jalankan],
  );

  const tutupGalat = useCallback(() => setGalat(null), []);
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
