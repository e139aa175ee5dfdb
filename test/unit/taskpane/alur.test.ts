/*
 * The summary flow's steps on the sample workbook: order, cancelling between steps (nothing is
 * written), the write step not cancellable, failures titled with the step that failed.
 */
import * as fs from "fs";
import * as path from "path";
import type { SheetPlan } from "../../../src/core/lembar/plan";
import type { Snapshot } from "../../../src/core/snapshot";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { Dibatalkan, ringkas, type Langkah } from "../../../src/taskpane/alur";
import { GalatLangkah, type Buku } from "../../../src/taskpane/sumber";

const CONTOH = path.resolve(__dirname, "../../../assets/contoh-lakip-2024.xlsx");
let snapshot: Snapshot;

beforeAll(async () => {
  snapshot = await bacaBukuKerja(new Uint8Array(fs.readFileSync(CONTOH)));
});

function bukuPalsu(ubah: Partial<Buku> = {}) {
  const ditulis: SheetPlan[][] = [];
  const b: Buku = {
    jenis: "berkas",
    nama: "contoh.xlsx",
    bisaSisip: false,
    baca: async () => snapshot,
    tulis: async (plans) => {
      ditulis.push(plans);
      return plans.map((p) => p.name);
    },
    pilih: async () => {},
    aktifkan: async () => {},
    muatKoreksi: async () => [],
    simpanKoreksi: async () => true,
    sisipRumus: async () => "A1",
    ...ubah,
  };
  return { b, ditulis };
}

test("langkah berurutan dan lembar yang diminta saja", async () => {
  const { b, ditulis } = bukuPalsu();
  const langkah: Langkah[] = [];
  const h = await ringkas(b, [], ["ringkasan-kinerja", "temuan"], { onLangkah: (l) => langkah.push(l) });
  expect(langkah).toEqual(["pindai", "periksa", "rencana", "tulis"]);
  expect(h.lembar).toEqual(["Ringkasan Kinerja", "Temuan"]);
  expect(ditulis).toHaveLength(1);
  expect(h.tabel.map((t) => t.sheet).slice(0, 7)).toEqual(["PK 2024", "Capaian TW", "Rencana Aksi", "Realisasi RO", "Realisasi per TW", "Pagu per KRO", "PNBP"]);
  // Capaian TW F14: 587,47 % printed for 29,37 ÷ 5 = 587,40 % (Tabel 3.9).
  expect(h.issues.find((i) => i.sheet === "Capaian TW" && i.cell === "F14" && i.rule === "capaian-selisih")).toBeDefined();
});

test.each(["pindai", "periksa", "rencana"] as const)("batal saat langkah %s: tidak ada yang ditulis", async (pada) => {
  const { b, ditulis } = bukuPalsu();
  const c = new AbortController();
  await expect(ringkas(b, [], ["temuan"], { signal: c.signal, onLangkah: (l) => l === pada && c.abort() })).rejects.toBeInstanceOf(Dibatalkan);
  expect(ditulis).toEqual([]);
});

test("batal saat menulis tidak memotong penulisan", async () => {
  const { b, ditulis } = bukuPalsu();
  const c = new AbortController();
  const h = await ringkas(b, [], ["temuan"], { signal: c.signal, onLangkah: (l) => l === "tulis" && c.abort() });
  expect(h.lembar).toEqual(["Temuan"]);
  expect(ditulis).toHaveLength(1);
});

test("galat diberi judul langkahnya", async () => {
  const gagalBaca = bukuPalsu({ baca: async () => Promise.reject(new Error("ItemNotFound")) });
  await expect(ringkas(gagalBaca.b, [], ["temuan"])).rejects.toEqual(new GalatLangkah("Gagal membaca buku kerja", "ItemNotFound"));
  const gagalTulis = bukuPalsu({ tulis: async () => Promise.reject(Object.assign(new Error("Batas ukuran permintaan terlampaui"), { code: "RequestPayloadSizeLimitExceeded" })) });
  const e = await ringkas(gagalTulis.b, [], ["temuan"]).catch((x) => x);
  expect(e).toBeInstanceOf(GalatLangkah);
  expect(e.judul).toBe("Gagal menulis lembar ringkasan; buku kerja tidak diubah");
  expect(e.message).toBe("Batas ukuran permintaan terlampaui (kode: RequestPayloadSizeLimitExceeded)");
});
