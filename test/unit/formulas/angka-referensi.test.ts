/**
 * Every number the reference data extracted from the report, read back from its raw text.
 *
 * Rule for what is a number field: an object with a string `raw` and a `value` key.
 *  - `value` is a number → bacaAngka(raw) must be that number (percent text in percent points);
 *  - `value` is null → the reference found no number (N/A, "-", units, headers, names, several
 *    numbers on one line) → bacaAngka must not produce one;
 *  - `value` is a string (letter grades, "Sangat Baik") → not a number field, skipped.
 * The same holds for the reference's other raw/parsed pairs (`expected_raw`/`expected` of the formula
 * cases, `stated_raw`/`stated` of the arithmetic checks, `capaian_persen_raw`/`capaian_persen` of the
 * Perkin) wherever the parsed side is a number.
 */
import * as path from "path";
import { bacaAngka } from "../../../src/core/angka";
import { bacaJson, jelajah, semuaJson, DIR_REFERENSI } from "./referensi";

/**
 * Where the reference's own parse differs on purpose. Keyed by raw text; each says why ours differs.
 */
const PENGECUALIAN: Record<string, string> = {
  // Broken numbers: the reference guessed the intended value; the reader must report them, never guess.
  "4..147.659.000": "rusak",
  "107,.69%": "rusak",
  // Text that contains a number but is not a number cell: a rank in prose and a footer label.
  "peringkat ke-4": "rusak",
  "peringkat ke-5": "rusak",
  "Total 265%": "rusak",
  // Chart data printed en-US (number_format "en" in the reference). A single comma followed by three
  // digits is an Indonesian decimal for the reader ("102,222%"), so "500,000" reads as 500 here;
  // the multi-comma values of the same chart ("1,530,589,950") do read as thousands.
  "500,000": "500",
  // An arithmetic check's "stated" side written as the subtraction the report prints, not a number.
  "4.883.298.000 - 3.134.311.000": "rusak",
  "15.652.571.000 - 14.756.635.000": "rusak",
  // A formula case quoting a whole table row (target, realisasi, capaian) as its printed value.
  "3,6 3,68 103%": "rusak",
};

/** Raw/parsed pairs besides `raw`/`value`. */
const PASANGAN: [string, string][] = [
  ["expected_raw", "expected"],
  ["stated_raw", "stated"],
  ["capaian_persen_raw", "capaian_persen"],
];

type Hitung = { angka: number; kosong: number; bukanAngka: number; dilewati: number; pengecualian: number; pasangan: number };

describe("bacaAngka on every raw string of the reference data", () => {
  const berkas = semuaJson();
  const hitung: Hitung = { angka: 0, kosong: 0, bukanAngka: 0, dilewati: 0, pengecualian: 0, pasangan: 0 };
  const gagal: string[] = [];
  const pengecualianTerpakai = new Set<string>();

  for (const f of berkas) {
    jelajah(bacaJson(path.relative(DIR_REFERENSI, f)), (o, jalur) => {
      const tempat = `${path.basename(f)}${jalur}`;
      if (typeof o.raw === "string" && "value" in o) cek(o.raw, o.value, tempat);
      for (const [r, v] of PASANGAN) {
        if (typeof o[r] === "string" && typeof o[v] === "number") {
          hitung.pasangan++;
          cek(o[r] as string, o[v], `${tempat}.${r}`);
        }
      }
    });
  }

  function cek(raw: string, v: unknown, tempat: string): void {
    const a = bacaAngka(raw);
    if (typeof v === "string") {
      hitung.dilewati++;
      return;
    }
    if (raw in PENGECUALIAN) {
      pengecualianTerpakai.add(raw);
      hitung.pengecualian++;
      const harap = PENGECUALIAN[raw];
      const dapat = a.kind === "angka" ? String(a.value) : a.kind;
      if (dapat !== harap) gagal.push(`${tempat}: ${JSON.stringify(raw)} → ${dapat}, pengecualian mengharapkan ${harap}`);
      return;
    }
    if (v === null) {
      if (a.kind === "angka") gagal.push(`${tempat}: ${JSON.stringify(raw)} → ${a.value}, referensi: bukan angka`);
      else if (a.kind === "rusak") hitung.bukanAngka++;
      else hitung.kosong++;
      if (/^(n\/a|-|)$/i.test(raw.trim()) && a.kind === "rusak") gagal.push(`${tempat}: ${JSON.stringify(raw)} harus kosong/na`);
      return;
    }
    if (typeof v !== "number") return;
    const cocok = a.kind === "angka" && Math.abs(a.value - v) <= 1e-9 * Math.max(1, Math.abs(v));
    if (cocok) hitung.angka++;
    else gagal.push(`${tempat}: ${JSON.stringify(raw)} → ${JSON.stringify(a)}, referensi: ${v}`);
  }

  test("all files were walked and every number reads back", () => {
    console.log(
      `angka: ${berkas.length} JSON files; ${hitung.angka} numbers read back, ${hitung.kosong} N/A or empty, ` +
        `${hitung.bukanAngka} non-number raws rejected, ${hitung.pengecualian} documented exceptions, ${hitung.dilewati} text values skipped ` +
        `(${hitung.pasangan} of them from expected/stated/capaian_persen pairs)`,
    );
    expect(berkas.length).toBeGreaterThanOrEqual(10);
    expect(hitung.angka).toBeGreaterThan(3000);
    expect(hitung.kosong).toBeGreaterThan(100);
    expect(hitung.pasangan).toBeGreaterThanOrEqual(580);
    expect(gagal).toEqual([]);
    expect([...pengecualianTerpakai].sort()).toEqual(Object.keys(PENGECUALIAN).sort());
  });
});
