/** Family B: "Perbandingan Target dan Realisasi Fisik Indikator Kinerja pada Sasaran Strategis X". */
import type { IndikatorBab } from "./indikator";
import { FORMAT, susunTabel, type Kolom } from "./kolom";
import type { TabelDok } from "./model";
import { alamat, selCapaian, selSumber, selTeks } from "./sel";

function kolomB(): Kolom<IndikatorBab>[] {
  const pk = (d: IndikatorBab) => d.pk!;
  return [
    { kepala: "Indikator Kinerja", lebar: 46, isi: (d) => selTeks(d.nama) },
    { kepala: "Satuan", lebar: 12, isi: (d) => selTeks(d.satuan ?? "-") },
    { kepala: "Target", lebar: 12, format: FORMAT.angka, isi: (d) => selSumber(pk(d).tabel.sheet, { value: pk(d).row.target, sumber: pk(d).row.cells.target ?? { cell: "", raw: null } }) },
    { kepala: "Realisasi", lebar: 12, format: FORMAT.angka, isi: (d) => selSumber(pk(d).tabel.sheet, { value: pk(d).row.realisasi, sumber: pk(d).row.cells.realisasi ?? { cell: "", raw: null } }) },
    {
      kepala: "Capaian (%)",
      lebar: 12,
      format: FORMAT.persen,
      isi: (d) => {
        const r = pk(d).row;
        const tertulis = r.cells.capaian ? { value: r.capaian, sumber: r.cells.capaian } : undefined;
        return selCapaian(pk(d).tabel.sheet, r.target, r.realisasi, tertulis).sel;
      },
    },
  ];
}

export function romawi(n: number): string {
  const daftar: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let s = "";
  for (const [v, h] of daftar) while (n >= v) { s += h; n -= v; }
  return s;
}

/** Sasaran in Perkin order, each with its indicators. */
export function perSasaran(daftar: IndikatorBab[]): { sasaran: string; indikator: IndikatorBab[] }[] {
  const out: { sasaran: string; indikator: IndikatorBab[] }[] = [];
  for (const d of daftar) {
    const s = d.sasaran ?? "";
    const akhir = out[out.length - 1];
    if (akhir && akhir.sasaran === s) akhir.indikator.push(d);
    else out.push({ sasaran: s, indikator: [d] });
  }
  return out;
}

export function tabelB(sasaran: string, urut: number, indikator: IndikatorBab[]): TabelDok {
  return susunTabel({
    keluarga: "B",
    judul: `Perbandingan Target dan Realisasi Fisik Indikator Kinerja pada Sasaran Strategis ${romawi(urut)}`,
    kolom: kolomB(),
    baris: indikator.filter((d) => d.pk),
    sisipan: sasaran ? [{ sebelum: 0, teks: `Sasaran Strategis ${romawi(urut)}: ${sasaran}` }] : [],
  });
}

export { alamat };
