/**
 * antar-lembar: the same indicator or budget code printed with different values on two sheets.
 *
 * Indicators of perkin/triwulan tables are matched by name (exact after normalising, else word
 * similarity ≥ 0.8, best pairs first), and the quarterly physical plan is compared with the
 * rencana aksi's target antara; budget rows by kode, where one sheet may hold the KRO row
 * and the other only its RO rows (the KRO then counts as the sum of its rows). The finding goes
 * on the later sheet and names the sheet and cell of the other value. Values agree when they are
 * equal at the coarser of the two shown precisions (105 % and 105,26 % agree).
 */
import { penyerapan } from "../rumus";
import type { AnggaranTable, Issue, Medan, PerkinRow, Tabel, TriwulanRow } from "../tabel";
import { BATAS_MIRIP, bakuNama, kataNama, kemiripan } from "../teks";
import { KumpulanPohon, normalKode, type Pohon } from "./pohon";
import { buatIssue, desimalTampil, kapital, namaBaris, namaMedan, nilaiMedan, samaNilai, selMedan, teksAngka, teksPersen, teksRupiah, type Baris } from "./umum";
import { medanTw, TRIWULAN } from "../tabel";

function lembar(nama: string): string {
  return `'${nama.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------- indicators

interface Kemunculan {
  t: Tabel;
  ti: number;
  row: Baris;
  mirip: boolean;
}

const BATAS_PASANGAN = 250_000;

function kelompokkan(tabel: Tabel[]): Kemunculan[][] {
  const kelompok: Kemunculan[][] = [];
  const kunci = new Map<string, number>();
  const kata: string[][] = [];
  tabel.forEach((t, ti) => {
    if (t.kind === "anggaran") return;
    const sisa: { row: Baris; k: string }[] = [];
    const dipakai = new Set<number>();
    const rows: (PerkinRow | TriwulanRow)[] = t.rows;
    for (const row of rows) {
      const k = bakuNama(row.indikator ?? "");
      if (!k) continue;
      const g = kunci.get(k);
      if (g !== undefined && !dipakai.has(g) && !kelompok[g].some((x) => x.ti === ti)) {
        kelompok[g].push({ t, ti, row, mirip: false });
        dipakai.add(g);
      } else if (g === undefined) sisa.push({ row, k });
    }
    // Near names: best pairs first, each group and row used once.
    const bebas: number[] = [];
    for (let g = 0; g < kelompok.length; g++) if (!dipakai.has(g) && !kelompok[g].some((x) => x.ti === ti)) bebas.push(g);
    const pasangan: { s: number; g: number; nilai: number }[] = [];
    if (sisa.length * bebas.length <= BATAS_PASANGAN) {
      sisa.forEach((x, s) => {
        const kx = kataNama(x.k);
        for (const g of bebas) {
          const nilai = kemiripan(kx, kata[g]);
          if (nilai >= BATAS_MIRIP) pasangan.push({ s, g, nilai });
        }
      });
    }
    pasangan.sort((a, b) => b.nilai - a.nilai);
    const sisaDipakai = new Set<number>();
    for (const p of pasangan) {
      if (sisaDipakai.has(p.s) || dipakai.has(p.g)) continue;
      sisaDipakai.add(p.s);
      dipakai.add(p.g);
      kelompok[p.g].push({ t, ti, row: sisa[p.s].row, mirip: true });
      if (!kunci.has(sisa[p.s].k)) kunci.set(sisa[p.s].k, p.g);
    }
    sisa.forEach((x, s) => {
      if (sisaDipakai.has(s)) return;
      kunci.set(x.k, kelompok.length);
      kata.push(kataNama(x.k));
      kelompok.push([{ t, ti, row: x.row, mirip: false }]);
    });
  });
  return kelompok;
}

function indikator(kelompok: Kemunculan[][]): Issue[] {
  const out: Issue[] = [];
  for (const g of kelompok) {
    if (g.length < 2) continue;
    for (const medan of ["target", "realisasi", "capaian"] as const) {
      let awal: Kemunculan | null = null;
      let va = 0;
      for (const x of g) {
        const v = nilaiMedan(x.row, medan);
        if (v === null) continue;
        if (!awal) {
          awal = x;
          va = v;
          continue;
        }
        if (x.t === awal.t) continue;
        const da = desimalTampil(awal.row.cells[medan], va);
        const dx = desimalTampil(x.row.cells[medan], v);
        if (samaNilai(va, da, v, dx)) continue;
        const persen = medan === "capaian" ? " %" : "";
        const tempat = `lembar ${lembar(awal.t.sheet)} sel ${selMedan(awal.t, awal.row, medan)}`;
        const mirip = x.mirip || awal.mirip ? ` (nama indikator di sana sedikit berbeda: "${namaBaris(awal.row)}")` : "";
        out.push(
          buatIssue(
            x.t,
            "antar-lembar",
            x.mirip || awal.mirip ? "warning" : "error",
            selMedan(x.t, x.row, medan),
            `${kapital(namaMedan(medan))} "${namaBaris(x.row)}" di sini ${teksAngka(v, dx)}${persen}, tetapi di ${tempat} ${teksAngka(va, da)}${persen}${mirip}.`,
            va,
            v,
          ),
        );
      }
    }
  }
  return out;
}


function bentukTriwulan(x: Kemunculan): string | null {
  return x.t.kind === "triwulan" ? x.t.bentuk : null;
}

/**
 * The physical plan per quarter (S of Tabel 3.9, cumulative %) against the rencana aksi's target
 * antara at each quarter's end (Tabel 3.7): the report keeps them equal, so a difference is probably
 * a slip in one of them (a warning, on the later sheet).
 */
function targetAntara(kelompok: Kemunculan[][]): Issue[] {
  const out: Issue[] = [];
  const nama = (x: Kemunculan) => (bentukTriwulan(x) === "fisik" ? "rencana fisik (S)" : "target antara");
  for (const g of kelompok) {
    const fisik = g.find((x) => bentukTriwulan(x) === "fisik");
    if (!fisik) continue;
    for (const ra of g) {
      if (bentukTriwulan(ra) !== "rencana-aksi") continue;
      const [awal, kini] = ra.ti < fisik.ti ? [ra, fisik] : [fisik, ra];
      for (let q = 0; q < 4; q++) {
        const medan = medanTw(q, "target");
        const va = nilaiMedan(awal.row, medan);
        const v = nilaiMedan(kini.row, medan);
        if (va === null || v === null) continue;
        const da = desimalTampil(awal.row.cells[medan], va);
        const dx = desimalTampil(kini.row.cells[medan], v);
        if (samaNilai(va, da, v, dx)) continue;
        out.push(
          buatIssue(
            kini.t,
            "antar-lembar",
            "warning",
            selMedan(kini.t, kini.row, medan),
            `${kapital(nama(kini))} TW ${TRIWULAN[q]} "${namaBaris(kini.row)}" di sini ${teksAngka(v, dx)} %, tetapi ${nama(awal)} di lembar ${lembar(awal.t.sheet)} sel ${selMedan(awal.t, awal.row, medan)} ${teksAngka(va, da)} %.`,
            va,
            v,
          ),
        );
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- budget codes

interface Agregat {
  pagu: number | null;
  realisasi: number | null;
  n: number;
  dari: number;
  sampai: number;
  /** Kegiatan codes folded into a key without its kegiatan ("AEC"); more than one = ambiguous. */
  kegiatan: Set<string> | null;
}

interface Indeks {
  t: AnggaranTable;
  p: Pohon;
  baris: Map<string, number>;
  agregat: Map<string, Agregat>;
}

function tambah(peta: Map<string, Agregat>, kunci: string, pagu: number | null, real: number | null, baris: number, kegiatan: string | null): void {
  let a = peta.get(kunci);
  if (!a) peta.set(kunci, (a = { pagu: null, realisasi: null, n: 0, dari: baris, sampai: baris, kegiatan: kegiatan ? new Set() : null }));
  if (pagu !== null) a.pagu = (a.pagu ?? 0) + pagu;
  if (real !== null) a.realisasi = (a.realisasi ?? 0) + real;
  a.n++;
  a.dari = Math.min(a.dari, baris);
  a.sampai = Math.max(a.sampai, baris);
  if (kegiatan && a.kegiatan) a.kegiatan.add(kegiatan);
}

function indeks(t: AnggaranTable, pohon: KumpulanPohon): Indeks {
  const p = pohon.dari(t);
  const baris = new Map<string, number>();
  const agregat = new Map<string, Agregat>();
  t.rows.forEach((row, i) => {
    if (!row.kode) return;
    const k = normalKode(row.kode);
    if (!baris.has(k)) baris.set(k, i);
    if (p.anakAwal[i + 1] > p.anakAwal[i]) return;
    // Sums up to RO level (kegiatan, KRO, RO), the levels other sheets summarise at.
    const seg = k.split(".");
    const dalam = Math.min(seg.length, 4);
    let kunci = seg[0];
    for (let n = 1; n < dalam; n++) {
      tambah(agregat, kunci, row.pagu, row.realisasi, row.row, null);
      kunci += "." + seg[n];
    }
    if (/^\d{4}$/.test(seg[0]) && seg.length > 2) tambah(agregat, seg[1], row.pagu, row.realisasi, row.row, seg[0]);
  });
  return { t, p, baris, agregat };
}

interface Sisi {
  pagu: number | null;
  realisasi: number | null;
  /** The value is printed in the row's own cell (not a sum of its rows). */
  tertulis: { pagu: boolean; realisasi: boolean };
  /** Where the value is: a cell, or a range of rows summed. */
  tempat: (medan: Medan) => string;
  i?: number;
}

function sisi(x: Indeks, kode: string): Sisi | null {
  const i = x.baris.get(kode);
  const bersih = (v: number | null) => (v === null || Number.isNaN(v) ? null : v);
  if (i !== undefined) {
    const row = x.t.rows[i];
    return {
      pagu: bersih(x.p.nilai(i, "pagu")),
      realisasi: bersih(x.p.nilai(i, "realisasi")),
      tertulis: { pagu: row.pagu !== null, realisasi: row.realisasi !== null },
      tempat: (m) => (nilaiMedanRow(row, m) ? `sel ${selMedan(x.t, row, m)}` : `jumlah rincian di bawah baris ${row.row} =`),
      i,
    };
  }
  const a = x.agregat.get(kode);
  if (!a || (a.kegiatan && a.kegiatan.size > 1)) return null;
  return { pagu: a.pagu, realisasi: a.realisasi, tertulis: { pagu: false, realisasi: false }, tempat: () => `jumlah ${a.n} baris ${kode}.* (baris ${a.dari}–${a.sampai}) =` };
}

function nilaiMedanRow(row: AnggaranTable["rows"][number], m: string): boolean {
  return m === "pagu" ? row.pagu !== null : row.realisasi !== null;
}

function bandingKode(a: Indeks, b: Indeks, out: Issue[]): void {
  const kodeSemua = new Set<string>([...b.baris.keys(), ...a.baris.keys()]);
  for (const kode of kodeSemua) {
    const sa = sisi(a, kode);
    const sb = sisi(b, kode);
    if (!sa || !sb) continue;
    for (const medan of ["pagu", "realisasi"] as const) {
      // Report on the later sheet's printed cell, else on the earlier one's; a sum against a sum is left out.
      const pilih: [Sisi, Sisi, Indeks, Indeks] | null = sb.tertulis[medan] ? [sb, sa, b, a] : sa.tertulis[medan] ? [sa, sb, a, b] : null;
      if (!pilih) continue;
      const [sini, sana, ts, tl] = pilih;
      const row = ts.t.rows[sini.i!];
      const v = sini[medan];
      const w = sana[medan];
      if (v === null || w === null) continue;
      if (Math.abs(v - w) <= Math.max(1, 1e-9 * Math.abs(v))) continue;
      const seribu = w !== 0 && v !== 0 && (Math.abs(v / w - 1000) < 1e-6 || Math.abs(w / v - 1000) < 1e-6) ? " Selisihnya tepat 1.000 kali: periksa satuan (Rp000)." : "";
      out.push(
        buatIssue(
          ts.t,
          "antar-lembar",
          "error",
          selMedan(ts.t, row, medan),
          `${medan === "pagu" ? "Pagu" : "Realisasi"} ${kode} di sini ${teksRupiah(v)}, tetapi di lembar ${lembar(tl.t.sheet)} ${sana.tempat(medan)} ${teksRupiah(w)} (selisih ${teksRupiah(v - w)}).${seribu}`,
          w,
          v,
        ),
      );
    }
    for (const [x, lain, sx] of [
      [b, a, sa],
      [a, b, sb],
    ] as [Indeks, Indeks, Sisi][]) {
      const i = x.baris.get(kode);
      if (i === undefined) continue;
      const baris = x.t.rows[i];
      const r4 = "triwulan" in baris ? (baris.triwulan[3]?.realisasi ?? null) : null;
      if (r4 === null || sx.pagu === null || sx.pagu <= 0 || sx.realisasi === null) continue;
      if (x.t.rows[i].realisasi !== null) continue;
      const medan = "tw4.realisasi";
      const d = desimalTampil(x.t.rows[i].cells[medan], r4);
      const hitung = penyerapan(sx.pagu, sx.realisasi);
      if (samaNilai(r4, d, hitung, 10)) continue;
      out.push(
        buatIssue(
          x.t,
          "antar-lembar",
          "error",
          selMedan(x.t, x.t.rows[i], medan),
          `Realisasi TW IV ${kode} di sini ${teksPersen(r4, d)}, tetapi di lembar ${lembar(lain.t.sheet)} realisasi ${teksRupiah(sx.realisasi)} ÷ pagu ${teksRupiah(sx.pagu)} = ${teksPersen(hitung, Math.max(2, d))}.`,
          hitung,
          r4,
        ),
      );
    }
  }
}

function kode(tabel: Tabel[], pohon: KumpulanPohon): Issue[] {
  const out: Issue[] = [];
  const semua = tabel.filter((t): t is AnggaranTable => t.kind === "anggaran" && t.rows.some((r) => r.kode));
  if (semua.length < 2) return out;
  const idx = semua.map((t) => indeks(t, pohon));
  for (let j = 1; j < idx.length; j++) for (let i = 0; i < j; i++) bandingKode(idx[i], idx[j], out);
  return out;
}

export function periksaAntarLembar(tabel: Tabel[], pohon = new KumpulanPohon()): Issue[] {
  const kelompok = tabel.filter((t) => t.kind !== "anggaran").length < 2 ? [] : kelompokkan(tabel);
  return [...indikator(kelompok), ...targetAntara(kelompok), ...kode(tabel, pohon)];
}
