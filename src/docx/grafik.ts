/** A bar chart of one series (realisasi per year) as PNG: bars, year labels and value labels. */
import type { GrafikDok } from "../core/laporan/model";
import { Kanvas, lebarTeks } from "./png";

export const UKURAN_GRAFIK = { lebar: 560, tinggi: 260 };

export function gambarGrafik(g: GrafikDok, teksNilai: (n: number) => string): Uint8Array {
  const { lebar, tinggi } = UKURAN_GRAFIK;
  const k = new Kanvas(lebar, tinggi);
  const nilai = g.seri[0]?.nilai ?? [];
  const maks = Math.max(0, ...nilai.map((v) => v ?? 0));
  const min = Math.min(0, ...nilai.map((v) => v ?? 0));
  const atas = 30;
  const bawah = tinggi - 30;
  const nol = maks === min ? bawah : bawah - ((0 - min) / (maks - min)) * (bawah - atas);
  const lajur = (lebar - 40) / Math.max(1, nilai.length);
  k.kotak(20, nol, lebar - 40, 2, 2);
  nilai.forEach((v, i) => {
    const x = 20 + i * lajur + lajur * 0.2;
    const w = lajur * 0.6;
    if (v !== null && maks !== min) {
      const h = (Math.abs(v) / (maks - min)) * (bawah - atas);
      k.kotak(x, v >= 0 ? nol - h : nol, w, Math.max(1, h), 1);
      const t = teksNilai(v);
      k.teks(x + w / 2 - lebarTeks(t, 2) / 2, (v >= 0 ? nol - h : nol + h) - 14, t, 2);
    }
    const th = g.label[i] ?? "";
    k.teks(x + w / 2 - lebarTeks(th, 2) / 2, bawah + 10, th, 2);
  });
  return k.png();
}
