/**
 * Realisasi Anggaran: pagu, realisasi, penyerapan and sisa per indicator (Tabel 3.104), per
 * KRO/RO with subtotals (Tabel 3.106), per quarter against the withdrawal plan (Tabel 3.105)
 * and per jenis belanja — each section only when the workbook has such a table.
 */
import type { AnggaranRow, AnggaranRowTriwulan, AnggaranTable, Tabel } from "../tabel";
import { a1 } from "../snapshot";
import { aman, excel, penyerapan } from "../rumus";
import type { ChartSpec, SheetPlan } from "./plan";
import { FORMAT, GAYA, Lembar, selRumus, selSumber, selTeks } from "./sel";
import { KETERANGAN_TEKS, asalTabel, barisKepala, judulLembar } from "./kerangka";
import { jumlah, selJumlahLokal, selJumlahSumber, selPenyerapanSisa } from "./jumlah";
import { kelompokPk, tabelAnggaran } from "./pilih";
import { medanTw, TRIWULAN } from "../tabel";

export const KUNCI_REALISASI_ANGGARAN = "realisasi-anggaran";

const KEPALA_UANG = ["Pagu (Rp)", "Realisasi (Rp)", "Penyerapan", "Sisa (Rp)"];
const JUDUL_SEKSI = { ...GAYA.judul, fontSize: 12 };
const TENGAH = { ...GAYA.data, align: "center" as const };

interface Keadaan {
  l: Lembar;
  plan: SheetPlan;
  row: number;
  tidakAda: string[];
}

/** Writes pagu/realisasi (columns D–G) of one summary row; returns nothing, values go to the sheet. */
function uang(k: Keadaan, row: number, pagu: number | null, real: number | null, style = GAYA.data): void {
  k.l.semua(selPenyerapanSisa(`F${row}`, `G${row}`, `D${row}`, `E${row}`, pagu, real, style));
}

/** Cells of one column from row a to row b. */
/** One coded budget row (No, Kode, Uraian, pagu and realisasi from the source, then the computed columns). */
function barisKode(k: Keadaan, t: AnggaranTable, no: number, r: AnggaranRow): void {
  const row = k.row++;
  k.l.set(selTeks(`A${row}`, no, TENGAH));
  k.l.set(selTeks(`B${row}`, r.kode));
  k.l.set(selTeks(`C${row}`, r.uraian, { ...GAYA.data, wrap: true }));
  k.l.set(selSumber(`D${row}`, t.sheet, r.cells.pagu, r.pagu, { format: FORMAT.rupiah }));
  k.l.set(selSumber(`E${row}`, t.sheet, r.cells.realisasi, r.realisasi, { format: FORMAT.rupiah }));
  uang(k, row, r.pagu, r.realisasi);
}

function sel(kol: string, a: number, b: number): string[] {
  const out: string[] = [];
  for (let r = a; r <= b; r++) out.push(`${kol}${r}`);
  return out;
}

function judulSeksi(k: Keadaan, teks: string, t: AnggaranTable): void {
  k.l.set(selTeks(`A${k.row}`, teks, JUDUL_SEKSI));
  k.l.set(selTeks(`A${k.row + 1}`, `Sumber: ${asalTabel(t)}`, GAYA.catatan));
  k.plan.merges!.push(`A${k.row + 1}:G${k.row + 1}`);
  k.row += 2;
}

function perIndikator(k: Keadaan, t: AnggaranTable): void {
  const grup = kelompokPk(t);
  if (grup.length === 0) return;
  judulSeksi(k, "A. Per sasaran dan indikator kinerja", t);
  const kepala = k.row;
  barisKepala(k.l, kepala, ["No", "Sasaran", "Indikator", ...KEPALA_UANG]);
  const pagu: (number | null)[] = [];
  const real: (number | null)[] = [];
  grup.forEach((g, i) => {
    const row = kepala + 1 + i;
    k.l.set(selTeks(`A${row}`, i + 1, TENGAH));
    k.l.set(selTeks(`B${row}`, g.sasaran, { ...GAYA.data, wrap: true }));
    k.l.set(selTeks(`C${row}`, g.indikator, { ...GAYA.data, wrap: true }));
    const p = jumlah(g.komponen.map((r) => r.pagu));
    const r = jumlah(g.komponen.map((x) => x.realisasi));
    k.l.set(selJumlahSumber(`D${row}`, t.sheet, g.komponen.map((x) => ({ s: x.cells.pagu, nilai: x.pagu })), FORMAT.rupiah));
    k.l.set(selJumlahSumber(`E${row}`, t.sheet, g.komponen.map((x) => ({ s: x.cells.realisasi, nilai: x.realisasi })), FORMAT.rupiah));
    uang(k, row, p, r);
    pagu.push(p);
    real.push(r);
  });
  const akhir = kepala + grup.length;
  const total = akhir + 1;
  k.l.set(selTeks(`A${total}`, null, GAYA.total));
  k.l.set(selTeks(`B${total}`, "Jumlah", GAYA.total));
  k.l.set(selTeks(`C${total}`, null, GAYA.total));
  const sel = grup.map((_, i) => `D${kepala + 1 + i}`);
  k.l.set(selJumlahLokal(`D${total}`, sel, pagu, FORMAT.rupiah));
  k.l.set(selJumlahLokal(`E${total}`, sel.map((c) => c.replace("D", "E")), real, FORMAT.rupiah));
  uang(k, total, jumlah(pagu), jumlah(real), GAYA.total);
  k.plan.table = { name: "RealisasiAnggaran", range: `A${kepala}:G${akhir}`, style: "TableStyleLight9" };
  k.row = total + 2;
}

/** "6077.BAD.036.052.C" → "6077.BAD"; a space inside the code counts as a dot. */
export function kodeKro(kode: string | null): string {
  if (!kode) return "";
  const bagian = kode.trim().split(/[.\s]+/).filter(Boolean);
  return bagian.length >= 2 ? `${bagian[0]}.${bagian[1]}` : bagian[0] ?? "";
}

/** Leaf rows: not a total, with money, and not the parent of the next row's code. */
function daun(t: AnggaranTable): AnggaranRow[] {
  const isi = t.rows.filter((r) => !r.total && (r.pagu !== null || r.realisasi !== null));
  return isi.filter((r, i) => {
    const lanjut = isi[i + 1];
    return !(r.kode && lanjut?.kode && lanjut.kode.startsWith(r.kode) && lanjut.kode !== r.kode);
  });
}

function perKro(k: Keadaan, t: AnggaranTable): void {
  const baris = daun(t);
  if (baris.length === 0) return;
  judulSeksi(k, "B. Per KRO/RO", t);
  barisKepala(k.l, k.row, ["No", "Kode", "Uraian", ...KEPALA_UANG]);
  k.row++;
  const grup = new Map<string, AnggaranRow[]>();
  for (const r of baris) {
    const kunci = kodeKro(r.kode);
    if (!grup.has(kunci)) grup.set(kunci, []);
    grup.get(kunci)!.push(r);
  }
  const subtotal: string[] = [];
  const subPagu: (number | null)[] = [];
  const subReal: (number | null)[] = [];
  let no = 0;
  for (const [kunci, isi] of grup) {
    const awal = k.row;
    for (const r of isi) {
      barisKode(k, t, ++no, r);
    }
    const akhir = k.row - 1;
    const row = k.row++;
    const p = jumlah(isi.map((r) => r.pagu));
    const r = jumlah(isi.map((x) => x.realisasi));
    k.l.set(selTeks(`A${row}`, null, GAYA.total));
    k.l.set(selTeks(`B${row}`, kunci || null, GAYA.total));
    k.l.set(selTeks(`C${row}`, kunci ? `Jumlah KRO ${kunci}` : "Jumlah", GAYA.total));
    k.l.set(selJumlahLokal(`D${row}`, sel("D", awal, akhir), isi.map((x) => x.pagu), FORMAT.rupiah));
    k.l.set(selJumlahLokal(`E${row}`, sel("E", awal, akhir), isi.map((x) => x.realisasi), FORMAT.rupiah));
    uang(k, row, p, r, GAYA.total);
    subtotal.push(`${row}`);
    subPagu.push(p);
    subReal.push(r);
  }
  const row = k.row;
  k.l.set(selTeks(`A${row}`, null, GAYA.total));
  k.l.set(selTeks(`B${row}`, null, GAYA.total));
  k.l.set(selTeks(`C${row}`, "Jumlah seluruh KRO", GAYA.total));
  k.l.set(selJumlahLokal(`D${row}`, subtotal.map((r) => `D${r}`), subPagu, FORMAT.rupiah));
  k.l.set(selJumlahLokal(`E${row}`, subtotal.map((r) => `E${r}`), subReal, FORMAT.rupiah));
  uang(k, row, jumlah(subPagu), jumlah(subReal), GAYA.total);
  k.row = row + 2;
}

function perTriwulan(k: Keadaan, t: AnggaranTable): void {
  if (t.bentuk !== "triwulan") return;
  const baris = t.rows.filter((r) => !r.total && r.triwulan);
  if (baris.length === 0) return;
  judulSeksi(k, "C. Per triwulan: rencana penarikan (T) dan realisasi (R), kumulatif", t);
  barisKepala(k.l, k.row, ["No", "Kode", "Uraian", "Pagu (Rp)", ...TRIWULAN.flatMap((n) => [`T TW ${n}`, `R TW ${n}`])]);
  const awal = ++k.row;
  for (const [i, r] of baris.entries()) {
    const row = k.row++;
    k.l.set(selTeks(`A${row}`, i + 1, TENGAH));
    k.l.set(selTeks(`B${row}`, r.kode));
    k.l.set(selTeks(`C${row}`, r.uraian, { ...GAYA.data, wrap: true }));
    k.l.set(selSumber(`D${row}`, t.sheet, r.cells.pagu, r.pagu, { format: FORMAT.rupiah }));
    r.triwulan!.forEach((q, j) => {
      k.l.set(selSumber(a1(row, 5 + 2 * j), t.sheet, r.cells[medanTw(j, "target")], q.target, { faktor: 1 / 100 }));
      k.l.set(selSumber(a1(row, 6 + 2 * j), t.sheet, r.cells[medanTw(j, "realisasi")], q.realisasi, { faktor: 1 / 100 }));
    });
  }
  const akhir = k.row - 1;
  // The whole budget's cumulative % per quarter: each KRO's % weighted by its pagu.
  const row = k.row++;
  k.l.set(selTeks(`A${row}`, null, GAYA.total));
  k.l.set(selTeks(`B${row}`, null, GAYA.total));
  k.l.set(selTeks(`C${row}`, "Seluruh anggaran (tertimbang pagu)", GAYA.total));
  const paguRange = `D${awal}:D${akhir}`;
  k.l.set(selJumlahLokal(`D${row}`, sel("D", awal, akhir), baris.map((r) => r.pagu), FORMAT.rupiah));
  const totalPagu = jumlah(baris.map((r) => r.pagu));
  const tertimbang: { kol: number; nilai: number | null }[] = [];
  for (let j = 0; j < 8; j++) {
    const kol = 5 + j;
    const ambil = (r: AnggaranRowTriwulan) => (j % 2 === 0 ? r.triwulan![j >> 1].target : r.triwulan![j >> 1].realisasi);
    const bobot = jumlah(baris.map((r) => (r.pagu !== null && ambil(r) !== null ? (r.pagu * ambil(r)!) / 100 : null)));
    const c = a1(row, kol);
    const kolom = a1(awal, kol).replace(/\d+$/, "");
    const serap = totalPagu && bobot !== null ? aman(() => penyerapan(totalPagu, bobot)) : null;
    if (serap !== null) {
      const nilai = serap / 100;
      const f = excel.penyerapan(`SUM(${paguRange})`, `SUMPRODUCT(${paguRange},${kolom}${awal}:${kolom}${akhir})`);
      k.l.set(selRumus(c, f, nilai, FORMAT.persen, GAYA.total));
      tertimbang.push({ kol, nilai });
    } else {
      k.l.set(selTeks(c, "–", { ...GAYA.total, align: "center" }));
      tertimbang.push({ kol, nilai: null });
    }
  }
  k.row = row + 2;
  grafikTriwulan(k, row, tertimbang);
}

/** A small block (quarters across, T and R down) that the line chart reads. */
function grafikTriwulan(k: Keadaan, sumberRow: number, nilai: { kol: number; nilai: number | null }[]): void {
  const h = k.row;
  k.l.set(selTeks(`C${h}`, "Grafik: penyerapan kumulatif seluruh anggaran", GAYA.kepala));
  TRIWULAN.forEach((n, q) => k.l.set(selTeks(a1(h, 4 + q), `TW ${n}`, GAYA.kepala)));
  const baris = [
    { label: "Rencana (T)", off: 0 },
    { label: "Realisasi (R)", off: 1 },
  ];
  baris.forEach((b, i) => {
    const row = h + 1 + i;
    k.l.set(selTeks(`C${row}`, b.label));
    TRIWULAN.forEach((_, q) => {
      const src = nilai[q * 2 + b.off];
      const c = a1(row, 4 + q);
      if (src.nilai === null) k.l.set(selTeks(c, "–", TENGAH));
      else k.l.set(selRumus(c, a1(sumberRow, src.kol), src.nilai, FORMAT.persen));
    });
  });
  const grafik: ChartSpec = {
    type: "line",
    title: "Penyerapan anggaran kumulatif per triwulan",
    categories: `D${h}:G${h}`,
    series: baris.map((b, i) => ({ name: b.label, values: `D${h + 1 + i}:G${h + 1 + i}` })),
    anchor: `I${h}`,
    width: 8,
    height: 14,
  };
  (k.plan.charts ??= []).push(grafik);
  k.row = h + 4;
}

function perJenisBelanja(k: Keadaan, t: AnggaranTable): void {
  const baris = t.rows.filter((r) => !r.total && (r.pagu !== null || r.realisasi !== null));
  if (baris.length === 0) return;
  judulSeksi(k, "D. Per jenis belanja", t);
  barisKepala(k.l, k.row, ["No", "Kode", "Jenis belanja", ...KEPALA_UANG]);
  const awal = ++k.row;
  for (const [i, r] of baris.entries()) {
    barisKode(k, t, i + 1, r);
  }
  const akhir = k.row - 1;
  const row = k.row;
  k.l.set(selTeks(`A${row}`, null, GAYA.total));
  k.l.set(selTeks(`B${row}`, null, GAYA.total));
  k.l.set(selTeks(`C${row}`, "Jumlah", GAYA.total));
  k.l.set(selJumlahLokal(`D${row}`, sel("D", awal, akhir), baris.map((r) => r.pagu), FORMAT.rupiah));
  k.l.set(selJumlahLokal(`E${row}`, sel("E", awal, akhir), baris.map((r) => r.realisasi), FORMAT.rupiah));
  uang(k, row, jumlah(baris.map((r) => r.pagu)), jumlah(baris.map((r) => r.realisasi)), GAYA.total);
  k.row = row + 2;
}

export function realisasiAnggaran(tables: Tabel[]): SheetPlan {
  const l = new Lembar();
  const plan: SheetPlan = {
    key: KUNCI_REALISASI_ANGGARAN,
    name: "Realisasi Anggaran",
    cells: l.cells,
    widths: [6, 26, 48, 18, 18, 12, 16, 11, 11, 11, 11, 11],
    print: { orientation: "landscape", fitToWidth: true },
  };
  plan.merges = judulLembar(l, "Realisasi Anggaran", `Rupiah penuh; penyerapan = realisasi ÷ pagu. ${KETERANGAN_TEKS}`, 7);
  const k: Keadaan = { l, plan, row: 4, tidakAda: [] };
  const bagian: [string, (k: Keadaan, t: AnggaranTable) => void, string][] = [
    ["pk", perIndikator, "anggaran per indikator kinerja (seperti Tabel 3.104)"],
    ["ro", perKro, "realisasi per KRO/RO (seperti Tabel 3.106)"],
    ["triwulan", perTriwulan, "realisasi anggaran per triwulan (seperti Tabel 3.105)"],
    ["jenis-belanja", perJenisBelanja, "pagu per jenis belanja"],
  ];
  for (const [bentuk, tulis, nama] of bagian) {
    const t = tabelAnggaran(tables, bentuk as AnggaranTable["bentuk"]);
    if (t) tulis(k, t);
    else k.tidakAda.push(nama);
  }
  if (k.tidakAda.length === bagian.length) {
    l.set(selTeks("A4", "Tidak ada tabel anggaran yang dikenali di buku kerja ini.", { ...GAYA.catatan, wrap: false }));
  } else if (k.tidakAda.length > 0) {
    l.set(selTeks(`A${k.row}`, `Tidak ditemukan tabel ${k.tidakAda.join("; ")}.`, GAYA.catatan));
    plan.merges.push(`A${k.row}:G${k.row}`);
  }
  return plan;
}
