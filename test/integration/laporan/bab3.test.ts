/**
 * `kinerja laporan` on the sample: the Word document's tables of families B, C, D and F, read back
 * from word/document.xml, cell by cell against the report's data (referensi/data). A printed
 * capaian that follows from its target and realisasi is reproduced as printed; one that does not
 * is replaced by the recomputed value, marked "*", and found.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bacaReferensi } from "../../referensi";
import { bacaTabel, type TabelBaca } from "./docx-baca";

const ROOT = path.resolve(__dirname, "../../..");
const CONTOH = path.join(ROOT, "assets/contoh-lakip-2024.xlsx");
type Json = any;

/** Independent of the code under test: decimals as printed, Indonesian grouping. */
function desimalRaw(raw: string): number {
  const t = raw.replace(/\s*\(.*\)\s*$/, "").replace(/[^\d.,-]/g, "");
  if (t.includes(",")) return t.length - t.indexOf(",") - 1;
  const m = /^\d+\.(\d{1,2})$/.exec(t);
  return m ? m[1].length : 0;
}

function bulatkan(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f + 1e-7 * Math.sign(x)) / f;
}

function format(x: number, d: number): string {
  const [b, p] = bulatkan(x, d).toFixed(d).split(".");
  const neg = b.startsWith("-");
  const g = b.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (neg ? "-" : "") + g + (p ? `,${p}` : "");
}

/** A value cell as the document must show it. */
function nilai(v: Json | undefined): string {
  if (!v) return "-";
  if (v.value === null) return String(v.raw).trim() === "" ? "-" : String(v.raw).trim();
  return format(v.value, desimalRaw(v.raw));
}

/** A capaian cell: as printed when it follows from T and R at its printed decimals, else recomputed + " *". */
function capaian(t: Json, r: Json, p: Json): string {
  if (!t || t.value === null || r.value === null || t.value <= 0) return nilai(p);
  const c = (r.value / t.value) * 100;
  if (p.value === null) return String(p.raw).trim() === "-" ? "-" : format(c, 2);
  const d = desimalRaw(p.raw);
  return Math.abs(bulatkan(c, d) - p.value) < 1e-9 ? format(p.value, d) : `${format(c, 2)} *`;
}

let tabel: TabelBaca[];
let keluaran: { code: number | null; stdout: string; stderr: string };
const ik: Json[] = bacaReferensi("indicators_history.json").indicators;
const renstra: Json[] = bacaReferensi("renstra_capaian_2021_2024.json").rows;
const perkin: Json = bacaReferensi("perkin_2024.json");
const pk = (perkin.sasaran as Json[]).flatMap((s: Json) => s.indikator as Json[]);

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bab3-"));
  const docx = path.join(dir, "bab3.docx");
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/kinerja.js"), "laporan", CONTOH, "-o", docx], { encoding: "utf8" });
  keluaran = { code: r.status, stdout: r.stdout, stderr: r.stderr };
  tabel = bacaTabel(new Uint8Array(fs.readFileSync(docx)));
  fs.rmSync(dir, { recursive: true, force: true });
}, 120000);

const keluarga = (awal: string) => tabel.filter((t) => t.judul.replace(/^Tabel 3\.\d+ /, "").startsWith(awal));

test("progress on stderr, summary on stdout, captions numbered in order", () => {
  expect(keluaran.code).toBe(0);
  expect(keluaran.stderr).toMatch(/Membaca .*\nMengenali tabel .*\nMenulis .*\(73 tabel, 15 gambar\)/);
  expect(tabel.map((t) => Number(/^Tabel 3\.(\d+)/.exec(t.judul)?.[1]))).toEqual(tabel.map((_, i) => i + 1));
});

test("family B: every indicator's target, realisasi and capaian per Sasaran Strategis", () => {
  const b = keluarga("Perbandingan Target dan Realisasi Fisik");
  expect(b).toHaveLength(8);
  expect(b[0].kepala).toEqual([["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]]);
  const baris = b.flatMap((t) => t.baris.filter((r) => r.length === 5));
  expect(baris).toHaveLength(15);
  pk.forEach((x: Json, i: number) => {
    const t33 = x.sources.tabel_3_3;
    const t1 = x.sources.tabel_1;
    const p = { raw: t1.capaian.raw, value: t1.capaian.value };
    expect(baris[i]).toEqual([t33.nama.text, t33.satuan.raw, nilai(t33.target), nilai(t1.realisasi), capaian(t33.target, t1.realisasi, p)]);
  });
  // Tabel 1 prints 587,47 % for III.3 next to 22,74 ÷ 5: the document shows 454,80 and marks it.
  expect(baris[7][4]).toBe("454,80 *");
});

test("family C: realisasi TA.2020-2024 of all 15 indicators (III.3 from the Renstra table)", () => {
  const c = keluarga("Perbandingan Realisasi ").filter((t) => !t.judul.includes("dan Capaian"));
  expect(c).toHaveLength(15);
  ik.forEach((x: Json, i: number) => {
    const t = c[i];
    expect(t.judul).toContain(pk[i].sources.tabel_3_3.nama.text);
    if (x.history_table) {
      const tahun = [2020, 2021, 2022, 2023, 2024];
      expect(t.kepala[0].slice(1)).toEqual(tahun.map((y) => `Realisasi TA.${y}`));
      expect(t.baris[0].slice(1)).toEqual(tahun.map((y) => nilai(x.history_table.realisasi[String(y)] ?? { raw: "-", value: null })));
    } else {
      const r = renstra.find((y: Json) => y.indicator_code_pk === x.code);
      expect(t.baris[0].slice(1)).toEqual(["2021", "2022", "2023", "2024"].map((y) => nilai(r.values[y].realisasi)));
    }
  });
});

test("family D: target jangka menengah, realisasi and capaian; 3.45, 3.65 and 3.85 corrected", () => {
  const d = keluarga("Perbandingan Target Jangka Menengah");
  expect(d).toHaveLength(15);
  ik.forEach((x: Json, i: number) => {
    const m = x.renstra.medium_term_table;
    expect(d[i].baris[0].slice(1)).toEqual([nilai(m.target_jangka_menengah), nilai(m.realisasi), capaian(m.target_jangka_menengah, m.realisasi, m.capaian)]);
  });
  const koreksi = d.map((t) => t.baris[0][3]).filter((s) => s.endsWith("*"));
  expect(koreksi).toEqual(["194,94 *", "105,26 *", "114,25 *"]);
  for (const sel of ["Jangka Menengah!E9", "Jangka Menengah!E13", "Jangka Menengah!E16"]) expect(keluaran.stdout).toContain(sel);
});

test("family F: Tabel 3.102, 15 rows × 15 values, the TOTAL slip of SK.5.1 corrected", () => {
  const [f] = keluarga("Capaian Kinerja Renstra");
  expect(f.kepala[0]).toEqual(["Sasaran Kegiatan (output)/Indikator", "2021", "2022", "2023", "2024", "TOTAL 2021-2024"]);
  expect(f.baris).toHaveLength(15);
  renstra.forEach((r: Json, i: number) => {
    const isi = ["2021", "2022", "2023", "2024", "total_2021_2024"].flatMap((y) => {
      const v = r.values[y];
      return [nilai(v.target_renstra), nilai(v.realisasi), capaian(v.target_renstra, v.realisasi, v.persen)];
    });
    expect(f.baris[i].slice(1)).toEqual(isi);
  });
  expect(f.baris[10][15]).toBe("102,22 *");
  expect(keluaran.stdout).toContain("Renstra 2021-2024!P24");
});
