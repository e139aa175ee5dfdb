/**
 * "ro": the code tree Program → Kegiatan → KRO → RO → Komponen with Pagu | Realisasi | % | Sisa
 * (Tabel 3.106). Group rows (a code with children below it) and rows labelled Jumlah/Total are
 * total rows.
 */
import type { AnggaranRowRo, AnggaranTableRo } from "../../tabel";
import { labelDipilih, labelTotal, letakkanBaris, pilihKolom, pilihLabel, rakitTabel, satuKolom, teksLabel, type Konteks } from "./kerangka";
import { PohonKode } from "./kode";
import { bacaUang, isiPersen, isiUang, kolomPecahan } from "./nilai";

export function kenaliRo(ctx: Konteks): AnggaranTableRo | null {
  const { grid, kepala, badan } = ctx;
  const pagu = pilihKolom(ctx, "pagu", satuKolom(kepala, "pagu"));
  const real = pilihKolom(ctx, "realisasi", satuKolom(kepala, "realisasi") ?? satuKolom(kepala, "jumlah"));
  if (!pagu) return null;
  const pct = pilihKolom(ctx, "persen", satuKolom(kepala, "persen"));
  const sisa = pilihKolom(ctx, "sisa", satuKolom(kepala, "sisa"));
  const nilaiKiri = Math.min(...[pagu, real, pct, sisa].filter((c) => c).map((c) => c!.col));
  const lab = labelDipilih(ctx, pilihLabel(ctx, nilaiKiri));
  if (lab.uraianCol === undefined && lab.kodeCol === undefined) return null;
  const pecahan = pct ? kolomPecahan(grid, badan, pct.col) : false;

  const pohon = new PohonKode();
  const rows: AnggaranRowRo[] = [];
  let berkode = 0;
  let berangka = 0;
  let rusak = 0;
  for (const r of badan) {
    const label = teksLabel(grid, r, lab);
    const p = bacaUang(grid, r, pagu.col, pagu.kali);
    const re = real ? bacaUang(grid, r, real.col, real.kali) : null;
    const row: AnggaranRowRo = { row: r, kode: null, uraian: "", pagu: p.value, realisasi: re ? re.value : null, total: false, cells: { pagu: p.sumber } };
    if (re) row.cells.realisasi = re.sumber;
    if (pct) {
      isiPersen(grid, r, row, pct.col, pecahan);
    }
    if (sisa) {
      isiUang(grid, r, row, "sisa", sisa);
    }
    const adaAngka = row.pagu !== null || row.realisasi !== null;
    if (p.sumber.problem) rusak++;
    const letak = letakkanBaris(grid, r, lab, pohon, row, rows.length, label, labelTotal(label) && !/^\d/.test(label));
    if (letak === "kode") berkode++;
    if (letak === "teks" && !adaAngka && !row.uraian) continue;
    if (adaAngka) berangka++;
    rows.push(row);
  }
  for (const i of pohon.punyaAnak) rows[i].total = true;
  // Label-only rows at the end are notes or a signature, not part of the table.
  while (rows.length && rows[rows.length - 1].pagu === null && rows[rows.length - 1].realisasi === null && !rows[rows.length - 1].kode)
    rows.pop();
  if (berangka === 0) return null;

  let conf = 0.55;
  if (real) conf += 0.15;
  if (pct) conf += 0.05;
  if (berkode > 0) conf += 0.2 * Math.min(1, berkode / Math.max(1, rows.length - 1));
  conf -= 0.3 * (rusak / Math.max(1, rows.length));
  const cols: Record<string, number | undefined> = {
    kode: lab.kodeCol,
    uraian: lab.uraianCol,
    pagu: pagu.col,
    realisasi: real?.col,
    persen: pct?.col,
    sisa: sisa?.col,
  };
  return rakitTabel(ctx, "ro", rows, cols, conf);
}
