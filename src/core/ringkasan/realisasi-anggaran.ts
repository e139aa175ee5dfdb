/**
 * Realisasi Anggaran: pagu, realisasi, penyerapan and sisa per indicator (Tabel 3.104), per
 * KRO/RO with subtotals (Tabel 3.106), per quarter against the withdrawal plan (Tabel 3.105)
 * and per jenis belanja — each section only when the workbook has such a table.
 */
import type { AnggaranRow, AnggaranTable, Bentuk, Tabel } from "../tabel";
import type { SheetPlan } from "../lembar/plan";
import { FORMAT, Lembar, selSumber, selTeks } from "../lembar/sel";
import { barisPenuh, catatanKosong, judulLembar } from "../lembar/kerangka";
import { lebarTerbesar, letakkanKolom, type Kolom } from "../lembar/kolom";
import { KETERANGAN_TEKS } from "./kerangka";
import { jumlah, selJumlahSumber } from "./jumlah";
import { kelompokPk, tabelAnggaran, type AnggaranIndikator } from "./pilih";
import { BUNGKUS, PAGU, REALISASI, TENGAH, judulSeksi, kolomTeks, kolomUang, type Keadaan } from "./anggaran-kolom";
import { KOLOM_KRO, perKro } from "./anggaran-kro";
import { KOLOM_TRIWULAN, perTriwulan } from "./anggaran-triwulan";

export { kodeKro } from "./anggaran-kro";

export const KUNCI_REALISASI_ANGGARAN = "realisasi-anggaran";

const nomor = <R>(): Kolom<R> => ({ kepala: "No", lebar: 6, isi: (_, k) => selTeks(k.at, k.no + 1, TENGAH) });

function kolomIndikator(t: AnggaranTable, grup: AnggaranIndikator[]): Kolom<AnggaranIndikator>[] {
  const jumlahSumber = (g: AnggaranIndikator, at: string, medan: "pagu" | "realisasi") =>
    selJumlahSumber(at, t.sheet, g.komponen.map((x) => ({ s: x.cells[medan], nilai: x[medan] })), FORMAT.rupiah);
  return [
    nomor(),
    kolomTeks("Sasaran", 26, (g) => g.sasaran, { gaya: BUNGKUS, label: "Jumlah" }),
    kolomTeks("Indikator", 48, (g) => g.indikator, { gaya: BUNGKUS }),
    ...kolomUang<AnggaranIndikator>({
      uang: (g) => ({ pagu: jumlah(g.komponen.map((x) => x.pagu)), real: jumlah(g.komponen.map((x) => x.realisasi)) }),
      pagu: (g, k) => jumlahSumber(g, k.at, "pagu"),
      real: (g, k) => jumlahSumber(g, k.at, "realisasi"),
      semua: grup,
    }),
  ];
}

function perIndikator(k: Keadaan, t: AnggaranTable): void {
  const grup = kelompokPk(t);
  if (grup.length === 0) return;
  judulSeksi(k, "A. Per sasaran dan indikator kinerja", t);
  const tata = letakkanKolom(k.l, kolomIndikator(t, grup), grup, { kepala: k.row, jumlah: true });
  k.plan.table = { name: "RealisasiAnggaran", range: tata.rentangTabel, style: "TableStyleLight9" };
  (k.plan.charts ??= []).push({
    type: "column",
    // Numbered like the table: the indicator names are too long for a column chart's axis.
    title: "Pagu, realisasi dan penyerapan per indikator (No. seperti tabel A)",
    categories: tata.rentang("No"),
    series: [
      { name: "Pagu", values: tata.rentang(PAGU) },
      { name: "Realisasi", values: tata.rentang(REALISASI) },
      { name: "Penyerapan", values: tata.rentang("Penyerapan"), secondary: true },
    ],
    anchor: `${tata.kolomBebas}${tata.kepalaAtas}`,
    width: 9,
    height: Math.max(18, grup.length + 3),
  });
  k.row = tata.jumlah! + 2;
}

function kolomKode(sheet: string, nama: string, baris: AnggaranRow[]): Kolom<AnggaranRow>[] {
  return [
    nomor(),
    kolomTeks("Kode", 26, (r) => r.kode),
    kolomTeks(nama, 48, (r) => r.uraian, { gaya: BUNGKUS, label: "Jumlah" }),
    ...kolomUang<AnggaranRow>({
      uang: (r) => ({ pagu: r.pagu, real: r.realisasi }),
      pagu: (r, k) => selSumber(k.at, sheet, r.cells.pagu, r.pagu, { format: FORMAT.rupiah }),
      real: (r, k) => selSumber(k.at, sheet, r.cells.realisasi, r.realisasi, { format: FORMAT.rupiah }),
      semua: baris,
    }),
  ];
}

function perJenisBelanja(k: Keadaan, t: AnggaranTable): void {
  const baris = t.rows.filter((r) => !r.total && (r.pagu !== null || r.realisasi !== null));
  if (baris.length === 0) return;
  judulSeksi(k, "D. Per jenis belanja", t);
  const tata = letakkanKolom(k.l, kolomKode(t.sheet, "Jenis belanja", baris), baris, { kepala: k.row, jumlah: true });
  k.row = tata.jumlah! + 2;
}

const BAGIAN: [Bentuk, (k: Keadaan, t: AnggaranTable) => void, string][] = [
  ["pk", perIndikator, "anggaran per indikator kinerja (seperti Tabel 3.104)"],
  ["ro", perKro, "realisasi per KRO/RO (seperti Tabel 3.106)"],
  ["triwulan", perTriwulan, "realisasi anggaran per triwulan (seperti Tabel 3.105)"],
  ["jenis-belanja", perJenisBelanja, "pagu per jenis belanja"],
];

/** Widths fit every section the sheet may hold, whichever are present. */
const KOLOM_UANG = kolomKode("", "", []);
const LEBAR = lebarTerbesar(KOLOM_UANG.map((c) => c.lebar), KOLOM_KRO.map((c) => c.lebar), KOLOM_TRIWULAN.map((c) => c.lebar));

export function realisasiAnggaran(tables: Tabel[]): SheetPlan {
  const l = new Lembar();
  const plan: SheetPlan = {
    key: KUNCI_REALISASI_ANGGARAN,
    name: "Realisasi Anggaran",
    cells: l.cells,
    widths: LEBAR,
    // Each section has its own header; the sheet's title line is what every page repeats.
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "1:1" },
  };
  plan.merges = judulLembar(l, "Realisasi Anggaran", `Rupiah penuh; penyerapan = realisasi ÷ pagu. ${KETERANGAN_TEKS}`, KOLOM_UANG.length);
  const k: Keadaan = { l, plan, row: 4, kolom: KOLOM_UANG.length };
  const tidakAda: string[] = [];
  for (const [bentuk, tulis, nama] of BAGIAN) {
    const t = tabelAnggaran(tables, bentuk);
    if (t) tulis(k, t);
    else tidakAda.push(nama);
  }
  if (tidakAda.length === BAGIAN.length) {
    catatanKosong(l, 4, "Tidak ada tabel anggaran yang dikenali di buku kerja ini.");
  } else if (tidakAda.length > 0) {
    plan.merges.push(barisPenuh(l, k.row, `Tidak ditemukan tabel ${tidakAda.join("; ")}.`, k.kolom));
  }
  return plan;
}
