/** Temuan: the validation findings, each with its rule's title and id, linked to the cell it is about. */
import type { Issue, Severity } from "../tabel";
import type { SheetPlan } from "../lembar/plan";
import { GAYA, Lembar, WARNA, alamat, selTeks } from "../lembar/sel";
import { BARIS_KEPALA, judulLembar } from "../lembar/kerangka";
import { letakkanKolom, type Kolom } from "../lembar/kolom";
import { NAMA_TINGKAT, URUTAN_TINGKAT, judulAturan } from "../nama";

export const KUNCI_TEMUAN = "temuan";

const WARNA_TINGKAT: Record<Severity, { fill: string; color: string }> = {
  error: { fill: WARNA.merah, color: WARNA.merahTeks },
  warning: { fill: WARNA.kuning, color: WARNA.kuningTeks },
  info: { fill: "#DDEBF7", color: "#1F4E78" },
};

const KOLOM: Kolom<Issue>[] = [
  { kepala: "No", lebar: 5, gaya: { ...GAYA.data, align: "center" }, isi: (_, k) => k.no + 1 },
  { kepala: "Tingkat", lebar: 12, isi: (i, k) => selTeks(k.at, NAMA_TINGKAT[i.severity], { ...GAYA.data, ...WARNA_TINGKAT[i.severity], bold: true }) },
  { kepala: "Aturan", lebar: 30, gaya: { ...GAYA.data, wrap: true }, isi: (i) => judulAturan(i.rule) },
  { kepala: "Kode aturan", lebar: 16, isi: (i) => i.rule },
  { kepala: "Lembar", lebar: 18, isi: (i) => i.sheet },
  {
    kepala: "Sel",
    lebar: 14,
    isi: (i, k) => ({ ...selTeks(k.at, alamat(i.sheet, i.cell), { ...GAYA.data, color: "#0563C1" }), link: { sheet: i.sheet, cell: i.cell } }),
  },
  { kepala: "Pesan", lebar: 70, gaya: { ...GAYA.data, wrap: true }, isi: (i) => i.message },
  { kepala: "Diharapkan", lebar: 16, isi: (i) => i.expected ?? null },
  { kepala: "Ditemukan", lebar: 16, isi: (i) => i.found ?? null },
];

export function temuan(issues: Issue[]): SheetPlan {
  const l = new Lembar();
  const plan: SheetPlan = {
    key: KUNCI_TEMUAN,
    name: "Temuan",
    cells: l.cells,
    widths: KOLOM.map((k) => k.lebar),
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA}:${BARIS_KEPALA}` },
  };
  const jumlah = (s: Severity) => issues.filter((i) => i.severity === s).length;
  const ringkas = issues.length === 0
    ? "Tidak ada temuan."
    : `${issues.length} temuan: ${jumlah("error")} galat, ${jumlah("warning")} peringatan, ${jumlah("info")} info. Klik alamat sel untuk membukanya.`;
  plan.merges = judulLembar(l, "Temuan Pemeriksaan", ringkas, KOLOM.length);
  const urut = issues.map((i, n) => ({ i, n })).sort((a, b) => URUTAN_TINGKAT.indexOf(a.i.severity) - URUTAN_TINGKAT.indexOf(b.i.severity) || a.n - b.n);
  const tata = letakkanKolom(l, KOLOM, urut.map((x) => x.i), { kepala: BARIS_KEPALA });
  let range = tata.rentangTabel;
  if (issues.length === 0) {
    const row = tata.awal;
    l.set(selTeks(`${tata.huruf("No")}${row}`, null));
    l.set(selTeks(`${tata.huruf("Tingkat")}${row}`, "Tidak ada temuan."));
    range = range.replace(/\d+$/, String(row));
  }
  plan.freeze = { rows: tata.kepalaBawah, columns: 0 };
  plan.table = { name: "Temuan", range, style: "TableStyleLight9" };
  return plan;
}
