/**
 * The validator: every rule family over the recognized tables, findings sorted by sheet (in
 * workbook order), row and column, one finding per rule and cell.
 */
import { AMBANG_YAKIN, type Issue, type Severity, type Tabel } from "../tabel";
import { periksaAntarLembar } from "./antar-lembar";
import { periksaBentukAngka } from "./bentuk-angka";
import { periksaCapaian } from "./capaian";
import { periksaDuplikat } from "./duplikat";
import { periksaFormat, tabelFormat } from "./format";
import { periksaJumlah } from "./jumlah";
import { periksaKelengkapan } from "./kelengkapan";
import { periksaPagu } from "./pagu";
import { periksaPersen } from "./persen";
import { KumpulanPohon } from "./pohon";
import { periksaSatuan } from "./satuan";
import { periksaTriwulan } from "./triwulan";
import { barisSel, kolomSel } from "../snapshot";

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
  const sendiri: Tabel[] = [];
  for (const t of tables) {
    // An identical copy of a sheet (a hidden working copy, say) does not repeat its findings.
    if (t.salinanDari) continue;
    if (tabelFormat(t)) {
      for (const i of periksaBentukAngka(t)) semua.push(i);
      for (const i of periksaFormat(t)) semua.push(i);
      continue;
    }
    sendiri.push(t);
    for (const aturan of PER_TABEL) for (const i of aturan(t, pohon)) semua.push(i);
  }
  for (const i of periksaAntarLembar(sendiri, pohon)) semua.push(i);
  return urutkan(redam(semua, tables), tables);
}

/**
 * Never cry wolf: a table recognized below AMBANG_YAKIN raises no errors or warnings until the
 * planner confirms it; its findings stay visible as info marked "perlu konfirmasi".
 */
function redam(issues: Issue[], tables: Tabel[]): Issue[] {
  const ragu = new Set(tables.filter((t) => t.confidence < AMBANG_YAKIN).map((t) => t.id));
  if (ragu.size === 0) return issues;
  return issues.map((i) =>
    i.table && ragu.has(i.table) && i.severity !== "info" ? { ...i, severity: "info", message: `Perlu konfirmasi (tabel belum pasti dikenali): ${i.message}` } : i,
  );
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
