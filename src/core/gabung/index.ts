/**
 * The comparison workbook of many work units (`kinerja gabung`): pure plan builders over the
 * recognized tables and findings of each file, rendered by the xlsx writer.
 */
import type { SheetPlan } from "../lembar/plan";
import type { Severity } from "../tabel";
import { amankanRencana } from "../lembar/aman";
import { anggaranSatker, type AnggaranSatker } from "./anggaran";
import { bandingkanIndikator, type BarisBanding } from "./indikator";
import type { BerkasGabung, GagalGabung } from "./jenis";
import { lembarAnggaran } from "./lembar-anggaran";
import { lembarIndikator } from "./lembar-indikator";
import { hitungTingkat, lembarTemuan } from "./lembar-temuan";

export type { BerkasGabung, GagalGabung } from "./jenis";
export type { AnggaranSatker } from "./anggaran";
export type { BarisBanding, NilaiIndikator } from "./indikator";
export { anggaranSatker } from "./anggaran";
export { bandingkanIndikator, hitungCapaian } from "./indikator";
export { peringkat } from "./peringkat";
export { namaSatker, namaUnik, namaDariBerkas, namaDariJudul } from "./satker";
export { hitungTingkat } from "./lembar-temuan";

export interface Gabungan {
  plans: SheetPlan[];
  indikator: BarisBanding[];
  anggaran: (AnggaranSatker | null)[];
}

export function buatGabungan(berkas: BerkasGabung[], gagal: GagalGabung[] = []): Gabungan {
  const indikator = bandingkanIndikator(berkas);
  const anggaran = berkas.map((b) => anggaranSatker(b.tables));
  const satker = berkas.map((b) => b.satker);
  const plans = [
    lembarIndikator(satker, indikator),
    lembarAnggaran(berkas.map((b, i) => ({ satker: b.satker, file: b.file, anggaran: anggaran[i] }))),
    lembarTemuan(berkas, gagal),
  ];
  return { plans: amankanRencana(plans), indikator, anggaran };
}

/** The `kinerja gabung --json` summary. */
export interface RingkasanGabung {
  keluaran: string;
  lembar: string[];
  jumlah: { berkas: number; dibaca: number; gagal: number; indikator: number } & Record<Severity, number>;
  berkas: {
    file: string;
    satker: string;
    status: "dibaca" | "gagal";
    pesan?: string;
    tabel?: number;
    temuan?: Record<Severity, number>;
    pagu?: number | null;
    realisasi?: number | null;
    penyerapan?: number | null;
  }[];
}

export function ringkasGabungan(keluaran: string, g: Gabungan, berkas: BerkasGabung[], gagal: GagalGabung[]): RingkasanGabung {
  const semua = hitungTingkat(berkas.flatMap((b) => b.issues));
  return {
    keluaran,
    lembar: g.plans.map((p) => p.name),
    jumlah: { berkas: berkas.length + gagal.length, dibaca: berkas.length, gagal: gagal.length, indikator: g.indikator.length, ...semua },
    berkas: [
      ...berkas.map((b, i) => ({
        file: b.file,
        satker: b.satker,
        status: "dibaca" as const,
        tabel: b.tables.length,
        temuan: hitungTingkat(b.issues),
        pagu: g.anggaran[i]?.pagu ?? null,
        realisasi: g.anggaran[i]?.realisasi ?? null,
        penyerapan: g.anggaran[i]?.penyerapan ?? null,
      })),
      ...gagal.map((x) => ({ file: x.file, satker: x.satker, status: "gagal" as const, pesan: x.pesan })),
    ],
  };
}
