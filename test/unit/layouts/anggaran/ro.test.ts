import { kenaliAnggaran } from "../../../../src/core/layouts/anggaran";
import type { AnggaranTable } from "../../../../src/core/tabel";
import { REF, tabel3106, type Opsi3106 } from "./laporan";
import { susun, TANDA_TANGAN } from "./susun";

const RO = REF.realisasi_per_ro;

function kenali(o: Opsi3106, extra: Partial<Parameters<typeof susun>[0]> = {}) {
  const spek = tabel3106(o);
  const h = susun({ ...spek, penutup: TANDA_TANGAN, ...extra });
  const t = kenaliAnggaran(h.sheet);
  expect(t).toHaveLength(1);
  return { t: t[0], h, spek };
}

/** The comparable content of a table: per row kode, pagu, realisasi, persen, total. */
function isi(t: AnggaranTable) {
  return t.rows.map((r) => [r.kode, r.uraian, r.pagu, r.realisasi, r.persen ?? null, r.total]);
}

function sum(xs: (number | null)[]): number {
  return xs.reduce<number>((a, b) => a + (b ?? 0), 0);
}

describe("Tabel 3.106 Realisasi Anggaran per RO", () => {
  const { t, h, spek } = kenali({});

  test("recognized as the ro layout with its title, header rows and repeats", () => {
    expect(t.bentuk).toBe("ro");
    expect(t.kind).toBe("anggaran");
    expect(t.confidence).toBeGreaterThanOrEqual(0.8);
    expect(t.title).toBe(RO.title);
    // two header rows + numbering row, three times (two page breaks)
    expect(t.headerRows).toHaveLength(9);
    expect(t.headerRows).toEqual(h.barisHeader);
    expect(t.columns).toMatchObject({ uraian: "A", pagu: "B", realisasi: "C", persen: "D" });
  });

  test("every RO row with its full code, pagu, realisasi and %", () => {
    const daun = t.rows.filter((r) => !r.total);
    expect(daun).toHaveLength(RO.rows.length);
    RO.rows.forEach((ref: { kode: string; uraian: string; pagu: { value: number }; realisasi: { value: number }; persen: { value: number } }, i: number) => {
      expect(daun[i].kode).toBe(ref.kode);
      expect(daun[i].uraian).toBe(ref.uraian);
      expect(daun[i].pagu).toBe(ref.pagu.value);
      expect(daun[i].realisasi).toBe(ref.realisasi.value);
      expect(daun[i].persen).toBe(ref.persen.value);
      expect(daun[i].level).toBe(5);
    });
  });

  test("leaf rows add up to the report's Total (20.508.472.000 / 20.461.336.835)", () => {
    const daun = t.rows.filter((r) => !r.total);
    const total = t.rows[t.rows.length - 1];
    expect(total.total).toBe(true);
    expect(total.uraian).toBe("Total");
    expect(total.pagu).toBe(RO.total.pagu.value);
    expect(total.realisasi).toBe(RO.total.realisasi.value);
    expect(total.persen).toBe(RO.total.persen.value);
    expect(sum(daun.map((r) => r.pagu))).toBe(RO.total.pagu.value);
    expect(sum(daun.map((r) => r.realisasi))).toBe(RO.total.realisasi.value);
  });

  test("program and kegiatan rows are group rows at levels 0 and 1", () => {
    const grup = t.rows.filter((r) => r.total && r.kode);
    expect(grup.map((r) => [r.kode, r.level])).toEqual([
      ["019.07.EC", 0],
      ["6077", 1],
      ["019.07.WA", 0],
      ["6042", 1],
    ]);
    expect(grup[0].uraian).toBe(RO.group_rows[0].raw.raw.replace(/^\S+ /, ""));
  });

  test("provenance: cell, raw text, fromText, decimals", () => {
    const r = t.rows.find((x) => x.kode === "6077.AEC.002.051.A")!;
    const i = spek.body.findIndex((b) => String(b[0]).startsWith("6077.AEC.002.051.A"));
    expect(r.row).toBe(h.barisBody[i]);
    expect(r.cells.pagu).toEqual({ cell: `B${r.row}`, raw: RO.rows[0].pagu.raw, fromText: true, decimals: 2 });
    expect(r.cells.persen).toMatchObject({ cell: `D${r.row}`, raw: "99,80%", fromText: true, decimals: 2 });
  });
});

describe("Tabel 3.106 layout variants give the same rows", () => {
  const dasar = isi(kenali({}).t);

  test.each<[string, Opsi3106]>([
    ["numbers as numbers, % as formatted fractions", { gaya: "angka" }],
    ["a Kode column", { kode: "pisah" }],
    ["one header row", { headerSatuBaris: true }],
    ["no repeated headers", { ulangHeader: false }],
    ["(Rp000) headers with values in thousands", { ribuan: true, gaya: "angka" }],
    ["(Rp000) headers, one header row", { ribuan: true, gaya: "angka", headerSatuBaris: true }],
  ])("%s", (_n, o) => {
    const { t } = kenali(o);
    expect(isi(t)).toEqual(dasar);
  });

  test("(Rp000) sets scale 1000 on each money cell", () => {
    const { t } = kenali({ ribuan: true, gaya: "angka" });
    expect(t.multiplier).toBe(1000);
    const r = t.rows.find((x) => x.kode === "6077.AEC.002.051.A")!;
    expect(r.cells.pagu!.scale).toBe(1000);
    expect(r.cells.pagu!.raw).toBe(RO.rows[0].pagu.value / 1000);
    expect(r.cells.persen!.scale).toBe(100);
  });

  test("offset, blank rows and columns reversed", () => {
    const { t } = kenali({ headerSatuBaris: true }, { top: 4, left: 3, kosongSebelum: [5, 30], kolom: [3, 2, 1, 0] });
    expect(isi(t)).toEqual(dasar);
    expect(t.columns).toMatchObject({ persen: "C", realisasi: "D", pagu: "E", uraian: "F" });
  });

  test("a Sisa column is read", () => {
    const { t } = kenali({ sisa: true, kode: "pisah" });
    const r = t.rows.find((x) => x.kode === "6077.AEC.002.051.A")!;
    expect(r.sisa).toBe(RO.kro_subtotals_computed["6077.AEC"].sisa);
  });
});

describe("the code tree written as suffixes with group subtotals", () => {
  // Program → kegiatan → KRO → RO → komponen → sub-komponen, each level on its own row, the
  // way RKA-K/L sheets print it; group amounts are the sums of the reference leaf rows.
  const leaves: { kode: string; uraian: string; pagu: { value: number }; realisasi: { value: number } }[] = RO.rows;
  const body: (string | number | null)[][] = [];
  const seen = new Set<string>();
  const jumlah = (prefix: string, f: "pagu" | "realisasi") =>
    leaves.filter((l) => l.kode.startsWith(prefix + ".")).reduce((a, l) => a + l[f].value, 0);
  let roTerakhir = "";
  const prog = RO.group_rows.map((g: { raw: { raw: string } }) => g.raw.raw);
  for (const l of leaves) {
    const s = l.kode.split(".");
    const keg = s[0];
    if (!seen.has(keg)) {
      seen.add(keg);
      const p = prog.find((x: string) => x.startsWith(keg))!;
      const pr = prog[prog.indexOf(p) - 1];
      body.push([pr.split(" ")[0], pr.slice(pr.indexOf(" ") + 1), null, null]);
      body.push([keg, p.slice(5), jumlah(keg, "pagu"), jumlah(keg, "realisasi")]);
    }
    const tingkat: [string, string][] = [
      [s.slice(0, 2).join("."), s.slice(0, 2).join(".")],
      [s.slice(0, 3).join("."), "." + s[2]],
      [s.slice(0, 4).join("."), "." + s[3]],
    ];
    // rows out of order (6077.BAD.058.052.A after .075) go back to an earlier RO: written in full
    if (seen.has(tingkat[1][0]) && roTerakhir !== tingkat[1][0]) tingkat[2][1] = tingkat[2][0];
    roTerakhir = tingkat[1][0];
    for (const [full, tulis] of tingkat) {
      if (seen.has(full)) continue;
      seen.add(full);
      // a new RO after a komponen is written with its KRO, as budget documents do
      const t = tulis === "." + s[2] && seen.has(s.slice(0, 2).join(".") + ":ro") ? full : tulis;
      seen.add(s.slice(0, 2).join(".") + ":ro");
      body.push([t, `Uraian ${full}`, jumlah(full, "pagu"), jumlah(full, "realisasi")]);
    }
    body.push(["." + s[4], l.uraian, l.pagu.value, l.realisasi.value]);
  }
  body.push(["JUMLAH", null, RO.total.pagu.value, RO.total.realisasi.value]);
  const h = susun({ header: [["Kode", "Uraian", "Pagu", "Realisasi"]], body, judul: ["Rincian Realisasi per RO"] });
  const [t] = kenaliAnggaran(h.sheet);

  test("suffixes resolve to the full codes of the report", () => {
    expect(t.bentuk).toBe("ro");
    const daun = t.rows.filter((r) => !r.total);
    expect(daun.map((r) => r.kode)).toEqual(leaves.map((l) => l.kode));
  });
  test("group rows are total rows and their levels follow the tree", () => {
    const kro = t.rows.filter((r) => r.level === 2);
    expect(kro.every((r) => r.total)).toBe(true);
    for (const r of kro) expect(r.pagu).toBe(RO.kro_subtotals_computed[r.kode!].pagu);
    expect(kro.map((r) => r.kode)).toEqual(Object.keys(RO.kro_subtotals_computed));
    expect(new Set(t.rows.filter((r) => r.total).map((r) => r.level))).toEqual(new Set([0, 1, 2, 3, 4, undefined]));
  });
  test("non-total rows add up to the JUMLAH row", () => {
    const last = t.rows[t.rows.length - 1];
    expect(last.total).toBe(true);
    expect(sum(t.rows.filter((r) => !r.total).map((r) => r.pagu))).toBe(last.pagu);
    expect(sum(t.rows.filter((r) => !r.total).map((r) => r.realisasi))).toBe(last.realisasi);
  });
});
