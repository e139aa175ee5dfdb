/**
 * Source workbooks for the summary tests, laid out like the LAKIP BSPJI Palembang 2024 tables
 * (Tabel 1, 3.9, 3.104, 3.105, 3.106, 3.5 and 3.112) from the reference data, together with the
 * recognized tables (Sumber cells point at the cells written) the recognizers would return.
 */
import ExcelJS from "exceljs";
import type { AnggaranRow, AnggaranRowTriwulan, AnggaranTable, PerkinRow, PerkinTable, Sumber, Tabel, TriwulanRow, TriwulanTable } from "../../../src/core/tabel";

import { bacaReferensi as data } from "../../referensi";
export { data };

export interface SelSumber {
  v: number | string | null;
  fmt?: string;
  /** Formula without "=", v being its cached result. */
  f?: string;
}

export class LembarSumber {
  readonly cells = new Map<string, SelSumber>();
  readonly merges: string[] = [];
  constructor(readonly name: string) {}

  /** A number cell; `scale` when the sheet shows it as % of a fraction. */
  angka(cell: string, v: number, opsi: { fmt?: string; scale?: number; decimals?: number } = {}): Sumber {
    const scale = opsi.scale ?? 1;
    const raw = v / scale;
    this.cells.set(cell, { v: raw, fmt: opsi.fmt });
    const s: Sumber = { cell, raw, format: opsi.fmt ?? "General" };
    if (scale !== 1) s.scale = scale;
    if (opsi.decimals !== undefined) s.decimals = opsi.decimals;
    return s;
  }

  /** A text cell holding a number as the report prints it ("82, 25", "30 Persen"). */
  teksAngka(cell: string, teks: string): Sumber {
    this.cells.set(cell, { v: teks });
    return { cell, raw: teks, format: "General", fromText: true };
  }

  teks(cell: string, v: string | null): void {
    this.cells.set(cell, { v });
  }

  /** A formula cell with its cached result. */
  rumus(cell: string, f: string, v: number, fmt?: string): Sumber {
    this.cells.set(cell, { v, f, fmt });
    return { cell, raw: v, formula: `=${f}`, format: fmt ?? "General" };
  }
}

export interface Contoh {
  lembar: LembarSumber[];
  tables: Tabel[];
}

/** Bytes of an .xlsx holding the source sheets. */
export async function bukuKerja(c: Contoh): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const l of c.lembar) {
    const ws = wb.addWorksheet(l.name);
    for (const [cell, s] of l.cells) {
      const sel = ws.getCell(cell);
      sel.value = s.f ? { formula: s.f, result: s.v ?? undefined, date1904: false } : s.v;
      if (s.fmt) sel.numFmt = s.fmt;
    }
    for (const m of l.merges) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function dasar(sheet: string, range: string, title: string, columns: Record<string, string>, headerRows: number[]) {
  return { id: `${sheet}!${range}`, sheet, range, confidence: 0.9, columns, headerRows, title };
}

/** "82, 25" or "3.66" is text in an Indonesian Excel; "37" or "68,23" is typed as a number. */
function angkaAtauTeks(l: LembarSumber, cell: string, raw: string, nilai: number): Sumber {
  if (/^\d+(,\d+)?$/.test(raw)) {
    const d = raw.includes(",") ? raw.split(",")[1].length : 0;
    return l.angka(cell, nilai, { fmt: d ? `0.${"0".repeat(d)}` : "0", decimals: d });
  }
  return l.teksAngka(cell, raw);
}

export interface OpsiContoh {
  /** Indicator names that must come out as text (formula injection). */
  namaIndikator?: Record<number, string>;
}

/** Tabel 1 layout on sheet "PK 2024": A No, B Sasaran, C No, D Indikator, E Target, F Satuan, G Realisasi, H Capaian. */
export function tabel1(opsi: OpsiContoh = {}): { lembar: LembarSumber; tabel: PerkinTable } {
  const l = new LembarSumber("PK 2024");
  l.teks("A1", "Tabel 1. Target dan Capaian Kinerja BSPJI Palembang TA 2024");
  ["NO", "Sasaran Kegiatan", "No", "Indikator Kinerja", "Target", "Satuan", "Realisasi", "Capaian"].forEach((h, i) =>
    l.teks(`${"ABCDEFGH"[i]}4`, h),
  );
  const rows: PerkinRow[] = [];
  let row = 5;
  let n = 0;
  for (const s of data("perkin_2024.json").sasaran) {
    const mulai = row;
    for (const ik of s.indikator) {
      const t1 = ik.sources.tabel_1;
      const nama = opsi.namaIndikator?.[n] ?? ik.nama;
      n++;
      if (row === mulai) l.angka(`A${row}`, s.no);
      l.teks(`B${row}`, row === mulai ? s.nama : null);
      l.angka(`C${row}`, ik.no);
      l.teks(`D${row}`, nama);
      const target = angkaAtauTeks(l, `E${row}`, t1.target.raw, t1.target.value);
      l.teks(`F${row}`, ik.satuan);
      const realisasi = angkaAtauTeks(l, `G${row}`, t1.realisasi.raw, t1.realisasi.value);
      const capaian = l.angka(`H${row}`, t1.capaian.value, { fmt: "0.00%", scale: 100, decimals: 2 });
      rows.push({
        row, sasaran: s.nama, no: String(ik.no), indikator: nama, target: t1.target.value, satuan: ik.satuan,
        realisasi: t1.realisasi.value, capaian: t1.capaian.value,
        cells: { target, realisasi, capaian, satuan: { cell: `F${row}`, raw: ik.satuan } },
      });
      row++;
    }
    if (row - 1 > mulai) l.merges.push(`B${mulai}:B${row - 1}`);
  }
  const tabel: PerkinTable = {
    ...dasar(l.name, `A4:H${row - 1}`, "Tabel 1. Target dan Capaian Kinerja BSPJI Palembang TA 2024",
      { sasaran: "B", no: "C", indikator: "D", target: "E", satuan: "F", realisasi: "G", capaian: "H" }, [4]),
    kind: "perkin", bentuk: "perkin", rows,
  };
  return { lembar: l, tabel };
}

/** Tabel 3.9 layout on sheet "TW 2024": target/realisasi as "30 Persen" text, S/R TW I–III as %, TW IV as 100. */
export function tabel39(): { lembar: LembarSumber; tabel: TriwulanTable } {
  const l = new LembarSumber("TW 2024");
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian"].forEach((h, i) => l.teks(`${"ABCDEF"[i]}4`, h));
  ["I", "II", "III", "IV"].forEach((q, i) => {
    l.teks(`${"GIKM"[i]}4`, `Triwulan ${q} (%)`);
    l.teks(`${"GIKM"[i]}5`, "S");
    l.teks(`${"HJLN"[i]}5`, "R");
  });
  const rows: TriwulanRow[] = [];
  const d = data("rencana_aksi_triwulan_2024.json");
  let sasaran = "";
  d.indikator.forEach((ik: any, i: number) => {
    const row = 6 + i;
    const a = ik.annual_tabel_3_9;
    l.angka(`A${row}`, i + 1);
    sasaran = ik.sasaran_tabel_3_7?.text ?? sasaran;
    l.teks(`B${row}`, sasaran);
    l.teks(`C${row}`, ik.indikator_tabel_3_9.text);
    const target = l.teksAngka(`D${row}`, `${a.target.raw} ${a.satuan_target.raw}`);
    const realisasi = l.teksAngka(`E${row}`, `${a.realisasi.raw} ${a.satuan_realisasi.raw}`);
    const cells: Record<string, Sumber> = { target: { ...target, unit: a.satuan_target.raw }, realisasi: { ...realisasi, unit: a.satuan_realisasi.raw } };
    cells.capaian = l.teksAngka(`F${row}`, a.capaian.raw);
    const tw = [1, 2, 3, 4].map((q) => {
      const x = ik.triwulan_tabel_3_9[`TW${q}`];
      const opsi = q < 4 ? { fmt: "0.00%", scale: 100, decimals: 2 } : { fmt: "0" };
      cells[`tw${q}.target`] = l.angka(`${"GIKM"[q - 1]}${row}`, x.target_S.value, opsi);
      cells[`tw${q}.realisasi`] = l.angka(`${"HJLN"[q - 1]}${row}`, x.realisasi_R.value, opsi);
      return { target: x.target_S.value as number, realisasi: x.realisasi_R.value as number };
    });
    rows.push({
      row, sasaran, indikator: ik.indikator_tabel_3_9.text, target: a.target.value,
      realisasi: a.realisasi.value, satuan: a.satuan_target.raw, capaian: a.capaian.value,
      triwulan: tw as TriwulanRow["triwulan"], cells,
    });
  });
  const tabel: TriwulanTable = {
    ...dasar(l.name, `A4:N${5 + rows.length}`, "Tabel 3.9 Capaian Rencana Aksi Per Triwulan TA.2024",
      { no: "A", sasaran: "B", indikator: "C", target: "D", realisasi: "E", capaian: "F" }, [4, 5]),
    kind: "triwulan", bentuk: "fisik", rows,
  };
  return { lembar: l, tabel };
}

type BarisPk = AnggaranRow & { indikator?: string; sasaran?: string };

/** Tabel 3.104 layout on sheet "Anggaran PK": indicator columns A–F on its first komponen row, komponen G–J. */
export function tabel3104(): { lembar: LembarSumber; tabel: AnggaranTable } {
  const l = new LembarSumber("Anggaran PK");
  ["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Persen", "%", "Kegiatan/Komponen/Subkomponen", "Pagu", "Realisasi", "%"].forEach(
    (h, i) => l.teks(`${"ABCDEFGHIJ"[i]}4`, h),
  );
  const rows: BarisPk[] = [];
  let row = 5;
  const d = data("anggaran_2024.json").realisasi_per_pk;
  for (const s of d.sasaran) {
    for (const ik of s.indikator) {
      ik.komponen.forEach((k: any, j: number) => {
        if (j === 0) {
          l.teks(`A${row}`, s.sasaran);
          l.teks(`B${row}`, `${ik.no} ${ik.indikator}`);
          l.teks(`C${row}`, ik.satuan.raw);
          angkaAtauTeks(l, `D${row}`, ik.target.raw, ik.target.value);
          angkaAtauTeks(l, `E${row}`, ik.realisasi.raw, ik.realisasi.value);
        }
        l.teks(`G${row}`, `${k.no} ${k.uraian}`);
        const pagu = l.angka(`H${row}`, k.pagu.value, { fmt: "#,##0" });
        const realisasi = l.angka(`I${row}`, k.realisasi.value, { fmt: "#,##0" });
        const persen = l.angka(`J${row}`, k.persen.value, { fmt: "0.00%", scale: 100, decimals: 2 });
        rows.push({
          row, kode: null, uraian: k.uraian, pagu: k.pagu.value, realisasi: k.realisasi.value, persen: k.persen.value,
          total: false, indikator: ik.indikator, sasaran: s.sasaran, cells: { pagu, realisasi, persen },
        });
        row++;
      });
    }
  }
  l.teks(`G${row}`, "Total");
  const pagu = l.angka(`H${row}`, d.total.pagu.value, { fmt: "#,##0" });
  const realisasi = l.angka(`I${row}`, d.total.realisasi.value, { fmt: "#,##0" });
  rows.push({ row, kode: null, uraian: "Total", pagu: d.total.pagu.value, realisasi: d.total.realisasi.value, total: true, cells: { pagu, realisasi } });
  const tabel: AnggaranTable = {
    ...dasar(l.name, `A4:J${row}`, "Tabel 3.104 Realisasi Keuangan Berdasarkan Perjanjian Kinerja TA.2024",
      { sasaran: "A", indikator: "B", uraian: "G", pagu: "H", realisasi: "I", persen: "J" }, [4]),
    kind: "anggaran", bentuk: "pk", rows,
  } as AnggaranTable;
  return { lembar: l, tabel };
}

/** Tabel 3.106 layout on sheet "Realisasi RO": A Kode, B Uraian, C Pagu, D Realisasi, E %. */
export function tabel3106(): { lembar: LembarSumber; tabel: AnggaranTable } {
  const l = new LembarSumber("Realisasi RO");
  ["Kegiatan/KRO/RO/Komponen/Sub Komponen", "", "Pagu", "Realisasi", "%"].forEach((h, i) => l.teks(`${"ABCDE"[i]}4`, h || null));
  const d = data("anggaran_2024.json").realisasi_per_ro;
  const rows: AnggaranRow[] = [];
  let row = 5;
  for (const r of d.rows) {
    l.teks(`A${row}`, r.kode_raw.raw);
    l.teks(`B${row}`, r.uraian);
    const pagu = l.angka(`C${row}`, r.pagu.value, { fmt: "#,##0.00" });
    const realisasi = l.angka(`D${row}`, r.realisasi.value, { fmt: "#,##0.00" });
    const persen = l.angka(`E${row}`, r.persen.value, { fmt: "0.00%", scale: 100, decimals: 2 });
    rows.push({ row, kode: r.kode_raw.raw, uraian: r.uraian, pagu: r.pagu.value, realisasi: r.realisasi.value, persen: r.persen.value, level: 4, total: false, cells: { pagu, realisasi, persen } });
    row++;
  }
  l.teks(`A${row}`, "Total");
  const pagu = l.rumus(`C${row}`, `SUM(C5:C${row - 1})`, d.total.pagu.value, "#,##0.00");
  const realisasi = l.rumus(`D${row}`, `SUM(D5:D${row - 1})`, d.total.realisasi.value, "#,##0.00");
  rows.push({ row, kode: null, uraian: "Total", pagu: d.total.pagu.value, realisasi: d.total.realisasi.value, total: true, cells: { pagu, realisasi } });
  const tabel: AnggaranTable = {
    ...dasar(l.name, `A4:E${row}`, d.title, { kode: "A", uraian: "B", pagu: "C", realisasi: "D", persen: "E" }, [4]),
    kind: "anggaran", bentuk: "ro", rows,
  };
  return { lembar: l, tabel };
}

/** Tabel 3.105 layout on sheet "Anggaran Triwulan": A KRO, B Nama, C Anggaran, D–K T/R per quarter as %. */
export function tabel3105(): { lembar: LembarSumber; tabel: AnggaranTable } {
  const l = new LembarSumber("Anggaran Triwulan");
  ["KRO", "Uraian", "Anggaran"].forEach((h, i) => l.teks(`${"ABC"[i]}4`, h));
  const d = data("anggaran_2024.json").realisasi_triwulan;
  const rows: AnggaranRowTriwulan[] = [];
  d.rows.forEach((r: any, i: number) => {
    const row = 6 + i;
    l.teks(`A${row}`, r.kode_kro.raw);
    l.teks(`B${row}`, r.nama);
    const pagu = l.angka(`C${row}`, r.anggaran.value, { fmt: "#,##0.00" });
    const cells: Record<string, Sumber> = { pagu };
    const tw = [1, 2, 3, 4].map((q) => {
      const T = r.tw[`tw${q}_T`].value as number;
      const R = r.tw[`tw${q}_R`].value as number;
      cells[`tw${q}.target`] = l.angka(`${"DFHJ"[q - 1]}${row}`, T, { fmt: "0.00%", scale: 100, decimals: 2 });
      cells[`tw${q}.realisasi`] = l.angka(`${"EGIK"[q - 1]}${row}`, R, { fmt: "0.00%", scale: 100, decimals: 2 });
      return { target: T, realisasi: R };
    });
    rows.push({ row, kode: r.kode_kro.raw, uraian: r.nama, pagu: r.anggaran.value, realisasi: null, triwulan: tw as AnggaranRowTriwulan["triwulan"], total: false, cells });
  });
  const tabel: AnggaranTable = {
    ...dasar(l.name, `A4:K${5 + rows.length}`, d.title.raw, { kode: "A", uraian: "B", pagu: "C" }, [4, 5]),
    kind: "anggaran", bentuk: "triwulan", rows,
  };
  return { lembar: l, tabel };
}

/** Tabel 3.5 layout on sheet "Jenis Belanja": A No, B Jenis Belanja, C Pagu. */
export function tabel35(): { lembar: LembarSumber; tabel: AnggaranTable } {
  const l = new LembarSumber("Jenis Belanja");
  ["No", "Jenis Belanja", "Pagu Anggaran"].forEach((h, i) => l.teks(`${"ABC"[i]}4`, h));
  const d = data("anggaran_2024.json").pagu_jenis_belanja.tabel_3_5;
  const rows: AnggaranRow[] = d.rows.map((r: any, i: number) => {
    const row = 5 + i;
    l.angka(`A${row}`, r.no);
    l.teks(`B${row}`, r.jenis_belanja);
    const pagu = l.angka(`C${row}`, r.pagu.value, { fmt: "#,##0" });
    return { row, kode: r.kode_jenis_belanja, uraian: r.jenis_belanja, pagu: r.pagu.value, realisasi: null, total: false, cells: { pagu } };
  });
  const tabel: AnggaranTable = {
    ...dasar(l.name, `A4:C${4 + rows.length}`, d.title.raw, { uraian: "B", pagu: "C" }, [4]),
    kind: "anggaran", bentuk: "jenis-belanja", rows,
  };
  return { lembar: l, tabel };
}

/** Every table of the report the summaries use, on six sheets. */
export function contohLakip(opsi: OpsiContoh = {}): Contoh {
  const bagian = [tabel1(opsi), tabel39(), tabel3104(), tabel3106(), tabel3105(), tabel35()];
  return { lembar: bagian.map((b) => b.lembar), tables: bagian.map((b) => b.tabel) };
}

/**
 * Tabel 3.112 itself as source: target/realisasi per indicator on "PK 3.112" and pagu/realisasi
 * anggaran per indicator on "Anggaran 3.112" (one komponen each), so every printed figure applies.
 */
export function contohEfisiensi(): Contoh {
  const t = data("efisiensi_2024.json").tabel_3_112;
  const pk = new LembarSumber("PK 3.112");
  const ang = new LembarSumber("Anggaran 3.112");
  ["No", "Indikator", "Satuan", "Target", "Realisasi"].forEach((h, i) => pk.teks(`${"ABCDE"[i]}4`, h));
  ["Indikator", "Komponen", "Pagu", "Realisasi"].forEach((h, i) => ang.teks(`${"ABCD"[i]}4`, h));
  const perkin: PerkinRow[] = [];
  const anggaran: BarisPk[] = [];
  t.rows.forEach((r: any, i: number) => {
    const row = 5 + i;
    pk.angka(`A${row}`, r.no);
    pk.teks(`B${row}`, r.indikator);
    pk.teks(`C${row}`, r.satuan);
    const target = pk.angka(`D${row}`, r.parsed.target);
    const realisasi = pk.angka(`E${row}`, r.realisasi_used_in_ibr);
    perkin.push({ row, sasaran: r.sasaran, indikator: r.indikator, target: r.parsed.target, satuan: r.satuan, realisasi: r.realisasi_used_in_ibr, capaian: r.parsed.capaian, cells: { target, realisasi } });
    ang.teks(`A${row}`, r.indikator);
    ang.teks(`B${row}`, `Anggaran ${r.no}`);
    const pagu = ang.angka(`C${row}`, r.parsed.pagu, { fmt: "#,##0" });
    const real = ang.angka(`D${row}`, r.parsed.realisasi_anggaran, { fmt: "#,##0" });
    anggaran.push({ row, kode: null, uraian: `Anggaran ${r.no}`, pagu: r.parsed.pagu, realisasi: r.parsed.realisasi_anggaran, total: false, indikator: r.indikator, cells: { pagu, realisasi: real } });
  });
  const n = t.rows.length;
  const tables: Tabel[] = [
    { ...dasar(pk.name, `A4:E${4 + n}`, t.title, { indikator: "B", satuan: "C", target: "D", realisasi: "E" }, [4]), kind: "perkin", bentuk: "perkin", rows: perkin },
    { ...dasar(ang.name, `A4:D${4 + n}`, t.title, { indikator: "A", uraian: "B", pagu: "C", realisasi: "D" }, [4]), kind: "anggaran", bentuk: "pk", rows: anggaran } as AnggaranTable,
  ];
  return { lembar: [pk, ang], tables };
}

/** The source workbook plus a user's own sheet called "Ringkasan Kinerja". */
export async function denganLembarPengguna(c = contohLakip()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await bukuKerja(c)) as unknown as ArrayBuffer);
  const ws = wb.addWorksheet("Ringkasan Kinerja");
  ws.getCell("A1").value = "Catatan saya";
  ws.getCell("B2").value = { formula: "'PK 2024'!E5*2", result: 60, date1904: false };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
