/** @jest-environment jsdom */
/*
 * Stale answers are dropped the same way for every step of the pane: an answer that arrives after
 * the workbook was replaced, or after a newer step started, changes nothing. The workbook is the
 * sample (LAKIP 2024); the "old" answers are held back with promises the test resolves late.
 */
import "./kode-teks";
import * as fs from "fs";
import * as path from "path";
import { act, configure, renderHook, waitFor } from "@testing-library/react";
import type { Snapshot } from "../../../src/core/snapshot";
import type { Koreksi } from "../../../src/core/tabel";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { buatAntrean } from "../../../src/taskpane/antrean";
import type { Buku } from "../../../src/taskpane/sumber";
import { useKinerja } from "../../../src/taskpane/useKinerja";

const BERKAS = path.resolve(__dirname, "../../../assets/contoh-lakip-2024.xlsx");
const TUJUH = ["PK 2024", "Capaian TW", "Rencana Aksi", "Realisasi RO", "Realisasi per TW", "Pagu per KRO", "PNBP"];
// Recognizing the sample takes seconds on a loaded machine; waits allow for it.
configure({ asyncUtilTimeout: 60_000 });
jest.setTimeout(180_000);

let contoh: Snapshot;
/** The sample's first sheet only: one table (PK 2024). */
let pk: Snapshot;

beforeAll(async () => {
  contoh = await bacaBukuKerja(new Uint8Array(fs.readFileSync(BERKAS)));
  pk = { sheets: contoh.sheets.slice(0, 1) };
}, 60_000);

function tunda<T>() {
  let selesai!: (v: T) => void;
  const janji = new Promise<T>((r) => (selesai = r));
  return { janji, selesai };
}

/** An Excel-like workbook whose reads answer in the order the test decides. */
function bukuTertunda(ubah: Partial<Buku> = {}) {
  const bacaan: ReturnType<typeof tunda<Snapshot>>[] = [];
  const b: Buku = {
    jenis: "excel",
    nama: "Buku1",
    bisaSisip: true,
    baca: () => {
      const t = tunda<Snapshot>();
      bacaan.push(t);
      return t.janji;
    },
    tulis: async (plans) => plans.map((p) => p.name),
    pilih: async () => {},
    aktifkan: async () => {},
    muatKoreksi: async () => [],
    simpanKoreksi: async () => true,
    sisipRumus: async () => "A1",
    ...ubah,
  };
  return { b, bacaan };
}

const lembar = (k: { tabel: { sheet: string }[] }) => k.tabel.map((t) => t.sheet);

async function bukaContoh(buka: ReturnType<typeof useKinerja>["buka"]): Promise<void> {
  await act(() => buka("contoh-lakip-2024.xlsx", async () => new Uint8Array(fs.readFileSync(BERKAS))));
}

test("the guard: a ticket lapses when a newer step starts or the workbook changes", () => {
  let buku = "A";
  const antrean = buatAntrean(() => buku);
  const satu = antrean.mulai();
  expect(satu.berlaku()).toBe(true);
  const dua = antrean.mulai();
  expect([satu.berlaku(), dua.berlaku()]).toEqual([false, true]);
  buku = "B";
  expect(dua.berlaku()).toBe(false);
  expect(antrean.mulai().berlaku()).toBe(true);
});

test("pindaiUlang: the older scan answering last is dropped (newer request)", async () => {
  const { b, bacaan } = bukuTertunda();
  const { result } = renderHook(() => useKinerja(b));
  await waitFor(() => expect(bacaan).toHaveLength(1)); // the scan on mount
  act(() => void result.current.pindaiUlang());
  await waitFor(() => expect(bacaan).toHaveLength(2));
  await act(async () => bacaan[1].selesai(pk));
  await waitFor(() => expect(result.current.sibuk).toBeNull());
  expect(lembar(result.current)).toEqual(["PK 2024"]);
  await act(async () => bacaan[0].selesai(contoh));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(lembar(result.current)).toEqual(["PK 2024"]);
  expect(result.current.snapshot).toBe(pk);
});

test("pindaiUlang: a scan of the replaced workbook is dropped (workbook changed)", async () => {
  const { b, bacaan } = bukuTertunda();
  const { result } = renderHook(() => useKinerja(b));
  await waitFor(() => expect(bacaan).toHaveLength(1));
  await bukaContoh(result.current.buka);
  await waitFor(() => expect(result.current.sibuk).toBeNull());
  expect(lembar(result.current).slice(0, 7)).toEqual(TUJUH);
  await act(async () => bacaan[0].selesai(pk));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(result.current.buku?.nama).toBe("contoh-lakip-2024.xlsx");
  expect(lembar(result.current).slice(0, 7)).toEqual(TUJUH);
  expect(result.current.galat).toBeNull();
});

test("pakaiKoreksi: a correction answering after a newer scan is dropped", async () => {
  const simpan = tunda<boolean>();
  const disimpan: Koreksi[][] = [];
  const { b, bacaan } = bukuTertunda({
    simpanKoreksi: (d) => {
      disimpan.push(d);
      return simpan.janji;
    },
  });
  const { result } = renderHook(() => useKinerja(b));
  await waitFor(() => expect(bacaan).toHaveLength(1));
  await act(async () => bacaan[0].selesai(contoh));
  await waitFor(() => expect(result.current.sibuk).toBeNull());
  expect(lembar(result.current).slice(0, 7)).toEqual(TUJUH);

  act(() => void result.current.simpanKoreksi({ sheet: "PK 2024", range: result.current.tabel[0].range, ignore: true }));
  await waitFor(() => expect(disimpan).toHaveLength(1));
  act(() => void result.current.pindaiUlang());
  await waitFor(() => expect(bacaan).toHaveLength(2));
  await act(async () => bacaan[1].selesai(pk));
  await waitFor(() => expect(result.current.sibuk).toBeNull());
  await act(async () => simpan.selesai(true));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  // The newer scan stands: PK 2024 is still listed, no correction applied, no confirmation shown.
  expect(lembar(result.current)).toEqual(["PK 2024"]);
  expect(result.current.koreksi).toEqual([]);
  expect(result.current.pesan).toBeNull();
});

test("buatRingkasan: a summary written for the replaced workbook is not reported", async () => {
  const tulis = tunda<string[]>();
  const { b, bacaan } = bukuTertunda({ tulis: () => tulis.janji });
  const { result } = renderHook(() => useKinerja(b));
  await waitFor(() => expect(bacaan).toHaveLength(1));
  await act(async () => bacaan[0].selesai(contoh));
  await waitFor(() => expect(result.current.sibuk).toBeNull());

  act(() => void result.current.buatRingkasan(["ringkasan-kinerja"]));
  await waitFor(() => expect(bacaan).toHaveLength(2)); // the summary re-reads the workbook
  await act(async () => bacaan[1].selesai(contoh));
  await waitFor(() => expect(result.current.kemajuan?.langkah).toBe("tulis"));
  await bukaContoh(result.current.buka);
  await waitFor(() => expect(result.current.sibuk).toBeNull());
  await act(async () => tulis.selesai(["Ringkasan Kinerja"]));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(result.current.buku?.nama).toBe("contoh-lakip-2024.xlsx");
  expect(result.current.hasil).toBeNull();
  expect(result.current.pesan).toBeNull();
  expect(result.current.kemajuan).toBeNull();
  expect(result.current.sibuk).toBeNull();
});
