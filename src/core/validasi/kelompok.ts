/**
 * Findings grouped for people: per sheet × rule × column (× severity), so a column of 1.841 text
 * numbers reads as one line, "1.841 baris di kolom J: …", with its first cells; every finding
 * stays in the group (and in `--json`). A cell the workbook already shows as an error (#DIV/0!,
 * #REF!, #VALUE!) is never folded into a group: each stays a finding of its own.
 */
import { formatAngka } from "../angka";
import { barisSel, kolomSel } from "../snapshot";
import type { Issue, RuleId, Severity } from "../tabel";

export interface KelompokTemuan {
  sheet: string;
  rule: RuleId;
  severity: Severity;
  /** Column letter(s) the findings sit in. */
  kolom: string;
  /** Findings in sheet order. */
  temuan: Issue[];
}

function galatSel(i: Issue): boolean {
  return typeof i.found === "string" && /^#[A-Z0-9/!?]+/.test(i.found);
}

function huruf(cell: string): string {
  const m = /^[A-Z]+/.exec(cell);
  return m ? m[0] : cell;
}

/** Groups in order of their first finding; findings keep the order they arrive in. */
export function kelompokkan(issues: Issue[]): KelompokTemuan[] {
  const out: KelompokTemuan[] = [];
  const peta = new Map<string, KelompokTemuan>();
  for (const i of issues) {
    const kolom = huruf(i.cell);
    if (galatSel(i)) {
      out.push({ sheet: i.sheet, rule: i.rule, severity: i.severity, kolom, temuan: [i] });
      continue;
    }
    const k = `${i.sheet}\u0000${i.rule}\u0000${kolom}\u0000${i.severity}`;
    let g = peta.get(k);
    if (!g) {
      g = { sheet: i.sheet, rule: i.rule, severity: i.severity, kolom, temuan: [] };
      peta.set(k, g);
      out.push(g);
    }
    g.temuan.push(i);
  }
  for (const g of out) g.temuan.sort((a, b) => barisSel(a.cell) - barisSel(b.cell) || kolomSel(a.cell) - kolomSel(b.cell));
  return out;
}

/** "1.841 baris di kolom J: <first message> (J12, J13, J14, … )"; a single finding as itself. */
export function ringkasKelompok(g: KelompokTemuan, contoh = 5): string {
  if (g.temuan.length === 1) return g.temuan[0].message;
  const sel = g.temuan.slice(0, contoh).map((i) => i.cell);
  const lagi = g.temuan.length > contoh ? `, … ${formatAngka(g.temuan.length - contoh, 0)} lagi` : "";
  return `${formatAngka(g.temuan.length, 0)} baris di kolom ${g.kolom}: ${g.temuan[0].message} (${sel.join(", ")}${lagi})`;
}
