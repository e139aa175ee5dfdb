/**
 * "revisi": pagu per KRO per DIPA revision (Tabel 3.4: Kode KRO | Pagu Awal (000) | Pagu Revisi 1
 * (000) … Pagu Revisi 19 (Rp.000)). The pagu is the last revision; every revision stays on the
 * row as `revisi` (index 0 = pagu awal), in Rupiah after the header unit.
 */
import { medanRevisi, type AnggaranRowRevisi, type AnggaranTableRevisi } from "../../tabel";
import { kolomPeran, labelDipilih, labelTotal, letakkanBaris, pilihLabel, rakitTabel, teksLabel, type Konteks } from "./kerangka";
import { PohonKode } from "./kode";
import { bacaUang } from "./nilai";

export function kenaliRevisi(ctx: Konteks): AnggaranTableRevisi | null {
  const { grid, kepala, badan } = ctx;
  const kol = kolomPeran(kepala, "revisi")
    .map((c) => ({ c, ke: c.peran.jenis === "revisi" ? c.peran.ke : -1 }))
    .sort((a, b) => a.ke - b.ke);
  if (kol.length < 2) return null;
  const akhir = kol[kol.length - 1];
  const lab = labelDipilih(ctx, pilihLabel(ctx, kol[0].c.col));
  if (lab.uraianCol === undefined && lab.kodeCol === undefined) return null;

  const pohon = new PohonKode();
  const rows: AnggaranRowRevisi[] = [];
  let berangka = 0;
  for (const r of badan) {
    const revisi: (number | null)[] = Array(akhir.ke + 1).fill(null);
    const row: AnggaranRowRevisi = { row: r, kode: null, uraian: "", pagu: null, realisasi: null, total: false, cells: {}, revisi };
    let ada = false;
    for (const { c, ke } of kol) {
      const b = bacaUang(grid, r, c.col, c.kali);
      revisi[ke] = b.value;
      row.cells[medanRevisi(ke)] = b.sumber;
      if (b.value !== null) ada = true;
    }
    row.pagu = revisi[akhir.ke];
    row.cells.pagu = row.cells[medanRevisi(akhir.ke)];
    const label = teksLabel(grid, r, lab);
    const letak = letakkanBaris(grid, r, lab, pohon, row, rows.length, label, labelTotal(label));
    if (letak === "teks" && !ada && !row.uraian) continue;
    if (ada) berangka++;
    rows.push(row);
  }
  for (const i of pohon.punyaAnak) rows[i].total = true;
  while (rows.length && !rows[rows.length - 1].revisi.some((v) => v !== null) && !rows[rows.length - 1].kode) rows.pop();
  if (berangka === 0) return null;
  const cols: Record<string, number | undefined> = { kode: lab.kodeCol, uraian: lab.uraianCol, pagu: akhir.c.col };
  for (const { c, ke } of kol) cols[medanRevisi(ke)] = c.col;
  return rakitTabel(ctx, "revisi", rows, cols, 0.7 + Math.min(0.25, kol.length * 0.05));
}
