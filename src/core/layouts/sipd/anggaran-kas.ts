/**
 * SIPD "Anggaran Kas" (RAK): Kode Akun | Nama Akun | Nilai Rincian | Total RAK | bulan1 … bulan12,
 * with TW 1 … TW 4 between the months. Months are read as "bulan1", "Bulan 1", "Januari" or
 * "Jan". Nilai Rincian is the row's pagu; the tree comes from the account codes.
 */
import type { RakRow, RakTable } from "../../tabel";
import type { Grid } from "../grid";
import { bacaUang } from "../anggaran/nilai";
import { ada, cariKepalaF, daun, type KepalaF, type KolomF } from "../format/kepala";
import { kodeSipd } from "../format/kode";
import { pohonKode } from "../format/pohon";
import { labelBaris, rakitF } from "../format/rakit";

const BULAN = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
const SINGKAT = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu|agt|ags|agus", "sep|sept", "okt", "nov|nop", "des"];

/** Month 1–12 of a header, 0 when none. */
export function bulanKolom(d: string): number {
  const m = /^bulan ?(\d{1,2})$/.exec(d);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : 0;
  const i = BULAN.indexOf(d);
  if (i >= 0) return i + 1;
  for (let k = 0; k < 12; k++) if (new RegExp(`^(${SINGKAT[k]})$`).test(d)) return k + 1;
  return 0;
}

function twKolom(d: string): number {
  const m = /^(tw|triwulan|trw) ?(1|2|3|4|i|ii|iii|iv)$/.exec(d);
  return m ? { "1": 1, "2": 2, "3": 3, "4": 4, i: 1, ii: 2, iii: 3, iv: 4 }[m[2]]! : 0;
}

function cocok(kolom: KolomF[]): boolean {
  const bulan = new Set(kolom.map((c) => bulanKolom(daun(c.path))).filter((x) => x));
  return bulan.size >= 10 && kolom.some((c) => ada(c.path, /total rak|nilai rincian|^pagu|^anggaran$|^jumlah$/));
}

function bacaTabel(grid: Grid, k: KepalaF): RakTable | null {
  const cari = (re: RegExp) => k.kolom.find((c) => re.test(daun(c.path)))?.col;
  const bulan: number[] = [];
  const tw: number[] = [];
  for (const c of k.kolom) {
    const b = bulanKolom(daun(c.path));
    if (b && bulan[b - 1] === undefined) bulan[b - 1] = c.col;
    const q = twKolom(daun(c.path));
    if (q && tw[q - 1] === undefined) tw[q - 1] = c.col;
  }
  const rincian = cari(/^(nilai rincian|pagu|anggaran|jumlah anggaran)$/);
  const total = cari(/^(total rak|total|jumlah rak|jumlah)$/);
  const kodeCol = cari(/^kode( akun| rekening)?$/);
  const nilaiKiri = Math.min(...[rincian, total, ...bulan].filter((x): x is number => x !== undefined));
  const uraian = k.kolom.find((c) => c.col < nilaiKiri && c.col !== kodeCol && ada(c.path, /nama|uraian/))?.col;
  const rows: RakRow[] = [];
  let berkode = 0;
  for (const r of k.badan) {
    const lab = labelBaris(grid, r, kodeCol !== undefined ? [kodeCol] : [], uraian, (b) => b[0] ?? "");
    const row: RakRow = { row: r, kode: lab.kode, uraian: lab.uraian, pagu: null, realisasi: null, total: lab.total, induk: null, totalRak: null, bulan: [], tw: [], cells: lab.cells };
    let angka = false;
    const uang = (medan: string, col: number | undefined): number | null => {
      if (col === undefined) return null;
      const b = bacaUang(grid, r, col, 1);
      row.cells[medan] = b.sumber;
      if (b.value !== null) angka = true;
      return b.value;
    };
    row.pagu = uang("pagu", rincian);
    row.totalRak = uang("totalRak", total);
    for (let i = 0; i < 12; i++) row.bulan.push(uang(`bulan${i + 1}`, bulan[i]));
    for (let i = 0; i < 4; i++) row.tw.push(uang(`tw${i + 1}`, tw[i]));
    if (!lab.kode && !lab.total && !angka) continue;
    if (lab.kode && kodeSipd(lab.kode)) berkode++;
    rows.push(row);
  }
  if (berkode < 1) return null;
  pohonKode(rows);
  const cols: Record<string, number | undefined> = { kode: kodeCol, uraian, pagu: rincian, totalRak: total };
  bulan.forEach((c, i) => (cols[`bulan${i + 1}`] = c));
  tw.forEach((c, i) => (cols[`tw${i + 1}`] = c));
  const konf = 0.9 + (total !== undefined ? 0.04 : 0) + (tw.length === 4 ? 0.03 : 0);
  return { kind: "anggaran", ...rakitF(grid, k, "rak", rows[rows.length - 1].row, cols, konf), rows };
}

export function kenaliRak(grid: Grid): RakTable[] {
  const out: RakTable[] = [];
  for (const k of cariKepalaF(grid, cocok)) {
    const t = bacaTabel(grid, k);
    if (t) out.push(t);
  }
  return out;
}
