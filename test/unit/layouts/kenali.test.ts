import { kenali } from "../../../src/core/layouts";
import type { PerkinTable, TriwulanTable } from "../../../src/core/tabel";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { indikatorPerkin, indikatorTriwulan, Lembar, tanpaSel } from "./bangun";
import { barisPerkinHarapan, lembarPerkin, lembarTriwulan } from "./tata";

const pk = indikatorPerkin();
const tw = indikatorTriwulan();

describe("sheets that are not tables", () => {
  const tinggi = (s: SheetSnapshot) => kenali({ sheets: [s] }).filter((t) => t.confidence >= 0.5);

  test("a letter", () => {
    const L = new Lembar("Surat");
    for (const s of [
      "KEMENTERIAN PERINDUSTRIAN REPUBLIK INDONESIA",
      "Nomor: 123/BSPJI-Palembang/I/2025",
      "Perihal: Penyampaian LAKIP 2024",
      "",
      "Dengan hormat, bersama ini kami sampaikan Laporan Akuntabilitas Kinerja dengan target dan realisasi",
      "Target kinerja tercapai; realisasi 37 persen; capaian 123,33%.",
      "Demikian kami sampaikan.",
      "Kepala Balai",
      "Arya Yudistira",
    ])
      L.baris([s]);
    expect(kenali({ sheets: [L.snapshot()] })).toEqual([]);
  });

  test("a staff list (No | Nama | NIP | Jabatan)", () => {
    const L = new Lembar("Pegawai");
    L.baris(["Daftar Pegawai BSPJI Palembang"]);
    L.baris(["No", "Nama", "NIP", "Jabatan", "Satuan Kerja"]);
    for (let i = 1; i <= 30; i++) L.baris([i, `Pegawai ${i}`, `19800101200501${1000 + i}`, "Penguji Mutu Barang", "BSPJI"]);
    expect(tinggi(L.snapshot())).toEqual([]);
  });

  test("an empty sheet and a sheet of numbers", () => {
    expect(kenali({ sheets: [{ name: "Kosong", top: 1, left: 1, values: [], merges: [] }] })).toEqual([]);
    const L = new Lembar("Angka");
    for (let i = 0; i < 20; i++) L.baris([i, i * 2, i * 3]);
    expect(kenali({ sheets: [L.snapshot()] })).toEqual([]);
  });

  test("a header with no rows under it stays below 0.5 or is left out", () => {
    const L = new Lembar("Kosong");
    L.baris(["No", "Sasaran", "Indikator Kinerja", "Target", "Satuan"]);
    expect(tinggi(L.snapshot())).toEqual([]);
  });

  test("generated sheets are not read", () => {
    const s = { ...lembarPerkin(), generatedKey: "ringkasan-kinerja" };
    expect(kenali({ sheets: [s] })).toEqual([]);
  });
});

describe("several tables, sheet order, formulas", () => {
  test("a Perkin and a Tabel 3.9 stacked on one sheet", () => {
    const a = lembarPerkin({ judul: 1 });
    const b = lembarTriwulan({ judul: 1, nomor: true });
    const values = [...a.values, [], [], ...b.values];
    const geser = a.values.length + 2;
    const merges = [
      ...a.merges,
      ...b.merges.map((m) => m.replace(/(\d+)/g, (x) => String(Number(x) + geser))),
    ];
    const numberFormats = [...a.numberFormats!, [], [], ...b.numberFormats!];
    const ts = kenali({ sheets: [{ name: "Gabungan", top: 1, left: 1, values, merges, numberFormats }] });
    expect(ts.map((t) => [t.kind, t.rows.length])).toEqual([
      ["perkin", 15],
      ["triwulan", 15],
    ]);
    expect(ts[0].rows.map(tanpaSel)).toEqual(barisPerkinHarapan(pk));
    expect((ts[1] as TriwulanTable).rows[7].triwulan[0]).toEqual({ target: 25, realisasi: 21.38 });
  });

  test("tables come back in sheet order", () => {
    const ts = kenali({ sheets: [lembarTriwulan({}, tw, "B"), lembarPerkin({}, pk, "A")] });
    expect(ts.map((t) => t.sheet)).toEqual(["B", "A"]);
  });

  test("formula cells: the result is read, the formula kept as provenance", () => {
    const s = lembarPerkin({ angka: "angka" });
    const formulas = s.values.map((r) => r.map(() => null as string | null));
    // capaian column H, first data row 2
    formulas[1][7] = "=G2/E2*100";
    const t = kenali({ sheets: [{ ...s, formulas }] })[0] as PerkinTable;
    expect(t.rows[0].capaian).toBe(123.33);
    expect(t.rows[0].cells.capaian).toMatchObject({ cell: "H2", formula: "=G2/E2*100" });
  });
});

describe("the 'indikator' form: indicator values per quarter", () => {
  test("Target/Realisasi per TW without annual columns, quarters in mixed spellings", () => {
    const L = new Lembar("TW Indikator");
    L.baris(["Capaian indikator per triwulan 2024"]);
    L.baris(["No", "Indikator Kinerja", "Target TW I", "Real. TW I", "Target TW-II", "Realisasi TW-II", "Rencana Triwulan III", "Realisasi Triwulan III", "Target Q4", "Realisasi Q4"]);
    tw.forEach((d, i) =>
      L.baris([i + 1, d.indikator, ...[0, 1, 2, 3].flatMap((q) => [d.s[q].raw, d.r[q].raw])]),
    );
    const t = kenali({ sheets: [L.snapshot()] })[0] as TriwulanTable;
    expect([t.kind, t.bentuk]).toEqual(["triwulan", "indikator"]);
    expect(t.rows.map((r) => r.triwulan)).toEqual(
      tw.map((d) => [0, 1, 2, 3].map((q) => ({ target: d.s[q].value, realisasi: d.r[q].value }))),
    );
    expect(t.rows[0].target).toBeNull();
  });

  test("'Target' and 'Realisasi' merged over TW I … TW IV", () => {
    const L = new Lembar("TW2");
    const h = L.baris(["Indikator", "Target", null, null, null, "Realisasi", null, null, null]);
    L.baris([null, "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV"]);
    L.gabung(h, 0, h + 1, 0);
    L.gabung(h, 1, h, 4);
    L.gabung(h, 5, h, 8);
    tw.slice(0, 3).forEach((d) => L.baris([d.indikator, ...d.s.map((x) => x.value), ...d.r.map((x) => x.value)]));
    const t = kenali({ sheets: [L.snapshot()] })[0] as TriwulanTable;
    expect(t.bentuk).toBe("indikator");
    expect(t.rows[2].triwulan.map((x) => x.realisasi)).toEqual(tw[2].r.map((x) => x.value));
    expect(t.headerRows).toEqual([1, 2]);
  });
});

describe("corrections (Koreksi)", () => {
  const s = lembarPerkin({ angka: "angka" });
  const asli = kenali({ sheets: [s] })[0] as PerkinTable;

  test("ignore a table", () => {
    expect(kenali({ sheets: [s] }, [{ sheet: "PK 2024", range: asli.range, ignore: true }])).toEqual([]);
  });

  test("override the column mapping: read realisasi from another column", () => {
    const t = kenali({ sheets: [s] }, [{ sheet: "PK 2024", range: asli.range, columns: { realisasi: "E" } }])[0] as PerkinTable;
    expect(t.range).toBe(asli.range);
    expect(t.columns.realisasi).toBe("E");
    expect(t.rows.map((r) => r.realisasi)).toEqual(pk.map((d) => d.target));
    expect(t.confidence).toBe(1);
  });

  test("force the kind: a Perkin read as a quarterly table keeps its indicators", () => {
    const t = kenali({ sheets: [s] }, [{ sheet: "PK 2024", range: asli.range, kind: "triwulan", bentuk: "indikator" }])[0];
    expect([t.kind, t.bentuk]).toEqual(["triwulan", "indikator"]);
    expect(t.rows.map((r) => (r as TriwulanTable["rows"][number]).target)).toEqual(pk.map((d) => d.target));
  });

  test("a correction for another range changes nothing", () => {
    const t = kenali({ sheets: [s] }, [{ sheet: "PK 2024", range: "A1:B2", ignore: true }]);
    expect(t).toHaveLength(1);
  });
});
