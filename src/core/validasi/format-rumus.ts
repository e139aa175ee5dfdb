/**
 * A table checked against its own columns: the formulas its numbering row prints ("13 = 9 + 10 +
 * 11 + 12", "15 = 14 / 6 x 100"), or the form's own where the sheet prints none. One finding per
 * formula and row, at the cell the formula gives.
 */
import type { Issue, RumusKolom, SelBarisBebas, Sumber, Tabel } from "../tabel";
import { nilaiSumber, samaPersen, samaUang } from "./format-nilai";
import { buatIssue, namaBaris, teksAngka } from "./umum";

function hitung(r: RumusKolom, nilai: (number | null)[]): number | null {
  if (r.op === "jumlah") {
    let s = 0;
    let isi = false;
    for (const v of nilai) if (v !== null) {
      s += v;
      isi = true;
    }
    return isi ? s : null;
  }
  const [a, b] = nilai;
  if (a === null || b === null) return null;
  if (r.op === "selisih") return a - b;
  return b === 0 ? null : (a / b) * 100;
}

export function periksaRumus(t: Tabel, rumus: RumusKolom[] = t.rumus ?? []): Issue[] {
  const out: Issue[] = [];
  if (!rumus.length) return out;
  for (const row of t.rows) {
    if (row.cells === undefined) continue;
    // The printed formulas name the table's own fields, field paths or not.
    const cells: SelBarisBebas = row.cells;
    for (const r of rumus) {
      const s: Sumber | undefined = cells[r.hasil];
      const tertulis = nilaiSumber(s);
      if (tertulis === null || !s) continue;
      const h = hitung(r, r.dari.map((d) => nilaiSumber(cells[d])));
      if (h === null) continue;
      const ok = r.op === "rasio" ? samaPersen(s, tertulis, h) : samaUang(s, tertulis, h);
      if (ok) continue;
      const rule = r.op === "rasio" ? (t.kind === "anggaran" ? "persen-selisih" : "capaian-selisih") : "jumlah-selisih";
      out.push(
        buatIssue(t, rule, "error", s.cell,
          `${namaBaris(row)}: ${s.cell} tertulis ${teksAngka(tertulis)}, menurut kolom "${r.teks}" seharusnya ${teksAngka(h, r.op === "rasio" ? 2 : undefined)}.`,
          Math.round(h * 100) / 100, tertulis),
      );
    }
  }
  return out;
}
