import fc from "fast-check";
import { kenaliAnggaran } from "../../../../src/core/layouts/anggaran";
import type { SheetSnapshot } from "../../../../src/core/snapshot";
import type { AnggaranTable } from "../../../../src/core/tabel";
import { REF, tabel3106, tabel3109, tabel35, tahunan } from "./laporan";
import { susun, TANDA_TANGAN } from "./susun";

function isi(t: AnggaranTable) {
  return t.rows.map((r) => [r.kode, r.uraian, r.pagu, r.realisasi, r.persen ?? null, r.total, r.level ?? null]);
}

describe("property: shuffled columns, blank and title rows give the same rows", () => {
  const spek = tabel3106({ kode: "pisah", headerSatuBaris: true, sisa: true });
  const dasar = isi(kenaliAnggaran(susun(spek).sheet)[0]);
  const n = spek.header[0].length;

  test("for any column order, blank rows inside the body and title lines above", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
        fc.uniqueArray(fc.integer({ min: 1, max: spek.body.length - 1 }), { maxLength: 4 }),
        fc.array(fc.constantFrom("Lampiran III", "Realisasi Anggaran TA 2024", "BSPJI Palembang", ""), { maxLength: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (kolom, kosong, judul, top, left) => {
          const h = susun({ ...spek, kolom, kosongSebelum: kosong, judul: judul.filter((j) => j), top, left, penutup: TANDA_TANGAN });
          const t = kenaliAnggaran(h.sheet);
          expect(t).toHaveLength(1);
          expect(isi(t[0])).toEqual(dasar);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("several tables on one sheet", () => {
  test("Tabel 3.107, 3.110 and 3.5 stacked with titles between them", () => {
    const a = susun(tahunan(REF.realisasi_2019_2024, "Keterangan")).sheet;
    const b = susun(tahunan(REF.pnbp.tabel_3_110, "Pagu")).sheet;
    const c = susun(tabel35()).sheet;
    const values = [...a.values, [], [], ...b.values, [], ...c.values];
    const sheet: SheetSnapshot = { name: "Ringkasan", top: 1, left: 1, values, merges: [] };
    const t = kenaliAnggaran(sheet);
    expect(t.map((x) => x.bentuk)).toEqual(["tahunan", "tahunan", "jenis-belanja"]);
    expect(t[0].rows).toHaveLength(6);
    expect(t[1].rows).toHaveLength(10);
    // Tabel 3.5 prints no codes; none is guessed from "Belanja Pegawai".
    expect(t[2].rows.map((r) => r.kode)).toEqual([null, null, null]);
    expect(t[1].title).toBe(REF.pnbp.tabel_3_110.title.raw);
    // each table keeps to its own rows
    expect(Math.max(...t[0].rows.map((r) => r.row))).toBeLessThan(Math.min(...t[1].headerRows));
  });
});

describe("formula cells", () => {
  test("a Total computed by SUM carries its formula; the value is the cached result", () => {
    const spek = tabel3106({ gaya: "angka", kode: "pisah", headerSatuBaris: true });
    const h = susun(spek);
    const last = h.sheet.values.length - 1;
    const first = h.barisBody[0];
    h.sheet.formulas![last][2] = `=SUM(C${first}:C${h.barisBody[h.barisBody.length - 2]})`;
    const [t] = kenaliAnggaran(h.sheet);
    const tot = t.rows[t.rows.length - 1];
    expect(tot.total).toBe(true);
    expect(tot.pagu).toBe(REF.realisasi_per_ro.total.pagu.value);
    expect(tot.cells.pagu!.formula).toMatch(/^=SUM\(/);
  });
});

describe("number formats of the report", () => {
  /** Two spending rows; the first holds the pagu and realisasi under test. */
  const duaBelanja = (pagu: string | number, realisasi: string | number): SheetSnapshot => ({
    name: "A",
    top: 1,
    left: 1,
    values: [
      ["Uraian", "Pagu", "Realisasi"],
      ["Belanja Pegawai", pagu, realisasi],
      ["Belanja Barang", 1, 1],
    ],
    merges: [],
  });

  test.each([
    ["Rp        65.345.000,00", 65345000],
    ["Rp . 20.508.472.000,00", 20508472000],
    ["(- 4.024.000)", -4024000],
    ["Rp. 4.826.551.423  (MP)", 4826551423],
    ["9.418.780,00", 9418780],
  ])("%s", (teks, nilai) => {
    const [t] = kenaliAnggaran(duaBelanja(teks, teks));
    expect(t.rows[0].pagu).toBe(nilai);
    expect(t.rows[0].cells.pagu!.fromText).toBe(true);
  });
  test("unreadable text is reported on the cell, not guessed", () => {
    const [t] = kenaliAnggaran(duaBelanja("4..147.659.000", 5));
    expect(t.rows[0].pagu).toBeNull();
    expect(t.rows[0].cells.pagu!.problem).toBeTruthy();
  });
});

describe("not budget tables", () => {
  const tolak = (values: (string | number | null)[][]) =>
    expect(kenaliAnggaran({ name: "X", top: 1, left: 1, values, merges: [] })).toEqual([]);

  test("a staff list", () => {
    tolak([
      ["No", "Nama", "NIP", "Jabatan", "Pangkat/Golongan"],
      [1, "Budi Santoso", "197001011995031001", "Kepala Balai", "Pembina Utama Muda (IV/c)"],
      [2, "Siti Aminah", "198203152006042002", "Kepala Seksi", "Penata (III/c)"],
    ]);
  });
  test("a letter", () => {
    tolak([
      ["KEMENTERIAN PERINDUSTRIAN"],
      ["Nomor: 123/BSPJI-PLG/2025"],
      ["Perihal: Laporan Kinerja Tahun 2024"],
      ["Dengan hormat, bersama ini kami sampaikan Laporan Kinerja (LAKIP) Tahun 2024 dengan realisasi anggaran 99,77%."],
      [...TANDA_TANGAN.slice(0, 1)],
    ]);
  });
  test("a Perjanjian Kinerja (target/realisasi without pagu)", () => {
    tolak([
      ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"],
      [1, "Meningkatnya kualitas layanan", "Indeks Kepuasan Masyarakat", 3.6, "Indeks", 3.68, "102,22%"],
      [2, null, "Nilai minimal laporan keuangan", 91, "Nilai", 95, "104,40%"],
    ]);
  });
  test("an empty sheet", () => tolak([]));
});

describe("Tabel 3.109 numbers as numbers keep the groups", () => {
  test("group rows flagged by their sums, not by their numbers", () => {
    const spek = tabel3109("angka");
    const [t] = kenaliAnggaran(susun(spek).sheet);
    expect(t.rows.map((r) => r.total)).toEqual(spek.jenis.map((j) => j !== "daun"));
  });
});
