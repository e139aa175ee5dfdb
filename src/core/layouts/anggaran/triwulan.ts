/**
 * "triwulan": pagu per KRO with the cumulative target/realisasi % of each quarter (Tabel 3.105:
 * "Triwulan I (%) > Keuangan > T | R"). Codes as in the "ro" tree (a bare KRO under its kegiatan).
 */
import { medanTw, type AnggaranRowTriwulan, type AnggaranTableTriwulan, type TriwulanNilai } from "../../tabel";
import { kolomPeran, labelDipilih, labelTotal, letakkanBaris, pilihKolom, pilihLabel, rakitTabel, satuKolom, teksLabel, type Kolom, type Konteks } from "./kerangka";
import { PohonKode } from "./kode";
import { bacaPersen, isiUang, kolomPecahan } from "./nilai";

export function kenaliTriwulanAnggaran(ctx: Konteks): AnggaranTableTriwulan | null {
  const { grid, kepala, badan } = ctx;
  const tw: { target?: Kolom; realisasi?: Kolom }[] = [{}, {}, {}, {}];
  for (const c of kolomPeran(kepala, "tw")) {
    if (c.peran.jenis !== "tw") continue;
    const slot = tw[c.peran.ke - 1];
    if (!slot[c.peran.nilai]) slot[c.peran.nilai] = c;
  }
  let n = 0;
  tw.forEach((q, i) => {
    for (const k of ["target", "realisasi"] as const) {
      q[k] = pilihKolom(ctx, medanTw(i, k), q[k]);
      if (q[k]) n++;
    }
  });
  // A planner who calls the table quarterly may have fewer quarter columns than a recognizer wants.
  if (n < (ctx.pilihan ? 1 : 4)) return null;
  const pagu = pilihKolom(ctx, "pagu", satuKolom(kepala, "pagu"));
  const real = pilihKolom(ctx, "realisasi", satuKolom(kepala, "realisasi"));
  const kiri = Math.min(...[pagu, real, ...tw.flatMap((q) => [q.target, q.realisasi])].filter((c) => c).map((c) => c!.col));
  const lab = labelDipilih(ctx, pilihLabel(ctx, kiri));
  if (lab.uraianCol === undefined && lab.kodeCol === undefined) return null;
  const pecahan = new Map<number, boolean>();
  for (const q of tw) for (const c of [q.target, q.realisasi]) if (c) pecahan.set(c.col, kolomPecahan(grid, badan, c.col));

  const pohon = new PohonKode();
  const rows: AnggaranRowTriwulan[] = [];
  let berangka = 0;
  for (const r of badan) {
    const row: AnggaranRowTriwulan = { row: r, kode: null, uraian: "", pagu: null, realisasi: null, total: false, cells: {}, triwulan: kuartalKosong() };
    if (pagu) {
      isiUang(grid, r, row, "pagu", pagu);
    }
    if (real) {
      isiUang(grid, r, row, "realisasi", real);
    }
    let adaPersen = false;
    tw.forEach((q, i) => {
      const out = row.triwulan[i];
      for (const k of ["target", "realisasi"] as const) {
        const c = q[k];
        if (!c) continue;
        const b = bacaPersen(grid, r, c.col, pecahan.get(c.col)!);
        out[k] = b.value;
        row.cells[medanTw(i, k)] = b.sumber;
        if (b.value !== null) adaPersen = true;
      }
    });
    const label = teksLabel(grid, r, lab);
    const letak = letakkanBaris(grid, r, lab, pohon, row, rows.length, label, labelTotal(label));
    if (letak === "teks" && !row.uraian && !adaPersen && row.pagu === null) continue;
    if (adaPersen || row.pagu !== null) berangka++;
    rows.push(row);
  }
  for (const i of pohon.punyaAnak) rows[i].total = true;
  while (rows.length && rows[rows.length - 1].pagu === null && !rows[rows.length - 1].kode && !rows[rows.length - 1].triwulan.some((q) => q.realisasi !== null))
    rows.pop();
  if (berangka === 0) return null;
  const cols: Record<string, number | undefined> = { kode: lab.kodeCol, uraian: lab.uraianCol, pagu: pagu?.col, realisasi: real?.col };
  tw.forEach((q, i) => {
    cols[medanTw(i, "target")] = q.target?.col;
    cols[medanTw(i, "realisasi")] = q.realisasi?.col;
  });
  const conf = 0.6 + 0.05 * Math.min(n, 8) / 2 + (pagu ? 0.1 : 0);
  return rakitTabel(ctx, "triwulan", rows, cols, conf);
}

function kuartalKosong(): [TriwulanNilai, TriwulanNilai, TriwulanNilai, TriwulanNilai] {
  const q = (): TriwulanNilai => ({ target: null, realisasi: null });
  return [q(), q(), q(), q()];
}
