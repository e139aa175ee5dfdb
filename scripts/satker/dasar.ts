/**
 * The sample's numbers every generated satker starts from: the 15 indicators of the Perjanjian
 * Kinerja (Tabel 3.3 targets, Tabel 1 realisasi) and the leaf rows of Tabel 3.106 (pagu, realisasi).
 */
import { bacaData, type DataReferensi, type Json } from "../contoh/data";

export interface IndikatorDasar {
  sasaran: string;
  nama: string;
  target: number;
  satuan: string;
  realisasi: number;
}

export interface RincianDasar {
  kro: string;
  namaKro: string;
  kode: string;
  uraian: string;
  pagu: number;
  realisasi: number;
}

export interface Dasar {
  indikator: IndikatorDasar[];
  rincian: RincianDasar[];
}

export function bacaDasar(data: DataReferensi = bacaData()): Dasar {
  const indikator: IndikatorDasar[] = [];
  for (const s of data.perkin.sasaran as Json[]) {
    for (const ik of s.indikator as Json[]) {
      indikator.push({
        sasaran: s.nama_sources.tabel_3_3.text,
        nama: ik.sources.tabel_3_3.nama.text,
        target: ik.sources.tabel_3_3.target.value,
        satuan: ik.sources.tabel_3_3.satuan.raw,
        realisasi: ik.sources.tabel_1.realisasi.value,
      });
    }
  }
  const namaKro = new Map<string, string>();
  for (const k of data.anggaran.realisasi_triwulan.rows as Json[]) namaKro.set(`${k.kegiatan}.${k.kode_kro.raw}`, k.nama);
  const rincian: RincianDasar[] = (data.anggaran.realisasi_per_ro.rows as Json[]).map((r) => ({
    kro: `${r.kegiatan}.${r.kro}`,
    namaKro: namaKro.get(`${r.kegiatan}.${r.kro}`) ?? r.kro,
    kode: r.kode,
    uraian: r.uraian,
    pagu: r.pagu.value,
    realisasi: r.realisasi.value,
  }));
  return { indikator, rincian };
}
