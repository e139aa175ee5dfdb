/**
 * Recognition and validation against parsing, on a generated 100.000-row anggaran workbook.
 * Recognizing the file is reading it and then recognizing its tables: the recognizer may add
 * ≤ 25 % to the read, and validation ≤ 25 % to recognizing the file. The share of validation in
 * the recognizer step alone is printed beside it.
 */
import { buatAnggaranBesar } from "../scripts/buat-besar";
import { bacaBukuKerja } from "../src/xlsx/baca";
import { kenali } from "../src/core/layouts";
import { periksa } from "../src/core/validasi";
import { median, ukur, type HasilBench } from "./hasil";

export const BARIS_BESAR = 100_000;

const persen = (x: number) => `${Math.round(x * 100)} %`;

export async function benchPengenalan(putaran = 5): Promise<HasilBench[]> {
  const berkas = await buatAnggaranBesar(BARIS_BESAR);
  const parse: number[] = [];
  const kenal: number[] = [];
  const cek: number[] = [];
  let baris = 0;
  let temuan = 0;
  for (let i = 0; i < putaran; i++) {
    const a = await ukur(() => bacaBukuKerja(berkas));
    const b = await ukur(() => kenali(a.hasil));
    const c = await ukur(() => periksa(b.hasil));
    parse.push(a.ms);
    kenal.push(b.ms);
    cek.push(c.ms);
    baris = b.hasil.reduce((n, t) => n + t.rows.length, 0);
    temuan = c.hasil.length;
  }
  if (baris < BARIS_BESAR) throw new Error(`Hanya ${baris} baris dikenali dari ${BARIS_BESAR}`);
  const p = median(parse);
  const k = median(kenal);
  const v = median(cek);
  return [
    {
      nama: `Langkah kenali, ${BARIS_BESAR.toLocaleString("id-ID")} baris anggaran (${baris.toLocaleString("id-ID")} baris terbaca)`,
      nilai: k,
      satuan: "ms",
      acuan: { nama: "baca berkas saja (ExcelJS)", nilai: p, satuan: "ms" },
      sasaran: "≤ 25 % di atas parsing",
      ok: k <= 0.25 * p,
    },
    {
      nama: `Validasi tabel yang sama (${temuan.toLocaleString("id-ID")} temuan; ${persen(v / k)} dari langkah kenali saja)`,
      nilai: v,
      satuan: "ms",
      acuan: { nama: "pengenalan berkas (baca + kenali)", nilai: p + k, satuan: "ms" },
      sasaran: "≤ 25 % di atas pengenalan",
      ok: v <= 0.25 * (p + k),
    },
  ];
}
