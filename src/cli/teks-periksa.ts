/** The human-readable report of `kinerja periksa`, in Indonesian. */
import { formatPersen } from "../core/angka";
import { kelompokkan, ringkasKelompok } from "../core/validasi/kelompok";
import type { Snapshot } from "../core/snapshot";
import { namaTabel, namaTingkat, URUTAN_TINGKAT } from "../core/nama";
import type { HasilPeriksa, Issue, Severity } from "../core/tabel";

function urutanSel(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)/.exec(a);
  const pb = /^([A-Z]+)(\d+)/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  return Number(pa[2]) - Number(pb[2]) || pa[1].length - pb[1].length || pa[1].localeCompare(pb[1]);
}

export function teksPeriksa(hasil: HasilPeriksa, snapshot: Snapshot): string[] {
  const out: string[] = [`Berkas: ${hasil.file}`, ""];
  out.push("Tabel yang dikenali");
  for (const sheet of snapshot.sheets) {
    const tabel = hasil.tables.filter((t) => t.sheet === sheet.name);
    const catatan = sheet.generatedKey ? " (lembar ringkasan buatan SAKIP Kinerja)" : sheet.hidden ? " (tersembunyi)" : "";
    if (tabel.length === 0) {
      out.push(`  Lembar "${sheet.name}"${catatan}: tidak ada tabel dikenali`);
      continue;
    }
    out.push(`  Lembar "${sheet.name}"${catatan}`);
    for (const t of tabel) {
      out.push(
        `    • ${namaTabel(t)} di ${t.range}: keyakinan ${formatPersen(t.confidence * 100, 0)}, ${t.rows.length} baris` +
          (t.title ? ` — ${t.title}` : ""),
      );
    }
  }
  out.push("");

  const issues = hasil.issues;
  const hitung = (s: Severity) => issues.filter((i) => i.severity === s).length;
  if (issues.length === 0) {
    out.push("Temuan: tidak ada. Semua angka yang diperiksa konsisten.");
    return out;
  }
  out.push(`Temuan: ${URUTAN_TINGKAT.map((s) => `${hitung(s)} ${namaTingkat(s).toLowerCase()}`).join(", ")}`);
  const perLembar = new Map<string, Issue[]>();
  for (const i of issues) {
    const daftar = perLembar.get(i.sheet) ?? [];
    daftar.push(i);
    perLembar.set(i.sheet, daftar);
  }
  const urutanLembar = snapshot.sheets.map((s) => s.name);
  const nama = [...perLembar.keys()].sort((a, b) => urutanLembar.indexOf(a) - urutanLembar.indexOf(b));
  for (const lembar of nama) {
    out.push(`  Lembar "${lembar}"`);
    const daftar = perLembar.get(lembar)!.slice().sort((a, b) => urutanSel(a.cell, b.cell));
    // Grouped per rule and column: one line for a column of alike findings (--json keeps each).
    for (const g of kelompokkan(daftar)) {
      const i = g.temuan[0];
      out.push(`    ${i.cell.padEnd(6)} ${namaTingkat(i.severity).toLowerCase().padEnd(10)} ${i.rule.padEnd(16)} ${ringkasKelompok(g)}`);
    }
  }
  return out;
}
