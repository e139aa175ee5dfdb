/** "Perbandingan Anggaran": per satker pagu, realisasi and penyerapan (live formula), ranked by penyerapan. */
import { excel } from "../rumus";
import type { SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, selTeks } from "../lembar/sel";
import { barisKepala, judulLembar } from "../lembar/kerangka";
import type { AnggaranSatker } from "./anggaran";
import { hitungPenyerapan } from "./anggaran";
import { peringkat } from "./peringkat";

export const KUNCI_GABUNG_ANGGARAN = "gabung-anggaran";
const KEPALA = ["No", "Satker", "Berkas", "Pagu (Rp)", "Realisasi (Rp)", "Penyerapan", "Peringkat", "Sumber angka"];
const BARIS = 4;

export function lembarAnggaran(satker: { satker: string; file: string; anggaran: AnggaranSatker | null }[]): SheetPlan {
  const l = new Lembar();
  const merges = judulLembar(
    l,
    "Perbandingan Realisasi Anggaran antar Satker",
    "Pagu dan realisasi dari baris Total tabel anggaran, atau jumlah baris rinciannya bila tidak ada Total. " +
      "Penyerapan = realisasi ÷ pagu; peringkat 1 = penyerapan tertinggi.",
    KEPALA.length,
  );
  barisKepala(l, BARIS, KEPALA);
  const rank = peringkat(satker.map((s) => s.anggaran?.penyerapan ?? null));
  satker.forEach((s, n) => {
    const row = BARIS + 1 + n;
    const a = s.anggaran;
    l.set(selTeks(`A${row}`, n + 1, { ...GAYA.data, align: "center" }));
    l.set(selTeks(`B${row}`, s.satker));
    l.set(selTeks(`C${row}`, s.file));
    l.set(selTeks(`D${row}`, a?.pagu ?? null, GAYA.data, FORMAT.rupiah));
    l.set(selTeks(`E${row}`, a?.realisasi ?? null, GAYA.data, FORMAT.rupiah));
    l.set(
      a?.penyerapan == null
        ? selTeks(`F${row}`, null)
        : { at: `F${row}`, formula: `=${excel.penyerapan(`D${row}`, `E${row}`)}`, value: a.penyerapan / 100, format: FORMAT.persen, style: GAYA.data },
    );
    l.set(selTeks(`G${row}`, rank[n], { ...GAYA.data, align: "center" }));
    l.set(selTeks(`H${row}`, a ? a.sumber : "Tidak ada tabel anggaran yang dikenali", a ? GAYA.data : { ...GAYA.data, ...GAYA.catatan }));
  });
  const akhir = BARIS + satker.length;
  const total = akhir + 1;
  const pagu = satker.reduce((x, s) => x + (s.anggaran?.pagu ?? 0), 0);
  const realisasi = satker.reduce((x, s) => x + (s.anggaran?.realisasi ?? 0), 0);
  const serap = hitungPenyerapan(pagu, realisasi);
  l.set(selTeks(`A${total}`, null, GAYA.total));
  l.set(selTeks(`B${total}`, "Jumlah", GAYA.total));
  l.set(selTeks(`C${total}`, null, GAYA.total));
  const ada = satker.length > 0;
  l.set(ada ? { at: `D${total}`, formula: `=SUM(D${BARIS + 1}:D${akhir})`, value: pagu, format: FORMAT.rupiah, style: GAYA.total } : selTeks(`D${total}`, 0, GAYA.total));
  l.set(ada ? { at: `E${total}`, formula: `=SUM(E${BARIS + 1}:E${akhir})`, value: realisasi, format: FORMAT.rupiah, style: GAYA.total } : selTeks(`E${total}`, 0, GAYA.total));
  l.set(
    serap === null
      ? selTeks(`F${total}`, null, GAYA.total)
      : { at: `F${total}`, formula: `=${excel.penyerapan(`D${total}`, `E${total}`)}`, value: serap / 100, format: FORMAT.persen, style: GAYA.total },
  );
  l.set(selTeks(`G${total}`, null, GAYA.total));
  l.set(selTeks(`H${total}`, null, GAYA.total));
  return {
    key: KUNCI_GABUNG_ANGGARAN,
    name: "Perbandingan Anggaran",
    cells: l.cells,
    merges,
    widths: [5, 28, 22, 20, 20, 12, 10, 48],
    freeze: { rows: BARIS, columns: 2 },
    conditionalFormats: ada ? [{ range: `F${BARIS + 1}:F${akhir}`, type: "dataBar", color: "#5B9BD5" }] : [],
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS}:${BARIS}` },
  };
}
