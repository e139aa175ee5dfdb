/** Temuan: the validation findings, each with its rule's title and id, linked to the cell it is about. */
import type { Issue, Severity, Sumber, Tabel } from "../tabel";
import type { PlanCell, SheetPlan } from "../lembar/plan";
import { FORMAT, GAYA, Lembar, WARNA, alamat, selTeks } from "../lembar/sel";
import { BARIS_KEPALA, judulLembar } from "../lembar/kerangka";
import { letakkanKolom, type Kolom } from "../lembar/kolom";
import { NAMA_TINGKAT, URUTAN_TINGKAT, judulAturan } from "../nama";

export const KUNCI_TEMUAN = "temuan";

const WARNA_TINGKAT: Record<Severity, { fill: string; color: string }> = {
  error: { fill: WARNA.merah, color: WARNA.merahTeks },
  warning: { fill: WARNA.kuning, color: WARNA.kuningTeks },
  info: { fill: "#DDEBF7", color: "#1F4E78" },
};

/** The source cells of the tables by "Sheet!A1": a finding's numbers are shown the way its cell shows them. */
function petaSumber(tables: readonly Tabel[]): Map<string, Sumber> {
  const peta = new Map<string, Sumber>();
  for (const t of tables) for (const r of t.rows) for (const s of Object.values(r.cells)) if (s) peta.set(`${t.sheet}!${s.cell}`, s);
  return peta;
}

/**
 * An expected or found number shown as the cell it describes shows it: a percent cell as a
 * percentage (0,0665 → "6,65%"), a number written with a percent unit in percent points, other
 * numbers as Rupiah-style whole numbers or with 2 decimals.
 */
function selNilai(at: string, v: number | string | null | undefined, s: Sumber | undefined): PlanCell {
  if (typeof v !== "number" || !Number.isFinite(v)) return selTeks(at, v ?? null);
  if (s?.format?.includes("%")) return selTeks(at, v / 100, GAYA.data, FORMAT.persen);
  if (s?.unit && /^(%|persen)$/i.test(s.unit.trim())) return selTeks(at, v, GAYA.data, FORMAT.persenPoin);
  return selTeks(at, v, GAYA.data, Number.isInteger(v) ? FORMAT.rupiah : FORMAT.rupiahSen);
}

function kolomTemuan(tables: readonly Tabel[]): Kolom<Issue>[] {
  const peta = petaSumber(tables);
  const sumber = (i: Issue) => peta.get(`${i.sheet}!${i.cell}`);
  return [
    ...KOLOM_TETAP,
    { kepala: "Diharapkan", lebar: 16, isi: (i, k) => selNilai(k.at, i.expected, sumber(i)) },
    { kepala: "Ditemukan", lebar: 16, isi: (i, k) => selNilai(k.at, i.found, sumber(i)) },
  ];
}

const KOLOM_TETAP: Kolom<Issue>[] = [
  { kepala: "No", lebar: 5, gaya: { ...GAYA.data, align: "center" }, isi: (_, k) => k.no + 1 },
  { kepala: "Tingkat", lebar: 12, isi: (i, k) => selTeks(k.at, NAMA_TINGKAT[i.severity], { ...GAYA.data, ...WARNA_TINGKAT[i.severity], bold: true }) },
  { kepala: "Aturan", lebar: 30, gaya: { ...GAYA.data, wrap: true }, isi: (i) => judulAturan(i.rule) },
  { kepala: "Kode aturan", lebar: 16, isi: (i) => i.rule },
  { kepala: "Lembar", lebar: 18, isi: (i) => i.sheet },
  {
    kepala: "Sel",
    lebar: 26,
    isi: (i, k) => ({ ...selTeks(k.at, alamat(i.sheet, i.cell), { ...GAYA.data, color: "#0563C1" }), link: { sheet: i.sheet, cell: i.cell } }),
  },
  { kepala: "Pesan", lebar: 70, gaya: { ...GAYA.data, wrap: true }, isi: (i) => i.message },
];

export function temuan(issues: Issue[], tables: readonly Tabel[] = []): SheetPlan {
  const l = new Lembar();
  const KOLOM = kolomTemuan(tables);
  const plan: SheetPlan = {
    key: KUNCI_TEMUAN,
    name: "Temuan",
    cells: l.cells,
    widths: KOLOM.map((k) => k.lebar),
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `${BARIS_KEPALA}:${BARIS_KEPALA}` },
  };
  const jumlah = (s: Severity) => issues.filter((i) => i.severity === s).length;
  const ringkas = issues.length === 0
    ? "Tidak ada temuan."
    : `${issues.length} temuan: ${jumlah("error")} galat, ${jumlah("warning")} peringatan, ${jumlah("info")} info. Klik alamat sel untuk membukanya.`;
  plan.merges = judulLembar(l, "Temuan Pemeriksaan", ringkas, KOLOM.length);
  const urut = issues.map((i, n) => ({ i, n })).sort((a, b) => URUTAN_TINGKAT.indexOf(a.i.severity) - URUTAN_TINGKAT.indexOf(b.i.severity) || a.n - b.n);
  const tata = letakkanKolom(l, KOLOM, urut.map((x) => x.i), { kepala: BARIS_KEPALA });
  let range = tata.rentangTabel;
  if (issues.length === 0) {
    const row = tata.awal;
    l.set(selTeks(`${tata.huruf("No")}${row}`, null));
    l.set(selTeks(`${tata.huruf("Tingkat")}${row}`, "Tidak ada temuan."));
    range = range.replace(/\d+$/, String(row));
  }
  plan.freeze = { rows: tata.kepalaBawah, columns: 0 };
  plan.table = { name: "Temuan", range, style: "TableStyleLight9" };
  return plan;
}
