/**
 * Column schema of a document table — the project's `{ kepala, lebar, format, isi(row) }` shape.
 * `susunTabel` places the columns; a builder never counts cells.
 */
import type { FormatSel, Keluarga, SelDok, TabelDok } from "./model";

/** What a column gives for one row: a finished cell (see sel.ts). */
export interface Kolom<R> {
  kepala: string;
  lebar: number;
  format: FormatSel;
  isi(row: R): SelDok;
}

/** A header cell spanning columns, over a second header row (Tabel 3.102's "2021" over T | R | %). */
export interface KepalaGrup {
  teks: string;
  kolom: number;
}

export interface SpekTabel<R> {
  keluarga: Keluarga;
  judul: string;
  kolom: Kolom<R>[];
  baris: R[];
  /** Parent header row; columns not covered by a group span both header rows. */
  grup?: KepalaGrup[];
  /** Full-width rows before the rows of given indices (sasaran, program names). */
  sisipan?: { sebelum: number; teks: string }[];
  catatan?: string[];
}

export function susunTabel<R>(s: SpekTabel<R>): TabelDok {
  const kepala = s.grup ? kepalaDua(s.kolom, s.grup) : [s.kolom.map((k) => kepalaSel(k.kepala))];
  const baris: SelDok[][] = [];
  s.baris.forEach((r, i) => {
    for (const x of s.sisipan ?? []) if (x.sebelum === i) baris.push([{ teks: x.teks, format: "teks", gabungKolom: s.kolom.length, tebal: true }]);
    baris.push(s.kolom.map((k) => k.isi(r)));
  });
  return { jenis: "tabel", keluarga: s.keluarga, nomor: 0, judul: s.judul, kepala, baris, lebar: s.kolom.map((k) => k.lebar), catatan: s.catatan ?? [] };
}

function kepalaSel(teks: string, extra: Partial<SelDok> = {}): SelDok {
  return { teks, format: "teks", tebal: true, ...extra };
}

function kepalaDua<R>(kolom: Kolom<R>[], grup: KepalaGrup[]): SelDok[][] {
  const atas: SelDok[] = [];
  const bawah: SelDok[] = [];
  let i = 0;
  for (const g of grup) {
    // Columns before this group stand alone over both rows.
    if (g.teks === "") {
      for (let n = 0; n < g.kolom; n++, i++) atas.push(kepalaSel(kolom[i].kepala, { gabungBaris: 2 }));
      continue;
    }
    atas.push(kepalaSel(g.teks, { gabungKolom: g.kolom }));
    for (let n = 0; n < g.kolom; n++, i++) bawah.push(kepalaSel(kolom[i].kepala));
  }
  for (; i < kolom.length; i++) atas.push(kepalaSel(kolom[i].kepala, { gabungBaris: 2 }));
  return [atas, bawah];
}
