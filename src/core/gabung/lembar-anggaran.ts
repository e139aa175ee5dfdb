/** "Perbandingan Anggaran": per satker pagu, realisasi and penyerapan (live formula), ranked by penyerapan. */
import { excel } from "../rumus";
import type { SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, selTeks } from "../lembar/sel";
import { judulLembar } from "../lembar/kerangka";
import { letakkanKolom, type Kolom } from "../lembar/kolom";
import type { AnggaranSatker } from "./anggaran";
import { hitungPenyerapan } from "./anggaran";
import { peringkat } from "./peringkat";

export const KUNCI_GABUNG_ANGGARAN = "gabung-anggaran";
const BARIS = 4;
const PAGU = "Pagu (Rp)";
const REALISASI = "Realisasi (Rp)";

interface Satker {
  satker: string;
  file: string;
  anggaran: AnggaranSatker | null;
}

function kolomAnggaran(satker: Satker[]): Kolom<Satker>[] {
  const rank = peringkat(satker.map((s) => s.anggaran?.penyerapan ?? null));
  const pagu = satker.reduce((x, s) => x + (s.anggaran?.pagu ?? 0), 0);
  const realisasi = satker.reduce((x, s) => x + (s.anggaran?.realisasi ?? 0), 0);
  const serap = hitungPenyerapan(pagu, realisasi);
  const ada = satker.length > 0;
  const sum = (kunci: string, nilai: number) => (k: { at: string; rentang(k: string): string }) =>
    ada ? { at: k.at, formula: `=SUM(${k.rentang(kunci)})`, value: nilai, format: FORMAT.rupiah, style: GAYA.total } : selTeks(k.at, 0, GAYA.total);
  return [
    { kepala: "No", lebar: 5, gaya: { ...GAYA.data, align: "center" }, isi: (_, k) => k.no + 1 },
    { kepala: "Satker", lebar: 28, isi: (s) => s.satker, jumlah: () => "Jumlah" },
    { kepala: "Berkas", lebar: 22, isi: (s) => s.file },
    { kepala: PAGU, lebar: 20, format: FORMAT.rupiah, isi: (s) => s.anggaran?.pagu ?? null, jumlah: sum(PAGU, pagu) },
    { kepala: REALISASI, lebar: 20, format: FORMAT.rupiah, isi: (s) => s.anggaran?.realisasi ?? null, jumlah: sum(REALISASI, realisasi) },
    {
      kepala: "Penyerapan",
      lebar: 12,
      isi: ({ anggaran: a }, k) =>
        a?.penyerapan == null ? null : { at: k.at, formula: `=${excel.penyerapan(k.sel(PAGU), k.sel(REALISASI))}`, value: a.penyerapan / 100, format: FORMAT.persen, style: GAYA.data },
      jumlah: (k) =>
        serap === null ? null : { at: k.at, formula: `=${excel.penyerapan(k.sel(PAGU), k.sel(REALISASI))}`, value: serap / 100, format: FORMAT.persen, style: GAYA.total },
    },
    { kepala: "Peringkat", lebar: 12, gaya: { ...GAYA.data, align: "center" }, isi: (_, k) => rank[k.no] },
    {
      kepala: "Sumber angka",
      lebar: 48,
      isi: ({ anggaran: a }, k) => selTeks(k.at, a ? a.sumber : "Tidak ada tabel anggaran yang dikenali", a ? GAYA.data : { ...GAYA.data, ...GAYA.catatan }),
    },
  ];
}

export function lembarAnggaran(satker: Satker[]): SheetPlan {
  const l = new Lembar();
  const kolom = kolomAnggaran(satker);
  const merges = judulLembar(
    l,
    "Perbandingan Realisasi Anggaran antar Satker",
    "Pagu dan realisasi dari baris Total tabel anggaran, atau jumlah baris rinciannya bila tidak ada Total. " +
      "Penyerapan = realisasi ÷ pagu; peringkat 1 = penyerapan tertinggi.",
    kolom.length,
  );
  const tata = letakkanKolom(l, kolom, satker, { kepala: BARIS, jumlah: true });
  return {
    key: KUNCI_GABUNG_ANGGARAN,
    name: "Perbandingan Anggaran",
    cells: l.cells,
    merges,
    widths: tata.lebar,
    freeze: { rows: BARIS, columns: 2 },
    conditionalFormats: satker.length > 0 ? [{ range: tata.rentang("Penyerapan"), type: "dataBar", color: "#5B9BD5", max: 1 }] : [],
    print: { orientation: "landscape", fitToWidth: true, repeatRows: tata.barisJudul, repeatColumns: `${tata.huruf("No")}:${tata.huruf("Satker")}` },
  };
}
