/** Family F (Tabel 3.102): Capaian Kinerja Renstra per year and the TOTAL block, one row per indicator. */
import type { RenstraRow, RenstraTable } from "../tabel";
import { susunTabel, type KepalaGrup, type Kolom } from "./kolom";
import type { TabelDok } from "./model";
import { selCapaian, selSumber, selTeks } from "./sel";

export function tabelF(t: RenstraTable): TabelDok {
  const sh = t.sheet;
  const kolom: Kolom<RenstraRow>[] = [
    { kepala: "Sasaran Kegiatan (output)/Indikator", lebar: 34, format: "teks", isi: (r) => selTeks([r.kode, r.indikator, r.satuan ? `(${r.satuan})` : ""].filter(Boolean).join(" ")) },
  ];
  const grup: KepalaGrup[] = [{ teks: "", kolom: 1 }];
  t.tahun.forEach((th, i) => {
    kolom.push(
      { kepala: "Target Renstra", lebar: 8, format: "angka", isi: (r) => selSumber(sh, r.tahun[i].target) },
      { kepala: "Realisasi", lebar: 8, format: "angka", isi: (r) => selSumber(sh, r.tahun[i].realisasi) },
      { kepala: "%", lebar: 8, format: "persen", isi: (r) => selCapaian(sh, r.tahun[i].target.value, r.tahun[i].realisasi.value, r.tahun[i].persen).sel },
    );
    grup.push({ teks: String(th), kolom: 3 });
  });
  if (t.rows.some((r) => r.total)) {
    const awal = t.tahun[0];
    const akhir = t.tahun[t.tahun.length - 1];
    kolom.push(
      { kepala: `Target Renstra Sampai ${akhir}`, lebar: 9, format: "angka", isi: (r) => selSumber(sh, r.total?.target) },
      { kepala: `Realisasi s.d ${akhir}`, lebar: 9, format: "angka", isi: (r) => selSumber(sh, r.total?.realisasi) },
      { kepala: "%", lebar: 8, format: "persen", isi: (r) => (r.total ? selCapaian(sh, r.total.target.value, r.total.realisasi.value, r.total.persen).sel : selSumber(sh, undefined)) },
    );
    grup.push({ teks: `TOTAL ${awal}-${akhir}`, kolom: 3 });
  }
  return susunTabel({ keluarga: "F", judul: `Capaian Kinerja Renstra TA.${t.tahun[0]}-${t.tahun[t.tahun.length - 1]}`, kolom, baris: t.rows, grup });
}
