/**
 * One generated paragraph per indicator: its numbers (target, realisasi, capaian and its status,
 * the previous year) — and marked places for what only the planner can write. No analysis is
 * ever generated.
 */
import { formatAngka } from "../angka";
import { aman, bulat, capaian, statusCapaian, type StatusCapaian } from "../rumus";
import type { IndikatorBab } from "./indikator";
import { isian, paragraf, type ParagrafDok } from "./model";
import { desimalDari } from "./sel";

const STATUS: Record<StatusCapaian, string> = { tercapai: "tercapai", hampir: "hampir tercapai", belum: "belum tercapai" };

function angka(n: number, desimal: number): string {
  return formatAngka(bulat(n, desimal), desimal);
}

function denganSatuan(n: number, desimal: number, satuan: string | null): string {
  const s = satuan ? ` ${satuan.toLowerCase()}` : "";
  return `${angka(n, desimal)}${s}`;
}

/**
 * Realisasi of the year before: the Renstra table's first (it measures what the Perkin measures;
 * a history table may hold another measure, Rupiah for a growth in percent), else the history.
 */
function tahunLalu(d: IndikatorBab, tahun: number): { nilai: number; desimal: number } | null {
  const renstra = d.renstra?.row.tahun.find((x) => x.tahun === tahun - 1)?.realisasi;
  const dari = renstra && renstra.value !== null ? renstra : d.riwayat?.row.realisasi.find((x) => x.tahun === tahun - 1)?.nilai;
  if (!dari || dari.value === null) return null;
  return { nilai: dari.value, desimal: desimalDari(dari.sumber, dari.value) };
}

export function kalimatIndikator(d: IndikatorBab, tahun: number): ParagrafDok[] {
  const pk = d.pk?.row;
  if (!pk || pk.target === null || pk.realisasi === null) {
    return [paragraf(`Indikator ${d.nama} pada tahun ${tahun}: `, isian("target dan realisasi belum tersedia di lembar Perkin"))];
  }
  const dT = desimalDari(pk.cells.target, pk.target);
  const dR = desimalDari(pk.cells.realisasi, pk.realisasi);
  const c = aman(() => capaian(pk.target!, pk.realisasi!));
  let teks = `Indikator ${d.nama} pada tahun ${tahun} ditargetkan ${denganSatuan(pk.target, dT, d.satuan)} dan terealisasi ${denganSatuan(pk.realisasi, dR, d.satuan)}`;
  teks += c === null ? ", sehingga capaiannya tidak dapat dihitung (target nol)." : `, sehingga capaiannya ${angka(c, 2)} persen (${STATUS[statusCapaian(c)]}).`;
  const lalu = tahunLalu(d, tahun);
  if (lalu) {
    const arah = pk.realisasi > lalu.nilai ? "meningkat" : pk.realisasi < lalu.nilai ? "menurun" : "sama dengan tahun sebelumnya";
    teks += ` Dibandingkan tahun ${tahun - 1} (${denganSatuan(lalu.nilai, lalu.desimal, d.satuan)}), realisasi ${arah}`;
    teks += pk.realisasi === lalu.nilai ? "." : ` sebesar ${denganSatuan(Math.abs(pk.realisasi - lalu.nilai), Math.max(dR, lalu.desimal), d.satuan)}.`;
  }
  return [
    paragraf(teks),
    paragraf("Analisis penyebab: ", isian("Analisis penyebab keberhasilan/kegagalan — diisi perencana")),
    paragraf("Kendala: ", isian("Kendala yang dihadapi — diisi perencana")),
    paragraf("Rekomendasi: ", isian("Rekomendasi dan tindak lanjut — diisi perencana")),
  ];
}
