/**
 * One small table per rule: the rule fires exactly once at a known cell, and a clean variant of
 * the same table fires nothing. Numbers are the report's (LAKIP BSPJI Palembang 2024) where the
 * rule has a case in it.
 */
import { periksa } from "../../../src/core/validasi";
import type { Issue, RuleId } from "../../../src/core/tabel";
import { tabelAnggaran, tabelPerkin, tabelTriwulan, type BarisAnggaran, type BarisKinerja } from "./bangun";

function aturan(issues: Issue[], rule: RuleId): Issue[] {
  return issues.filter((i) => i.rule === rule);
}

function bersih(issues: Issue[]): Issue[] {
  return issues.filter((i) => i.severity !== "info");
}

const SK3: BarisKinerja[] = [
  { sasaran: "SK3", indikator: "Produktivitas/efisiensi perusahaan industri yang memanfaatkan teknologi industri melalui jasa konsultansi", target: 40, satuan: "Persen", realisasi: 68.23, capaian: { v: 1.7058, f: "0.00%" } },
  { sasaran: "SK3", indikator: "Meningkatnya PNBP Layanan Jasa Industri", target: 5, satuan: "Persen", realisasi: 25.05, capaian: { v: 5.01, f: "0.00%" } },
  { sasaran: "SK3", indikator: "Meningkatnya jumlah hasil layanan jasa industri yang digunakan oleh pelanggan", target: 5, satuan: "Persen", realisasi: 22.74, capaian: { v: 4.548, f: "0.00%" } },
  { sasaran: "SK4", indikator: "Rekomendasi hasil pengawasan internal telah ditindaklanjuti oleh satker", target: 95, satuan: "Persen", realisasi: 100, capaian: { v: 1.05, f: "0%" } },
];

function salin<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

describe("capaian-selisih", () => {
  it("finds SK3.IK3: 587,47 % printed for 22,74 ÷ 5 = 454,80 %", () => {
    const b = salin(SK3);
    b[2].capaian = { v: 5.8747, f: "0.00%" };
    const hasil = periksa([tabelPerkin("PK 2024", b)]);
    const x = aturan(hasil, "capaian-selisih");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", sheet: "PK 2024", cell: "G7" });
    expect(x[0].message).toContain("tertulis 587,47 %, tetapi realisasi 22,74 ÷ target 5 = 454,80 %");
    expect(x[0].expected).toBeCloseTo(454.8, 10);
    expect(bersih(hasil)).toHaveLength(1);
  });

  it("decides 587,47 against 29,37 ÷ 5 = 587,40 by half a unit of the last shown decimal", () => {
    const t = tabelTriwulan("Capaian TW", "fisik", [
      { indikator: "Meningkatnya jumlah hasil layanan jasa industri", target: "5 Persen", realisasi: "29.37 Persen", capaian: "587.47%" },
    ]);
    const x = aturan(periksa([t]), "capaian-selisih");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "F5" });
    expect(x[0].message).toContain("tertulis 587,47 %, tetapi realisasi 29,37 ÷ target 5 = 587,40 %");
  });

  it("accepts the sheet's own rounding: 105 % (0 dp) for 100 ÷ 95 = 105,26 %, 123,33 % for 37 ÷ 30", () => {
    const t = tabelPerkin("PK", [
      ...salin(SK3),
      { indikator: "Produktivitas/efisiensi perusahaan industri hasil kegiatan kolaborasi", target: 30, satuan: "Persen", realisasi: 37, capaian: { v: 1.2333, f: "0.00%" } },
    ]);
    expect(bersih(periksa([t]))).toEqual([]);
  });

  it("rounding the other way is caught: 102,23 % for 3,68 ÷ 3,6 = 102,22 %", () => {
    const t = tabelPerkin("PK", [{ indikator: "IKM", target: 3.6, satuan: "Indeks", realisasi: 3.68, capaian: "102,23%" }]);
    expect(aturan(periksa([t]), "capaian-selisih")).toHaveLength(1);
    const ok = tabelPerkin("PK", [{ indikator: "IKM", target: 3.6, satuan: "Indeks", realisasi: 3.68, capaian: "102,22%" }]);
    expect(aturan(periksa([ok]), "capaian-selisih")).toEqual([]);
  });

  it("a capaian stored as a fraction without % format is a warning, not an error", () => {
    const t = tabelPerkin("PK", [{ indikator: "I.1", target: 30, satuan: "Persen", realisasi: 37, capaian: 1.2333 }]);
    const x = aturan(periksa([t]), "capaian-selisih");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "warning", cell: "G5" });
    expect(x[0].message).toContain("123,33 %");
  });
});

describe("angka-teks", () => {
  const dasar: BarisKinerja[] = [
    { indikator: "Tingkat kepuasan perusahaan (industri 4.0)", target: 3, satuan: "Indeks", realisasi: 3, capaian: { v: 1, f: "0%" } },
    { indikator: "Tingkat kepuasan perusahaan (standardisasi)", target: 3, satuan: "Indeks", realisasi: 3.66, capaian: { v: 1.22, f: "0%" } },
  ];

  it("a number typed as text among numbers: warning at the cell, with the number it reads as", () => {
    const b = salin(dasar);
    b[1].realisasi = "3.66";
    const x = aturan(periksa([tabelPerkin("PK", b)]), "angka-teks");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "warning", cell: "F6", found: "3.66", expected: 3.66 });
    expect(x[0].message).toContain("terbaca 3,66");
  });

  it("a doubled percent sign is a warning even in an all-text column (96,97%% → 96,97 %)", () => {
    const t = tabelAnggaran("TW", "triwulan", [
      { kode: "6077.RAH", uraian: "Sarana Bidang Industri", pagu: 2041956000, tw: [["18,35%", "0,00%"], ["60,50%", "96,97%"], ["60,50%", "96,97%%"], ["98,40%", "100%"]] },
    ]);
    const x = aturan(periksa([t]), "angka-teks").filter((i) => i.severity === "warning");
    expect(x).toHaveLength(1);
    expect(x[0].cell).toBe("N5");
    expect(x[0].message).toMatch(/tanda persen ganda.*terbaca 96,97 %/);
  });

  it("a column that is text throughout gets one note, not one per cell", () => {
    const b = salin(dasar).map((r) => ({ ...r, realisasi: String(r.realisasi).replace(".", ",") }));
    const x = aturan(periksa([tabelPerkin("PK", b)]), "angka-teks");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "info", cell: "F5" });
    expect(x[0].message).toContain("1 sel lain");
  });

  it("clean: numbers stored as numbers", () => {
    expect(periksa([tabelPerkin("PK", dasar)])).toEqual([]);
  });
});

describe("angka-rusak", () => {
  const baris = (total: string | number): BarisAnggaran[] => [
    { kode: "6077.AEC.002.051.A", uraian: "kerjasama optimalisasi teknologi", pagu: 65345000, realisasi: 65214283, persen: { v: 0.998, f: "0.00%" }, level: 5 },
    { uraian: "Total", pagu: total, realisasi: 65214283, persen: { v: 0.998, f: "0.00%" }, total: true },
  ];

  it('"4..147.659.000" cannot be read: error at the cell', () => {
    const x = aturan(periksa([tabelAnggaran("RO", "ro", baris("4..147.659.000"))]), "angka-rusak");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "C6", found: "4..147.659.000" });
    expect(x[0].message).toContain("tidak dapat dibaca");
  });

  it("clean: a readable amount", () => {
    const hasil = periksa([tabelAnggaran("RO", "ro", baris(65345000))]);
    expect(aturan(hasil, "angka-rusak")).toEqual([]);
    expect(bersih(hasil)).toEqual([]);
  });
});

describe("nilai-kosong", () => {
  it("a missing target on a row that has realisasi and capaian: error at the target cell", () => {
    const b = salin(SK3);
    b[1].target = null;
    const x = aturan(periksa([tabelPerkin("PK", b)]), "nilai-kosong");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "D6" });
    expect(x[0].message).toContain("Target kosong");
  });

  it("a missing pagu on a spending row: error; N/A is left alone", () => {
    const t = tabelAnggaran("RO", "ro", [
      { kode: "6077.BAD.001.051.A", uraian: "Layanan", pagu: 1322286000, realisasi: 1316078269 },
      { kode: "6077.BAD.001.056.A", uraian: "Layanan 2", pagu: "-", realisasi: 241129865 },
    ]);
    const x = aturan(periksa([t]), "nilai-kosong");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "C6" });
    const na = salin(SK3);
    na[1].target = "N/A";
    na[1].capaian = null;
    expect(aturan(periksa([tabelPerkin("PK", na)]), "nilai-kosong")).toEqual([]);
  });

  it("clean", () => {
    expect(aturan(periksa([tabelPerkin("PK", SK3)]), "nilai-kosong")).toEqual([]);
  });
});

describe("target-nol", () => {
  it("a zero target with a printed capaian: error at the target", () => {
    const b = salin(SK3);
    b[0].target = 0;
    const x = aturan(periksa([tabelPerkin("PK", b)]), "target-nol");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "D5" });
    expect(aturan(periksa([tabelPerkin("PK", b)]), "capaian-selisih")).toEqual([]);
  });

  it("clean", () => {
    expect(aturan(periksa([tabelPerkin("PK", SK3)]), "target-nol")).toEqual([]);
  });
});

/** Tabel 3.109 (part): group 3 with its items; percentages are shares within the group. */
function pnbp(hijau: string): BarisAnggaran[] {
  return [
    { uraian: "PNBP Fungsional", total: true, level: 0 },
    { uraian: "Pelayanan Teknis Sertifikasi", pagu: 1423850000, sdBulanLalu: 1518100000, bulanIni: 255400000, realisasi: 1773500000, persen: "100%", total: true, level: 1 },
    { uraian: "Sertifikasi Sistem Mutu", pagu: 165550000, sdBulanLalu: 191350000, bulanIni: 0, realisasi: 191350000, persen: "11%", level: 2 },
    { uraian: "Sertifikasi Produk", pagu: 1126300000, sdBulanLalu: 1168450000, bulanIni: 219850000, realisasi: 1388300000, persen: "78%", level: 2 },
    { uraian: "Sertifikasi Industri Hijau", pagu: 55000000, sdBulanLalu: 82300000, bulanIni: 35550000, realisasi: 117850000, persen: hijau, level: 2 },
    { uraian: "Sertifikasi Sistem Mutu Lingkungan", pagu: 33000000, sdBulanLalu: 29850000, bulanIni: 0, realisasi: 29850000, persen: "2%", level: 2 },
    { uraian: "Sertifikasi Sistem Mutu Keamanan Pangan", pagu: 44000000, sdBulanLalu: 27050000, bulanIni: 0, realisasi: 27050000, persen: "2%", level: 2 },
    { uraian: "LSHsccp", pagu: null, sdBulanLalu: 19100000, bulanIni: 0, realisasi: 19100000, persen: "1%", level: 2 },
    { uraian: "Total", pagu: 1423850000, sdBulanLalu: 1518100000, bulanIni: 255400000, realisasi: 1773500000, persen: "124,56%", total: true, level: 0 },
  ];
}

describe("persen-selisih", () => {
  it("Sertifikasi Industri Hijau: 8 % printed, share of its group 117.850.000 ÷ 1.773.500.000 = 6,65 %", () => {
    const x = aturan(periksa([tabelAnggaran("PNBP", "pnbp", pnbp("8%"))]), "persen-selisih");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "E9" });
    expect(x[0].message).toContain('bagiannya dari "Pelayanan Teknis Sertifikasi": 117.850.000 ÷ 1.773.500.000 = 6,65 % (dibulatkan 7 %)');
  });

  it("penyerapan of an RO row: 99,00 % printed for 65.214.283 ÷ 65.345.000 = 99,80 %", () => {
    const t = tabelAnggaran("RO", "ro", [
      { kode: "6077.AEC.002.051.A", uraian: "kerjasama", pagu: 65345000, realisasi: 65214283, persen: { v: 0.99, f: "0.00%" } },
      { kode: "6077.AEF.001.051.A", uraian: "Penyebaran Informasi", pagu: 124736000, realisasi: 124655927, persen: { v: 0.9994, f: "0.00%" } },
    ]);
    const x = aturan(periksa([t]), "persen-selisih");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "E5" });
    expect(x[0].message).toContain("realisasi 65.214.283 ÷ pagu 65.345.000 = 99,80 %");
  });

  it("clean: 7 % for Sertifikasi Industri Hijau", () => {
    const hasil = periksa([tabelAnggaran("PNBP", "pnbp", pnbp("7%"))]);
    expect(aturan(hasil, "persen-selisih")).toEqual([]);
    expect(bersih(hasil)).toEqual([]);
  });
});

describe("jumlah-selisih", () => {
  const pohon = (bad: number): BarisAnggaran[] => [
    { kode: "6077", uraian: "Pengembangan dan Penyelenggaraan Jasa Industri", total: true, level: 1 },
    { kode: "6077.BAD", uraian: "Pelayanan Publik", pagu: bad, realisasi: 1557208134, total: true, level: 2 },
    { kode: "6077.BAD.001.051.A", uraian: "a", pagu: 1322286000, realisasi: 1316078269, level: 5 },
    { kode: "6077.BAD.001.056.A", uraian: "b", pagu: 241802000, realisasi: 241129865, level: 5 },
    { kode: "6077.CAH", uraian: "Sarana", total: true, level: 2 },
    { kode: "6077.CAH.021.051.A", uraian: "c", pagu: 1294111000, realisasi: 1294095152, level: 5 },
    { uraian: "Total", pagu: 2858199000, realisasi: 2851303286, total: true },
  ];

  it("a subtotal 1.000 off its RO rows: error at its pagu cell, nothing on the grand total", () => {
    const x = aturan(periksa([tabelAnggaran("RO", "ro", pohon(1564089000))]), "jumlah-selisih");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "C6", expected: 1564088000, found: 1564089000 });
    expect(x[0].message).toContain("= 1.564.088.000 (selisih 1.000)");
  });

  it("a grand total is the sum of what is above it; within 1 rupiah is equal", () => {
    const b = pohon(1564088000);
    b[6].pagu = 2858199000.4;
    expect(aturan(periksa([tabelAnggaran("RO", "ro", b)]), "jumlah-selisih")).toEqual([]);
    b[6].pagu = 2858198000;
    const x = aturan(periksa([tabelAnggaran("RO", "ro", b)]), "jumlah-selisih");
    expect(x).toHaveLength(1);
    expect(x[0].cell).toBe("C11");
  });

  it("PNBP: a refund deducted from Jumlah only, so Jumlah is not s/d bulan lalu + bulan ini", () => {
    const b = pnbp("7%");
    b.splice(8, 0, { uraian: "Pengembalian", realisasi: "(-4.024.000)", level: 1 });
    b[9].realisasi = 1769476000;
    b[9].persen = "124,27%";
    const x = aturan(periksa([tabelAnggaran("PNBP", "pnbp", b)]), "jumlah-selisih");
    expect(x.map((i) => i.cell)).toEqual(["D14"]);
    expect(x[0].message).toContain("s/d bulan lalu 1.518.100.000 + bulan ini 255.400.000 = 1.773.500.000");
  });

  it("clean", () => {
    expect(periksa([tabelAnggaran("RO", "ro", pohon(1564088000))])).toEqual([]);
  });
});

describe("melebihi-pagu", () => {
  it("realisasi above pagu: error at the realisasi cell; PNBP above target is not", () => {
    const t = tabelAnggaran("RO", "ro", [
      { kode: "6042.EBD.952.051.A", uraian: "x", pagu: 41328000, realisasi: 41100129 },
      { kode: "6042.EBD.953.051.A", uraian: "y", pagu: 18833000, realisasi: 18933000 },
    ]);
    const x = aturan(periksa([t]), "melebihi-pagu");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "D6" });
    expect(x[0].message).toContain("sebesar 100.000");
    expect(aturan(periksa([tabelAnggaran("PNBP", "pnbp", pnbp("7%"))]), "melebihi-pagu")).toEqual([]);
  });

  it("clean", () => {
    const t = tabelAnggaran("RO", "ro", [{ kode: "6042.EBD.952.051.A", uraian: "x", pagu: 41328000, realisasi: 41100129 }]);
    expect(periksa([t])).toEqual([]);
  });
});

/** Tabel 3.9 SK3.IK3: R below S in TW I (21,38 < 25) is "belum tercapai", not an error. */
const FISIK: BarisKinerja = {
  indikator: "Meningkatnya jumlah hasil layanan jasa industri",
  target: 5,
  realisasi: 22.74,
  capaian: { v: 4.548, f: "0.00%" },
  tw: [
    [{ v: 0.25, f: "0%" }, { v: 0.2138, f: "0.00%" }],
    [{ v: 0.5, f: "0%" }, { v: 0.522, f: "0.00%" }],
    [{ v: 0.75, f: "0%" }, { v: 0.788, f: "0.0%" }],
    [100, 100],
  ],
};

describe("kumulatif-turun", () => {
  it("a cumulative R below the quarter before: error at that quarter", () => {
    const b = salin(FISIK);
    b.tw![2][1] = { v: 0.5, f: "0.0%" };
    const x = aturan(periksa([tabelTriwulan("TW", "fisik", [b])]), "kumulatif-turun");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "L5" });
    expect(x[0].message).toContain("TW III R");
  });

  it("clean: R below S is not an inconsistency", () => {
    expect(periksa([tabelTriwulan("TW", "fisik", [FISIK])])).toEqual([]);
  });
});

describe("tw4-target", () => {
  it("S/R: TW IV S must be 100", () => {
    const b = salin(FISIK);
    b.tw![3][0] = 90;
    const x = aturan(periksa([tabelTriwulan("TW", "fisik", [b])]), "tw4-target");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "M5" });
  });

  it("quarterly indicator values: TW IV target is the annual target", () => {
    const baris = (t4: number): BarisKinerja => ({ indikator: "IKM", target: 3.6, realisasi: 3.68, capaian: { v: 1.0222, f: "0.00%" }, satuan: "Indeks", tw: [[3.6, 3.5], [3.6, 3.6], [3.6, 3.65], [t4, 3.68]] });
    const x = aturan(periksa([tabelTriwulan("TW", "indikator", [baris(3.5)])]), "tw4-target");
    expect(x).toHaveLength(1);
    expect(x[0].cell).toBe("M5");
    expect(periksa([tabelTriwulan("TW", "indikator", [baris(3.6)])])).toEqual([]);
  });
});

describe("satuan-beda", () => {
  it('"3.68 Persen" for an Indeks target: warning at the realisasi cell', () => {
    const t = tabelTriwulan("TW", "fisik", [{ indikator: "IKM", target: "3.6 Indeks", realisasi: "3.68 Persen", capaian: "102.22%" }]);
    const x = aturan(periksa([t]), "satuan-beda");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "warning", cell: "E5", expected: "Indeks", found: "Persen" });
  });

  it("clean: same unit, and % equals Persen", () => {
    const t = tabelTriwulan("TW", "fisik", [
      { indikator: "IKM", target: "3.6 Indeks", realisasi: "3.68 Indeks", capaian: "102.22%" },
      { indikator: "PNBP", target: "5 Persen", realisasi: "25,05%", capaian: "501,00%" },
    ]);
    expect(aturan(periksa([t]), "satuan-beda")).toEqual([]);
  });
});

describe("antar-lembar", () => {
  const tw = (realisasi: string, nama = "Meningkatnya jumlah hasil layanan jasa industri yang digunakan oleh pelanggan") =>
    tabelTriwulan("Capaian TW", "fisik", [{ indikator: nama, target: "5 Persen", realisasi: `${realisasi} Persen`, capaian: "454,80%" }]);

  it("SK3.IK3 realisasi 22,74 on 'PK 2024' and 29,37 on 'Capaian TW': error on the later sheet naming the other cell", () => {
    const hasil = periksa([tabelPerkin("PK 2024", SK3), tw("29.37")]);
    const x = aturan(hasil, "antar-lembar");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", sheet: "Capaian TW", cell: "E5", expected: 22.74, found: 29.37 });
    expect(x[0].message).toContain("lembar 'PK 2024' sel F7 22,74");
  });

  it("a name with a typo still matches, as a warning", () => {
    const x = aturan(periksa([tabelPerkin("PK 2024", SK3), tw("29.37", "Meningkatnya Jumlah Hasil Layanan Jasa Industri Yang Digunakan Oleh Pelangan")]), "antar-lembar");
    expect(x).toHaveLength(1);
    expect(x[0].severity).toBe("warning");
  });

  it("budget: a KRO pagu against the sum of its RO rows on another sheet", () => {
    const ro = tabelAnggaran("Realisasi RO", "ro", [
      { kode: "6077.AEF", uraian: "Sosialisasi", total: true, level: 2 },
      { kode: "6077.AEF.001.051.A", uraian: "a", pagu: 124736000, realisasi: 124655927, level: 5 },
      { kode: "6077.AEF.001.051.B", uraian: "b", pagu: 13250000, realisasi: 13120204, level: 5 },
      { kode: "6077.AEF.001.051.C", uraian: "c", pagu: 136192000, realisasi: 136071920, level: 5 },
    ]);
    const kro = (pagu: number) =>
      tabelAnggaran("Realisasi per TW", "triwulan", [
        { kode: "6077.AEF", uraian: "Sosialisasi dan Diseminasi", pagu, tw: [["18,35%", "7,63%"], ["60,50%", "13,14%"], ["75,00%", "74,88%"], ["98,40%", "99,88%"]], level: 2 },
      ]);
    const x = aturan(periksa([ro, kro(286442000)]), "antar-lembar");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", sheet: "Realisasi per TW", cell: "C5", expected: 274178000, found: 286442000 });
    expect(x[0].message).toContain("jumlah rincian di bawah baris 5 = 274.178.000");
    expect(aturan(periksa([ro, kro(274178000)]), "antar-lembar")).toEqual([]);
  });

  it("clean: 68,23 and 68.23 are the same number", () => {
    const t = tabelTriwulan("Capaian TW", "fisik", [{ indikator: SK3[0].indikator, target: "40 Persen", realisasi: "68.23 Persen", capaian: "170.58%" }]);
    expect(aturan(periksa([tabelPerkin("PK 2024", SK3), t]), "antar-lembar")).toEqual([]);
  });
});

describe("duplikat", () => {
  it("the same kode twice: error at the second row's label", () => {
    const t = tabelAnggaran("RO", "ro", [
      { kode: "6042.EBC.954.051.A", uraian: "a", pagu: 9632000, realisasi: 7873558 },
      { kode: "6042.EBC.954.051.B", uraian: "b", pagu: 8700000, realisasi: 8034000 },
      { kode: "6042.EBC.954.051.A", uraian: "a", pagu: 9632000, realisasi: 7873558 },
    ]);
    const x = aturan(periksa([t]), "duplikat");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "error", cell: "A7" });
    expect(x[0].message).toContain("baris 5");
  });

  it("the same indicator twice under one sasaran: warning; clean otherwise", () => {
    const b = [...salin(SK3), salin(SK3[1])];
    const x = aturan(periksa([tabelPerkin("PK", b)]), "duplikat");
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ severity: "warning", cell: "C9" });
    expect(aturan(periksa([tabelPerkin("PK", SK3)]), "duplikat")).toEqual([]);
  });
});

describe("periksa", () => {
  it("sorts by sheet (workbook order), row, column and keeps one finding per rule and cell", () => {
    const b = salin(SK3);
    b[2].capaian = { v: 5.8747, f: "0.00%" };
    b[0].target = null;
    const tw = tabelTriwulan("Capaian TW", "fisik", [{ indikator: SK3[2].indikator, target: "5 Persen", realisasi: "29.37 Persen", capaian: "587.47%" }]);
    const pk = tabelPerkin("PK 2024", b);
    const hasil = periksa([tw, pk, pk]);
    const urut = bersih(hasil).map((i) => `${i.sheet}!${i.cell}:${i.rule}`);
    expect(urut).toEqual([
      "Capaian TW!F5:capaian-selisih",
      "PK 2024!D5:nilai-kosong",
      "PK 2024!F7:antar-lembar",
      "PK 2024!G7:capaian-selisih",
    ]);
  });
});
