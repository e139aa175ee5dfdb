/**
 * nilai-kosong and target-nol: a data row without the number its capaian or penyerapan needs.
 *
 * "N/A" is a statement, not a gap, and is left alone; so is a column the sheet has not filled at
 * all yet (a Perkin before the year's realisasi). PNBP receipts without a target (non-functional
 * revenue such as rent or refunds) are normal and get a note only.
 */
import { bacaAngka } from "../angka";
import type { AnggaranTable, Issue, Medan, PerkinRow, PerkinTable, Tabel, TriwulanRow, TriwulanTable } from "../tabel";
import { buatIssue, kapital, namaBaris, namaMedan, nilaiMedan, selMedan, teksAngka, type Baris } from "./umum";

type Isi = "angka" | "kosong" | "na" | "rusak";

function isi(row: Baris, medan: Medan): Isi {
  if (nilaiMedan(row, medan) !== null) return "angka";
  const s = row.cells[medan];
  if (!s) return "kosong";
  if (s.problem) return "rusak";
  const raw = s.raw;
  if (raw === null || raw === undefined) return "kosong";
  if (typeof raw === "boolean") return "rusak";
  if (typeof raw === "number") return "angka";
  const a = bacaAngka(raw);
  return a.kind === "angka" ? "angka" : a.kind;
}

/** Fields the table has a column for and fills on at least one row. */
function terisi(t: Tabel, medan: Medan[]): Set<string> {
  const out = new Set<string>();
  for (const m of medan) {
    const rows: Baris[] = t.rows;
    for (const row of rows) {
      if (isi(row, m) !== "kosong") {
        out.add(m);
        break;
      }
    }
  }
  return out;
}

export function periksaKelengkapan(t: Tabel): Issue[] {
  return t.kind === "anggaran" ? anggaran(t) : kinerja(t);
}

function kinerja(t: PerkinTable | TriwulanTable): Issue[] {
  const out: Issue[] = [];
  const ada = terisi(t, ["target", "realisasi", "capaian"]);
  const rows: (PerkinRow | TriwulanRow)[] = t.rows;
  for (const row of rows) {
    const r = row;
    const it = isi(row, "target");
    const ir = isi(row, "realisasi");
    const ic = isi(row, "capaian");
    if (it !== "angka" && ir !== "angka" && ic !== "angka") continue;
    const capaianTeks = () => (r.capaian != null ? `; capaian tertulis ${teksAngka(r.capaian, 2)} % tidak dapat diperiksa` : "");
    if (it === "kosong" && ada.has("target")) {
      out.push(buatIssue(t, "nilai-kosong", "error", selMedan(t, row, "target"), `Target kosong untuk indikator "${namaBaris(row)}"${capaianTeks() || "; capaian tidak dapat dihitung"}.`, null, null));
    }
    if (ir === "kosong" && ada.has("realisasi") && it === "angka") {
      out.push(buatIssue(t, "nilai-kosong", "error", selMedan(t, row, "realisasi"), `Realisasi kosong untuk indikator "${namaBaris(row)}" (target ${teksAngka(r.target!)})${capaianTeks()}.`, null, null));
    }
    if (it === "angka" && r.target !== null && r.target <= 0) {
      const ada = r.capaian != null;
      out.push(
        buatIssue(
          t,
          "target-nol",
          ada ? "error" : "warning",
          selMedan(t, row, "target"),
          `Target indikator "${namaBaris(row)}" bernilai ${teksAngka(r.target)}; capaian (realisasi ÷ target) tidak terdefinisi${ada ? `, padahal capaian tertulis ${teksAngka(r.capaian!, 2)} %` : ""}.`,
          null,
          r.target,
        ),
      );
    }
  }
  return out;
}

function anggaran(t: AnggaranTable): Issue[] {
  if (t.bentuk === "tahunan" || t.bentuk === "revisi") return [];
  const out: Issue[] = [];
  const ada = terisi(t, ["pagu", "realisasi"]);
  const pnbp = t.bentuk === "pnbp";
  for (const row of t.rows) {
    if (row.total) continue;
    const ip = isi(row, "pagu");
    const ir = isi(row, "realisasi");
    const persen = row.persen ?? null;
    if (ip !== "angka" && ir !== "angka") continue;
    if (ip === "kosong" && ada.has("pagu")) {
      if (pnbp) {
        out.push(buatIssue(t, "nilai-kosong", "info", selMedan(t, row, "pagu"), `"${namaBaris(row)}" tidak bertarget; persentase capaian penerimaannya tidak terdefinisi.`, null, null));
      } else {
        out.push(
          buatIssue(
            t,
            "nilai-kosong",
            "error",
            selMedan(t, row, "pagu"),
            `Pagu kosong untuk "${namaBaris(row)}"${row.realisasi !== null ? ` (realisasi ${teksAngka(row.realisasi, 0)})` : ""}; penyerapan tidak dapat dihitung.`,
            null,
            null,
          ),
        );
      }
    }
    if (ir === "kosong" && ada.has("realisasi") && ip === "angka") {
      const isiPersen = persen !== null ? `, padahal persentase tertulis ${teksAngka(persen, 2)} %` : "";
      out.push(buatIssue(t, "nilai-kosong", "error", selMedan(t, row, "realisasi"), `${kapital(namaMedan("realisasi", t))} kosong untuk "${namaBaris(row)}"${isiPersen}.`, null, null));
    }
  }
  return out;
}
