/**
 * "pnbp": non-tax revenue per service (Tabel 3.109): No | Jenis Penerimaan | Target |
 * Penerimaan > (s/d Bulan Lalu | Bulan Ini | Jumlah) | %. pagu = target, realisasi = jumlah.
 *
 * A numbered row is a group when the un-numbered rows right below it add up to it (the
 * report's group 4, LPH, is followed by the Pengembalian, which does not, so LPH is an item).
 * A label-only row at the top or after a total is a section heading ("PNBP Fungsional").
 */
import type { AnggaranRowPnbp, AnggaranTablePnbp } from "../../tabel";
import { labelDipilih, labelTotal, pilihKolom, pilihLabel, rakitTabel, satuKolom, teksLabel, type Konteks } from "./kerangka";
import { bacaUang, isiPersen, kolomPecahan } from "./nilai";
import { normalisasi } from "../../teks";

export function kenaliPnbp(ctx: Konteks): AnggaranTablePnbp | null {
  const { grid, kepala, badan } = ctx;
  const target = pilihKolom(ctx, "pagu", satuKolom(kepala, "target") ?? satuKolom(kepala, "pagu"));
  const jumlah = pilihKolom(ctx, "realisasi", satuKolom(kepala, "jumlah") ?? satuKolom(kepala, "realisasi"));
  const lalu = pilihKolom(ctx, "sdBulanLalu", satuKolom(kepala, "sdBulanLalu"));
  const ini = pilihKolom(ctx, "bulanIni", satuKolom(kepala, "bulanIni"));
  if (!jumlah || !(target || lalu)) return null;
  const pct = pilihKolom(ctx, "persen", satuKolom(kepala, "persen"));
  const no = pilihKolom(ctx, "no", satuKolom(kepala, "no"));
  const kepalaTeks = normalisasi(kepala.kolom.map((c) => c.path.join(" ")).join(" "));
  const tandaPnbp = /(^| )(pnbp|penerimaan|layanan|jasa)( |$)/.test(kepalaTeks) || !!lalu;
  if (!tandaPnbp && !ctx.pilihan) return null;
  const nilaiKiri = Math.min(...[target, jumlah, lalu, ini, pct].filter((c) => c).map((c) => c!.col));
  const lab = labelDipilih(ctx, pilihLabel(ctx, nilaiKiri));
  if (lab.uraianCol === undefined) return null;
  const pecahan = pct ? kolomPecahan(grid, badan, pct.col) : false;

  const rows: AnggaranRowPnbp[] = [];
  const bernomor: boolean[] = [];
  for (const r of badan) {
    const label = teksLabel(grid, r, lab);
    const row: AnggaranRowPnbp = { row: r, kode: null, uraian: grid.text(r, lab.uraianCol) || label, pagu: null, realisasi: null, total: false, cells: {} };
    const baca = (c: typeof target, medan: "pagu" | "realisasi" | "sdBulanLalu" | "bulanIni") => {
      if (!c) return null;
      const b = bacaUang(grid, r, c.col, c.kali);
      row.cells[medan] = b.sumber;
      return b.value;
    };
    row.pagu = baca(target, "pagu");
    row.realisasi = baca(jumlah, "realisasi");
    if (lalu) row.sdBulanLalu = baca(lalu, "sdBulanLalu");
    if (ini) row.bulanIni = baca(ini, "bulanIni");
    if (pct) {
      isiPersen(grid, r, row, pct.col, pecahan);
    }
    if (!row.uraian && row.pagu === null && row.realisasi === null) continue;
    row.total = labelTotal(row.uraian);
    rows.push(row);
    bernomor.push(no ? grid.text(r, no.col) !== "" : false);
  }
  while (rows.length && kosong(rows[rows.length - 1])) {
    rows.pop();
    bernomor.pop();
  }
  if (!rows.some((x) => !kosong(x))) return null;

  // Sections, groups, items.
  let level = 0;
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i];
    if (x.total) {
      x.level = 0;
      level = 0;
      continue;
    }
    if (kosong(x) && (i === 0 || (rows[i - 1].total && !kosong(rows[i - 1])))) {
      x.total = true;
      x.level = 0;
      level = 1;
      continue;
    }
    if (bernomor[i]) {
      x.level = level;
      const anak = anakGrup(rows, bernomor, i);
      if (anak > 0) {
        x.total = true;
        for (let j = i + 1; j <= i + anak; j++) rows[j].level = level + 1;
        i += anak;
      }
      continue;
    }
    x.level = level;
  }
  const cols = { no: no?.col, uraian: lab.uraianCol, pagu: target?.col, realisasi: jumlah.col, sdBulanLalu: lalu?.col, bulanIni: ini?.col, persen: pct?.col };
  return rakitTabel(ctx, "pnbp", rows, cols, 0.65 + (lalu ? 0.15 : 0) + (pct ? 0.05 : 0) + (target ? 0.05 : 0));
}

function kosong(x: AnggaranRowPnbp): boolean {
  return x.pagu === null && x.realisasi === null && (x.sdBulanLalu ?? null) === null && (x.bulanIni ?? null) === null;
}

/** Number of un-numbered rows after row i whose amounts add up to row i (0 when none do). */
function anakGrup(rows: AnggaranRowPnbp[], bernomor: boolean[], i: number): number {
  const g = rows[i];
  const sasaran = g.realisasi ?? g.pagu;
  if (sasaran === null) return 0;
  const pakaiReal = g.realisasi !== null;
  let jumlah = 0;
  for (let j = i + 1; j < rows.length; j++) {
    if (bernomor[j] || rows[j].total) return 0;
    const v = pakaiReal ? rows[j].realisasi : rows[j].pagu;
    jumlah += v ?? 0;
    if (Math.abs(jumlah - sasaran) <= 0.5 + Math.abs(sasaran) * 1e-9) return j - i;
  }
  return 0;
}
