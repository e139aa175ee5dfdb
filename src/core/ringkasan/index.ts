/** Summary sheets: one builder per sheet, each turning the recognized tables into a SheetPlan. */
import type { Bentuk, Issue, Tabel } from "../tabel";
import { amankanRencana } from "../lembar/aman";
import type { SheetPlan } from "../lembar/plan";
import { KUNCI_RINGKASAN_KINERJA, ringkasanKinerja } from "./ringkasan-kinerja";
import { KUNCI_CAPAIAN_TRIWULAN, capaianTriwulan } from "./capaian-triwulan";
import { KUNCI_REALISASI_ANGGARAN, realisasiAnggaran } from "./realisasi-anggaran";
import { KUNCI_EFISIENSI, efisiensi } from "./efisiensi";
import { KUNCI_TEMUAN, temuan } from "./temuan";
import { tabelAnggaran, tabelIndikator, tabelTriwulan } from "./pilih";

export const KUNCI_RINGKASAN = [KUNCI_RINGKASAN_KINERJA, KUNCI_CAPAIAN_TRIWULAN, KUNCI_REALISASI_ANGGARAN, KUNCI_EFISIENSI, KUNCI_TEMUAN] as const;
export type KunciRingkasan = (typeof KUNCI_RINGKASAN)[number];

const PEMBUAT: Record<KunciRingkasan, (tables: Tabel[], issues: Issue[]) => SheetPlan> = {
  "ringkasan-kinerja": (t) => ringkasanKinerja(t),
  "capaian-triwulan": (t) => capaianTriwulan(t),
  "realisasi-anggaran": (t) => realisasiAnggaran(t),
  efisiensi: (t) => efisiensi(t),
  temuan: (t, i) => temuan(i, t),
};

const ANGGARAN_RINGKASAN: Bentuk[] = ["pk", "ro", "triwulan", "jenis-belanja"];

/** Whether a sheet has anything to show; asked-for sheets are built anyway (with a note). */
function adaData(kunci: KunciRingkasan, tables: Tabel[]): boolean {
  switch (kunci) {
    case "ringkasan-kinerja":
    case "efisiensi":
      return tabelIndikator(tables) !== null;
    case "capaian-triwulan":
      return tabelTriwulan(tables) !== null;
    case "realisasi-anggaran":
      return ANGGARAN_RINGKASAN.some((b) => tabelAnggaran(tables, b) !== null);
    case "temuan":
      return true;
  }
}

/**
 * The summaries that apply to these tables (of `keys`, when given), in the standard order
 * (Temuan always). The one decision every surface uses, so the CLI and the pane write the same
 * sheet set for a workbook: no empty "Capaian Triwulan" without a quarterly table.
 */
export function ringkasanBerlaku(tables: Tabel[], keys?: readonly string[]): KunciRingkasan[] {
  return KUNCI_RINGKASAN.filter((k) => (!keys || keys.includes(k)) && adaData(k, tables));
}

/**
 * Builds the summary sheets. Without `keys`, the ones that apply (ringkasanBerlaku);
 * with `keys`, exactly those, in the standard order. Unknown keys are ignored. Every surface
 * renders these plans, so the text is made safe for a cell here (control characters, length).
 */
export function buatRingkasan(tables: Tabel[], issues: Issue[], keys?: string[]): SheetPlan[] {
  const pilih = keys ? KUNCI_RINGKASAN.filter((k) => keys.includes(k)) : ringkasanBerlaku(tables);
  return amankanRencana(pilih.map((k) => PEMBUAT[k](tables, issues)));
}

export type { SheetPlan } from "../lembar/plan";
