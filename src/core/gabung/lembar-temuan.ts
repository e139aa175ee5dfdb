/**
 * "Temuan per Berkas": per file its status and finding counts by severity, then every
 * error-severity finding with its sheet and cell (in the satker's own file).
 */
import type { Severity } from "../tabel";
import type { SheetPlan } from "../lembar/plan";
import { GAYA, Lembar, WARNA, selTeks } from "../lembar/sel";
import { barisKepala, judulLembar } from "../lembar/kerangka";
import type { BerkasGabung, GagalGabung } from "./jenis";

export const KUNCI_GABUNG_TEMUAN = "gabung-temuan";
const BARIS = 4;
const KEPALA = ["No", "Satker", "Berkas", "Status", "Galat", "Peringatan", "Info"];
const KEPALA_GALAT = ["No", "Satker", "Lembar", "Sel", "Aturan", "Pesan"];

export function hitungTingkat(issues: { severity: Severity }[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity]++;
  return n;
}

export function lembarTemuan(berkas: BerkasGabung[], gagal: GagalGabung[]): SheetPlan {
  const l = new Lembar();
  const galat = berkas.flatMap((b) => b.issues.filter((i) => i.severity === "error").map((i) => ({ b, i })));
  const merges = judulLembar(
    l,
    "Temuan Pemeriksaan per Berkas",
    `${berkas.length} berkas dibaca, ${gagal.length} gagal dibaca; ${galat.length} galat. Alamat sel merujuk ke berkas satker masing-masing.`,
    KEPALA_GALAT.length,
  );
  barisKepala(l, BARIS, KEPALA);
  let row = BARIS;
  for (const b of berkas) {
    row++;
    const n = hitungTingkat(b.issues);
    l.set(selTeks(`A${row}`, row - BARIS, { ...GAYA.data, align: "center" }));
    l.set(selTeks(`B${row}`, b.satker));
    l.set(selTeks(`C${row}`, b.file));
    l.set(selTeks(`D${row}`, b.tables.length === 0 ? "Dibaca, tidak ada tabel dikenali" : `Dibaca, ${b.tables.length} tabel`));
    l.set(selTeks(`E${row}`, n.error, n.error > 0 ? { ...GAYA.data, fill: WARNA.merah, color: WARNA.merahTeks, bold: true } : GAYA.data));
    l.set(selTeks(`F${row}`, n.warning, n.warning > 0 ? { ...GAYA.data, fill: WARNA.kuning, color: WARNA.kuningTeks } : GAYA.data));
    l.set(selTeks(`G${row}`, n.info));
  }
  for (const g of gagal) {
    row++;
    l.set(selTeks(`A${row}`, row - BARIS, { ...GAYA.data, align: "center" }));
    l.set(selTeks(`B${row}`, g.satker));
    l.set(selTeks(`C${row}`, g.file));
    l.set(selTeks(`D${row}`, `Gagal dibaca: ${g.pesan}`, { ...GAYA.data, fill: WARNA.merah, color: WARNA.merahTeks, wrap: true }));
    for (const c of ["E", "F", "G"]) l.set(selTeks(`${c}${row}`, null));
  }

  row += 2;
  l.set(selTeks(`A${row}`, "Daftar galat", { bold: true, fontSize: 12 }));
  row++;
  barisKepala(l, row, KEPALA_GALAT);
  const kepalaGalat = row;
  galat.forEach(({ b, i }, n) => {
    row++;
    l.set(selTeks(`A${row}`, n + 1, { ...GAYA.data, align: "center" }));
    l.set(selTeks(`B${row}`, b.satker));
    l.set(selTeks(`C${row}`, i.sheet));
    l.set(selTeks(`D${row}`, i.cell));
    l.set(selTeks(`E${row}`, i.rule));
    l.set(selTeks(`F${row}`, i.message, { ...GAYA.data, wrap: true }));
  });
  if (galat.length === 0) l.set(selTeks(`B${kepalaGalat + 1}`, "Tidak ada galat.", GAYA.catatan));
  return {
    key: KUNCI_GABUNG_TEMUAN,
    name: "Temuan per Berkas",
    cells: l.cells,
    merges,
    widths: [5, 28, 22, 30, 14, 70, 10],
    freeze: { rows: BARIS, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true },
  };
}
