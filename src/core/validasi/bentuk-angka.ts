/**
 * angka-teks and angka-rusak: how a number is stored.
 *
 * A number stored as text is invisible to SUM and to the planner's own formulas. Where a whole
 * column is text (a table pasted from a report) that is a style of the sheet and earns one note
 * per column; a text cell among real numbers, or text that is itself sloppy ("96,97%%",
 * "123, 33%"), earns a warning per cell. Text that cannot be read, or reads two ways, is an error:
 * the printed number is effectively missing.
 */
import { bacaAngka } from "../angka";
import { adalahMedan, type Issue, type Medan, type Tabel } from "../tabel";
import { buatIssue, kapital, medanAngka, namaMedan, nilaiMedan, teksAngka, type Baris } from "./umum";

/** Readable text with a typing slip; the reader accepts it, the sheet should not keep it. */
const CEROBOH: [RegExp, string][] = [
  [/%\s*%/, "tanda persen ganda"],
  [/\d\s*[.,]\s+\d|\d\s+[.,]\s*\d/, "spasi di dalam angka"],
];

/** Cheap pre-test for CEROBOH: a doubled %, or a space next to a separator. */
function mungkinCeroboh(raw: string): boolean {
  const p = raw.indexOf("%");
  if (p >= 0 && raw.indexOf("%", p + 1) > 0) return true;
  return raw.includes(" ") && (raw.includes(",") || raw.includes("."));
}

interface Kolom {
  /** Rows (indices) holding a clean text number in this field. */
  teks: number[];
}

function bacaPersen(raw: string, medan: Medan): boolean {
  return raw.includes("%") || /persen/i.test(raw) || medan === "capaian" || medan === "persen" || medan.startsWith("tw");
}

/** Some row holds a real number in this field (stops at the first). */
function adaAngkaAsli(rows: Baris[], medan: Medan): boolean {
  for (const row of rows) if (typeof row.cells[medan]?.raw === "number") return true;
  return false;
}

function kutip(raw: string): string {
  return `"${raw.replace(/\s+/g, " ").trim()}"`;
}

function terbaca(value: number, persen: boolean): string {
  return `${teksAngka(value)}${persen ? " %" : ""}`;
}

export function periksaBentukAngka(t: Tabel): Issue[] {
  const out: Issue[] = [];
  const kolom = new Map<Medan, Kolom>();
  const rows: Baris[] = t.rows;
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri];
    const cells = row.cells;
    for (const medan in cells) {
      if (!adalahMedan(medan)) continue;
      const s = cells[medan];
      if (!s || typeof s.raw === "number" || s.raw === null || !medanAngka(medan)) continue;
      const raw = s.raw;
      if (raw === null || raw === undefined || typeof raw === "number") continue;
      if (typeof raw === "boolean") {
        out.push(buatIssue(t, "angka-rusak", "error", s.cell, `${kapital(namaMedan(medan, t))} berisi nilai logika ${String(raw).toUpperCase()}, bukan angka.`, null, String(raw)));
        continue;
      }
      const value = nilaiMedan(row, medan);
      if (s.problem) {
        out.push(buatIssue(t, "angka-rusak", "error", s.cell, `${kapital(namaMedan(medan, t))} ${kutip(raw)} tidak dapat dibaca sebagai angka: ${s.problem}.`, null, raw));
        continue;
      }
      if (value === null) {
        const a = bacaAngka(raw);
        if (a.kind === "rusak") out.push(buatIssue(t, "angka-rusak", "error", s.cell, `${kapital(namaMedan(medan, t))} ${kutip(raw)} tidak dapat dibaca sebagai angka: ${a.alasan}.`, null, raw));
        continue;
      }
      const slip = mungkinCeroboh(raw) ? CEROBOH.find(([re]) => re.test(raw)) : undefined;
      if (slip) {
        out.push(
          buatIssue(
            t,
            "angka-teks",
            "warning",
            s.cell,
            `${kapital(namaMedan(medan, t))} ditulis sebagai teks ${kutip(raw)} (${slip[1]}); terbaca ${terbaca(value, bacaPersen(raw, medan))}. Ketik ulang sebagai angka.`,
            value,
            raw,
          ),
        );
        continue;
      }
      let k = kolom.get(medan);
      if (!k) kolom.set(medan, (k = { teks: [] }));
      k.teks.push(ri);
    }
  }
  for (const [medan, k] of kolom) teksDiKolom(t, rows, medan, k, out);
  return out;
}

/**
 * Clean text numbers of one column: each is a warning among real numbers (SUM skips it), or one
 * note for a column that holds only text numbers.
 */
function teksDiKolom(t: Tabel, rows: Baris[], medan: Medan, k: Kolom, out: Issue[]): void {
  if (k.teks.length === 0) return;
  const isi = (ri: number) => {
    const s = rows[ri].cells[medan];
    const raw = String(s?.raw);
    return { cell: s?.cell ?? "", raw, value: nilaiMedan(rows[ri], medan) ?? NaN, persen: bacaPersen(raw, medan) };
  };
  if (adaAngkaAsli(rows, medan)) {
    for (const x of k.teks.map(isi))
      out.push(
        buatIssue(
          t,
          "angka-teks",
          "warning",
          x.cell,
          `${kapital(namaMedan(medan, t))} disimpan sebagai teks ${kutip(x.raw)} di antara angka; terbaca ${terbaca(x.value, x.persen)}, tetapi SUM dan rumus lain mengabaikannya.`,
          x.value,
          x.raw,
        ),
      );
  } else {
    const x = isi(k.teks[0]);
    const lain = k.teks.length > 1 ? ` dan ${k.teks.length - 1} sel lain di kolom ini` : "";
    out.push(
      buatIssue(
        t,
        "angka-teks",
        "info",
        x.cell,
        `Kolom ${namaMedan(medan, t)} menyimpan angka sebagai teks: ${kutip(x.raw)} terbaca ${terbaca(x.value, x.persen)}${lain}. Rumus Excel (SUM dll.) tidak menghitung teks.`,
        x.value,
        x.raw,
      ),
    );
  }
}
