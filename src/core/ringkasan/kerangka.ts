/** What the summary sheets share beyond the frame: the source line and the labels of the status rules. */
import type { Tabel } from "../tabel";
import { predikat } from "../rumus";

/** "lembar 'PK 2024', A5:H22 (Tabel 1 Target dan Capaian …)" */
export function asalTabel(t: Tabel): string {
  const judul = t.title ? ` — ${t.title}` : "";
  return `'${t.sheet}' ${t.range}${judul}`;
}

export const KETERANGAN_TEKS = "Angka abu-abu miring dibaca dari teks dan tidak ikut berubah bila sumbernya diubah.";

/**
 * Thresholds of rumus.statusCapaian in percent points, for the live status formula
 * (a unit test holds them equal to the function).
 */
export const BATAS_STATUS = { tercapai: 100, hampir: 80 } as const;

export const LABEL_STATUS = {
  tercapai: predikat(BATAS_STATUS.tercapai, "capaian"),
  hampir: predikat(BATAS_STATUS.hampir, "capaian"),
  belum: predikat(0, "capaian"),
};

/** IF formula giving the status label of a capaian cell holding a fraction. */
export function rumusStatus(capaianSel: string): string {
  const t = BATAS_STATUS.tercapai / 100;
  const h = BATAS_STATUS.hampir / 100;
  return `IF(${capaianSel}>=${t},"${LABEL_STATUS.tercapai}",IF(${capaianSel}>=${h},"${LABEL_STATUS.hampir}","${LABEL_STATUS.belum}"))`;
}
