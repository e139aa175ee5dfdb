/** Properties: column order, blank rows and title rows never change the rows read. */
import fc from "fast-check";
import { kenali } from "../../../src/core/layouts";
import type { Tabel } from "../../../src/core/tabel";
import { indikatorPerkin, indikatorTriwulan, tanpaSel } from "./bangun";
import { barisPerkinHarapan, barisTriwulanHarapan, lembarPerkin, lembarTriwulan, UNIT_PERKIN, UNIT_TW } from "./tata";

const pk = indikatorPerkin();
const tw = indikatorTriwulan();
const harapanPk = barisPerkinHarapan(pk);
const harapanTw = barisTriwulanHarapan(tw);

const acak = (n: number) =>
  fc.array(fc.nat(), { minLength: n, maxLength: n }).map((ks) =>
    ks.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i),
  );
const indeks = fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { maxLength: 5 });
const tata = (n: number) =>
  fc.record({
    urut: acak(n),
    judul: fc.integer({ min: 0, max: 5 }),
    jeda: fc.integer({ min: 0, max: 3 }),
    kiri: fc.integer({ min: 1, max: 4 }),
    kosong: indeks,
    sasaran: fc.constantFrom("merge" as const, "kosong" as const, "ulang" as const),
    penutup: fc.boolean(),
  });

function baris(t: Tabel[]): unknown[] {
  expect(t).toHaveLength(1);
  return t[0].rows.map(tanpaSel);
}

test("Perkin: shuffled columns, blank and title rows keep the same 15 rows", () => {
  fc.assert(
    fc.property(tata(UNIT_PERKIN), fc.constantFrom("teks" as const, "angka" as const, "fraksi" as const), (t, angka) => {
      expect(baris(kenali({ sheets: [lembarPerkin({ ...t, angka })] }))).toEqual(harapanPk);
    }),
    { numRuns: 60 },
  );
});

test("Tabel 3.9: shuffled annual columns, blank and title rows keep the same 15 rows", () => {
  fc.assert(
    fc.property(tata(UNIT_TW), fc.constantFrom("teks" as const, "angka" as const, "fraksi" as const), (t, angka) => {
      expect(baris(kenali({ sheets: [lembarTriwulan({ ...t, angka })] }))).toEqual(harapanTw);
    }),
    { numRuns: 60 },
  );
});
