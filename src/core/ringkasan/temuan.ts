/** Temuan: the validation findings, each linked to the cell it is about. */
import type { Issue, Severity } from "../tabel";
import type { SheetPlan } from "../lembar/plan";
import { GAYA, Lembar, WARNA, alamat, selTeks } from "../lembar/sel";
import { BARIS_KEPALA, barisKepala, judulLembar } from "../lembar/kerangka";

export const KUNCI_TEMUAN = "temuan";

export const TINGKAT: Record<Severity, string> = { error: "Galat", warning: "Peringatan", info: "Info" };
const URUTAN: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const WARNA_TINGKAT: Record<Severity, { fill: string; color: string }> = {
  error: { fill: WARNA.merah, color: WARNA.merahTeks },
  warning: { fill: WARNA.kuning, color: WARNA.kuningTeks },
  info: { fill: "#DDEBF7", color: "#1F4E78" },
};

const KEPALA = ["No", "Tingkat", "Aturan", "Lembar", "Sel", "Pesan", "Diharapkan", "Ditemukan"];

export function temuan(issues: Issue[]): SheetPlan {
  const l = new Lembar();
  const plan: SheetPlan = {
    key: KUNCI_TEMUAN,
    name: "Temuan",
    cells: l.cells,
    widths: [5, 12, 16, 18, 14, 70, 16, 16],
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA}:${BARIS_KEPALA}` },
  };
  const jumlah = (s: Severity) => issues.filter((i) => i.severity === s).length;
  const ringkas = issues.length === 0
    ? "Tidak ada temuan."
    : `${issues.length} temuan: ${jumlah("error")} galat, ${jumlah("warning")} peringatan, ${jumlah("info")} info. Klik alamat sel untuk membukanya.`;
  plan.merges = judulLembar(l, "Temuan Pemeriksaan", ringkas, KEPALA.length);
  barisKepala(l, BARIS_KEPALA, KEPALA);
  const urut = issues.map((i, n) => ({ i, n })).sort((a, b) => URUTAN[a.i.severity] - URUTAN[b.i.severity] || a.n - b.n);
  let row = BARIS_KEPALA;
  urut.forEach(({ i }, n) => {
    row = BARIS_KEPALA + 1 + n;
    l.set(selTeks(`A${row}`, n + 1, { ...GAYA.data, align: "center" }));
    l.set(selTeks(`B${row}`, TINGKAT[i.severity], { ...GAYA.data, ...WARNA_TINGKAT[i.severity], bold: true }));
    l.set(selTeks(`C${row}`, i.rule));
    l.set(selTeks(`D${row}`, i.sheet));
    l.set({ ...selTeks(`E${row}`, alamat(i.sheet, i.cell), { ...GAYA.data, color: "#0563C1" }), link: { sheet: i.sheet, cell: i.cell } });
    l.set(selTeks(`F${row}`, i.message, { ...GAYA.data, wrap: true }));
    l.set(selTeks(`G${row}`, i.expected ?? null));
    l.set(selTeks(`H${row}`, i.found ?? null));
  });
  if (issues.length === 0) {
    l.set(selTeks(`A${row + 1}`, null));
    l.set(selTeks(`B${row + 1}`, "Tidak ada temuan."));
    row++;
  }
  plan.freeze = { rows: BARIS_KEPALA, columns: 0 };
  plan.table = { name: "Temuan", range: `A${BARIS_KEPALA}:H${row}`, style: "TableStyleLight9" };
  return plan;
}
