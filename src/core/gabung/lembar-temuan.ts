/**
 * "Temuan per Berkas": per file its status and finding counts by severity, then every
 * error-severity finding with its sheet and cell (in the satker's own file) and its rule's title and id.
 */
import type { Issue, Severity } from "../tabel";
import type { SheetPlan } from "../lembar/plan";
import { GAYA, Lembar, WARNA, selTeks } from "../lembar/sel";
import { judulLembar } from "../lembar/kerangka";
import { a1 } from "../snapshot";
import { lebarTerbesar, letakkanKolom, type Kolom } from "../lembar/kolom";
import { judulAturan } from "../nama";
import type { BerkasGabung, GagalGabung } from "./jenis";

export const KUNCI_GABUNG_TEMUAN = "gabung-temuan";
const BARIS = 4;

export function hitungTingkat(issues: { severity: Severity }[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity]++;
  return n;
}

type BarisBerkas = { b: BerkasGabung; n: Record<Severity, number> } | { g: GagalGabung };
const MERAH = { ...GAYA.data, fill: WARNA.merah, color: WARNA.merahTeks };

function status(x: BarisBerkas): string {
  if ("g" in x) return `Gagal dibaca: ${x.g.pesan}`;
  return x.b.tables.length === 0 ? "Dibaca, tidak ada tabel dikenali" : `Dibaca, ${x.b.tables.length} tabel`;
}

const KOLOM_BERKAS: Kolom<BarisBerkas>[] = [
  { kepala: "No", lebar: 5, gaya: { ...GAYA.data, align: "center" }, isi: (_, k) => k.no + 1 },
  { kepala: "Satker", lebar: 28, isi: (x) => ("g" in x ? x.g.satker : x.b.satker) },
  { kepala: "Berkas", lebar: 22, isi: (x) => ("g" in x ? x.g.file : x.b.file) },
  { kepala: "Status", lebar: 30, isi: (x, k) => selTeks(k.at, status(x), "g" in x ? { ...MERAH, wrap: true } : GAYA.data) },
  { kepala: "Galat", lebar: 10, isi: (x, k) => ("g" in x ? null : selTeks(k.at, x.n.error, x.n.error > 0 ? { ...MERAH, bold: true } : GAYA.data)) },
  {
    kepala: "Peringatan",
    lebar: 10,
    isi: (x, k) => ("g" in x ? null : selTeks(k.at, x.n.warning, x.n.warning > 0 ? { ...GAYA.data, fill: WARNA.kuning, color: WARNA.kuningTeks } : GAYA.data)),
  },
  { kepala: "Info", lebar: 10, isi: (x) => ("g" in x ? null : x.n.info) },
];

const KOLOM_GALAT: Kolom<{ b: BerkasGabung; i: Issue }>[] = [
  { kepala: "No", lebar: 5, gaya: { ...GAYA.data, align: "center" }, isi: (_, k) => k.no + 1 },
  { kepala: "Satker", lebar: 28, isi: ({ b }) => b.satker },
  { kepala: "Lembar", lebar: 22, isi: ({ i }) => i.sheet },
  { kepala: "Sel", lebar: 10, isi: ({ i }) => i.cell },
  { kepala: "Aturan", lebar: 30, gaya: { ...GAYA.data, wrap: true }, isi: ({ i }) => judulAturan(i.rule) },
  { kepala: "Kode aturan", lebar: 16, isi: ({ i }) => i.rule },
  { kepala: "Pesan", lebar: 70, gaya: { ...GAYA.data, wrap: true }, isi: ({ i }) => i.message },
];

export function lembarTemuan(berkas: BerkasGabung[], gagal: GagalGabung[]): SheetPlan {
  const l = new Lembar();
  const galat = berkas.flatMap((b) => b.issues.filter((i) => i.severity === "error").map((i) => ({ b, i })));
  const merges = judulLembar(
    l,
    "Temuan Pemeriksaan per Berkas",
    `${berkas.length} berkas dibaca, ${gagal.length} gagal dibaca; ${galat.length} galat. Alamat sel merujuk ke berkas satker masing-masing.`,
    KOLOM_GALAT.length,
  );
  const baris: BarisBerkas[] = [...berkas.map((b) => ({ b, n: hitungTingkat(b.issues) })), ...gagal.map((g) => ({ g }))];
  const atas = letakkanKolom(l, KOLOM_BERKAS, baris, { kepala: BARIS });
  const judul = atas.akhir + 2;
  l.set(selTeks(a1(judul, 1), "Daftar galat", { bold: true, fontSize: 12 }));
  const bawah = letakkanKolom(l, KOLOM_GALAT, galat, { kepala: judul + 1 });
  if (galat.length === 0) l.set(selTeks(`${bawah.huruf("Satker")}${bawah.awal}`, "Tidak ada galat.", GAYA.catatan));
  return {
    key: KUNCI_GABUNG_TEMUAN,
    name: "Temuan per Berkas",
    cells: l.cells,
    merges,
    widths: lebarTerbesar(atas.lebar, bawah.lebar),
    freeze: { rows: BARIS, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: atas.barisJudul },
  };
}
