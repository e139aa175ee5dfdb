/**
 * Workbook fixtures from the LAKIP 2024 of BSPJI Palembang (Tabel 3.3 targets, Tabel 1 realisasi).
 */
import type { CellValue, SheetSnapshot, Snapshot } from "../../../src/core/snapshot";
import type { PlanCell, SheetPlan } from "../../../src/core/lembar/plan";
import { markerText } from "../../../src/core/lembar/plan";
import { MockWorkbook, type OpsiMock, type SeedLembar } from "./mockWorkbook";

/** [code, sasaran code, indicator, target, satuan, realisasi] */
export const INDIKATOR_2024: [string, string, string, number, string, number][] = [
  ["SK1.IK1", "SK1", "Produktivitas/efisiensi perusahaan industri hasil kegiatan kolaborasi", 30, "Persen", 37],
  ["SK2.IK1", "SK2", "Perusahaan yang terfasilitasi industri 4.0", 1, "Perusahaan", 1],
  ["SK2.IK2", "SK2", "Tingkat Kepuasan Perusahaan Yang Diberikan Fasilitasi Industri 4.0", 3, "Indeks", 3],
  ["SK2.IK3", "SK2", "Perusahaan yang terfasilitasi di bidang standardisasi industri", 2, "Perusahaan", 8],
  ["SK2.IK4", "SK2", "Tingkat Kepuasan Perusahaan yang diberikan fasilitasi di Bidang Standardisasi Industri", 3, "Indeks", 3.66],
  ["SK3.IK1", "SK3", "Produktivitas/efisiensi perusahaan industri yang memanfaatkan teknologi industri melalui jasa konsultansi", 40, "Persen", 68.23],
  ["SK3.IK2", "SK3", "Meningkatnya PNBP layanan jasa industri", 5, "Persen", 25.05],
  ["SK3.IK3", "SK3", "Meningkatnya jumlah hasil layanan jasa industri yang digunakan oleh pelanggan", 5, "Persen", 22.74],
  ["SK3.IK4", "SK3", "Persentase nilai capaian penggunaan produk dalam negeri dalam pengadaan barang dan jasa", 50, "Persen", 96.52],
  ["SK4.IK1", "SK4", "Rekomendasi hasil pengawasan internal telah ditindaklanjuti oleh satker", 95, "Persen", 100],
  ["SK5.IK1", "SK5", "Indeks Kepuasan Masyarakat terhadap layanan jasa industri", 3.6, "Indeks", 3.68],
  ["SK6.IK1", "SK6", "Rata-rata indeks profesionalitas ASN", 75, "Indeks", 84.64],
  ["SK7.IK1", "SK7", "Nilai minimal indeks layanan publik", 4, "Indeks", 4.57],
  ["SK8.IK1", "SK8", "Nilai minimal akuntabilitas kinerja", 76, "Nilai", 82.25],
  ["SK8.IK2", "SK8", "Nilai minimal laporan keuangan", 91, "Nilai", 98],
];

/**
 * "PK 2024": title A1 (merged A1:G1), header row 3, indicators from row 4. Capaian in G is a
 * live formula (=F/D, shown as %), with the value Excel would show. SK2 spans B5:B8 (merged).
 * G19 holds an error value as Excel reports it.
 */
export function lembarPK(): SeedLembar {
  const values: CellValue[][] = [["Perjanjian Kinerja BSPJI Palembang 2024"], [], ["No", "Sasaran", "Indikator", "Target", "Satuan", "Realisasi", "Capaian"]];
  const formulas: (string | null)[][] = [[], [], []];
  const formats: (string | null)[][] = [[], [], []];
  INDIKATOR_2024.forEach(([kode, sk, nama, target, satuan, real], i) => {
    const row = 4 + i;
    values.push([kode, sk, nama, target, satuan, real, real / target]);
    formulas.push([null, null, null, null, null, null, `=F${row}/D${row}`]);
    formats.push([null, null, null, "General", null, "0.00", "0.00%"]);
  });
  values.push([null, null, "Jumlah target nol", 0, null, 5, "#DIV/0!"]);
  formulas.push([null, null, null, null, null, null, "=F19/D19"]);
  return { name: "PK 2024", values, formulas, formats, merges: ["A1:G1", "B5:B8", "B9:B12", "B17:B18"] };
}

/** A small sheet for padding a workbook to many sheets. */
export function lembarKecil(name: string, n: number): SeedLembar {
  return { name, at: "B2", values: [["Triwulan", "Target", "Realisasi"], [`TW ${n}`, 25 * n, 20 + n]] };
}

/** A summary-like plan with `n` indicator rows (cycling through the 15 real indicators). */
export function rencanaRingkasan(n: number, key = "ringkasan-kinerja", name = "Ringkasan Kinerja"): SheetPlan {
  const judul: PlanCell = { at: "A1", value: "Ringkasan Capaian Kinerja 2024", style: { bold: true, fontSize: 14 } };
  const kepala = ["No", "Kode", "Indikator", "Target", "Realisasi", "Capaian"].map(
    (v, j): PlanCell => ({ at: `${"ABCDEF"[j]}3`, value: v, style: { bold: true, fill: "#1F4E78", color: "#FFFFFF", align: "center", border: true } }),
  );
  const cells: PlanCell[] = [judul, ...kepala];
  for (let i = 0; i < n; i++) {
    const [kode, , nama, target, , real] = INDIKATOR_2024[i % INDIKATOR_2024.length];
    const src = 4 + (i % INDIKATOR_2024.length);
    const row = 4 + i;
    const badan = { border: true };
    cells.push(
      { at: `A${row}`, value: i + 1, style: badan },
      { at: `B${row}`, value: kode, style: badan, link: { sheet: "PK 2024", cell: `A${src}` } },
      { at: `C${row}`, value: nama, style: { border: true, wrap: true } },
      { at: `D${row}`, value: target, formula: `='PK 2024'!D${src}`, format: "#,##0.00", style: { border: true, align: "right" } },
      { at: `E${row}`, value: real, formula: `='PK 2024'!F${src}`, format: "#,##0.00", style: { border: true, align: "right" } },
      { at: `F${row}`, value: real / target, formula: `=E${row}/D${row}`, format: "0.00%", style: { border: true, align: "right" } },
    );
  }
  const akhir = 3 + n;
  return {
    key,
    name,
    cells,
    widths: [5, 10, 60, 12, 12, 12],
    freeze: { rows: 3, columns: 0 },
    merges: ["A1:F1"],
    table: { name: "TabelRingkasanKinerja", range: `A3:F${akhir}`, style: "TableStyleLight9" },
    conditionalFormats: [
      { range: `F4:F${akhir}`, type: "cellIs", operator: "lessThan", values: [0.8], fill: "#F8CBAD", fontColor: "#9C0006" },
      { range: `F4:F${akhir}`, type: "dataBar", color: "#5B9BD5" },
    ],
    charts: [{ type: "bar", title: "Capaian per Indikator", categories: `B4:B${akhir}`, series: [{ name: "Capaian", values: `F4:F${akhir}` }], anchor: "H3" }],
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "3:3" },
  };
}

export const PENANDA_RINGKASAN = markerText("ringkasan-kinerja");

/** A mock workbook installed as the global Office, with its context.sync counted. */
export function bukaMock(seeds: SeedLembar[], opsi?: OpsiMock) {
  const wb = new MockWorkbook(seeds, opsi);
  (globalThis as any).Office = wb.office;
  const sync = jest.spyOn(wb.context, "sync");
  return { wb, sync, ctx: wb.context as Excel.RequestContext };
}

/** The sample with its Perkin sheet grown to `n` indicators, ten per sasaran (sasaran written once). */
export function perkinBesar(snap: Snapshot, n: number): Snapshot {
  const values: SheetSnapshot["values"] = [["Perjanjian Kinerja 2024"], [], ["No", "Sasaran Kegiatan (SK)", "No", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"]];
  for (let i = 0; i < n; i++) {
    const target = 10 + (i % 40);
    const realisasi = target + ((i * 7) % 13) - 6;
    values.push([
      i % 10 === 0 ? i / 10 + 1 : null,
      i % 10 === 0 ? `Sasaran kegiatan ${i / 10 + 1}` : null,
      (i % 10) + 1,
      `Indikator kinerja nomor ${i + 1}`,
      target,
      "Persen",
      realisasi,
      Math.round((realisasi / target) * 1e4) / 1e4,
    ]);
  }
  const pk: SheetSnapshot = { name: "PK 2024", top: 1, left: 1, values, merges: [] };
  return { sheets: snap.sheets.map((s) => (s.name === "PK 2024" ? pk : s)) };
}
