/**
 * Tables of indicators by quarter, in three forms:
 * - "fisik" (Tabel 3.9): annual Target/Realisasi/Capaian, then per quarter the S and R physical
 *   progress % under "Triwulan I (%)" > "Fisik" > "S | R";
 * - "indikator": the indicator's own target and realisasi per quarter (TW I … TW IV, any spelling);
 * - "rencana-aksi" (Tabel 3.7): target antara per quarter ("Triwulan I" > "Target Antara |
 *   Rencana Kegiatan"), or per month in three sub-rows per indicator, or in B01–B12 columns.
 */
import { a1 } from "../snapshot";
import { medanBulan, medanTw, type Bentuk, type Sumber, type TriwulanNilai, type TriwulanRow, type TriwulanTable } from "../tabel";
import type { Grid } from "./grid";
import type { Wilayah } from "./header";
import { awalPersen, bacaNilai, bacaSel, type Baca } from "./nilai";
import {
  bacaMedan,
  jalanBaris,
  keHuruf,
  kolomTahunan,
  keyakinan,
  letakTabel,
  pangkasEkor,
  simpan,
  type Peta,
} from "./umum";

export interface PetaTriwulan {
  peta: Peta;
  bentuk: Extract<Bentuk, "fisik" | "indikator" | "rencana-aksi">;
}


/** The columns of a quarterly table, or null when the header has no quarters or months. */
export function petaTriwulan(w: Wilayah): PetaTriwulan | null {
  const peta = kolomTahunan(w.header);
  if (peta.indikator === undefined) return null;
  let fisik = false;
  let rencana = false;
  const tanpaMedan: [number, number][] = [];
  for (const k of w.header.kolom) {
    if (k.grup.includes("anggaran") || k.grup.includes("keuangan")) continue;
    if (k.bulan && !k.triwulan) {
      if (k.medan === null || k.medan === "target") {
        const key = medanBulan(k.bulan - 1);
        if (peta[key] === undefined) peta[key] = k.col;
        rencana = true;
      }
      continue;
    }
    if (!k.triwulan) continue;
    const q = k.triwulan;
    if (k.medan === "target" || k.medan === "realisasi") {
      const key = `tw${q}.${k.medan}`;
      if (peta[key] === undefined) peta[key] = k.col;
      if (k.grup.includes("fisik") || (k.persen && /^[SR]$/i.test(k.label[k.label.length - 1]))) fisik = true;
      if (k.antara) rencana = true;
    } else if (k.medan === "kegiatan") {
      rencana = true;
      if (peta[`tw${q}.kegiatan`] === undefined) peta[`tw${q}.kegiatan`] = k.col;
    } else if (k.medan === null) tanpaMedan.push([q, k.col]);
  }
  // A bare quarter label ("TW I") holds the quarter's value: the target antara in a rencana aksi,
  // else the realisasi.
  for (const [q, c] of tanpaMedan) {
    const key = rencana ? `tw${q}.target` : `tw${q}.realisasi`;
    if (peta[key] === undefined) peta[key] = c;
  }
  let kuartal = 0;
  for (let q = 1; q <= 4; q++) if (peta[`tw${q}.target`] !== undefined || peta[`tw${q}.realisasi`] !== undefined) kuartal++;
  let bulan = 0;
  for (let m = 1; m <= 12; m++) if (peta[medanBulan(m - 1)] !== undefined) bulan++;
  if (kuartal < 2 && bulan < 3) return null;
  return { peta, bentuk: rencana ? "rencana-aksi" : fisik ? "fisik" : "indikator" };
}

export function bobotTriwulan(p: PetaTriwulan): number {
  const { peta } = p;
  let kuartal = 0;
  for (let q = 1; q <= 4; q++) {
    if (peta[`tw${q}.target`] !== undefined) kuartal += 0.5;
    if (peta[`tw${q}.realisasi`] !== undefined || p.bentuk === "rencana-aksi") kuartal += 0.5;
  }
  let bulan = 0;
  for (let m = 1; m <= 12; m++) if (peta[medanBulan(m - 1)] !== undefined) bulan++;
  const cakupan = Math.max(kuartal / 4, bulan / 12);
  return (
    (peta.indikator !== undefined ? 0.35 : 0) +
    0.35 * cakupan +
    (peta.target !== undefined ? 0.1 : 0) +
    (peta.sasaran !== undefined ? 0.1 : 0) +
    (peta.realisasi !== undefined || peta.capaian !== undefined || p.bentuk === "rencana-aksi" ? 0.1 : 0)
  );
}

/** A target antara cell: a number, or text that starts with one ("35% B04: - Monitoring …"). */
function bacaAntara(grid: Grid, row: number, col: number): Baca {
  const [r, c] = grid.owner(row, col);
  const raw = grid.raw(r, c);
  if (typeof raw !== "string") return bacaSel(grid, r, c);
  const t = raw.trim();
  if (t.length <= 12 && !/B\s?\d/i.test(t)) return bacaSel(grid, r, c);
  const awal = awalPersen(t);
  return bacaNilai(grid, r, c, awal, {}, raw);
}

function kosongTw(): [TriwulanNilai, TriwulanNilai, TriwulanNilai, TriwulanNilai] {
  return [
    { target: null, realisasi: null },
    { target: null, realisasi: null },
    { target: null, realisasi: null },
    { target: null, realisasi: null },
  ];
}

/** Reads a quarterly table region with a column map (recognized or corrected). */
export function bacaTriwulan(grid: Grid, w: Wilayah, p: PetaTriwulan): TriwulanTable {
  const { peta, bentuk } = p;
  const headerRows = [...w.headerRows];
  const baris = jalanBaris(grid, w, peta, headerRows);
  let rows: TriwulanRow[] = [];
  const adaNilai = new Set<TriwulanRow>();
  let bulanKolom = false;
  for (let m = 1; m <= 12; m++) if (peta[medanBulan(m - 1)] !== undefined) bulanKolom = true;
  let bawah = w.header.bottom;
  for (const b of baris) {
    const cells: Record<string, Sumber> = {};
    const t = bacaMedan(grid, w.header, peta, "target", b.row);
    const r = bacaMedan(grid, w.header, peta, "realisasi", b.row);
    const c = bacaMedan(grid, w.header, peta, "capaian", b.row);
    const row: TriwulanRow = {
      row: b.row,
      cells,
      sasaran: b.sasaran,
      indikator: b.indikator,
      target: simpan(cells, "target", t),
      realisasi: simpan(cells, "realisasi", r),
      triwulan: kosongTw(),
    };
    if (c) row.capaian = simpan(cells, "capaian", c);
    let satuan: string | null = null;
    if (peta.satuan !== undefined) {
      const s = grid.text(b.row, peta.satuan);
      if (s !== "") {
        satuan = s;
        const [sr, sc] = grid.owner(b.row, peta.satuan);
        cells.satuan = { cell: a1(sr, sc), raw: grid.raw(sr, sc) };
      }
    }
    if (satuan === null && (t?.sumber.unit || r?.sumber.unit)) {
      const s = t?.sumber.unit ? t.sumber : r!.sumber;
      satuan = s.unit!;
      cells.satuan = s;
    }
    if (peta.satuan !== undefined || satuan !== null) row.satuan = satuan;

    let akhirBaris = b.row;
    if (bentuk === "rencana-aksi") akhirBaris = bacaRencana(grid, peta, b.row, b.lanjutan, bulanKolom, row);
    else {
      for (let q = 1; q <= 4; q++) {
        for (const f of ["target", "realisasi"] as const) {
          const key = medanTw(q - 1, f);
          row.triwulan[q - 1][f] = simpan(cells, key, bacaMedan(grid, w.header, peta, key, b.row));
        }
      }
    }
    if (Object.keys(cells).length > 0) adaNilai.add(row);
    bawah = Math.max(bawah, akhirBaris);
    rows.push(row);
  }
  rows = pangkasEkor(rows, (x) => adaNilai.has(x));
  const terbaca = rows.filter((x) => {
    let n = 0;
    let ada = 0;
    for (const tw of x.triwulan) {
      for (const v of [tw.target, tw.realisasi]) if (v !== null) n++;
    }
    for (const k of Object.keys(x.cells)) if (k.startsWith("tw") || k.startsWith("b")) ada++;
    return n > 0 && n * 2 >= Math.min(ada, 8);
  }).length;
  if (rows.length) {
    const akhir = rows[rows.length - 1];
    bawah = Math.max(akhir.row, ...Object.values(akhir.cells).map((s) => Number(/\d+$/.exec(s?.cell ?? "")?.[0] ?? 0)));
  } else bawah = w.header.bottom;
  return {
    kind: "triwulan",
    bentuk,
    ...letakTabel(grid.sheet.name, w.header, bawah, headerRows),
    confidence: keyakinan(bobotTriwulan(p), terbaca, rows.length),
    columns: keHuruf(peta),
    rows,
  };
}

/**
 * Rencana aksi values of one indicator. With three sub-rows, sub-row k of quarter q is month
 * 3(q−1)+k+1 — the month comes from the position, since printed labels have typos (B08 for B09).
 * Returns the last row read.
 */
function bacaRencana(
  grid: Grid,
  peta: Peta,
  row: number,
  lanjutan: number[],
  bulanKolom: boolean,
  out: TriwulanRow,
): number {
  const cells = out.cells;
  if (bulanKolom) {
    const bulan: (number | null)[] = [];
    for (let m = 1; m <= 12; m++) {
      const key = medanBulan(m - 1);
      const c = peta[key];
      bulan.push(c === undefined ? null : simpan(cells, key, bacaAntara(grid, row, c)));
    }
    out.bulan = bulan;
    for (let q = 1; q <= 4; q++) {
      const s = cells[medanBulan(3 * q - 1)];
      out.triwulan[q - 1].target = bulan[3 * q - 1];
      if (s) cells[medanTw(q - 1, "target")] = s;
    }
    return row;
  }
  const subBaris = [row, ...lanjutan].slice(0, 3);
  const bulanan = subBaris.length === 3;
  const bulan: (number | null)[] = new Array(12).fill(null);
  for (let q = 1; q <= 4; q++) {
    const c = peta[medanTw(q - 1, "target")];
    if (c === undefined) continue;
    if (!bulanan) {
      out.triwulan[q - 1].target = simpan(cells, medanTw(q - 1, "target"), bacaAntara(grid, row, c));
      continue;
    }
    for (let k = 0; k < 3; k++) {
      const m = 3 * (q - 1) + k + 1;
      bulan[m - 1] = simpan(cells, medanBulan(m - 1), bacaAntara(grid, subBaris[k], c));
    }
    out.triwulan[q - 1].target = bulan[3 * q - 1];
    const s = cells[medanBulan(3 * q - 1)];
    if (s) cells[medanTw(q - 1, "target")] = s;
  }
  if (bulanan) out.bulan = bulan;
  return subBaris[subBaris.length - 1];
}

export function kenaliTriwulan(grid: Grid, w: Wilayah): TriwulanTable | null {
  const p = petaTriwulan(w);
  return p ? bacaTriwulan(grid, w, p) : null;
}
