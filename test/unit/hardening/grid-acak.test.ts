/**
 * 10.000 random sheets through kenali → periksa → buatRingkasan: nothing throws, every finding
 * points at a cell inside its sheet, every plan cell, merge and range is a valid A1 address.
 * The grids mix the header vocabulary (so the recognizers fire), Indonesian number text, Excel
 * errors, huge and tiny numbers, merges and formulas. Small grids keep the run near 30 s.
 */
import fc from "fast-check";
import { daftarEntri } from "../../../src/core/layouts/kosakata";
import { kenali } from "../../../src/core/layouts";
import { periksa } from "../../../src/core/validasi";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { KUNCI_RINGKASAN } from "../../../src/core/ringkasan";
import { parseA1, parseRange, rangeA1, sheetBounds, type CellValue, type SheetSnapshot, type Snapshot } from "../../../src/core/snapshot";

const KATA = [...new Set(daftarEntri().map((e) => e.frasa))];
const LABEL = [
  ...KATA,
  "Target (%)", "Realisasi TW-I (%)", "TW I", "TW II", "TW III", "TW IV", "S", "R", "Pagu (Rp000)", "Realisasi (Rp)",
  "Capaian (%)", "Total", "Jumlah", "Sub Total", "Satuan", "B01", "B12",
];
const TEKS_ANGKA = [
  "1.234,5", "123,33%", "37 Persen", "Rp 65.345.000,00", "(- 4.024.000)", "(98.84%)", "3.66", "1.234", "82, 25", "96,97%%",
  "4..147.659.000", "N/A", "-", "", "  ", "0", "0,00%", "1e308", "20.535.869.000",
];
const GALAT = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
const KODE = ["6077", "6077.AEC", "6077.AEC.002.051.A", "019.07.EC", "51", "52", "53", "SK1", "IK1.1"];

const nilai: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...LABEL) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000) },
  // Huge and tiny, within what a ratio of two of them keeps finite (see the extreme case below).
  { weight: 1, arbitrary: fc.constantFrom(1e15, -1e15, 1e-9, 1e100, Number.MAX_SAFE_INTEGER, 0, -0, 0.25, 1.2333333333, 123.333333333) },
  { weight: 2, arbitrary: fc.constantFrom(...TEKS_ANGKA) },
  { weight: 1, arbitrary: fc.constantFrom(...GALAT) },
  { weight: 1, arbitrary: fc.constantFrom(...KODE) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A header row of field words in random order over random rows: the shape recognizers look for. */
const KEPALA_KINERJA = ["No", "Sasaran", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian (%)", "TW I", "TW II", "TW III", "TW IV"];
const KEPALA_ANGGARAN = ["Kode", "Uraian", "Pagu", "Realisasi", "%", "Sisa", "Pagu (Rp000)", "Jenis Belanja"];
const isiData: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 5000000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 200000 }).map((n) => n / 1000) },
  { weight: 2, arbitrary: fc.constantFrom(...TEKS_ANGKA, ...KODE, "Persen", "Indeks", "Total", "Jumlah") },
  { weight: 2, arbitrary: fc.constantFrom("Meningkatnya daya saing", "Indeks kepuasan", "Layanan pengujian", "Kerja Sama") },
  { weight: 1, arbitrary: nilai },
);
const mirip: fc.Arbitrary<CellValue[][]> = fc
  .tuple(
    fc.constantFrom(KEPALA_KINERJA, KEPALA_ANGGARAN),
    fc.integer({ min: 0, max: 2 }),
    fc.array(fc.array(isiData, { minLength: 3, maxLength: 8 }), { minLength: 1, maxLength: 10 }),
  )
  .chain(([kata, judul, data]) =>
    fc.shuffledSubarray(kata, { minLength: 3, maxLength: Math.min(8, kata.length) }).map((kepala) => [
      ...Array.from({ length: judul }, () => ["Tabel 3. 3 Perjanjian Kinerja TA.2024"] as CellValue[]),
      kepala as CellValue[],
      ...data.map((r) => r.slice(0, kepala.length)),
    ]),
  );

const FORMAT = ["General", "0.00%", "0%", "#,##0", "#,##0.00", "@", "0.00", "dd/mm/yyyy"];

const lembar = (nama: string): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      top: fc.integer({ min: 1, max: 4 }),
      left: fc.integer({ min: 1, max: 3 }),
      values: fc.oneof(fc.array(fc.array(nilai, { maxLength: 8 }), { maxLength: 14 }), mirip),
      merges: fc.array(fc.tuple(fc.nat(13), fc.nat(7), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), { maxLength: 4 }),
      formula: fc.boolean(),
      format: fc.constantFrom(...FORMAT),
    })
    .map(({ top, left, values, merges, formula, format }) => {
      const sheet: SheetSnapshot = { name: nama, top, left, values, merges: [] };
      sheet.numberFormats = values.map((r, i) => r.map((_, j) => ((i + j) % 3 === 0 ? format : "General")));
      if (formula) sheet.formulas = values.map((r) => r.map((v) => (typeof v === "number" && v > 1000 ? "=SUM(A1:A2)" : null)));
      // Excel merges never overlap; later ones that would are dropped.
      const pakai: { top: number; left: number; bottom: number; right: number }[] = [];
      for (const [r, c, h, w] of merges) {
        const m = { top: top + r, left: left + c, bottom: top + r + h, right: left + c + w };
        if (h === 0 && w === 0) continue;
        if (pakai.some((p) => p.top <= m.bottom && m.top <= p.bottom && p.left <= m.right && m.left <= p.right)) continue;
        pakai.push(m);
        sheet.merges.push(rangeA1(m));
      }
      return sheet;
    });

const bukuKerja: fc.Arbitrary<Snapshot> = fc
  .array(fc.constantFrom("PK 2024", "Capaian TW", "Realisasi RO", "Sheet1", "O'Neil 2024", "Anggaran"), { minLength: 1, maxLength: 3 })
  .map((n) => [...new Set(n)])
  .chain((nama) => fc.tuple(...nama.map(lembar)))
  .map((sheets) => ({ sheets }));

const MAKS_BARIS = 1048576;
const MAKS_KOLOM = 16384;

function alamatSah(at: string): boolean {
  const p = parseA1(at);
  return p.row >= 1 && p.row <= MAKS_BARIS && p.col >= 1 && p.col <= MAKS_KOLOM;
}

test("10.000 random workbooks: no crash, findings inside their sheet, plan addresses valid", () => {
  let adaTabel = 0;
  let adaTemuan = 0;
  fc.assert(
    fc.property(bukuKerja, (snap) => {
      const tables = kenali(snap);
      const issues = periksa(tables);
      // As every surface renders them (buatRingkasan makes text fit a cell and numbers finite).
      const plans = buatRingkasan(tables, issues, [...KUNCI_RINGKASAN]);
      if (tables.length > 0) adaTabel++;
      if (issues.length > 0) adaTemuan++;
      const batas = new Map(snap.sheets.map((s) => [s.name, sheetBounds(s)]));
      for (const i of issues) {
        const b = batas.get(i.sheet);
        expect(b).toBeDefined();
        const p = parseA1(i.cell);
        if (p.row < b!.top || p.row > b!.bottom || p.col < b!.left || p.col > b!.right) {
          throw new Error(`Temuan ${i.rule} di ${i.sheet}!${i.cell} di luar lembar ${rangeA1(b!)}`);
        }
      }
      for (const t of tables) expect(() => parseRange(t.range)).not.toThrow();
      for (const p of plans) {
        for (const c of p.cells) {
          if (!alamatSah(c.at)) throw new Error(`Alamat rencana tidak sah: ${p.name}!${c.at}`);
          if (c.link) expect(batas.has(c.link.sheet)).toBe(true);
          if (typeof c.value === "number") expect(Number.isFinite(c.value)).toBe(true);
        }
        for (const r of [...(p.merges ?? []), ...(p.conditionalFormats ?? []).map((x) => x.range), ...(p.table ? [p.table.range] : [])]) {
          const q = parseRange(r);
          if (!alamatSah(`A${q.bottom}`) || q.right > MAKS_KOLOM) throw new Error(`Rentang tidak sah: ${p.name}!${r}`);
        }
      }
    }),
    { numRuns: 10000, seed: 20240101 },
  );
  if (process.env.KINERJA_DEBUG) console.log({ adaTabel, adaTemuan });
  // The generator must actually reach the recognizers and rules, or the property says little.
  expect(adaTabel).toBeGreaterThan(2000);
  expect(adaTemuan).toBeGreaterThan(1000);
}, 300000);

/** A target of 1e-307 makes capaian (3,68 ÷ 1e-307 × 100) overflow; the rules refuse it as #NUM!. */
test("extreme magnitudes: a target of 1e-307 does not crash the summaries", () => {
  const snap: Snapshot = {
    sheets: [
      {
        name: "PK 2024",
        top: 1,
        left: 1,
        merges: [],
        values: [
          ["No", "Sasaran", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"],
          [1, "Meningkatnya daya saing", "Indeks kepuasan", 1e-307, "Indeks", 3.68, 1.02],
          [2, "Meningkatnya daya saing", "Nilai minimal akuntabilitas kinerja", 76, "Nilai", 82.25, 1.0822],
        ],
      },
    ],
  };
  const tables = kenali(snap);
  expect(tables).toHaveLength(1);
  expect(() => buatRingkasan(tables, periksa(tables), [...KUNCI_RINGKASAN])).not.toThrow();
});
