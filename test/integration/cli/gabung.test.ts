/**
 * `kinerja gabung` on the generated 30-satker set (scripts/buat-satker.ts, written into a temp
 * folder): every number in the comparison workbook is checked against the manifest of what the
 * generator wrote, capaian and penyerapan recomputed here as plain ratios, ranks recomputed here.
 * And on two copies of the sample: the report's own figures.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buatSatker, type Satker } from "../../../scripts/buat-satker";
import { jalankanKode } from "../../../src/cli/main";
import { CONTOH, folderSementara, kinerja, sidik, type Hasil } from "./bantu";

let dir: string;
let set: Satker[];
let r: Hasil;
let wb: ExcelJS.Workbook;
const hash: Record<string, string> = {};
const keluar = () => path.join(dir, "out", "gabungan.xlsx");

function nilai(c: ExcelJS.Cell): unknown {
  const v = c.value;
  return v !== null && typeof v === "object" && "result" in v ? v.result : v;
}

beforeAll(async () => {
  dir = folderSementara("kinerja-gabung-");
  set = await buatSatker(path.join(dir, "satker"));
  for (const s of set) hash[s.file] = sidik(path.join(dir, "satker", s.file));
  fs.mkdirSync(path.join(dir, "out"));
  r = kinerja(["gabung", path.join(dir, "satker"), "-o", keluar(), "--json"]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(keluar());
}, 180000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kinerja gabung on 30 generated satker", () => {
  test("28 read, the truncated and the CSV file reported and skipped; exit 1", () => {
    const j = JSON.parse(r.keluar);
    expect(j.jumlah).toMatchObject({ berkas: 30, dibaca: 28, gagal: 2, indikator: 15 });
    const gagal = j.berkas.filter((b: { status: string }) => b.status === "gagal");
    expect(gagal.map((b: { file: string }) => b.file)).toEqual(["satker-29.xlsx", "satker-30.xlsx"]);
    expect(gagal[0].pesan).toMatch(/rusak atau tidak lengkap/);
    expect(gagal[1].pesan).toMatch(/CSV/);
    expect(r.kode).toBe(1);
  });

  test("progress: one line per file on stderr when it is not a terminal", () => {
    const baris = r.galat.trim().split("\n");
    expect(baris).toHaveLength(30);
    expect(baris[11]).toMatch(/^12\/30 satker-12\.xlsx: 2 tabel/);
    expect(baris[28]).toMatch(/^29\/30 satker-29\.xlsx: GAGAL, dilewati — /);
  });

  test("budgets: pagu and realisasi as written (Rupiah and (Rp000) alike, with or without a Total row)", () => {
    const ws = wb.getWorksheet("Perbandingan Anggaran")!;
    const dibaca = set.filter((s) => !s.rusak);
    dibaca.forEach((s, i) => {
      const row = ws.getRow(5 + i);
      expect(row.getCell(2).value).toBe(s.satker);
      expect(nilai(row.getCell(4))).toBe(s.pagu);
      expect(nilai(row.getCell(5))).toBe(s.realisasi);
      expect(nilai(row.getCell(6)) as number).toBeCloseTo(s.realisasi / s.pagu, 12);
    });
    const serap = dibaca.map((s) => s.realisasi / s.pagu);
    const terbaik = serap.indexOf(Math.max(...serap));
    expect(ws.getRow(5 + terbaik).getCell(7).value).toBe(1);
    expect(nilai(ws.getRow(5 + dibaca.length).getCell(4))).toBe(dibaca.reduce((x, s) => x + s.pagu, 0));
  });

  test("indicators: target, realisasi and capaian of every satker side by side, ranks with ties", () => {
    const ws = wb.getWorksheet("Perbandingan Indikator")!;
    const dibaca = set.filter((s) => !s.rusak);
    const barisNama = new Map<string, number>();
    ws.eachRow((row, n) => {
      if (n > 5) barisNama.set(String(row.getCell(2).value), n);
    });
    const kolom = new Map<string, number>();
    ws.getRow(4).eachCell((c, n) => {
      // ExcelJS shows a merged area's value on each of its cells: the group starts at the first.
      if (n > 3 && !kolom.has(String(c.value))) kolom.set(String(c.value), n);
    });
    expect([...kolom.keys()]).toEqual(dibaca.map((s) => s.satker));
    let diperiksa = 0;
    const semuaNama = new Set(dibaca.flatMap((s) => s.indikator.map((i) => i.nama.replace(/\s+/g, " ").trim())));
    for (const nama of semuaNama) {
      const row = ws.getRow(barisNama.get(nama)!);
      const capaian = dibaca.map((s) => {
        const ik = s.indikator.find((i) => i.nama.replace(/\s+/g, " ").trim() === nama);
        const c = kolom.get(s.satker)!;
        if (!ik) {
          expect(row.getCell(c).value).toBeNull();
          return null;
        }
        expect(nilai(row.getCell(c))).toBe(ik.target);
        expect(nilai(row.getCell(c + 1))).toBe(ik.realisasi);
        expect(nilai(row.getCell(c + 2)) as number).toBeCloseTo(ik.realisasi / ik.target, 12);
        diperiksa++;
        return ik.realisasi / ik.target;
      });
      // Ranks recomputed here: 1 + the number of satker with a strictly higher capaian (4 decimals of %).
      const k = capaian.map((x) => (x === null ? null : Math.round(x * 1e6)));
      dibaca.forEach((s, i) => {
        if (k[i] === null) return;
        const diharap = 1 + k.filter((y) => y !== null && y > k[i]!).length;
        expect(row.getCell(kolom.get(s.satker)! + 3).value).toBe(diharap);
      });
    }
    expect(diperiksa).toBeGreaterThan(28 * 13);
    // Satker 6, 12, 18, 24 meet the first target exactly: the same rank.
    const pertama = ws.getRow(6);
    const rank = ["satker-06", "satker-12", "satker-18", "satker-24"].map((n) => pertama.getCell(kolom.get(n)! + 3).value);
    expect(new Set(rank).size).toBe(1);
  });

  test("findings per file: the satker with a wrong capaian have one error each, listed with its cell", () => {
    const ws = wb.getWorksheet("Temuan per Berkas")!;
    const dibaca = set.filter((s) => !s.rusak);
    dibaca.forEach((s, i) => {
      const row = ws.getRow(5 + i);
      expect(row.getCell(2).value).toBe(s.satker);
      expect(row.getCell(5).value).toBe(s.capaianSalah ? 1 : 0);
    });
    const teks: string[] = [];
    ws.eachRow((row) => teks.push(row.values!.toString()));
    expect(teks.filter((t) => t.includes("capaian-selisih"))).toHaveLength(dibaca.filter((s) => s.capaianSalah).length);
  });

  test("satker names from title cells where the file has one", () => {
    expect(set.filter((s) => s.judulSatker).map((s) => s.satker)).toContain("BSPJI Jambi");
    const ws = wb.getWorksheet("Perbandingan Anggaran")!;
    const nama: unknown[] = [];
    ws.getColumn(2).eachCell((c) => nama.push(c.value));
    expect(nama).toContain("BSPJI Jambi");
  });

  test("the source files are byte for byte unchanged", () => {
    for (const s of set) expect(sidik(path.join(dir, "satker", s.file))).toBe(hash[s.file]);
  });
});

describe("kinerja gabung on two copies of the sample (the report's figures)", () => {
  test("SK3.IK3 22,74 ÷ 5 = 454,80 %, tied rank 1; pagu 20.508.472.000, penyerapan 99,77 %", async () => {
    const d = folderSementara("kinerja-gabung-contoh-");
    try {
      fs.copyFileSync(CONTOH, path.join(d, "Palembang A.xlsx"));
      fs.copyFileSync(CONTOH, path.join(d, "Palembang B.xlsx"));
      const out = path.join(d, "hasil.xlsx");
      const h = kinerja(["gabung", path.join(d, "Palembang A.xlsx"), path.join(d, "Palembang B.xlsx"), "-o", out]);
      expect(h.kode).toBe(1);
      expect(h.keluar).toMatch(/Palembang A\s+20\.508\.472\.000\s+99,77 %/);
      const w = new ExcelJS.Workbook();
      await w.xlsx.readFile(out);
      const ws = w.getWorksheet("Perbandingan Indikator")!;
      let ok = false;
      ws.eachRow((row) => {
        if (String(row.getCell(2).value).startsWith("Meningkatnya jumlah hasil layanan jasa industri")) {
          ok = true;
          expect(nilai(row.getCell(4))).toBe(5);
          expect(nilai(row.getCell(5))).toBe(22.74);
          expect(Math.round((nilai(row.getCell(6)) as number) * 10000) / 100).toBe(454.8);
          expect([row.getCell(7).value, row.getCell(11).value]).toEqual([1, 1]);
        }
      });
      expect(ok).toBe(true);
      const ang = w.getWorksheet("Perbandingan Anggaran")!;
      expect(nilai(ang.getCell("D5"))).toBe(20508472000);
      expect(nilai(ang.getCell("E5"))).toBe(20461336835);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});

describe("kinerja gabung: unusable input and usage", () => {
  test("no readable file at all → exit 2, no output", () => {
    const d = folderSementara("kinerja-gabung-rusak-");
    try {
      fs.writeFileSync(path.join(d, "a.xlsx"), "");
      fs.writeFileSync(path.join(d, "b.xlsx"), "No;Indikator\n1;x\n");
      const r2 = kinerja(["gabung", d, "-o", path.join(d, "out.xlsx")]);
      expect(r2.kode).toBe(2);
      expect(r2.galat).toMatch(/Tidak ada berkas yang dapat dibaca \(2 gagal\)/);
      expect(fs.existsSync(path.join(d, "out.xlsx"))).toBe(false);
      expect(kinerja(["gabung", path.join(d, "kosong-tidak-ada"), "-o", path.join(d, "o.xlsx")]).kode).toBe(2);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  test("an empty folder, a missing -o, an output that is one of the inputs → exit 2", () => {
    const d = folderSementara("kinerja-gabung-arg-");
    try {
      expect(kinerja(["gabung", d, "-o", path.join(d, "o.xlsx")]).galat).toMatch(/Tidak ada berkas \.xlsx/);
      expect(kinerja(["gabung", CONTOH]).kode).toBe(2);
      const salin = path.join(d, "x.xlsx");
      fs.copyFileSync(CONTOH, salin);
      const r3 = kinerja(["gabung", salin, "-o", salin]);
      expect(r3.kode).toBe(2);
      expect(r3.galat).toMatch(/sama dengan berkas masukan/);
      expect(sidik(salin)).toBe(sidik(CONTOH));
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  test("on a terminal the progress bar redraws one line", async () => {
    const d = folderSementara("kinerja-gabung-tty-");
    try {
      fs.copyFileSync(CONTOH, path.join(d, "a.xlsx"));
      fs.writeFileSync(path.join(d, "b.xlsx"), "");
      let galat = "";
      let tulis = "";
      const kode = await jalankanKode(["node", "kinerja", "gabung", d, "-o", path.join(d, "o.xlsx")], {
        tulis: (t) => void (tulis += t),
        galat: (t) => void (galat += t),
        galatTty: true,
      });
      expect(kode).toBe(1);
      expect(galat).toContain("\r\x1b[K[>                       ] 1/2 a.xlsx");
      expect(galat).toContain("2/2 b.xlsx: GAGAL, dilewati — Berkas kosong");
      expect(galat).toMatch(/\[={24}\] 2\/2\n$/);
      expect(tulis).toMatch(/^Ditulis: /);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
