/**
 * Lays the report's Perkin (Tabel 3.3), quarterly realisation (Tabel 3.9) and rencana aksi
 * (Tabel 3.7) out on a sheet in many ways: title block, offsets, header depth and synonyms,
 * sasaran merged or written once, column order, numbers as text / numbers / fractions with a %
 * format, headers repeated at page breaks, blank rows, a signature block.
 */
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { indikatorPerkin, indikatorTriwulan, kelompok, Lembar, type Isi, type IndikatorPk, type IndikatorTw } from "./bangun";

export interface Tata {
  /** Title lines above the table. */
  judul?: number;
  /** Blank rows between title and header. */
  jeda?: number;
  /** First column of the table (1 = A). */
  kiri?: number;
  /** "merge": sasaran merged over its indicators; "kosong": written once; "ulang": on every row. */
  sasaran?: "merge" | "kosong" | "ulang";
  /** Permutation of the column units (see each layout's unit list). */
  urut?: number[];
  /** Index into each label's synonym list. */
  sinonim?: number;
  /** How values are stored. */
  angka?: "teks" | "angka" | "fraksi" | "gabung";
  /** Header printed again before these indicator indices (0-based). */
  ulang?: number[];
  /** Blank rows before these indicator indices. */
  kosong?: number[];
  /** Numbering row 1 2 3 … under the header. */
  nomor?: boolean;
  /** Two header rows (a parent over the value columns). */
  dalam?: boolean;
  penutup?: boolean;
}

interface Unit {
  /** Header labels of the unit's columns (top row, and sub-labels for multi-row headers). */
  label: string[][];
  /** Cell values for one indicator. */
  isi: (i: number) => Isi[];
  /** Merge this unit's cells over each sasaran group ("merge" mode). */
  perSasaran?: boolean;
}

function pilih<T>(xs: T[], n = 0): T {
  return xs[n % xs.length];
}

const JUDUL = [
  "Tabel 3. 3 Perjanjian Kinerja BSPJI Palembang TA.2024",
  "BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI PALEMBANG",
  "Tahun Anggaran 2024",
  "Lampiran",
  "Unit Kerja: BSPJI Palembang",
];

function pasang(
  nama: string,
  units: Unit[],
  n: number,
  sasaranDari: (i: number) => string,
  t: Tata,
  headerBaris: number,
  nomorKolom: boolean,
): SheetSnapshot {
  const L = new Lembar(nama, t.kiri ?? 1);
  for (let j = 0; j < (t.judul ?? 0); j++) L.baris([JUDUL[j % JUDUL.length]]);
  for (let j = 0; j < (t.jeda ?? 0); j++) L.baris([]);
  const urut = t.urut ?? units.map((_, i) => i);
  const us = urut.map((i) => units[i]);
  const lebar = us.map((u) => u.label.length);
  const tulisHeader = (nomor: boolean) => {
    const awal = L.berikut;
    for (let h = 0; h < headerBaris; h++) {
      const isi: Isi[] = [];
      for (const u of us) for (const lab of u.label) isi.push(lab[h] ?? null);
      L.baris(isi);
    }
    // merges: identical labels side by side in a row merge horizontally; a label with nothing
    // below merges vertically.
    let c0 = 0;
    for (const u of us) {
      for (let k = 0; k < u.label.length; k++) {
        const lab = u.label[k];
        const tinggi = lab.length;
        if (tinggi < headerBaris) L.gabung(awal + tinggi - 1, c0 + k, awal + headerBaris - 1, c0 + k);
      }
      for (let h = 0; h < headerBaris; h++) {
        let k = 0;
        while (k < u.label.length) {
          let e = k;
          while (e + 1 < u.label.length && u.label[e + 1][h] !== undefined && u.label[e + 1][h] === u.label[k][h]) e++;
          if (e > k) {
            for (let x = k + 1; x <= e; x++) hapus(L, awal + h, c0 + x);
            L.gabung(awal + h, c0 + k, awal + h, c0 + e);
          }
          k = e + 1;
        }
      }
      c0 += u.label.length;
    }
    if (nomor && nomorKolom) L.baris(Array.from({ length: lebar.reduce((a, b) => a + b, 0) }, (_, i) => i + 1));
  };
  tulisHeader(t.nomor ?? false);
  const grup = kelompok(
    Array.from({ length: n }, (_, i) => i),
    sasaranDari,
  );
  const mode = t.sasaran ?? "merge";
  for (const g of grup) {
    let awalGrup = -1;
    let akhir = -1;
    const tutup = () => {
      if (mode !== "merge" || awalGrup === -1 || akhir <= awalGrup) return;
      let c0 = 0;
      for (const u of us) {
        if (u.perSasaran) for (let k = 0; k < u.label.length; k++) L.gabung(awalGrup, c0 + k, akhir, c0 + k);
        c0 += u.label.length;
      }
    };
    for (const i of g) {
      if ((t.ulang ?? []).includes(i)) {
        tutup();
        tulisHeader(false);
        awalGrup = -1;
      }
      if ((t.kosong ?? []).includes(i)) L.baris([]);
      const isi: Isi[] = [];
      for (const u of us) {
        const v = u.isi(i);
        const tulis = !u.perSasaran || mode === "ulang" || i === g[0] || (mode === "merge" && awalGrup === -1);
        for (const x of v) isi.push(tulis ? x : null);
      }
      const r = L.baris(isi);
      if (awalGrup === -1) awalGrup = r;
      akhir = r;
    }
    tutup();
  }
  if (t.penutup) {
    const w = lebar.reduce((a, b) => a + b, 0);
    L.baris([]);
    for (const s of ["Palembang, Januari 2025", "Kepala Balai Standardisasi dan Pelayanan Jasa Industri Palembang", "", "Arya Yudistira", "NIP. 197001011995031001"])
      L.baris([...Array(Math.max(0, w - 2)).fill(null), s]);
  }
  return L.snapshot();
}

function hapus(L: Lembar, row: number, col: number): void {
  // header cells covered by a merge must be empty in the snapshot
  const s = L as unknown as { rows: { v: unknown }[][]; kiri: number };
  const cell = s.rows[row - 1][col + s.kiri - 1];
  if (cell) cell.v = null;
}

function fmtAngka(n: number): string {
  return String(n).replace(".", ",");
}

// ---------------------------------------------------------------------------------------------
// Perkin

export const UNIT_PERKIN = 6; // [noSasaran+sasaran] [no+indikator] target satuan realisasi capaian

export function lembarPerkin(t: Tata = {}, data: IndikatorPk[] = indikatorPerkin(), nama = "PK 2024"): SheetSnapshot {
  const s = t.sinonim ?? 0;
  const mode = t.angka ?? "teks";
  const noSas = new Map<string, number>();
  for (const d of data) if (!noSas.has(d.sasaran)) noSas.set(d.sasaran, noSas.size + 1);
  const parent = (lab: string) => (t.dalam ? ["Kinerja 2024", lab] : [lab]);
  const satu = (lab: string) => [lab];
  const persen = (d: IndikatorPk) => d.satuan === "Persen";
  const units: Unit[] = [
    {
      label: [satu(pilih(["N0", "No", "No.", "NO"], s)), satu(pilih(["Sasaran Kegiatan (SK)", "Sasaran Strategis", "Sasaran", "SASARAN KEGIATAN"], s))],
      isi: (i) => [mode === "teks" ? `${noSas.get(data[i].sasaran)}` : noSas.get(data[i].sasaran)!, data[i].sasaran],
      perSasaran: true,
    },
    {
      label: [satu(pilih(["No", "No.", "Nomor", "NO"], s)), satu(pilih(["Indikator Kinerja", "Indikator", "Indikator Kinerja Utama", "IKU"], s))],
      isi: (i) => [mode === "teks" ? String(data[i].no) : data[i].no, data[i].indikator],
    },
    {
      label: [parent(pilih(["Target", "Target 2024", "Rencana", "Target Kinerja"], s))],
      isi: (i) => {
        const d = data[i];
        if (mode === "teks") return [d.targetRaw];
        if (mode === "gabung") return [`${d.targetRaw} ${d.satuan}`];
        if (mode === "fraksi" && persen(d)) return [{ v: d.target / 100, f: "0%" }];
        return [{ v: d.target, f: Number.isInteger(d.target) ? "0" : "0.0" }];
      },
    },
    {
      label: [parent(pilih(["Satuan", "Sat.", "Satuan Ukur", "SATUAN"], s))],
      isi: (i) => [mode === "gabung" ? null : data[i].satuan],
    },
    {
      label: [parent(pilih(["Realisasi", "Real.", "Realisasi TA.2024", "REALISASI"], s))],
      isi: (i) => {
        const d = data[i];
        if (mode === "teks") return [d.realisasiRaw];
        if (mode === "gabung") return [`${d.realisasiRaw} ${d.satuan}`];
        if (mode === "fraksi" && persen(d)) return [{ v: d.realisasi / 100, f: "0.00%" }];
        return [d.realisasi];
      },
    },
    {
      label: [parent(pilih(["Capaian", "% Capaian", "Capaian (%)", "Persentase Capaian"], s))],
      isi: (i) => {
        const d = data[i];
        if (mode === "teks" || mode === "gabung") return [d.capaianRaw];
        if (mode === "fraksi") return [{ v: d.capaian / 100, f: "0.00%" }];
        return [{ v: d.capaian, f: "0.00" }];
      },
    },
  ];
  // "(%)" header when the capaian is a plain number
  if (mode === "angka") units[5].label = [parent("Capaian (%)")];
  return pasang(nama, units, data.length, (i) => data[i].sasaran, t, t.dalam ? 2 : 1, true);
}

export function barisPerkinHarapan(data: IndikatorPk[] = indikatorPerkin()) {
  return data.map((d) => ({
    sasaran: d.sasaran,
    no: String(d.no),
    indikator: d.indikator,
    target: d.target,
    satuan: d.satuan,
    realisasi: d.realisasi,
    capaian: d.capaian,
  }));
}

// ---------------------------------------------------------------------------------------------
// Tabel 3.9 (fisik)

export const UNIT_TW = 5; // [no+sasaran] indikator target realisasi capaian; quarters stay right

const ROMAWI = ["I", "II", "III", "IV"];

export function lembarTriwulan(t: Tata = {}, data: IndikatorTw[] = indikatorTriwulan(), nama = "Capaian TW"): SheetSnapshot {
  const s = t.sinonim ?? 0;
  const mode = t.angka ?? "teks";
  const noSas = new Map<string, number>();
  for (const d of data) if (!noSas.has(d.sasaran)) noSas.set(d.sasaran, noSas.size + 1);
  const tinggi = t.dalam === false ? 2 : 3;
  const v = (lab: string) => [lab];
  const tw = pilih([(q: number) => `Triwulan ${ROMAWI[q]} (%)`, (q: number) => `TW ${q + 1} (%)`, (q: number) => `TW-${ROMAWI[q]} (%)`, (q: number) => `Trw. ${ROMAWI[q]} (%)`], s);
  const sr = pilih([["S", "R"], ["Target", "Realisasi"], ["Rencana", "Real."], ["Sasaran", "Realisasi"]], s);
  const pct = (n: { raw: string; value: number }) => {
    if (mode === "teks" || mode === "gabung") return n.raw as Isi;
    if (mode === "fraksi") return { v: n.value / 100, f: Number.isInteger(n.value) ? "0%" : "0.00%" };
    return n.value as Isi;
  };
  const units: Unit[] = [
    {
      label: [v(pilih(["No", "No.", "NO", "Nomor"], s)), v(pilih(["Sasaran Strategis", "Sasaran Kegiatan", "Sasaran", "SS"], s))],
      isi: (i) => [noSas.get(data[i].sasaran)!, data[i].sasaran],
      perSasaran: true,
    },
    { label: [v(pilih(["Indikator Kinerja", "Indikator", "IKU", "Indikator Kinerja Utama"], s))], isi: (i) => [data[i].indikator] },
    {
      label: mode === "gabung" || mode === "teks" ? [v("Target")] : [v("Target"), v("Satuan")],
      isi: (i) => {
        const d = data[i];
        if (mode === "gabung" || mode === "teks") return [`${d.target.raw} ${d.satuan}`];
        return [d.target.value, d.satuan];
      },
    },
    {
      label: [v(pilih(["Realisasi", "Real.", "Realisasi", "REALISASI"], s))],
      isi: (i) => {
        const d = data[i];
        if (mode === "gabung" || mode === "teks") return [`${d.realisasi.raw} ${d.satuanRealisasi}`];
        return [d.realisasi.value];
      },
    },
    {
      label: [v(mode === "angka" ? "Capaian (%)" : pilih(["Capaian", "% Capaian", "Capaian", "Persentase Capaian"], s))],
      isi: (i) => {
        const d = data[i];
        if (mode === "fraksi") return [{ v: d.capaian.value / 100, f: "0.00%" }];
        if (mode === "angka") return [d.capaian.value];
        return [d.capaian.raw];
      },
    },
  ];
  const kuartal: Unit = {
    label: [0, 1, 2, 3].flatMap((q) =>
      [0, 1].map((k) => (tinggi === 3 ? [tw(q), "Fisik", sr[k]] : [tw(q), sr[k]])),
    ),
    isi: (i) => [0, 1, 2, 3].flatMap((q) => [pct(data[i].s[q]), pct(data[i].r[q])]),
  };
  const urut = t.urut ?? [0, 1, 2, 3, 4];
  const semua = [...urut.map((i) => units[i]), kuartal];
  return pasang(nama, semua, data.length, (i) => data[i].sasaran, { ...t, urut: undefined }, tinggi, true);
}

export function barisTriwulanHarapan(data: IndikatorTw[] = indikatorTriwulan()) {
  return data.map((d) => ({
    sasaran: d.sasaran,
    indikator: d.indikator,
    target: d.target.value,
    realisasi: d.realisasi.value,
    satuan: d.satuan,
    capaian: d.capaian.value,
    triwulan: [0, 1, 2, 3].map((q) => ({ target: d.s[q].value, realisasi: d.r[q].value })),
  }));
}

// ---------------------------------------------------------------------------------------------
// Tabel 3.7 (rencana aksi, three month sub-rows per indicator)

export function lembarRencanaAksi(t: Tata = {}, data: IndikatorTw[] = indikatorTriwulan(), nama = "Rencana Aksi"): SheetSnapshot {
  const L = new Lembar(nama, t.kiri ?? 1);
  for (let j = 0; j < (t.judul ?? 0); j++) L.baris([j === 0 ? "Tabel 3. 7 Rencana Aksi BSPJI Palembang TA.2024" : JUDUL[j]]);
  const tw = pilih([(q: number) => `Triwulan ${ROMAWI[q]}`, (q: number) => `TW ${ROMAWI[q]}`, (q: number) => `Q${q + 1}`], t.sinonim ?? 0);
  const h0 = L.baris(["No.", "Sasaran Strategis", "Indikator Kinerja", "Target", "Rencana Aksi", ...Array(7).fill(null)]);
  L.baris([null, null, null, null, ...[0, 1, 2, 3].flatMap((q) => [tw(q), null])]);
  L.baris([null, null, null, null, ...[0, 1, 2, 3].flatMap(() => ["Target Antara", "Rencana Kegiatan"])]);
  for (let c = 0; c < 4; c++) L.gabung(h0, c, h0 + 2, c);
  L.gabung(h0, 4, h0, 11);
  for (let q = 0; q < 4; q++) L.gabung(h0 + 1, 4 + 2 * q, h0 + 1, 5 + 2 * q);
  if (t.nomor) L.baris(Array.from({ length: 12 }, (_, i) => i + 1));
  const noSas = new Map<string, number>();
  for (const d of data) if (!noSas.has(d.sasaran)) noSas.set(d.sasaran, noSas.size + 1);
  let sasAwal = -1;
  let sasKini = "";
  data.forEach((d, i) => {
    if ((t.ulang ?? []).includes(i)) {
      L.baris(["No.", "Sasaran Strategis", "Indikator Kinerja", "Target", "Rencana Aksi"]);
      L.baris([null, null, null, null, ...[0, 1, 2, 3].flatMap((q) => [tw(q), null])]);
      L.baris([null, null, null, null, ...[0, 1, 2, 3].flatMap(() => ["Target Antara", "Rencana Kegiatan"])]);
      sasAwal = -1;
    }
    const baru = d.sasaran !== sasKini;
    const r0 = L.berikut;
    for (let k = 0; k < 3; k++) {
      const sel: Isi[] = [];
      const tulisSas = k === 0 && (baru || sasAwal === -1);
      sel.push(tulisSas ? noSas.get(d.sasaran)! : null, tulisSas ? d.sasaran : null);
      sel.push(k === 0 ? d.indikator : null, k === 0 ? `${d.target37.raw} ${d.satuan37.replace(/\s+/g, "")}` : null);
      for (let q = 0; q < 4; q++) {
        const m = 3 * q + k;
        // the report's label typo (B08 printed for B09) is kept: the month comes from the position
        const label = m === 8 && (i === 2 || i === 4) ? "B08" : `B${String(m + 1).padStart(2, "0")}`;
        const b = d.bulan[m];
        if (t.angka === "fraksi") sel.push({ v: b.value / 100, f: "0%" }, `- kegiatan bulan ${m + 1}`);
        else sel.push(`${b.raw} ${label}: - Monitoring kegiatan ${m + 1}, RUP Terumumkan 100%`, null);
      }
      L.baris(sel);
    }
    if (t.sasaran !== "kosong") {
      L.gabung(r0, 2, r0 + 2, 2);
      L.gabung(r0, 3, r0 + 2, 3);
    }
    if (baru) {
      sasKini = d.sasaran;
      sasAwal = r0;
    }
    const akhirSas = i === data.length - 1 || data[i + 1].sasaran !== d.sasaran || (t.ulang ?? []).includes(i + 1);
    if (akhirSas && t.sasaran !== "kosong" && sasAwal !== -1) {
      L.gabung(sasAwal, 0, r0 + 2, 0);
      L.gabung(sasAwal, 1, r0 + 2, 1);
    }
  });
  if (t.penutup) {
    L.baris([]);
    L.baris([...Array(10).fill(null), "Palembang, Januari 2025"]);
    L.baris([...Array(10).fill(null), "Arya Yudistira"]);
  }
  void fmtAngka;
  return L.snapshot();
}

export function barisRencanaHarapan(data: IndikatorTw[] = indikatorTriwulan()) {
  return data.map((d) => ({
    sasaran: d.sasaran,
    indikator: d.indikator,
    target: d.target37.value,
    realisasi: null,
    satuan: d.satuan37.replace(/\s+/g, ""),
    triwulan: [0, 1, 2, 3].map((q) => ({ target: d.bulan[3 * q + 2].value, realisasi: null })),
    bulan: d.bulan.map((b) => b.value),
  }));
}
