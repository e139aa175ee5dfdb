/**
 * Column schema of a document table: the project's column type (lembar/kolom.ts — kepala, lebar,
 * format) whose `isi` gives a finished document cell. A header [group, text] puts the group in a
 * row above, merged over neighbouring columns of the same group (Tabel 3.102's "2021" over
 * Target | Realisasi | %); `susunTabel` places the columns, a builder never counts cells.
 */
import type { Kolom as KolomLembar } from "../lembar/kolom";
import type { Keluarga, SelDok, TabelDok } from "./model";

export type Kolom<R> = Omit<KolomLembar<R>, "isi" | "jumlah" | "gaya"> & { isi(row: R): SelDok };

/** Excel number formats of the document's value columns (for the same tables written as sheets). */
export const FORMAT = { angka: "#,##0.##", persen: "0.00", rupiah: "#,##0" } as const;

export interface SpekTabel<R> {
  keluarga: Keluarga;
  judul: string;
  kolom: Kolom<R>[];
  baris: R[];
  /** Full-width rows before the rows of given indices (sasaran, program names). */
  sisipan?: { sebelum: number; teks: string }[];
  catatan?: string[];
}

export function susunTabel<R>(s: SpekTabel<R>): TabelDok {
  const baris: SelDok[][] = [];
  s.baris.forEach((r, i) => {
    for (const x of s.sisipan ?? []) if (x.sebelum === i) baris.push([{ teks: x.teks, format: "teks", gabungKolom: s.kolom.length, tebal: true }]);
    baris.push(s.kolom.map((k) => k.isi(r)));
  });
  return { jenis: "tabel", keluarga: s.keluarga, nomor: 0, judul: s.judul, kepala: susunKepala(s.kolom), baris, lebar: s.kolom.map((k) => k.lebar), catatan: s.catatan ?? [] };
}

function kepalaSel(teks: string, extra: Partial<SelDok> = {}): SelDok {
  return { teks, format: "teks", tebal: true, ...extra };
}

function susunKepala<R>(kolom: Kolom<R>[]): SelDok[][] {
  if (!kolom.some((k) => typeof k.kepala !== "string")) return [kolom.map((k) => kepalaSel(k.kepala as string))];
  const atas: SelDok[] = [];
  const bawah: SelDok[] = [];
  for (let i = 0; i < kolom.length; ) {
    const k = kolom[i].kepala;
    if (typeof k === "string") {
      atas.push(kepalaSel(k, { gabungBaris: 2 }));
      i++;
      continue;
    }
    let j = i;
    while (j < kolom.length && typeof kolom[j].kepala !== "string" && kolom[j].kepala[0] === k[0]) bawah.push(kepalaSel(kolom[j++].kepala[1]));
    atas.push(kepalaSel(k[0], { gabungKolom: j - i }));
    i = j;
  }
  return [atas, bawah];
}
