/**
 * One indicator of Bab III with its row in every table that mentions it: the Perkin (target,
 * realisasi, capaian of the year), the history, the Renstra 2021-2024, the jangka menengah
 * table and the comparison with other satker.
 */
import { pasangkan } from "../layouts/multitahun/cocok";
import type {
  JangkaRow,
  JangkaTable,
  PembandingRow,
  PembandingTable,
  PerkinRow,
  PerkinTable,
  RenstraRow,
  RenstraTable,
  RiwayatRow,
  RiwayatTable,
  Tabel,
  TabelMultitahun,
} from "../tabel";

export interface Dari<R, T> {
  row: R;
  tabel: T;
}

export interface IndikatorBab {
  nama: string;
  satuan: string | null;
  sasaran: string | null;
  pk?: Dari<PerkinRow, PerkinTable>;
  riwayat?: Dari<RiwayatRow, RiwayatTable>;
  renstra?: Dari<RenstraRow, RenstraTable>;
  jangka?: Dari<JangkaRow, JangkaTable>;
  pembanding?: Dari<PembandingRow, PembandingTable>;
}

function semuaBaris<R, T extends { rows: R[] }>(tabel: T[]): Dari<R, T>[] {
  return tabel.flatMap((t) => t.rows.map((row) => ({ row, tabel: t })));
}

/** Joins the tables' rows by indicator; the Perkin's rows (or else the Renstra's) set the list and order. */
export function kumpulkanIndikator(tabel: Tabel[], multi: TabelMultitahun[]): IndikatorBab[] {
  const pk = semuaBaris<PerkinRow, PerkinTable>(tabel.filter((t): t is PerkinTable => t.kind === "perkin" && t.bentuk === "perkin").slice(0, 1));
  const renstra = semuaBaris<RenstraRow, RenstraTable>(multi.filter((t): t is RenstraTable => t.bentuk === "renstra"));
  const dasar: IndikatorBab[] =
    pk.length > 0
      ? pk.map((p) => ({ nama: p.row.indikator, satuan: p.row.satuan, sasaran: p.row.sasaran, pk: p }))
      : renstra.map((r) => ({ nama: r.row.indikator, satuan: r.row.satuan, sasaran: null, renstra: r }));
  const nama = dasar.map((d) => d.nama);
  const pasang = <R extends { indikator: string }, T>(daftar: Dari<R, T>[], isi: (d: IndikatorBab, x: Dari<R, T>) => void) => {
    pasangkan(nama, daftar.map((x) => x.row.indikator)).forEach((j, i) => j >= 0 && isi(dasar[i], daftar[j]));
  };
  if (pk.length > 0) pasang(renstra, (d, x) => (d.renstra = x));
  pasang(semuaBaris<RiwayatRow, RiwayatTable>(multi.filter((t): t is RiwayatTable => t.bentuk === "riwayat")), (d, x) => (d.riwayat = x));
  pasang(semuaBaris<JangkaRow, JangkaTable>(multi.filter((t): t is JangkaTable => t.bentuk === "jangka-menengah")), (d, x) => (d.jangka = x));
  pasang(semuaBaris<PembandingRow, PembandingTable>(multi.filter((t): t is PembandingTable => t.bentuk === "pembanding")), (d, x) => (d.pembanding = x));
  for (const d of dasar) d.satuan ??= d.renstra?.row.satuan ?? d.riwayat?.row.satuan ?? null;
  return dasar;
}
