/**
 * Family C: realisasi per year (Tabel 3.17 …) with its chart. An indicator missing from the
 * history sheet takes its realisasi from the Renstra 2021-2024 table, and the table says so.
 */
import type { SelNilai } from "../tabel";
import type { IndikatorBab } from "./indikator";
import { FORMAT, susunTabel, type Kolom } from "./kolom";
import type { GrafikDok, TabelDok } from "./model";
import { selSumber, selTeks } from "./sel";

interface Deret {
  sheet: string;
  nilai: { tahun: number; nilai: SelNilai }[];
  catatan: string[];
}

function deret(d: IndikatorBab): Deret | null {
  if (d.riwayat) return { sheet: d.riwayat.tabel.sheet, nilai: d.riwayat.row.realisasi, catatan: [] };
  if (d.renstra) {
    const nilai = d.renstra.row.tahun.map((t) => ({ tahun: t.tahun, nilai: t.realisasi }));
    return { sheet: d.renstra.tabel.sheet, nilai, catatan: [`Realisasi diambil dari lembar '${d.renstra.tabel.sheet}' (tabel riwayat tidak memuat indikator ini).`] };
  }
  return null;
}

export function tabelC(d: IndikatorBab): { tabel: TabelDok; grafik: GrafikDok } | null {
  const s = deret(d);
  if (!s) return null;
  const kolom: Kolom<Deret>[] = [
    { kepala: "Indikator Kinerja", lebar: 40, isi: () => selTeks(d.satuan ? `${d.nama} (${d.satuan})` : d.nama) },
    ...s.nilai.map((x, i): Kolom<Deret> => ({ kepala: `Realisasi TA.${x.tahun}`, lebar: 12, format: FORMAT.angka, isi: (r) => selSumber(r.sheet, r.nilai[i].nilai) })),
  ];
  const tabel = susunTabel({ keluarga: "C", judul: `Perbandingan Realisasi ${d.nama} TA.${s.nilai[0].tahun}-${s.nilai[s.nilai.length - 1].tahun}`, kolom, baris: [s], catatan: s.catatan });
  const grafik: GrafikDok = {
    jenis: "grafik",
    keluarga: "C",
    nomor: 0,
    judul: `Realisasi ${d.nama} TA.${s.nilai[0].tahun}-${s.nilai[s.nilai.length - 1].tahun}`,
    bentuk: "batang",
    label: s.nilai.map((x) => String(x.tahun)),
    seri: [{ nama: "Realisasi", nilai: tabel.baris[0].slice(1).map((c) => c.angka ?? null) }],
    satuan: d.satuan,
  };
  return { tabel, grafik };
}
