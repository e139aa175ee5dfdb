/**
 * The task pane's state: the workbook, its recognized tables, the planner's corrections, the
 * findings and the summary run. Every failure ends up in `galat` (shown, never swallowed).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetPlan } from "../core/lembar/plan";
import type { Snapshot } from "../core/snapshot";
import type { Issue, Koreksi, Tabel } from "../core/tabel";
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

function keGalat(judul: string, e: unknown): Galat {
  if (e instanceof GalatLangkah) return { judul: e.judul, pesan: e.message };
  return { judul, pesan: teksGalat(e) };
}

function samaTabel(k: Koreksi, sheet: string, range: string): boolean {
  return k.sheet === sheet && k.range === range;
}

export function useKinerja(awal: Buku | null) {
  const [buku, setBuku] = useState<Buku | null>(awal);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [tabel, setTabel] = useState<Tabel[]>([]);
  const [koreksi, setKoreksi] = useState<Koreksi[]>([]);
  const [issues, setIssues] = useState<Issue[] | null>(null);
  const [sibuk, setSibuk] = useState<Sibuk>(null);
  const [galat, setGalat] = useState<Galat | null>(null);
  const [pesan, setPesan] = useState<Pesan | null>(null);
  const [kemajuan, setKemajuan] = useState<Kemajuan | null>(null);
  const [hasil, setHasil] = useState<HasilTulis | null>(null);

  // Latest values for callbacks that outlive a render, and to drop answers for a replaced workbook.
  const kini = useRef({ buku, snapshot, koreksi });
  kini.current = { buku, snapshot, koreksi };
  const pembatal = useRef<AbortController | null>(null);

  const gagal = useCallback((judul: string, e: unknown) => setGalat(keGalat(judul, e)), []);

  const pindaiUlang = useCallback(async () => {
    const b = kini.current.buku;
    if (!b) return;
    setSibuk("pindai");
    setGalat(null);
    try {
      const daftar = await b.muatKoreksi();
      const h = await pindai(b, daftar);
      const temuan = await cekTabel(h.tabel);
      if (kini.current.buku !== b) return;
      setKoreksi(daftar);
      setSnapshot(h.snapshot);
      setTabel(h.tabel);
      setIssues(temuan);
    } catch (e) {
      if (kini.current.buku === b) gagal("Gagal memindai buku kerja", e);
    } finally {
      if (kini.current.buku === b) setSibuk(null);
    }
  }, [gagal]);

  useEffect(() => {
    setSnapshot(null);
    setTabel([]);
    setIssues(null);
    setHasil(null);
    setPesan(null);
    if (buku) void pindaiUlang();
  }, [buku, pindaiUlang]);

  /** Standalone: open a workbook file (or the sample). ExcelJS is fetched here, not before. */
  const buka = useCallback(
    async (nama: string, ambil: () => Promise<ArrayBuffer | Uint8Array>) => {
      setSibuk("buka");
      setGalat(null);
      try {
        const [mod, data] = await Promise.all([import(/* webpackChunkName: "berkas" */ "./sumber-berkas"), ambil()]);
        const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
        const b = mod.bukuBerkas(nama, bytes);
        // An unreadable file is reported and the workbook already open stays.
        await b.baca();
        setBuku(b);
      } catch (e) {
        gagal(`Gagal membuka berkas ${nama}`, e);
        setSibuk(null);
      }
    },
    [gagal],
  );

  /** Applies a corrected list at once (no re-read: the snapshot in hand is the workbook). */
  const pakaiKoreksi = useCallback(
    async (daftar: Koreksi[], hapus = false) => {
      const { buku: b, snapshot: snap } = kini.current;
      if (!b || !snap) return;
      setSibuk("koreksi");
      setGalat(null);
      try {
        const tersimpan = await b.simpanKoreksi(daftar);
        const { kenali, periksa } = await muatAnalisis();
        const t = kenali(snap, daftar);
        const temuan = periksa(t);
        setKoreksi(daftar);
        setTabel(t);
        setIssues(temuan);
        setPesan(
          tersimpan
            ? {
                jenis: "success",
                teks: hapus
                  ? "Koreksi dihapus; tabel kembali seperti hasil pengenalan."
                  : b.jenis === "excel"
                    ? "Koreksi disimpan di buku kerja."
                    : "Koreksi disimpan untuk berkas ini.",
              }
            : { jenis: "warning", teks: "Koreksi diterapkan, tetapi hanya tersimpan sementara (tidak dapat disimpan)." },
        );
      } catch (e) {
        gagal("Gagal menerapkan koreksi", e);
      } finally {
        setSibuk(null);
      }
    },
    [gagal],
  );

  const simpanKoreksi = useCallback(
    (k: Koreksi) => pakaiKoreksi([...kini.current.koreksi.filter((x) => !samaTabel(x, k.sheet, k.range)), k]),
    [pakaiKoreksi],
  );

  const hapusKoreksi = useCallback(
    (sheet: string, range: string) => pakaiKoreksi(kini.current.koreksi.filter((x) => !samaTabel(x, sheet, range)), true),
    [pakaiKoreksi],
  );

  const buatRingkasan = useCallback(
    async (keys: string[]) => {
      const b = kini.current.buku;
      if (!b) return;
      const c = new AbortController();
      pembatal.current = c;
      setSibuk("ringkas");
      setGalat(null);
      setPesan(null);
      setHasil(null);
      setKemajuan({ langkah: "pindai", ke: 0 });
      try {
        const h = await ringkas(b, kini.current.koreksi, keys, {
          signal: c.signal,
          onLangkah: (langkah, ke) => setKemajuan({ langkah, ke }),
        });
        setSnapshot(h.snapshot);
        setTabel(h.tabel);
        setIssues(h.issues);
        setHasil({ lembar: h.lembar, plans: h.plans });
        setPesan({ jenis: "success", teks: `${h.lembar.length} lembar ringkasan dibuat.` });
      } catch (e) {
        if (e instanceof Dibatalkan) setPesan({ jenis: "warning", teks: e.message });
        else gagal("Gagal membuat ringkasan", e);
      } finally {
        pembatal.current = null;
        setKemajuan(null);
        setSibuk(null);
      }
    },
    [gagal],
  );

  const batal = useCallback(() => pembatal.current?.abort(), []);

  const pilih = useCallback(
    async (sheet: string, cell: string) => {
      const b = kini.current.buku;
      if (!b || b.jenis !== "excel") return;
      try {
        await b.pilih(sheet, cell);
      } catch (e) {
        gagal(`Gagal memilih sel ${sheet}!${cell}`, e);
      }
    },
    [gagal],
  );

  const aktifkan = useCallback(
    async (sheet: string) => {
      try {
        await kini.current.buku?.aktifkan(sheet);
      } catch (e) {
        gagal(`Gagal membuka lembar ${sheet}`, e);
      }
    },
    [gagal],
  );

  const sisip = useCallback(
    async (rumus: string, format?: string) => {
      const b = kini.current.buku;
      if (!b?.bisaSisip) return;
      setSibuk("sisip");
      try {
        const alamat = await b.sisipRumus(rumus, format);
        setPesan({ jenis: "success", teks: `Rumus disisipkan di ${alamat}.` });
      } catch (e) {
        gagal("Gagal menyisipkan rumus; sel tidak diubah", e);
      } finally {
        setSibuk(null);
      }
    },
    [gagal],
  );

  return {
    buku,
    snapshot,
    tabel,
    koreksi,
    issues,
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
    gagal,
    tutupGalat: () => setGalat(null),
    tutupPesan: () => setPesan(null),
  };
}

export type Kinerja = ReturnType<typeof useKinerja>;
