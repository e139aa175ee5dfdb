/**
 * "jenis-belanja": pagu (and realisasi) per kind of spending — 51 Belanja Pegawai, 52 Belanja
 * Barang, 53 Belanja Modal (Tabel 3.5). The sheet rarely prints the code; it follows from the name.
 */
import { normalisasi } from "../../teks";
import type { AnggaranRowJenisBelanja, AnggaranTableJenisBelanja } from "../../tabel";
import { labelDipilih, labelTotal, pilihKolom, pilihLabel, rakitTabel, satuKolom, teksLabel, type Konteks } from "./kerangka";
import { bacaUang, isiPersen, isiUang, kolomPecahan } from "./nilai";

const KODE: [RegExp, string][] = [
  [/(^| )pegawai( |$)/, "51"],
  [/(^| )barang( |$)/, "52"],
  [/(^| )modal( |$)/, "53"],
  [/(^| )bantuan sosial( |$)/, "57"],
  [/(^| )lain( |$)/, "58"],
];

/** "Belanja Pegawai" → "51"; a printed 51/52/53 wins. */
export function kodeJenisBelanja(uraian: string): string | null {
  const n = normalisasi(uraian);
  if (!/(^| )belanja( |$)/.test(n) && !/^(pegawai|barang|modal)$/.test(n)) return null;
  for (const [re, k] of KODE) if (re.test(n)) return k;
  return null;
}

export function kenaliJenisBelanja(ctx: Konteks): AnggaranTableJenisBelanja | null {
  const { grid, kepala, badan } = ctx;
  const pagu = pilihKolom(ctx, "pagu", satuKolom(kepala, "pagu"));
  if (!pagu) return null;
  const real = pilihKolom(ctx, "realisasi", satuKolom(kepala, "realisasi"));
  const pct = pilihKolom(ctx, "persen", satuKolom(kepala, "persen"));
  const lab = labelDipilih(ctx, pilihLabel(ctx, Math.min(...[pagu, real, pct].filter((c) => c).map((c) => c!.col))));
  if (lab.uraianCol === undefined) return null;
  const pecahan = pct ? kolomPecahan(grid, badan, pct.col) : false;

  const rows: AnggaranRowJenisBelanja[] = [];
  let jenis = 0;
  for (const r of badan) {
    const uraian = grid.text(r, lab.uraianCol);
    const label = teksLabel(grid, r, lab);
    const p = bacaUang(grid, r, pagu.col, pagu.kali);
    const row: AnggaranRowJenisBelanja = { row: r, kode: null, uraian: uraian || label, pagu: p.value, realisasi: null, total: false, cells: { pagu: p.sumber } };
    if (real) {
      isiUang(grid, r, row, "realisasi", real);
    }
    if (pct) {
      isiPersen(grid, r, row, pct.col, pecahan);
    }
    if (labelTotal(label)) row.total = true;
    else {
      // The name tells the kind of spending (recognition); a code is only what a cell prints.
      const cetak = lab.kodeCol !== undefined ? grid.text(r, lab.kodeCol) : "";
      if (/^5\d$/.test(cetak)) row.kode = cetak;
      if (row.kode || kodeJenisBelanja(uraian)) {
        row.level = 0;
        jenis++;
      }
    }
    if (!row.uraian && row.pagu === null) continue;
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1].pagu === null && rows[rows.length - 1].realisasi === null) rows.pop();
  const judulJenis = /jenis belanja/.test(normalisasi(kepala.kolom.find((c) => c.col === lab.uraianCol)?.path.join(" ") ?? ""));
  if (jenis < 2 && !(judulJenis && jenis >= 1) && !ctx.pilihan) return null;
  const cols = { kode: lab.kodeCol, uraian: lab.uraianCol, pagu: pagu.col, realisasi: real?.col, persen: pct?.col };
  return rakitTabel(ctx, "jenis-belanja", rows, cols, 0.7 + (judulJenis ? 0.15 : 0) + (jenis >= 3 ? 0.1 : 0));
}
