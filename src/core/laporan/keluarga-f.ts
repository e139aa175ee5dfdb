/** Family F (Tabel 3.102): Capaian Kinerja Renstra per year and the TOTAL block, one row per indicator. */
import type { RenstraRow, RenstraTable } from "../tabel";
import { FORMAT, susunTabel, type Kolom } from "./kolom";
import type { TabelDok } from "./model";
import { selCapaian, selSumber, selTeks } from "./sel";

export function tabelF(t: RenstraTable): TabelDok {
  const sh = t.sheet;
  const kolom: Kolom<RenstraRow>[] = [
    { kepala: "Sasaran Kegiatan (output)/Indikator", lebar: 34, isi: (r) => selTeks([r.kode, r.indikator, r.satuan ? `(${r.satuan})` : ""].filter(Boolean).join(" ")) },
  ];
  t.tahun.forEach((th, i) => {
    kolom.push(
      { kepala: [String(th), "Target Renstra"], lebar: 8, format: FORMAT.angka, isi: (r) => selSumber(sh, r.tahun[i].target) },
      { kepala: [String(th), "Realisasi"], lebar: 8, format: FORMAT.angka, isi: (r) => selSumber(sh, r.tahun[i].realisasi) },
      { kepala: [String(th), "%"], lebar: 8, format: FORMAT.persen, isi: (r) => selCapaian(sh, r.tahun[i].target.value, r.tahun[i].realisasi.value, r.tahun[i].persen).sel },
    );
  });
  if (t.rows.some((r) => r.total)) {
    const awal = t.tahun[0];
    const akhir = t.tahun[t.tahun.length - 1];
    kolom.push(
      { kepala: [`TOTAL ${awal}-${akhir}`, `Target Renstra Sampai ${akhir}`], lebar: 9, format: FORMAT.angka, isi: (r) => selSumber(sh, r.total?.target) },
      { kepala: [`TOTAL ${awal}-${akhir}`, `Realisasi s.d ${akhir}`], lebar: 9, format: FORMAT.angka, isi: (r) => selSumber(sh, r.total?.realisasi) },
      { kepala: [`TOTAL ${awal}-${akhir}`, "%"], lebar: 8, format: FORMAT.persen, isi: (r) => (r.total ? selCapaian(sh, r.total.target.value, r.total.realisasi.value, r.total.persen).sel : selSumber(sh, undefined)) },
    );
  }
  return susunTabel({ keluarga: "F", judul: `Capaian Kinerja Renstra TA.${t.tahun[0]}-${t.tahun[t.tahun.length - 1]}`, kolom, baris: t.rows });
}
