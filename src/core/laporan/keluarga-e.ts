/** Family E: one table per other satker, its target/realisasi/capaian beside this satker's. */
import type { IndikatorBab } from "./indikator";
import { FORMAT, susunTabel, type Kolom } from "./kolom";
import type { TabelDok } from "./model";
import { selCapaian, selSumber, selTeks } from "./sel";

export function tabelE(d: IndikatorBab, satkerSendiri: string, tahun: number): TabelDok[] {
  if (!d.pembanding || !d.pk) return [];
  const { row, tabel } = d.pembanding;
  const pk = d.pk;
  const t = { value: pk.row.target, sumber: pk.row.cells.target ?? { cell: "", raw: null } };
  const r = { value: pk.row.realisasi, sumber: pk.row.cells.realisasi ?? { cell: "", raw: null } };
  return row.satker.map((s) => {
    const kolom: Kolom<null>[] = [
      { kepala: "Indikator Kinerja", lebar: 30, isi: () => selTeks(d.nama) },
      { kepala: [s.nama, "Target"], lebar: 10, format: FORMAT.angka, isi: () => selSumber(tabel.sheet, s.target) },
      { kepala: [s.nama, "Realisasi"], lebar: 10, format: FORMAT.angka, isi: () => selSumber(tabel.sheet, s.realisasi) },
      { kepala: [s.nama, "Capaian (%)"], lebar: 10, format: FORMAT.persen, isi: () => selCapaian(tabel.sheet, s.target.value, s.realisasi.value, s.capaian).sel },
      { kepala: [satkerSendiri, "Target"], lebar: 10, format: FORMAT.angka, isi: () => selSumber(pk.tabel.sheet, t) },
      { kepala: [satkerSendiri, "Realisasi"], lebar: 10, format: FORMAT.angka, isi: () => selSumber(pk.tabel.sheet, r) },
      { kepala: [satkerSendiri, "Capaian (%)"], lebar: 10, format: FORMAT.persen, isi: () => selCapaian(pk.tabel.sheet, t.value, r.value, pk.row.cells.capaian ? { value: pk.row.capaian, sumber: pk.row.cells.capaian } : undefined).sel },
    ];
    return susunTabel({
      keluarga: "E",
      judul: `Perbandingan Realisasi dan Capaian ${d.nama} Tahun ${tahun} dengan ${s.nama}`,
      kolom,
      baris: [null],
    });
  });
}
