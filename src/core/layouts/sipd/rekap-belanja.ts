/**
 * SIPD "Rekapitulasi Belanja" / LRA (Pemda): codes over 1–6 columns under one "Kode" header
 * (urusan 1, bidang 1.02, program 1.02.01, kegiatan 1.02.01.2.01, sub kegiatan 1.02.01.2.01.0001,
 * rekening 5.1.02.01.001.00024), then "Kelompok Belanja" › Operasi | Modal | Tidak Terduga |
 * Transfer | Total › Anggaran | Realisasi | %. Pagu and realisasi come from the Total group (or
 * the only group); the tree from the codes; every row with children is a subtotal.
 */
import type { SipdRekapRow, SipdRekapTable } from "../../tabel";
import type { Grid } from "../grid";
import { bacaPersen, bacaUang, kolomPecahan } from "../anggaran/nilai";
import { ada, cariKepalaF, daun, type KepalaF, type KolomF } from "../format/kepala";
import { gabungKodeSipd, kodeSipd } from "../format/kode";
import { pohonKode } from "../format/pohon";
import { labelBaris, rakitF } from "../format/rakit";

const ANGGARAN = /^(anggaran|pagu|dpa|jumlah anggaran|anggaran setelah perubahan)( |$)/;
const REALISASI = /^(realisasi|jumlah realisasi)( |$)/;
const PERSEN = /^(%|persen|persentase|capaian)( |$)/;
const KELOMPOK = /kelompok belanja|belanja operasi|^operasi$|^modal$|tidak terduga|^transfer$/;

function kodeKolom(c: KolomF): boolean {
  return c.path.some((p) => /^kode( |$)/.test(p));
}

function peran(c: KolomF): "anggaran" | "realisasi" | "persen" | null {
  const d = daun(c.path);
  if (ANGGARAN.test(d)) return "anggaran";
  if (REALISASI.test(d)) return "realisasi";
  if (PERSEN.test(d)) return "persen";
  return null;
}

function cocok(kolom: KolomF[]): boolean {
  return kolom.some(kodeKolom) && kolom.some((c) => peran(c) === "anggaran") && kolom.some((c) => peran(c) === "realisasi");
}

interface Grup {
  anggaran?: number;
  realisasi?: number;
  persen?: number;
  nama: string;
}

/** The Total group, else the only group; null when several groups and none is the total. */
export function grupTotal(kolom: KolomF[]): Grup | null {
  const grup = new Map<string, Grup>();
  for (const c of kolom) {
    const p = peran(c);
    if (!p || kodeKolom(c)) continue;
    const nama = c.path.slice(0, -1).filter((x) => x !== "kelompok belanja").join(" › ");
    const g = grup.get(nama) ?? { nama };
    if (g[p] === undefined) g[p] = c.col;
    grup.set(nama, g);
  }
  const lengkap = [...grup.values()].filter((g) => g.anggaran !== undefined);
  const total = lengkap.find((g) => /(^| )(total|jumlah)( |$)/.test(g.nama));
  if (total) return total;
  return lengkap.length === 1 ? lengkap[0] : null;
}

function bacaTabel(grid: Grid, k: KepalaF): SipdRekapTable | null {
  const g = grupTotal(k.kolom);
  if (!g || g.anggaran === undefined) return null;
  const kodeCols = k.kolom.filter(kodeKolom).map((c) => c.col);
  const uraian = k.kolom.find((c) => !kodeKolom(c) && !peran(c) && c.col < g.anggaran! && ada(c.path, /uraian|nama|urusan|program|kegiatan|rekening/));
  const pecahan = g.persen !== undefined && kolomPecahan(grid, k.badan, g.persen);
  const rows: SipdRekapRow[] = [];
  let sipd = 0;
  let berkode = 0;
  for (const r of k.badan) {
    const lab = labelBaris(grid, r, kodeCols, uraian?.col, gabungKodeSipd);
    const p = bacaUang(grid, r, g.anggaran, 1);
    const re = g.realisasi !== undefined ? bacaUang(grid, r, g.realisasi, 1) : null;
    if (!lab.kode && !lab.total && p.value === null && (!re || re.value === null)) continue;
    const row: SipdRekapRow = { row: r, kode: lab.kode, uraian: lab.uraian, pagu: p.value, realisasi: re?.value ?? null, total: lab.total, induk: null, cells: { ...lab.cells, pagu: p.sumber } };
    if (re) row.cells.realisasi = re.sumber;
    if (g.persen !== undefined) {
      const pc = bacaPersen(grid, r, g.persen, pecahan);
      row.persen = pc.value;
      row.cells.persen = pc.sumber;
    }
    if (lab.kode) {
      berkode++;
      if (kodeSipd(lab.kode)) sipd++;
    }
    rows.push(row);
  }
  if (berkode < 2 || sipd * 2 < berkode) return null;
  kodeTunggal(rows);
  pohonKode(rows);
  const konf = 0.8 + (ada(k.kolom.flatMap((c) => c.path), KELOMPOK) ? 0.1 : 0) + 0.07 * (sipd / berkode);
  const cols = { kode: kodeCols[kodeCols.length - 1], uraian: uraian?.col, pagu: g.anggaran, realisasi: g.realisasi, persen: g.persen };
  const akhir = rows.length ? rows[rows.length - 1].row : k.akhir;
  return { kind: "anggaran", ...rakitF(grid, k, "sipd-rekap", akhir, cols, konf), rows };
}

/**
 * "1 URUSAN PEMERINTAHAN WAJIB …": a lone urusan number at the start of a name is a code only
 * when the next coded row continues it ("1.02 …"); otherwise it stays part of the name.
 */
function kodeTunggal(rows: SipdRekapRow[]): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kode || r.total) continue;
    const m = /^(\d{1,2}|X)\s+(\S.*)$/.exec(r.uraian);
    if (!m) continue;
    const lanjut = rows.slice(i + 1).find((x) => x.kode);
    if (lanjut?.kode?.startsWith(`${m[1]}.`)) {
      r.kode = m[1];
      r.uraian = m[2];
      if (r.cells.uraian) r.cells.kode = r.cells.uraian;
    }
  }
}

export function kenaliSipdRekap(grid: Grid): SipdRekapTable[] {
  const out: SipdRekapTable[] = [];
  for (const k of cariKepalaF(grid, cocok)) {
    const t = bacaTabel(grid, k);
    if (t && t.rows.length) out.push(t);
  }
  return out;
}
