/**
 * Column schemas. A generated sheet (or a document table) declares its columns — header, width,
 * number format and the cell of each row — and `letakkanKolom` places them: column letters, the
 * header rows, the merged group headers, widths and the print-title rows are computed here, never
 * written by a builder. A formula names the other columns of its row by key (`k.sel("pagu")`).
 */
import { a1, columnLetters } from "../snapshot";
import type { CellStyle, PlanCell } from "./plan";
import { GAYA, type Lembar } from "./sel";

export type Nilai = string | number | boolean | null;

/** What a column puts in one cell: a plain value, or a cell made with the sel helpers (its `at` is replaced). */
export type Isi = PlanCell | Nilai;

/** Where a cell goes, and how it finds the other cells of the block. */
export interface Letak {
  /** The cell's own address ("G5"). */
  at: string;
  row: number;
  /** Position of the row in the list (0-based); -1 on the total row. */
  no: number;
  /** Address of column `kunci` on this row, or on list row `no`. */
  sel(kunci: string, no?: number): string;
  /** Range of column `kunci` over list rows dari…sampai (inclusive; default all data rows), "G5:G19". */
  rentang(kunci: string, dari?: number, sampai?: number): string;
}

export interface Kolom<R> {
  /** Name other columns use to find this one; defaults to the header text. */
  kunci?: string;
  /**
   * Header text. A pair [group, text] puts the group in the row above, merged over the
   * neighbouring columns of the same group.
   */
  kepala: string | readonly [string, string];
  /** Width in characters. */
  lebar: number;
  /** Number format of plain values ('#,##0', '0.00%'). */
  format?: string;
  /** Style of plain values (GAYA.data when not given). */
  gaya?: CellStyle;
  /** The cell of one row: value or formula. */
  isi(r: R, k: Letak): Isi;
  /** The cell on the total row (when the block has one); an empty total cell when not given. */
  jumlah?(k: Letak): Isi;
}

export interface OpsiLetak {
  /** Row of the (lower) header row; a group row, if any, is the row above. */
  kepala: number;
  /** First column (1-based), 1 when not given. */
  kolomAwal?: number;
  /** Writes a total row under the data, from each column's `jumlah`. */
  jumlah?: boolean;
  /**
   * Two header rows whatever the columns (groups may come and go with the data); a column
   * without a group is merged down over both, its text on top.
   */
  gabungTegak?: boolean;
}

/** Where a placed block landed. */
export interface Tata {
  /** Header rows (top = bottom without groups). */
  kepalaAtas: number;
  kepalaBawah: number;
  /** Data rows; akhir = awal − 1 when there are none. */
  awal: number;
  akhir: number;
  /** The total row, or null. */
  jumlah: number | null;
  /** Letter of column `kunci`. */
  huruf(kunci: string): string;
  /** Data range of column `kunci` ("G5:G19"). */
  rentang(kunci: string): string;
  kolomAwal: number;
  kolomAkhir: number;
  /** Letter of the column one blank column to the right of the block (where a chart goes). */
  kolomBebas: string;
  /** Widths from column A (0 before the block). */
  lebar: number[];
  merges: string[];
  /** "3:4": the header rows, for print titles. */
  barisJudul: string;
  /** The header's lower row through the last data row ("A4:H19"), for an Excel Table. */
  rentangTabel: string;
}

export function kunciKolom<R>(k: Kolom<R>): string {
  return k.kunci ?? (typeof k.kepala === "string" ? k.kepala : k.kepala[1]);
}

const kosong = (v: Isi): v is Nilai => v === null || typeof v !== "object";

/** A cell from what a column gave: plain values get the column's format and style. */
function jadikanSel<R>(at: string, v: Isi, kolom: Kolom<R>, gaya: CellStyle): PlanCell {
  if (!kosong(v)) return { ...v, at };
  const sel: PlanCell = { at, value: v, style: gaya };
  if (kolom.format && typeof v !== "string") sel.format = kolom.format;
  return sel;
}

function tulisKepala<R>(l: Lembar, kolom: Kolom<R>[], o: Required<OpsiLetak>, merges: string[]): number {
  const adaGrup = o.gabungTegak || kolom.some((k) => typeof k.kepala !== "string");
  const atas = adaGrup ? o.kepala - 1 : o.kepala;
  kolom.forEach((k, i) => {
    const c = o.kolomAwal + i;
    if (typeof k.kepala === "string") {
      const tegak = o.gabungTegak;
      l.set({ at: a1(tegak ? atas : o.kepala, c), value: k.kepala, style: GAYA.kepala });
      if (tegak) {
        l.set({ at: a1(o.kepala, c), value: null, style: GAYA.kepala });
        merges.push(`${a1(atas, c)}:${a1(o.kepala, c)}`);
      }
      return;
    }
    const [grup, teks] = k.kepala;
    const sebelum = kolom[i - 1]?.kepala;
    const awalGrup = typeof sebelum === "string" || sebelum === undefined || sebelum[0] !== grup;
    l.set({ at: a1(atas, c), value: awalGrup ? grup : null, style: GAYA.kepala });
    l.set({ at: a1(o.kepala, c), value: teks, style: GAYA.kepala });
    if (awalGrup) {
      let j = i;
      while (j + 1 < kolom.length && typeof kolom[j + 1].kepala !== "string" && kolom[j + 1].kepala[0] === grup) j++;
      if (j > i) merges.push(`${a1(atas, c)}:${a1(atas, o.kolomAwal + j)}`);
    }
  });
  return atas;
}

/** Places the columns over the rows: header, one row per item, an optional total row. */
export function letakkanKolom<R>(l: Lembar, kolom: Kolom<R>[], baris: readonly R[], opsi: OpsiLetak): Tata {
  const o: Required<OpsiLetak> = { kolomAwal: 1, jumlah: false, gabungTegak: false, ...opsi };
  const indeks = new Map(kolom.map((k, i) => [kunciKolom(k), o.kolomAwal + i]));
  const nomor = (kunci: string): number => {
    const c = indeks.get(kunci);
    if (c === undefined) throw new Error(`Kolom tidak dikenal: ${kunci}`);
    return c;
  };
  const merges: string[] = [];
  const atas = tulisKepala(l, kolom, o, merges);
  const awal = o.kepala + 1;
  const akhir = o.kepala + baris.length;
  const rentang = (kunci: string, dari = 0, sampai = baris.length - 1) =>
    `${a1(awal + dari, nomor(kunci))}:${a1(awal + sampai, nomor(kunci))}`;
  const letak = (row: number, no: number, c: number): Letak => ({
    at: a1(row, c),
    row,
    no,
    sel: (kunci, n) => a1(n === undefined ? row : awal + n, nomor(kunci)),
    rentang,
  });
  baris.forEach((r, n) =>
    kolom.forEach((k, i) => {
      const k2 = letak(awal + n, n, o.kolomAwal + i);
      l.set(jadikanSel(k2.at, k.isi(r, k2), k, k.gaya ?? GAYA.data));
    }),
  );
  const jumlah = o.jumlah ? akhir + 1 : null;
  if (jumlah !== null) {
    kolom.forEach((k, i) => {
      const k2 = letak(jumlah, -1, o.kolomAwal + i);
      l.set(jadikanSel(k2.at, k.jumlah ? k.jumlah(k2) : null, k, GAYA.total));
    });
  }
  const kolomAkhir = o.kolomAwal + kolom.length - 1;
  const lebar: number[] = Array.from({ length: o.kolomAwal - 1 }, () => 0).concat(kolom.map((k) => k.lebar));
  return {
    kepalaAtas: atas,
    kepalaBawah: o.kepala,
    awal,
    akhir,
    jumlah,
    huruf: (kunci) => columnLetters(nomor(kunci)),
    rentang: (kunci) => rentang(kunci),
    kolomAwal: o.kolomAwal,
    kolomAkhir,
    kolomBebas: columnLetters(kolomAkhir + 2),
    lebar,
    merges,
    barisJudul: `${atas}:${o.kepala}`,
    rentangTabel: `${a1(o.kepala, o.kolomAwal)}:${a1(Math.max(akhir, o.kepala), kolomAkhir)}`,
  };
}

/** Widths of a sheet holding several blocks: the widest wanted per column. */
export function lebarTerbesar(...daftar: number[][]): number[] {
  const out: number[] = [];
  for (const l of daftar) l.forEach((w, i) => (out[i] = Math.max(out[i] ?? 0, w)));
  return out;
}
