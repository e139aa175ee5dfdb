/**
 * The validator: every rule family over the recognized tables, findings sorted by sheet (in
 * workbook order), row and column, one finding per rule and cell.
 */
import type { Issue, Severity, Tabel } from "../tabel";
import { periksaAntarLembar } from "./antar-lembar";
import { periksaBentukAngka } from "./bentuk-angka";
import { periksaCapaian } from "./capaian";
import { periksaDuplikat } from "./duplikat";
import { periksaJumlah } from "./jumlah";
import { periksaKelengkapan } from "./kelengkapan";
import { periksaPagu } from "./pagu";
import { periksaPersen } from "./persen";
import { KumpulanPohon } from "./pohon";
import { periksaSatuan } from "./satuan";
import { periksaTriwulan } from "./triwulan";
import { barisSel, kolomSel } from "./umum";

type AturanTabel = (t: Tabel, pohon: KumpulanPohon) => Issue[];

const PER_TABEL: AturanTabel[] = [
  (t) => periksaBentukAngka(t),
  (t) => periksaKelengkapan(t),
  (t) => periksaCapaian(t),
  (t) => periksaSatuan(t),
  (t) => periksaTriwulan(t),
  (t, p) => periksaDuplikat(t, p),
  (t, p) => (t.kind === "anggaran" ? periksaJumlah(t, p) : []),
  (t, p) => (t.kind === "anggaran" ? periksaPersen(t, p) : []),
  (t) => (t.kind === "anggaran" ? periksaPagu(t) : []),
];

const BERAT: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function periksa(tables: Tabel[]): Issue[] {
  const pohon = new KumpulanPohon();
  const semua: Issue[] = [];
  for (const t of tables) for (const aturan of PER_TABEL) for (const i of aturan(t, pohon)) semua.push(i);
  for (const i of periksaAntarLembar(tables, pohon)) semua.push(i);
  return urutkan(semua, tables);
}

/** Sheet order of the workbook (as the tables arrive), then row, column, severity. */
export function urutkan(issues: Issue[], tables: Tabel[]): Issue[] {
  const urutLembar = new Map<string, number>();
  for (const t of tables) if (!urutLembar.has(t.sheet)) urutLembar.set(t.sheet, urutLembar.size);
  const kunci = issues.map((x, n) => ({
    x,
    n,
    s: urutLembar.get(x.sheet) ?? urutLembar.size,
    r: barisSel(x.cell),
    c: kolomSel(x.cell),
  }));
  kunci.sort((a, b) => a.s - b.s || a.r - b.r || a.c - b.c || BERAT[a.x.severity] - BERAT[b.x.severity] || a.n - b.n);
  const lihat = new Set<string>();
  const out: Issue[] = [];
  for (const { x } of kunci) {
    const k = `${x.rule}\u0000${x.sheet}\u0000${x.cell}`;
    if (lihat.has(k)) continue;
    lihat.add(k);
    out.push(x);
  }
  return out;
}

export { periksaAntarLembar, periksaBentukAngka, periksaCapaian, periksaDuplikat, periksaJumlah, periksaKelengkapan, periksaPagu, periksaPersen, periksaSatuan, periksaTriwulan };
