/**
 * Evaluasi Renja / Evaluasi RKPD (Permendagri 86/2017): No | Sasaran | Kode | Urusan/Program/
 * Kegiatan | Indikator | Target Renstra | Realisasi s.d. Renja tahun lalu | Target Renja tahun
 * berjalan | Realisasi Kinerja pada Triwulan I–IV | Realisasi capaian Renja yang dievaluasi |
 * Tingkat capaian | Realisasi Renstra s.d. tahun berjalan | Tingkat capaian Renstra | Unit
 * penanggung jawab — value groups split into K (kinerja) | Rp. The numbering row's formulas
 * ("13 = 9 + 10 + 11 + 12", "14 = 13 / 8 x 100") are what the rows are checked against; without
 * them, the form's own. "Perangkat Daerah : …" rows label the rows below them.
 */
import { empatTriwulan, type RenjaRow, type RenjaTable, type RumusKolom, type Sumber } from "../tabel";
import type { Grid } from "./grid";
import { bacaPersen, bacaUang } from "./anggaran/nilai";
import { sumberTeks, teksSel } from "./anggaran/kerangka";
import { ada, cariKepalaF, daun, type KepalaF, type KolomF } from "./format/kepala";
import { pisahKodeNama, teksKode } from "./format/kode";
import { rakitF, rumusMedan } from "./format/rakit";

const ROMAWI: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function triwulanDi(path: string[]): number {
  for (const p of path) {
    const m = /(?:^| )(?:triwulan|tw)\s?(iv|iii|ii|i|[1-4])(?: |$)/.exec(p);
    if (m) return ROMAWI[m[1]];
    if (/^(iv|iii|ii|i)$/.test(p) && path.some((x) => /triwulan/.test(x))) return ROMAWI[p];
  }
  return 0;
}

/** The field a K or Rp column belongs to, from its group labels. */
function medanGrup(c: KolomF): string | null {
  const g = c.path.slice(0, -1).join(" ");
  const q = triwulanDi(c.path);
  if (q) return `tw${q}`;
  if (/tingkat capaian/.test(g)) return /renstra/.test(g) && !/renja/.test(g) ? "renstra.capaian" : "capaian";
  if (/target/.test(g) && /renstra/.test(g) && !/renja/.test(g)) return "renstra.target";
  if (/target/.test(g)) return "target";
  if (/realisasi/.test(g) && /(tahun lalu|renja (skpd |perangkat daerah |pd )?tahun lalu)/.test(g)) return "renstra.lalu";
  if (/realisasi/.test(g) && /renstra/.test(g)) return "renstra.realisasi";
  if (/realisasi/.test(g)) return "realisasi";
  return null;
}

function pasangan(c: KolomF): "k" | "rp" | null {
  const d = daun(c.path);
  if (/^(k|kinerja)$/.test(d)) return "k";
  if (/^(rp|anggaran|keuangan)$/.test(d)) return "rp";
  return null;
}

function cocok(kolom: KolomF[]): boolean {
  const tw = new Set(kolom.filter((c) => pasangan(c) && triwulanDi(c.path)).map((c) => triwulanDi(c.path)));
  return tw.size >= 3 && kolom.some((c) => ada(c.path, /indikator/)) && kolom.some((c) => pasangan(c) && medanGrup(c) === "target");
}

/** Field name of a value column: "target", "rp.target", "tw2.realisasi", "rp.tw2", "capaian" … */
function namaMedan(c: KolomF): string | undefined {
  const g = medanGrup(c);
  const p = pasangan(c);
  if (!g || !p) return undefined;
  const dasar = /^tw\d$/.test(g) ? (p === "k" ? `${g}.realisasi` : `rp.${g}`) : p === "k" ? g : `rp.${g}`;
  return dasar;
}

function bawaan(m: Map<string, number>): RumusKolom[] {
  const out: RumusKolom[] = [];
  for (const [p, nama] of [["", "K"], ["rp.", "Rp"]] as const) {
    const tw = [1, 2, 3, 4].map((q) => (p ? `rp.tw${q}` : `tw${q}.realisasi`));
    if (m.has(`${p}realisasi`) && tw.every((x) => m.has(x))) out.push({ hasil: `${p}realisasi`, op: "jumlah", dari: tw, teks: `realisasi ${nama} = TW I + II + III + IV` });
    if (m.has(`${p}capaian`) && m.has(`${p}realisasi`) && m.has(`${p}target`))
      out.push({ hasil: `${p}capaian`, op: "rasio", dari: [`${p}realisasi`, `${p}target`], teks: `capaian ${nama} = realisasi / target × 100` });
  }
  return out;
}

function bacaTabel(grid: Grid, k: KepalaF): RenjaTable | null {
  const m = new Map<string, number>();
  for (const c of k.kolom) {
    const n = namaMedan(c);
    if (n && !m.has(n)) m.set(n, c.col);
  }
  const nilaiKiri = Math.min(...m.values());
  const teksKol = (re: RegExp) => k.kolom.find((c) => c.col < nilaiKiri && re.test(c.path.join(" ")))?.col;
  const indikator = teksKol(/indikator/);
  const kodeCol = teksKol(/^kode/);
  const program = k.kolom.find((c) => c.col < nilaiKiri && c.col !== indikator && c.col !== kodeCol && /program|kegiatan|urusan/.test(c.path.join(" ")))?.col;
  const sasaranCol = teksKol(/^sasaran/);
  const unitCol = k.kolom.find((c) => c.col > nilaiKiri && /unit|penanggung jawab/.test(c.path.join(" ")))?.col;
  if (indikator === undefined) return null;
  const kolomDi = new Map([...m].map(([n, c]) => [c, n]));
  const rumusCetak = rumusMedan(k, (col) => kolomDi.get(col));
  const rumus = rumusCetak.length ? rumusCetak : bawaan(m);

  const rows: RenjaRow[] = [];
  let pd: string | null = null;
  let sasaran: string | null = null;
  for (const r of k.badan) {
    const label = labelPd(grid, r, k);
    if (label) {
      pd = label;
      continue;
    }
    const ind = teksSel(grid, r, indikator);
    const cells: Record<string, Sumber> = {};
    const nilai = new Map<string, number | null>();
    let angka = false;
    for (const [n, c] of m) {
      const b = /capaian/.test(n) ? bacaPersen(grid, r, c, false) : bacaUang(grid, r, c, 1);
      cells[n] = b.sumber;
      nilai.set(n, b.value);
      if (b.value !== null) angka = true;
    }
    if (!ind && !angka) {
      if (sasaranCol !== undefined && teksSel(grid, r, sasaranCol)) sasaran = teksSel(grid, r, sasaranCol);
      continue;
    }
    if (sasaranCol !== undefined && teksSel(grid, r, sasaranCol)) sasaran = teksSel(grid, r, sasaranCol);
    let kode = kodeCol !== undefined ? teksKode(grid.raw(r, kodeCol)) || null : null;
    let prog = program !== undefined ? teksSel(grid, r, program) : "";
    if (!kode && prog) {
      const p = pisahKodeNama(prog);
      if (p) {
        kode = p.kode;
        prog = p.nama;
      }
    }
    if (ind) cells.indikator = sumberTeks(grid, r, indikator);
    const v = (n: string) => nilai.get(n) ?? null;
    const row: RenjaRow = {
      row: r,
      sasaran,
      indikator: ind || prog,
      kode,
      perangkatDaerah: pd,
      target: v("target"),
      realisasi: v("realisasi"),
      capaian: v("capaian"),
      triwulan: empatTriwulan((i) => ({ target: null, realisasi: v(`tw${i + 1}.realisasi`) })),
      rupiah: { target: v("rp.target"), triwulan: empatTriwulan((i) => v(`rp.tw${i + 1}`)), realisasi: v("rp.realisasi"), capaian: v("rp.capaian") },
      unit: unitCol !== undefined ? teksSel(grid, r, unitCol) || null : null,
      cells,
    };
    rows.push(row);
  }
  if (rows.length === 0) return null;
  const cols: Record<string, number | undefined> = { indikator, kode: kodeCol, uraian: program, sasaran: sasaranCol, unit: unitCol, ...Object.fromEntries(m) };
  const konf = 0.88 + (k.rumus.length ? 0.08 : 0) + (ada(k.kolom.flatMap((c) => c.path), /renja|rkpd|renstra/) ? 0.03 : 0);
  return { kind: "triwulan", ...rakitF(grid, k, "renja", rows[rows.length - 1].row, cols, konf, rumus), rows };
}

/** "Perangkat Daerah : Dinas Kesehatan" (or "Urusan : …", "SKPD : …") alone on its row. */
function labelPd(grid: Grid, r: number, k: KepalaF): string | null {
  let teks: string | null = null;
  for (let c = k.kiri; c <= k.kanan; c++) {
    const v = grid.raw(r, c);
    if (v === null || v === "") continue;
    if (teks !== null || typeof v !== "string") return null;
    teks = v;
  }
  const m = teks ? /^\s*(perangkat daerah|skpd|opd|unit kerja)\s*:\s*(.+)$/i.exec(teks) : null;
  return m ? m[2].trim() : null;
}

export function kenaliRenja(grid: Grid): RenjaTable[] {
  const out: RenjaTable[] = [];
  for (const k of cariKepalaF(grid, cocok)) {
    const t = bacaTabel(grid, k);
    if (t) out.push(t);
  }
  return out;
}
