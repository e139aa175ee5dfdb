/**
 * DIPA / POK / RKA-K/L and SAKTI realisasi: codes over Program | Kegiatan | KRO | RO | Komponen |
 * Subkomponen | Akun, joined as written from the kegiatan down ("4798.FAK.001.005.K.521211") and
 * carried down where a cell is left blank under its parent; or one code column / a "code name"
 * cell. Values: Pagu (POK: Jumlah Biaya), SAKTI's Realisasi s.d. periode lalu | periode ini |
 * s.d. periode ini | % | Sisa.
 */
import type { DipaRow, DipaTable } from "../tabel";
import type { Grid } from "./grid";
import { bacaPersen, bacaUang, kolomPecahan } from "./anggaran/nilai";
import { sumberTeks, teksSel } from "./anggaran/kerangka";
import { ada, cariKepalaF, daun, type KepalaF, type KolomF } from "./format/kepala";
import { teksKode } from "./format/kode";
import { pohonKode, pohonLevel } from "./format/pohon";
import { labelBaris, rakitF } from "./format/rakit";

/** Code columns from the program down; the program stays out of the joined code. */
const LEVEL: [RegExp, number][] = [
  [/^program$/, 0],
  [/^kegiatan$/, 1],
  [/^(kro|klasifikasi rincian output)$/, 2],
  [/^(ro|rincian output)$/, 3],
  [/^komponen$/, 4],
  [/^(sub ?komponen)$/, 5],
  [/^(akun|mak)$/, 6],
];

type Medan = "pagu" | "sdLalu" | "periodeIni" | "realisasi" | "persen" | "sisa";

function level(c: KolomF): number | undefined {
  const d = daun(c.path);
  for (const [re, l] of LEVEL) if (re.test(d)) return l;
  return undefined;
}

function medan(c: KolomF): Medan | null {
  const d = daun(c.path);
  const semua = c.path.join(" ");
  if (/(^| )sisa( |$)/.test(d)) return "sisa";
  if (/^(%|persen|persentase)( |$)/.test(d)) return "persen";
  if (/(s ?d|sampai dengan) (periode|bulan) lalu/.test(d)) return "sdLalu";
  if (/^(realisasi )?(periode|bulan) ini$/.test(d)) return "periodeIni";
  if (/(s ?d|sampai dengan) (periode|bulan) ini/.test(d) || d === "realisasi") return "realisasi";
  if (/^(pagu|pagu dipa|pagu revisi|alokasi|jumlah biaya|anggaran)( |$)/.test(d)) return "pagu";
  if (d === "jumlah" && /rincian perhitungan|biaya/.test(semua)) return "pagu";
  return null;
}

function cocok(kolom: KolomF[]): boolean {
  const lv = new Set(kolom.map(level).filter((x) => x !== undefined && x > 0));
  const m = new Set(kolom.map(medan));
  if (!m.has("pagu")) return false;
  if (lv.size >= 3) return true;
  const kode = kolom.some((c) => ada(c.path, /^kode( |$)/));
  return kode && m.has("sdLalu") && m.has("periodeIni");
}

function kolomMedan(k: KepalaF): Partial<Record<Medan, number>> {
  const out: Partial<Record<Medan, number>> = {};
  for (const c of k.kolom) {
    const m = medan(c);
    if (m && out[m] === undefined) out[m] = c.col;
  }
  return out;
}

/** Level and code of a row from the level columns, carrying parents' cells down. */
function kodeLevel(grid: Grid, r: number, lvCols: [number, number][], bawa: string[]): { kode: string; level: number; col: number } | null {
  let dalam = -1;
  let col = 0;
  const isi: string[] = [];
  for (const [c, l] of lvCols) {
    const t = teksKode(grid.raw(r, c));
    isi[l] = t;
    if (t) {
      dalam = l;
      col = c;
    }
  }
  if (dalam < 0) return null;
  for (let l = 0; l <= dalam; l++) if (isi[l]) bawa[l] = isi[l];
  bawa.length = dalam + 1;
  if (dalam === 0) return { kode: bawa[0], level: 0, col };
  const seg = bawa.slice(1, dalam + 1).filter((x) => x);
  return { kode: seg.join("."), level: dalam, col };
}

function bacaTabel(grid: Grid, k: KepalaF): DipaTable | null {
  const m = kolomMedan(k);
  if (m.pagu === undefined) return null;
  const lvCols: [number, number][] = [];
  for (const c of k.kolom) {
    const l = level(c);
    if (l !== undefined && !medan(c)) lvCols.push([c.col, l]);
  }
  const nilaiKiri = Math.min(...Object.values(m));
  const kodeCol = lvCols.length < 2 ? k.kolom.find((c) => ada(c.path, /^kode( |$)/) && c.col < nilaiKiri)?.col : undefined;
  const uraian = k.kolom.find((c) => c.col < nilaiKiri && level(c) === undefined && c.col !== kodeCol && ada(c.path, /uraian|nama|keterangan|program kegiatan/));
  const pecahan = m.persen !== undefined && kolomPecahan(grid, k.badan, m.persen);
  const rows: DipaRow[] = [];
  const bawa: string[] = [];
  let berkode = 0;
  for (const r of k.badan) {
    let kode: string | null = null;
    let lv: number | undefined;
    let uraian1 = uraian ? teksSel(grid, r, uraian.col) : "";
    const cells: DipaRow["cells"] = {};
    let total = false;
    if (lvCols.length >= 2) {
      const x = kodeLevel(grid, r, lvCols, bawa);
      if (x) {
        kode = x.kode;
        lv = x.level;
        cells.kode = sumberTeks(grid, r, x.col);
      }
      if (uraian && uraian1) cells.uraian = sumberTeks(grid, r, uraian.col);
      if (!kode) total = /^(jumlah|total)( |$)/i.test(uraian1);
    } else {
      // "Kode / Uraian": one column holds both.
      const gabungan = uraian === undefined && kodeCol !== undefined;
      const lab = labelBaris(grid, r, kodeCol !== undefined && !gabungan ? [kodeCol] : [], gabungan ? kodeCol : uraian?.col, (b) => b[0] ?? "");
      kode = lab.kode;
      uraian1 = lab.uraian;
      total = lab.total;
      Object.assign(cells, lab.cells);
    }
    const row: DipaRow = { row: r, kode, uraian: uraian1, pagu: null, realisasi: null, total, induk: null, cells };
    if (lv !== undefined) row.level = lv;
    let angka = false;
    for (const f of ["pagu", "sdLalu", "periodeIni", "realisasi", "sisa"] as const) {
      const c = m[f];
      if (c === undefined) continue;
      const b = bacaUang(grid, r, c, 1);
      row[f] = b.value;
      row.cells[f] = b.sumber;
      if (b.value !== null) angka = true;
    }
    if (m.persen !== undefined) {
      const p = bacaPersen(grid, r, m.persen, pecahan);
      row.persen = p.value;
      row.cells.persen = p.sumber;
    }
    if (!kode && !total && !angka) continue;
    if (kode) berkode++;
    rows.push(row);
  }
  if (berkode < 2) return null;
  if (lvCols.length >= 2) pohonLevel(rows);
  else pohonKode(rows);
  const cols = { kode: kodeCol ?? lvCols[lvCols.length - 1]?.[0], uraian: uraian?.col, ...m };
  // Level columns or SAKTI's three realisasi columns are distinctive: above the report's code tree (ro).
  const konf = Math.min(0.99, 0.9 + (lvCols.length >= 3 ? 0.07 : 0) + (m.sdLalu !== undefined ? 0.06 : 0));
  return { kind: "anggaran", ...rakitF(grid, k, "dipa", rows[rows.length - 1].row, cols, konf), rows };
}

export function kenaliDipa(grid: Grid): DipaTable[] {
  const out: DipaTable[] = [];
  for (const k of cariKepalaF(grid, cocok)) {
    const t = bacaTabel(grid, k);
    if (t) out.push(t);
  }
  return out;
}
