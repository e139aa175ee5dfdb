/**
 * Recognition: every recognizer on every sheet, overlapping claims resolved by confidence, the
 * planner's corrections applied. Sheets the add-in generated itself are not read.
 */
import { parseRange, type RangePos, type Snapshot, type SheetSnapshot } from "../snapshot";
import type { Bentuk, Koreksi, Tabel } from "../tabel";
import { bacaUlangAnggaran, kenaliAnggaran } from "./anggaran/index";
import { Grid } from "./grid";
import { cariHeader, wilayahTabel, type Wilayah } from "./header";
import { kenaliFormat } from "./format/index";
import { bacaPerkin, petaPerkin } from "./perkin";
import { bacaTriwulan, petaTriwulan, type PetaTriwulan } from "./triwulan";
import { dariHuruf, kolomTahunan, type Peta } from "./umum";
import { tanpaMultitahun } from "./multitahun/index";

export { cocokkan, tambahEntri, type Cocok, type Medan } from "./kosakata";
export { cariHeader, wilayahTabel, type BlokHeader, type Kolom, type Wilayah } from "./header";
export { Grid } from "./grid";

/** Below this a table is not reported (a staff list with a "No" and a "Target" column, say). */
const AMBANG = 0.2;

export interface OpsiKenali {
  /** Read hidden sheets too (`--termasuk-tersembunyi`, the pane's toggle); by default they are skipped. */
  tersembunyi?: boolean;
}

export function kenali(snapshot: Snapshot, koreksi: Koreksi[] = [], opsi: OpsiKenali = {}): Tabel[] {
  const out: Tabel[] = [];
  const isi = new Map<string, string>();
  for (const sheet of snapshot.sheets) {
    if (sheet.generatedKey) continue;
    if (sheet.hidden && !opsi.tersembunyi) continue;
    const kunci = kunciIsi(sheet);
    const asli = isi.get(kunci);
    if (asli === undefined) isi.set(kunci, sheet.name);
    const tabel = tanpaMultitahun(sheet, kenaliLembar(sheet, koreksi.filter((k) => k.sheet === sheet.name)));
    for (const t of tabel) out.push(asli === undefined ? t : { ...t, salinanDari: asli });
  }
  const urutLembar = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return out.sort(
    (a, b) =>
      (urutLembar.get(a.sheet) ?? 0) - (urutLembar.get(b.sheet) ?? 0) ||
      parseRange(a.range).top - parseRange(b.range).top ||
      parseRange(a.range).left - parseRange(b.range).left,
  );
}

interface Calon {
  tabel: Tabel;
  wilayah?: Wilayah;
}

/** The content of a sheet as one string, to spot identical copies. */
function kunciIsi(sheet: SheetSnapshot): string {
  return `${sheet.top}:${sheet.left}:${sheet.merges.join(",")}:${JSON.stringify(sheet.values)}`;
}

/** All tables of one sheet. */
export function kenaliLembar(sheet: SheetSnapshot, koreksi: Koreksi[] = []): Tabel[] {
  const grid = new Grid(sheet);
  const calon: Calon[] = [];
  const wilayah = wilayahTabel(grid, cariHeader(grid));
  for (const w of wilayah) {
    const pk = petaPerkin(w);
    if (pk) calon.push({ tabel: bacaPerkin(grid, w, pk), wilayah: w });
    const tw = petaTriwulan(w);
    if (tw) calon.push({ tabel: bacaTriwulan(grid, w, tw), wilayah: w });
  }
  for (const t of kenaliAnggaran(sheet)) calon.push({ tabel: t });
  for (const t of kenaliFormat(grid)) calon.push({ tabel: t });

  // Corrections apply before overlaps are resolved: a corrected table is certain (confidence 1).
  const dikoreksi: Calon[] = [];
  for (const c of calon) {
    const k = koreksi.find((x) => x.range === c.tabel.range);
    if (!k) dikoreksi.push(c);
    else if (k.ignore) continue;
    else if (k.konfirmasi && !k.kind && !k.bentuk && !k.columns) {
      // The planner confirmed the table shown, i.e. the most confident reading of that range.
      const terbaik = Math.max(...calon.filter((x) => x.tabel.range === c.tabel.range).map((x) => x.tabel.confidence));
      if (c.tabel.confidence === terbaik) dikoreksi.push({ ...c, tabel: { ...c.tabel, confidence: 1 } });
    }
    else dikoreksi.push({ ...c, tabel: terapkan(grid, c, k, wilayah) });
  }
  return selesaikan(dikoreksi.filter((c) => c.tabel.confidence >= AMBANG && c.tabel.rows.length > 0)).map((c) => c.tabel);
}

/** Overlapping claims: the more confident table keeps its rows; a sheet may hold several tables. */
function selesaikan(calon: Calon[]): Calon[] {
  const urut = [...calon].sort((a, b) => b.tabel.confidence - a.tabel.confidence);
  const pilih: Calon[] = [];
  for (const c of urut) {
    const r = parseRange(c.tabel.range);
    const tabrak = pilih.some((p) => tumpang(r, parseRange(p.tabel.range)) && !berdampingan(c.tabel, p.tabel));
    if (!tabrak) pilih.push(c);
  }
  return pilih;
}

/** Applies one correction: force the kind or layout, or re-read the rows with the planner's columns. */
function terapkan(grid: Grid, c: Calon, k: Koreksi, wilayah: Wilayah[]): Tabel {
  const jenis = k.kind ?? c.tabel.kind;
  const timpa: Peta = k.columns ? dariHuruf(k.columns) : {};
  const w = c.wilayah ?? wilayahUntuk(wilayah, c.tabel.range);
  let t: Tabel | null = null;
  // Budget tables find their own header (a multi-year header is no header block).
  if (jenis === "anggaran") t = bacaUlangAnggaran(grid, c.tabel, k.bentuk, timpa);
  else if (!w) return c.tabel;
  else if (jenis === "perkin") {
    const peta = { ...(petaPerkin(w) ?? kolomTahunan(w.header)), ...timpa };
    if (peta.indikator !== undefined) t = bacaPerkin(grid, w, peta);
  } else if (jenis === "triwulan") {
    const dasar = petaTriwulan(w);
    const bentuk = (k.bentuk as PetaTriwulan["bentuk"] | undefined) ?? dasar?.bentuk ?? "indikator";
    const peta = { ...(dasar?.peta ?? kolomTahunan(w.header)), ...timpa };
    if (peta.indikator !== undefined) t = bacaTriwulan(grid, w, { peta, bentuk });
  }
  if (!t) return k.bentuk && c.tabel.kind === jenis ? berbentuk(c.tabel, k.bentuk) : c.tabel;
  // The table keeps the identity the correction refers to.
  return { ...t, id: c.tabel.id, range: c.tabel.range, confidence: 1 };
}

/**
 * A table relabelled by the planner when it cannot be read again. Only the quarterly layouts
 * share one row shape; a budget table's rows follow its layout, so it keeps its own.
 */
function berbentuk(t: Tabel, bentuk: Bentuk): Tabel {
  return t.kind === "anggaran" ? t : { ...t, bentuk };
}

/**
 * A "Realisasi Keuangan per Perjanjian Kinerja" table (Tabel 3.104) is read twice: its indicator
 * columns as a Perkin table and its komponen budget as an anggaran "pk" table.
 */
function berdampingan(a: Tabel, b: Tabel): boolean {
  const pk = (t: Tabel) => t.kind === "anggaran" && t.bentuk === "pk";
  return (a.kind === "perkin" && pk(b)) || (b.kind === "perkin" && pk(a));
}

function tumpang(r: RangePos, q: RangePos): boolean {
  return r.top <= q.bottom && q.top <= r.bottom && r.left <= q.right && q.left <= r.right;
}

function wilayahUntuk(wilayah: Wilayah[], range: string): Wilayah | undefined {
  const r = parseRange(range);
  return wilayah.find((w) => w.header.top >= r.top && w.header.top <= r.bottom);
}
