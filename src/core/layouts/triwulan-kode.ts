/**
 * Quarterly realisation keyed by indicator code: Kode Indikator | (Indikator | Satuan | Target) |
 * Realisasi TW (one column, or TW I–IV) | (Capaian) | Kendala | Solusi | Rencana Tindak Lanjut |
 * PIC | Batas Waktu. The follow-up columns are kept as text; capaian is checked against target
 * and realisasi of the table itself.
 */
import { empatTriwulan, type RumusKolom, type Sumber, type TwKodeRow, type TwKodeTable } from "../tabel";
import type { Grid } from "./grid";
import { bacaPersen, bacaUang } from "./anggaran/nilai";
import { sumberTeks, teksSel } from "./anggaran/kerangka";
import { cariKepalaF, daun, type KepalaF, type KolomF } from "./format/kepala";
import { rakitF } from "./format/rakit";

const ROMAWI: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const TEKS = { kendala: /^kendala/, solusi: /^solusi/, rencanaTindakLanjut: /^(rencana )?tindak lanjut|^rtl$/, pic: /^(pic|penanggung jawab)/, batasWaktu: /^(batas waktu|tenggat|target waktu)/ } as const;
type MedanTeks = keyof typeof TEKS;

function q(s: string): number {
  const m = /(?:^| )(?:triwulan|tw|trw)\s?(iv|iii|ii|i|[1-4])(?: |$)/.exec(s);
  return m ? ROMAWI[m[1]] : 0;
}

function cocok(kolom: KolomF[]): boolean {
  const kode = kolom.some((c) => /^kode indikator|^kode ik/.test(daun(c.path)));
  const tindak = kolom.filter((c) => Object.values(TEKS).some((re) => re.test(daun(c.path)))).length;
  const real = kolom.some((c) => /realisasi/.test(c.path.join(" ")));
  return kode && real && tindak >= 2;
}

/** A date serial as a calendar date ("2024-10-31"); text as written. */
function teksTindak(grid: Grid, r: number, c: number): string | null {
  const v = grid.raw(r, c);
  if (v === null || v === "") return null;
  if (typeof v === "number" && grid.format(r, c) && /[dmy]/i.test(grid.format(r, c) ?? "") && v > 20000 && v < 80000) {
    return new Date(Date.UTC(1899, 11, 30) + v * 86400000).toISOString().slice(0, 10);
  }
  return String(v).trim();
}

function bacaTabel(grid: Grid, k: KepalaF): TwKodeTable | null {
  const cari = (re: RegExp) => k.kolom.find((c) => re.test(daun(c.path)))?.col;
  const kodeCol = cari(/^kode indikator|^kode ik/)!;
  const indikator = k.kolom.find((c) => /^(indikator|uraian indikator|nama indikator)/.test(daun(c.path)))?.col;
  const target = cari(/^target/);
  const capaian = cari(/^(capaian|% capaian|persentase capaian)/);
  const satuan = cari(/^satuan/);
  const tw: number[] = [];
  let satuTw: { col: number; ke: number } | undefined;
  for (const c of k.kolom) {
    const s = c.path.join(" ");
    if (!/realisasi/.test(s)) continue;
    const ke = q(s) || q(k.judul ? k.judul.toLowerCase() : "");
    if (ke && tw[ke - 1] === undefined && q(s)) tw[ke - 1] = c.col;
    else if (!satuTw) satuTw = { col: c.col, ke };
  }
  if (tw.filter((x) => x).length === 0 && satuTw) {
    if (!satuTw.ke) return null;
    tw[satuTw.ke - 1] = satuTw.col;
  }
  const teksCol = Object.fromEntries(Object.entries(TEKS).map(([m, re]) => [m, cari(re)])) as Record<MedanTeks, number | undefined>;
  const rows: TwKodeRow[] = [];
  for (const r of k.badan) {
    const kode = teksSel(grid, r, kodeCol);
    if (!kode) continue;
    const cells: Record<string, Sumber> = { kodeIndikator: sumberTeks(grid, r, kodeCol) };
    const angka = (medan: string, col: number | undefined, persen = false): number | null => {
      if (col === undefined) return null;
      const b = persen ? bacaPersen(grid, r, col, false) : bacaUang(grid, r, col, 1);
      cells[medan] = b.sumber;
      return b.value;
    };
    const triwulan: TwKodeRow["triwulan"] = empatTriwulan((i) => ({ target: null, realisasi: angka(`tw${i + 1}.realisasi`, tw[i]) }));
    const terakhir = [...triwulan].reverse().find((x) => x.realisasi !== null);
    const row: TwKodeRow = {
      row: r,
      kodeIndikator: kode,
      sasaran: null,
      indikator: indikator !== undefined ? teksSel(grid, r, indikator) : kode,
      target: angka("target", target),
      realisasi: terakhir?.realisasi ?? null,
      capaian: angka("capaian", capaian, true),
      satuan: satuan !== undefined ? teksSel(grid, r, satuan) || null : null,
      triwulan,
      kendala: null,
      solusi: null,
      rencanaTindakLanjut: null,
      pic: null,
      batasWaktu: null,
      cells,
    };
    for (const m of Object.keys(TEKS) as MedanTeks[]) {
      const c = teksCol[m];
      if (c === undefined) continue;
      row[m] = teksTindak(grid, r, c);
      if (row[m] !== null) cells[m] = sumberTeks(grid, r, c);
    }
    const twAkhir = tw.length - 1;
    if (twAkhir >= 0 && tw[twAkhir] !== undefined) cells.realisasi = cells[`tw${twAkhir + 1}.realisasi`];
    rows.push(row);
  }
  if (rows.length === 0) return null;
  const rumus: RumusKolom[] = [];
  const akhir = tw.length - 1;
  if (capaian !== undefined && target !== undefined && akhir >= 0)
    rumus.push({ hasil: "capaian", op: "rasio", dari: [`tw${akhir + 1}.realisasi`, "target"], teks: `capaian = realisasi TW ${["I", "II", "III", "IV"][akhir]} / target × 100` });
  const cols: Record<string, number | undefined> = { kodeIndikator: kodeCol, indikator, target, capaian, satuan, ...teksCol };
  tw.forEach((c, i) => (cols[`tw${i + 1}.realisasi`] = c));
  return { kind: "triwulan", ...rakitF(grid, k, "tw-kode", rows[rows.length - 1].row, cols, 0.95, rumus), rows };
}

export function kenaliTwKode(grid: Grid): TwKodeTable[] {
  const out: TwKodeTable[] = [];
  for (const k of cariKepalaF(grid, cocok)) {
    const t = bacaTabel(grid, k);
    if (t) out.push(t);
  }
  return out;
}
