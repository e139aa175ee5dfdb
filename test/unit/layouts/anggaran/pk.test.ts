/**
 * "pk" budget layout: Tabel 3.104 Realisasi Keuangan Berdasarkan Perjanjian Kinerja, laid out the
 * ways planners keep it. Every number comes from the reference data (perkin_2024.json → indikator[]
 * .anggaran for the komponen, efisiensi_2024.json for Tabel 3.112), none is typed here.
 */
import { kenaliAnggaran } from "../../../../src/core/layouts/anggaran";
import type { AnggaranRowPk } from "../../../../src/core/tabel";
import { kenaliLembar } from "../../../../src/core/layouts";
import { a1, type CellValue, type SheetSnapshot } from "../../../../src/core/snapshot";
import type { AnggaranTable } from "../../../../src/core/tabel";
import { bacaReferensi } from "../../../referensi";

const PERKIN = bacaReferensi("perkin_2024.json");
const T3112 = bacaReferensi("efisiensi_2024.json").tabel_3_112;
const TOTAL = PERKIN.anggaran_total.tabel_3_104_total;

interface Ik {
  sasaran: string;
  ik: any;
}
const IKS: Ik[] = (PERKIN.sasaran as any[]).flatMap((s) => (s.indikator as any[]).map((ik) => ({ sasaran: s.nama_sources.tabel_3_3.text, ik })));

interface Opsi {
  /** planner: the sample's header; laporan: the report's ("Persen | %", numbering row); satuBaris: one header row. */
  header?: "planner" | "laporan" | "satuBaris";
  /** angka: numbers with formats; teks: the printed text ("Rp. 35.600.000", "99,78%", "3,66"). */
  gaya?: "angka" | "teks";
  /** Indicator cells merged over the komponen, written once with blanks below, or repeated on each row. */
  sel?: "gabung" | "sekali" | "ulang";
  /** Komponen number: own column, "1. …" in the komponen cell, "1\n…" (pasted from the PDF), none. */
  nomor?: "kolom" | "titik" | "baris" | "tidak";
  /** Title, page-break header repeats, blank rows, signature, offset. */
  hias?: boolean;
  /** A planner's own name for one indicator, starting with "Jumlah". */
  namaJumlah?: boolean;
}

type Isi = CellValue | { v: CellValue; f: string };

const NAMA_JUMLAH = "Jumlah perusahaan industri 4.0";

function namaIk(x: Ik, o: Opsi): string {
  return o.namaJumlah && x.ik.code === "SK2.IK1" ? NAMA_JUMLAH : x.ik.sources.tabel_3_3.nama.text;
}

/** Builds the sheet and the rows the recognizer should return, both from the reference. */
function lembar(o: Opsi = {}): { sheet: SheetSnapshot; harapan: Partial<AnggaranRowPk>[] } {
  const header = o.header ?? "planner";
  const gaya = o.gaya ?? "angka";
  const mode = o.sel ?? "gabung";
  const nomor = o.nomor ?? (header === "laporan" ? "baris" : "kolom");
  const noIk = header === "planner";
  const kolNo = nomor === "kolom";
  const uang = (c: any): Isi => (gaya === "teks" ? c.raw : { v: c.value, f: "#,##0" });
  const pct = (c: any): Isi => (gaya === "teks" ? c.raw : { v: c.value / 100, f: "0.00%" });
  const angka = (c: any): Isi => (gaya === "teks" ? c.raw : c.value);

  // Logical columns, left to right.
  const kolom = ["sasaran", ...(noIk ? ["noIk"] : []), "indikator", "satuan", "target", "realisasi", "capaian", ...(kolNo ? ["no"] : []), "komponen", "pagu", "realAgg", "persen"];
  const c = (k: string) => kolom.indexOf(k);
  const kolIk = kolom.slice(c("sasaran") + 1, c("capaian") + 1);

  const baris: Isi[][] = [];
  const merges: [number, number, number, number][] = [];
  const jenisBaris: string[] = [];
  const top = o.hias ? 3 : 1;
  const left = o.hias ? 2 : 1;
  const tambah = (r: Isi[], jenis: string) => {
    baris.push(r);
    jenisBaris.push(jenis);
  };
  const kosong = () => tambah([], "kosong");

  // Header.
  const tulisHeader = () => {
    const r0 = baris.length;
    if (header === "satuBaris") {
      const label: Record<string, string> = {
        sasaran: "Sasaran", indikator: "Indikator Kinerja", satuan: "Satuan", target: "Target", realisasi: "Realisasi",
        capaian: "Capaian", no: "No", komponen: "Komponen", pagu: "Pagu Anggaran", realAgg: "Realisasi Anggaran", persen: "% Penyerapan",
      };
      tambah(kolom.map((k) => label[k]), "header");
      return;
    }
    const label: Record<string, string> =
      header === "laporan"
        ? { sasaran: "Sasaran Strategis", indikator: "Indikator Kinerja", satuan: "Satuan", target: "Target", realisasi: "Persen", capaian: "%", komponen: "Kegiatan/Komponen/ Subkomponen/" }
        : { sasaran: "Sasaran Strategis", noIk: "No", indikator: "Indikator Kinerja", satuan: "Satuan", target: "Target", realisasi: "Realisasi", capaian: "Capaian (%)", no: "No", komponen: "Kegiatan/Komponen" };
    tambah(kolom.map((k) => (k === "pagu" ? "Anggaran" : label[k] ?? null)), "header");
    tambah(kolom.map((k) => ({ pagu: "Pagu", realAgg: "Realisasi", persen: "%" } as Record<string, string>)[k] ?? null), "header");
    for (let i = 0; i < c("pagu"); i++) merges.push([r0, i, r0 + 1, i]);
    merges.push([r0, c("pagu"), r0, c("persen")]);
    if (header === "laporan") tambah(kolom.map((_, i) => i + 1), "header");
  };

  if (o.hias) {
    tambah([PERKIN.tables.tabel_3_104.title.text], "judul");
    kosong();
  }
  tulisHeader();

  const harapan: Partial<AnggaranRowPk>[] = [];
  let sasaranLalu = "";
  let awalSasaran = -1;
  const tutupSasaran = (akhir: number) => {
    if (mode === "gabung" && awalSasaran >= 0 && akhir > awalSasaran) merges.push([awalSasaran, c("sasaran"), akhir, c("sasaran")]);
  };
  IKS.forEach((x, n) => {
    const t = x.ik.sources.tabel_3_104;
    const komponen = x.ik.anggaran.komponen as any[];
    if (x.sasaran !== sasaranLalu) {
      tutupSasaran(baris.length - 1);
      // Decorations at sasaran boundaries, where no merge crosses them.
      if (o.hias && n > 0 && mode !== "sekali") {
        if (x.ik.code === "SK5.IK1") tulisHeader();
        else if (x.ik.code === "SK4.IK1") kosong();
      }
      awalSasaran = baris.length;
    }
    const awalIk = baris.length;
    komponen.forEach((k, i) => {
      // Written once: the indicator continues after a repeated header in the middle of its komponen.
      if (o.hias && mode === "sekali" && x.ik.code === "SK3.IK3" && i === 6) tulisHeader();
      const r: Isi[] = [];
      const isiIk = mode === "ulang" || i === 0;
      if (isiIk) {
        if (mode === "ulang" || x.sasaran !== sasaranLalu) r[c("sasaran")] = x.sasaran;
        if (noIk) r[c("noIk")] = x.ik.no;
        r[c("indikator")] = namaIk(x, o);
        r[c("satuan")] = x.ik.sources.tabel_3_3.satuan.raw;
        r[c("target")] = angka(t.target);
        r[c("realisasi")] = angka(t.realisasi);
        r[c("capaian")] = pct(t.capaian);
      }
      sasaranLalu = x.sasaran;
      const no = k.no as string;
      const teks = k.komponen.text as string;
      if (kolNo) r[c("no")] = gaya === "teks" ? no : Number(no);
      r[c("komponen")] = nomor === "titik" ? `${no}. ${teks}` : nomor === "baris" ? `${no}\n${teks}` : teks;
      r[c("pagu")] = uang(k.pagu);
      r[c("realAgg")] = uang(k.realisasi);
      r[c("persen")] = pct(k.persen);
      tambah(r, "komponen");
      harapan.push({
        indikator: namaIk(x, o),
        noIk: noIk ? String(x.ik.no) : null,
        sasaran: x.sasaran,
        satuan: x.ik.sources.tabel_3_3.satuan.raw,
        targetIk: t.target.value,
        realisasiIk: t.realisasi.value,
        capaianIk: t.capaian.value,
        kode: nomor === "tidak" ? null : no,
        uraian: teks,
        pagu: k.pagu.value,
        realisasi: k.realisasi.value,
        persen: k.persen.value,
        total: false,
      });
    });
    if (mode === "gabung" && komponen.length > 1)
      for (const k of kolIk) merges.push([awalIk, c(k), baris.length - 1, c(k)]);
  });
  tutupSasaran(baris.length - 1);
  const rt = baris.length;
  const tot: Isi[] = [];
  tot[0] = "Total";
  tot[c("pagu")] = uang(TOTAL.pagu);
  tot[c("realAgg")] = uang(TOTAL.realisasi);
  tot[c("persen")] = pct(TOTAL.persen);
  tambah(tot, "total");
  if (mode === "gabung") merges.push([rt, 0, rt, c("komponen")]);
  harapan.push({ total: true, uraian: "Total", pagu: TOTAL.pagu.value, realisasi: TOTAL.realisasi.value, persen: TOTAL.persen.value, indikator: "" });
  if (o.hias) {
    kosong();
    for (const s of ["Palembang, 31 Januari 2025", "Kepala Balai Standardisasi dan Pelayanan Jasa Industri Palembang"]) {
      const r: Isi[] = [];
      r[c("komponen")] = s;
      tambah(r, "penutup");
    }
  }

  const lebar = kolom.length;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (const r of baris) {
    const v: CellValue[] = [];
    const f: string[] = [];
    for (let i = 0; i < lebar; i++) {
      const x = r[i] ?? null;
      if (x !== null && typeof x === "object") {
        v.push(x.v);
        f.push(x.f);
      } else {
        v.push(x);
        f.push("General");
      }
    }
    values.push(v);
    numberFormats.push(f);
  }
  const ref = ([r1, c1, r2, c2]: [number, number, number, number]) => `${a1(top + r1, left + c1)}:${a1(top + r2, left + c2)}`;
  return { sheet: { name: "Anggaran per IK", top, left, values, numberFormats, merges: merges.map(ref) }, harapan };
}

function satu(sheet: SheetSnapshot): AnggaranTable {
  const t = kenaliAnggaran(sheet);
  expect(t).toHaveLength(1);
  expect(t[0].bentuk).toBe("pk");
  return t[0];
}

const BIDANG: (keyof AnggaranRowPk)[] = ["indikator", "noIk", "sasaran", "satuan", "targetIk", "realisasiIk", "capaianIk", "kode", "uraian", "pagu", "realisasi", "persen", "total"];

function ringkas(rows: AnggaranRowPk[], h: Partial<AnggaranRowPk>[]): Partial<AnggaranRowPk>[] {
  return rows.map((r, i) => {
    const o: Partial<AnggaranRowPk> = {};
    for (const k of Object.keys(h[i] ?? {}) as (keyof AnggaranRowPk)[]) if (BIDANG.includes(k)) (o as any)[k] = r[k];
    return o;
  });
}

/** Σ pagu and Σ realisasi of the komponen, per indicator, in sheet order. */
function perIndikator(rows: AnggaranRowPk[]): Map<string, { pagu: number; realisasi: number; n: number }> {
  const m = new Map<string, { pagu: number; realisasi: number; n: number }>();
  for (const r of rows) {
    if (r.total) continue;
    const x = m.get(r.indikator) ?? { pagu: 0, realisasi: 0, n: 0 };
    x.pagu += r.pagu ?? 0;
    x.realisasi += r.realisasi ?? 0;
    x.n++;
    m.set(r.indikator, x);
  }
  return m;
}

function kata(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));
}

/** The Perkin indicator a Tabel 3.112 row names (its wording differs a little: most shared words). */
function cocokIk(nama: string): Ik {
  const a = kata(nama);
  let best: Ik | undefined;
  let skor = -1;
  for (const x of IKS) {
    const b = kata(x.ik.sources.tabel_3_3.nama.text);
    const sama = [...a].filter((w) => b.has(w)).length / new Set([...a, ...b]).size;
    if (sama > skor) {
      skor = sama;
      best = x;
    }
  }
  return best!;
}

describe("Tabel 3.104 as the sample keeps it (merged indicator cells, numbered komponen)", () => {
  const { sheet, harapan } = lembar();
  const t = satu(sheet);
  const rows = t.rows as AnggaranRowPk[];

  test("one row per komponen with its indicator, then the Total row", () => {
    const n = IKS.reduce((a, x) => a + x.ik.anggaran.komponen.length, 0);
    expect(rows).toHaveLength(n + 1);
    expect(ringkas(rows, harapan)).toEqual(harapan);
    expect(t.confidence).toBe(1);
    expect(t.columns).toMatchObject({ sasaran: "A", noIk: "B", indikator: "C", targetIk: "E", kode: "H", uraian: "I", pagu: "J", realisasi: "K", persen: "L" });
    expect(t.title).toBeUndefined();
  });

  test("komponen numbering as printed: SK3.IK3 skips 12", () => {
    const ik3 = rows.filter((r) => r.indikator === IKS.find((x) => x.ik.code === "SK3.IK3")!.ik.sources.tabel_3_3.nama.text);
    expect(ik3.map((r) => r.kode)).toEqual(IKS.find((x) => x.ik.code === "SK3.IK3")!.ik.anggaran.komponen.map((k: any) => k.no));
    expect(ik3.map((r) => r.kode)).not.toContain("12");
  });

  test("indicator cells point at the merged cell (its top-left)", () => {
    const ik = IKS.find((x) => x.ik.code === "SK3.IK1")!;
    const r = rows.filter((x) => x.indikator === ik.ik.sources.tabel_3_3.nama.text);
    expect(r.length).toBe(ik.ik.anggaran.komponen.length);
    for (const x of r) {
      expect(x.cells.targetIk!.cell).toBe(r[0].cells.targetIk!.cell);
      expect(x.cells.indikator!.cell).toBe(`C${r[0].row}`);
      expect(x.cells.pagu!.cell).toBe(`J${x.row}`);
    }
    expect(r[0].cells.capaianIk).toMatchObject({ scale: 100, decimals: 2 });
  });

  test("the Total row equals the sum of the komponen (20.508.472.000 / 20.461.336.835 / 99,77 %)", () => {
    const tot = rows[rows.length - 1];
    const isi = rows.filter((r) => !r.total);
    expect([tot.total, tot.pagu, tot.realisasi, tot.persen]).toEqual([true, TOTAL.pagu.value, TOTAL.realisasi.value, TOTAL.persen.value]);
    expect(isi.reduce((a, r) => a + r.pagu!, 0)).toBe(TOTAL.pagu.value);
    expect(isi.reduce((a, r) => a + r.realisasi!, 0)).toBe(TOTAL.realisasi.value);
    expect(rows.filter((r) => r.total)).toHaveLength(1);
  });

  test("Tabel 3.112: every indicator's komponen sum is its pagu and realisasi anggaran", () => {
    const sum = perIndikator(rows);
    expect(sum.size).toBe(IKS.length);
    const dipakai = new Set<string>();
    for (const baris of T3112.rows as any[]) {
      const ik = cocokIk(baris.indikator);
      dipakai.add(ik.ik.code);
      const s = sum.get(ik.ik.sources.tabel_3_3.nama.text)!;
      expect(s.pagu).toBe(baris.parsed.pagu);
      if (baris.checks.components_realisasi_ok) expect(s.realisasi).toBe(baris.parsed.realisasi_anggaran);
      else {
        // Row 6 (SK3.IK1): the report prints 134.800.744; its komponen add up to 134.800.774.
        expect(s.realisasi).toBe(baris.checks.components_realisasi_sum);
        expect(s.realisasi).not.toBe(baris.parsed.realisasi_anggaran);
      }
    }
    expect(dipakai.size).toBe(IKS.length);
    // The same gap is the whole difference between the two tables' totals (…835 vs …805).
    const salah = (T3112.rows as any[]).filter((b) => !b.checks.components_realisasi_ok);
    expect(salah).toHaveLength(1);
    expect(TOTAL.realisasi.value - T3112.total_row.parsed.realisasi_anggaran).toBe(salah[0].checks.components_realisasi_sum - salah[0].parsed.realisasi_anggaran);
    expect(T3112.total_row.parsed.pagu).toBe(TOTAL.pagu.value);
  });

  test("the report's inconsistencies are read as they stand (SK6.IK1 84,93 → 113,24 %, SK3.IK3 22,74 → 454,80 %)", () => {
    for (const code of ["SK6.IK1", "SK3.IK3", "SK3.IK4"]) {
      const ik = IKS.find((x) => x.ik.code === code)!.ik;
      const r = rows.find((x) => x.indikator === ik.sources.tabel_3_3.nama.text)!;
      expect([r.realisasiIk, r.capaianIk]).toEqual([ik.sources.tabel_3_104.realisasi.value, ik.sources.tabel_3_104.capaian.value]);
    }
  });

  test("the perkin reading of the same header is not more confident (the runner keeps the higher claim)", () => {
    const semua = kenaliLembar(sheet);
    const perkin = semua.find((x) => x.kind === "perkin");
    if (perkin) expect(t.confidence).toBeGreaterThanOrEqual(perkin.confidence);
  });
});

describe("layout variants: the same komponen, indicators and Total", () => {
  test.each<[string, Opsi]>([
    ["the report's header (Persen | %, numbering row), printed text, number on its own line", { header: "laporan", gaya: "teks" }],
    ["indicator written once, blanks below; title, header repeated mid-indicator, signature, offset", { sel: "sekali", hias: true }],
    ["indicator repeated on every row, one header row, '1. …' numbering", { sel: "ulang", header: "satuBaris", nomor: "titik" }],
    ["merged, printed text, no komponen numbers, title, repeated header, blank row, signature", { gaya: "teks", nomor: "tidak", hias: true }],
    ["an indicator named 'Jumlah …' is not a total", { namaJumlah: true }],
  ])("%s", (_n, o) => {
    const { sheet, harapan } = lembar(o);
    const t = satu(sheet);
    const rows = t.rows as AnggaranRowPk[];
    expect(ringkas(rows, harapan)).toEqual(harapan);
    expect(t.confidence).toBeGreaterThanOrEqual(0.9);
    const sum = perIndikator(rows);
    for (const baris of T3112.rows as any[]) {
      const ik = cocokIk(baris.indikator);
      expect(sum.get(namaIk(ik, o))!.pagu).toBe(baris.parsed.pagu);
    }
  });

  test("the repeated header is a header row, not a komponen", () => {
    const { sheet } = lembar({ sel: "sekali", hias: true });
    const t = satu(sheet);
    const ulang = t.headerRows.filter((r) => r > t.headerRows[1] + 1);
    expect(ulang.length).toBeGreaterThan(0);
    for (const r of ulang) expect(t.rows.some((x) => x.row === r)).toBe(false);
    expect(t.title).toBe(PERKIN.tables.tabel_3_104.title.text.replace(/\s+/g, " "));
  });
});

describe("budget per indicator without komponen (one row per indicator, Tabel 3.112's figures)", () => {
  const sheet: SheetSnapshot = {
    name: "Efisiensi",
    top: 1,
    left: 1,
    merges: [],
    values: [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Pagu", "Realisasi Anggaran", "%"],
      ...(T3112.rows as any[]).map((b) => [b.no, b.indikator, b.satuan, b.parsed.target, b.parsed.realisasi, b.parsed.pagu, b.parsed.realisasi_anggaran, b.parsed.persen_anggaran]),
    ],
  };
  test("each row is the indicator, uraian = its name", () => {
    const t = satu(sheet);
    const rows = t.rows as AnggaranRowPk[];
    expect(rows.map((r) => [r.indikator, r.uraian, r.noIk, r.targetIk, r.realisasiIk, r.pagu, r.realisasi, r.persen])).toEqual(
      (T3112.rows as any[]).map((b) => [b.indikator, b.indikator, String(b.no), b.parsed.target, b.parsed.realisasi, b.parsed.pagu, b.parsed.realisasi_anggaran, b.parsed.persen_anggaran]),
    );
  });
});

describe("tables that are not 'pk'", () => {
  test("a Perkin without budget columns gives no budget table", () => {
    const sheet: SheetSnapshot = {
      name: "PK",
      top: 1,
      left: 1,
      merges: [],
      values: [["No", "Sasaran", "Indikator Kinerja", "Target", "Satuan"], ...IKS.map((x, i) => [i + 1, x.sasaran, x.ik.sources.tabel_3_3.nama.text, x.ik.target.value, x.ik.satuan.raw])],
    };
    expect(kenaliAnggaran(sheet)).toEqual([]);
  });
});
