/**
 * Never cry wolf: sheets that hold no table of ours raise no error; a table recognized with low
 * confidence only informs until confirmed; hidden sheets and identical copies repeat nothing;
 * alike findings fold into one line per column, error cells never do.
 */
import fc from "fast-check";
import { kenali } from "../../../../src/core/layouts";
import type { SheetSnapshot } from "../../../../src/core/snapshot";
import { AMBANG_YAKIN, type Issue } from "../../../../src/core/tabel";
import { periksa } from "../../../../src/core/validasi";
import { kelompokkan, ringkasKelompok } from "../../../../src/core/validasi/kelompok";
import { Lembar } from "../bangun";
import { bukaBuku } from "./buku";
import { lembarSipd } from "./sipd";

const kata = fc.constantFrom("Kepala", "Dinas", "Kesehatan", "Program", "Kegiatan", "Target", "Realisasi", "Anggaran", "Pagu", "Indikator", "Jumlah", "Total", "Satuan", "Kode", "Urusan", "Sub", "Belanja", "Persen", "Uraian", "No");
const kalimat = fc.array(kata, { minLength: 1, maxLength: 12 }).map((k) => k.join(" "));
const kode = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }).map((s) => s.map((x, i) => (i === 0 ? String(x) : String(x).padStart(i === 5 ? 4 : 2, "0"))).join("."));

/** A letter: paragraphs, a date line, a signature. */
const surat = fc.array(kalimat, { minLength: 3, maxLength: 40 }).map((p) => {
  const l = new Lembar("Surat");
  l.baris(["Nomor : 900/123/Dinkes/2024"]);
  for (const x of p) l.baris([x]);
  l.baris([null, null, "Kepala Dinas Kesehatan"]);
  return l.snapshot();
});

/** A staff list: No | Nama | NIP (as text) | Jabatan | Golongan. */
const pegawai = fc.array(fc.tuple(kalimat, fc.bigInt({ min: 10n ** 17n, max: 10n ** 18n - 1n }), kalimat), { minLength: 1, maxLength: 80 }).map((rows) => {
  const l = new Lembar("Pegawai");
  l.baris(["DAFTAR PEGAWAI"]);
  l.baris(["No", "Nama", "NIP", "Jabatan", "Golongan"]);
  rows.forEach(([n, nip, j], i) => l.baris([i + 1, n, String(nip), j, "III/b"]));
  return l.snapshot();
});

/** A nomenclature master list of thousands of rows: Kode | Nomenklatur | Kinerja | Indikator | Satuan, no numbers. */
const nomenklatur = fc.tuple(fc.array(fc.tuple(kode, kalimat, kalimat), { minLength: 50, maxLength: 300 }), fc.integer({ min: 1, max: 10 }), fc.boolean()).map(([rows, ulang, nomor]) => {
  const l = new Lembar("Nomenklatur");
  l.baris(["KEPMENDAGRI 050-5889 TAHUN 2021"]);
  l.baris(["Kode", "Nomenklatur Urusan Kabupaten/Kota", "Kinerja", "Indikator", "Satuan"]);
  if (nomor) l.baris([1, 2, 3, 4, 5]);
  for (let u = 0; u < ulang; u++) for (const [k, n, i] of rows) l.baris([k, n, `Meningkatnya ${n}`, i, "Persen"]);
  return l.snapshot();
});

test("sheets holding no table of ours never raise an error", () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(surat, pegawai, nomenklatur), { minLength: 1, maxLength: 3 }), (sheets: SheetSnapshot[]) => {
      const named = sheets.map((s, i) => ({ ...s, name: `${s.name}${i}` }));
      const issues = periksa(kenali({ sheets: named }));
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    }),
    { numRuns: 25 },
  );
});

const SLIP = { salah: { "1.02.01.2.02": [1_000_000, 0] as [number, number] } };

describe("confidence, copies, hidden sheets", () => {
  test(`below ${AMBANG_YAKIN} a table's findings are info marked "perlu konfirmasi"; confirmed, they are errors`, async () => {
    const snap = await bukaBuku([lembarSipd("Rekap", SLIP)]);
    const tables = kenali(snap).map((t) => ({ ...t, confidence: 0.45 }));
    const ragu = periksa(tables).filter((i) => i.rule === "jumlah-selisih");
    expect(ragu).toHaveLength(1);
    expect(ragu[0].severity).toBe("info");
    expect(ragu[0].message).toMatch(/^Perlu konfirmasi/);
    const t = tables.find((x) => x.bentuk === "sipd-rekap")!;
    const pasti = kenali(snap, [{ sheet: t.sheet, range: t.range, konfirmasi: true }]);
    expect(pasti.find((x) => x.range === t.range)!.confidence).toBe(1);
    expect(periksa(pasti).filter((i) => i.severity === "error")).toHaveLength(1);
  });

  test("a hidden working copy is skipped unless asked for; an identical visible copy repeats no finding", async () => {
    const l = lembarSipd("Rekap", SLIP);
    const snap = await bukaBuku([l, { ...l, nama: "Rekap (2)" }, { ...l, nama: "Kerja", tersembunyi: true }]);
    const biasa = kenali(snap);
    expect(biasa.some((t) => t.sheet === "Kerja")).toBe(false);
    expect(biasa.find((t) => t.sheet === "Rekap (2)")!.salinanDari).toBe("Rekap");
    expect(periksa(biasa).filter((i) => i.severity === "error").map((i) => `${i.sheet}!${i.cell}`)).toEqual([`Rekap!${l.sel.get("1.02.01.2.02")!.anggaran}`]);
    const semua = kenali(snap, [], { tersembunyi: true });
    expect(semua.find((t) => t.sheet === "Kerja")!.salinanDari).toBe("Rekap");
    expect(periksa(semua).filter((i) => i.severity === "error")).toHaveLength(1);
  });
});

describe("grouped findings", () => {
  const temuan = (cell: string, found?: string): Issue => ({ rule: "angka-teks", severity: "warning", sheet: "Rekap", cell, message: `Angka di ${cell} tersimpan sebagai teks.`, found });
  test("1.841 alike findings in one column are one line naming the first cells; every finding is kept", () => {
    const issues = Array.from({ length: 1841 }, (_, i) => temuan(`J${i + 12}`));
    const g = kelompokkan([...issues, temuan("K12")]);
    expect(g.map((x) => [x.kolom, x.temuan.length])).toEqual([["J", 1841], ["K", 1]]);
    expect(ringkasKelompok(g[0], 3)).toBe("1.841 baris di kolom J: Angka di J12 tersimpan sebagai teks. (J12, J13, J14, … 1.838 lagi)");
  });
  test("cells the workbook shows as errors stay one finding each", () => {
    const g = kelompokkan([temuan("U14", "#DIV/0!"), temuan("U15", "#DIV/0!"), temuan("U16", "#REF!")]);
    expect(g.map((x) => x.temuan.length)).toEqual([1, 1, 1]);
  });
});
