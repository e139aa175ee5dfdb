/**
 * The comparison of many satker (core/gabung) on the report's own numbers: SK3.IK3 of the
 * LAKIP 2024 (target 5; realisasi 22,74 in Tabel 1, 29,37 in Tabel 3.9), SK1.IK1 (30 → 37), and
 * the Tabel 3.106 total (pagu 20.508.472.000, realisasi 20.461.336.835, printed 99,77 %).
 */
import { bulat } from "../../../src/core/rumus";
import { parseA1, parseRange } from "../../../src/core/snapshot";
import {
  anggaranSatker,
  bandingkanIndikator,
  buatGabungan,
  namaDariBerkas,
  namaDariJudul,
  namaUnik,
  peringkat,
  ringkasGabungan,
  type BerkasGabung,
} from "../../../src/core/gabung";
import type { Issue } from "../../../src/core/tabel";
import { tabelAnggaran, tabelPerkin } from "../validasi/bangun";
import { sel } from "../ringkasan/bantu";

const IK1 = "Produktivitas/efisiensi perusahaan industri hasil kegiatan kolaborasi";
const IK3 = "Meningkatnya jumlah hasil layanan jasa industri yang digunakan oleh industri";

type Perkin = Extract<BerkasGabung["tables"][number], { kind: "perkin" }>;
const pk = (b: BerkasGabung) => b.tables[0] as Perkin;

function berkas(satker: string, realisasiIk3: number | string, opsi: { ik1?: boolean; issues?: Issue[] } = {}): BerkasGabung {
  const baris = [
    ...(opsi.ik1 === false ? [] : [{ sasaran: "SK1", indikator: IK1, target: 30, satuan: "Persen", realisasi: 37 }]),
    { sasaran: "SK3", indikator: IK3, target: 5, satuan: "Persen", realisasi: realisasiIk3 },
  ];
  return { satker, file: `${satker}.xlsx`, tables: [tabelPerkin("PK 2024", baris)], issues: opsi.issues ?? [] };
}

describe("peringkat", () => {
  test("1 = highest; equal values share a rank and the next rank is skipped; missing values have none", () => {
    expect(peringkat([454.8, 587.4, null, 454.8, 100])).toEqual([2, 1, null, 2, 4]);
  });
  test("37/30 and 74/60 are the same capaian (123,33 %) despite binary noise", () => {
    const a = (37 / 30) * 100;
    const b = (74 / 60) * 100;
    expect(peringkat([a, b])).toEqual([1, 1]);
  });
});

describe("bandingkanIndikator", () => {
  test("matched by normalized name; capaian from rumus; rank per indicator", () => {
    const a = berkas("Satker A", 22.74);
    const b = berkas("Satker B", 29.37);
    // Same indicator written with other case, spacing and punctuation.
    pk(b).rows[1].indikator = "MENINGKATNYA  jumlah hasil layanan jasa industri, yang digunakan oleh industri.";
    const c = berkas("Satker C", "22,74", { ik1: false });
    const hasil = bandingkanIndikator([a, b, c]);
    expect(hasil.map((h) => h.nama)).toEqual([IK1, IK3]);
    const ik3 = hasil[1];
    expect(ik3.nilai.map((n) => n && bulat(n.capaian!, 2))).toEqual([454.8, 587.4, 454.8]);
    expect(ik3.nilai.map((n) => n?.peringkat)).toEqual([2, 1, 2]);
    expect(ik3.nilai[0]!.sumber).toBe("'PK 2024'!D6");
    const ik1 = hasil[0];
    expect(bulat(ik1.nilai[0]!.capaian!, 2)).toBe(123.33);
    expect(ik1.nilai[2]).toBeNull();
    expect(ik1.nilai.map((n) => n?.peringkat ?? null)).toEqual([1, 1, null]);
  });

  test("a zero or missing target gives no capaian and no rank (no crash)", () => {
    const a = berkas("A", 22.74);
    pk(a).rows[1].target = 0;
    const b = berkas("B", 29.37);
    pk(b).rows[1].realisasi = null;
    const ik3 = bandingkanIndikator([a, b])[1];
    expect(ik3.nilai.map((n) => [n!.capaian, n!.peringkat])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe("anggaranSatker", () => {
  const rincian = [
    { kode: "6077.AEC", uraian: "Kerja Sama", total: true, level: 2 },
    { kode: "6077.AEC.002.051.A", uraian: "kerjasama optimalisasi teknologi dengan industri", pagu: 65345000, realisasi: 65214283 },
    { kode: "6077.AEF.001.051.A", uraian: "Penyebaran Informasi Layanan Jasa Teknis", pagu: 124736000, realisasi: 124655927 },
  ];
  test("the Total row of Tabel 3.106: 20.508.472.000 / 20.461.336.835 → 99,77 %", () => {
    const t = tabelAnggaran("Realisasi RO", "ro", [...rincian, { uraian: "Total", pagu: 20508472000, realisasi: 20461336835, total: true }]);
    const a = anggaranSatker([t])!;
    expect(a.cara).toBe("total");
    expect(a.pagu).toBe(20508472000);
    expect(a.realisasi).toBe(20461336835);
    expect(bulat(a.penyerapan!, 2)).toBe(99.77);
    expect(a.sumber).toMatch(/'Realisasi RO' baris 8/);
  });
  test("without a Total row: the sum of the detail rows (group rows left out)", () => {
    const a = anggaranSatker([tabelAnggaran("Anggaran", "ro", rincian)])!;
    expect(a.cara).toBe("rincian");
    expect(a.pagu).toBe(65345000 + 124736000);
    expect(a.realisasi).toBe(65214283 + 124655927);
  });
  test("a subtotal with a code is not taken for the grand total; PNBP tables are not budgets", () => {
    const sub = [...rincian, { kode: "6077", uraian: "Jumlah kegiatan", pagu: 1, realisasi: 1, total: true }];
    expect(anggaranSatker([tabelAnggaran("A", "ro", sub)])!.pagu).toBe(65345000 + 124736000);
    expect(anggaranSatker([tabelAnggaran("PNBP", "pnbp", rincian)])).toBeNull();
  });
});

describe("buatGabungan plans", () => {
  const issue: Issue = { rule: "capaian-selisih", severity: "error", sheet: "PK 2024", cell: "G6", message: "Capaian tertulis 587,47 %, tetapi 22,74 ÷ 5 = 454,80 %." };
  const a = berkas("Satker A", 22.74, { issues: [issue, { ...issue, severity: "info", rule: "angka-teks" }] });
  a.tables.push(tabelAnggaran("Realisasi RO", "ro", [{ uraian: "Total", pagu: 20508472000, realisasi: 20461336835, total: true }]));
  const b = berkas("Satker B", 29.37);
  const g = buatGabungan([a, b], [{ satker: "satker-29", file: "satker-29.xlsx", pesan: "Berkas .xlsx rusak" }]);
  const [ind, ang, tem] = g.plans;

  test("indicator sheet: satker groups side by side, capaian a live formula with the core's value cached", () => {
    expect(sel(ind, "D4").value).toBe("Satker A");
    expect(sel(ind, "H4").value).toBe("Satker B");
    expect(["D5", "E5", "F5", "G5"].map((x) => sel(ind, x).value)).toEqual(["Target", "Realisasi", "Capaian", "Peringkat"]);
    expect(sel(ind, "B7").value).toBe(IK3);
    expect(sel(ind, "D7").value).toBe(5);
    expect(sel(ind, "E7").value).toBe(22.74);
    expect(sel(ind, "F7").formula).toBe("=E7/D7");
    expect(bulat((sel(ind, "F7").value as number) * 100, 2)).toBe(454.8);
    expect(sel(ind, "G7").value).toBe(2);
    expect(sel(ind, "K7").value).toBe(1);
    expect(ind.merges).toContain("D4:G4");
  });

  test("budget sheet: pagu, realisasi, penyerapan formula and a Jumlah row", () => {
    expect(sel(ang, "B5").value).toBe("Satker A");
    expect(sel(ang, "D5").value).toBe(20508472000);
    expect(sel(ang, "F5").formula).toBe("=E5/D5");
    expect(bulat((sel(ang, "F5").value as number) * 100, 2)).toBe(99.77);
    expect(sel(ang, "H6").value).toMatch(/Tidak ada tabel anggaran/);
    expect(sel(ang, "D7").formula).toBe("=SUM(D5:D6)");
  });

  test("findings sheet: counts per severity, failed files, and the error list", () => {
    expect(["B5", "E5", "F5", "G5"].map((x) => sel(tem, x).value)).toEqual(["Satker A", 1, 0, 1]);
    expect(sel(tem, "D7").value).toMatch(/^Gagal dibaca: Berkas .xlsx rusak/);
    const pesan = tem.cells.find((c) => c.value === issue.message);
    expect(pesan).toBeDefined();
    const r = ringkasGabungan("out.xlsx", g, [a, b], [{ satker: "satker-29", file: "satker-29.xlsx", pesan: "x" }]);
    expect(r.jumlah).toEqual({ berkas: 3, dibaca: 2, gagal: 1, indikator: 2, error: 1, warning: 0, info: 1 });
  });

  test("every address, merge and range of every plan is a valid A1 reference", () => {
    for (const p of g.plans) {
      for (const c of p.cells) expect(() => parseA1(c.at)).not.toThrow();
      for (const m of [...(p.merges ?? []), ...(p.conditionalFormats ?? []).map((c) => c.range)]) expect(() => parseRange(m)).not.toThrow();
      expect(new Set(p.cells.map((c) => c.at)).size).toBe(p.cells.length);
    }
  });
});

describe("satker names", () => {
  test("a title cell wins over the file name; duplicates are numbered", () => {
    const snap = { sheets: [{ name: "PK", top: 1, left: 1, merges: [], values: [["Perjanjian Kinerja"], ["Satuan Kerja : BSPJI Medan"]] }] };
    expect(namaDariJudul(snap)).toBe("BSPJI Medan");
    expect(namaDariBerkas("/data/2024/satker-12.xlsx")).toBe("satker-12");
    expect(namaUnik(["A", "a", "B", "A"])).toEqual(["A", "a (2)", "B", "A (3)"]);
  });
});
