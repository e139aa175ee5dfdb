import type { PerkinTable } from "../../../src/core/tabel";
import { buatRingkasan } from "../../../src/core/ringkasan";
import { ringkasanKinerja } from "../../../src/core/ringkasan/ringkasan-kinerja";
import { BATAS_STATUS, LABEL_STATUS } from "../../../src/core/ringkasan/kerangka";
import { bulat, predikat, statusCapaian } from "../../../src/core/rumus";
import { contohLakip, data } from "./contoh";
import { angka, barisDengan, desimalCetak, sel } from "./bantu";

const perkin = data("perkin_2024.json");
const indikator = perkin.sasaran.flatMap((s: any) => s.indikator);

describe("Ringkasan Kinerja", () => {
  const plan = ringkasanKinerja(contohLakip().tables);

  test("title and header in Bahasa Indonesia", () => {
    expect(sel(plan, "A1").value).toBe("Ringkasan Kinerja — dibuat oleh SAKIP Kinerja");
    expect(["A4", "B4", "C4", "D4", "E4", "F4", "G4", "H4"].map((a) => sel(plan, a).value)).toEqual([
      "No", "Sasaran", "Indikator", "Target", "Satuan", "Realisasi", "Capaian", "Status",
    ]);
  });

  test("capaian equals Tabel 1 wherever the report is consistent", () => {
    let diperiksa = 0;
    for (const ik of indikator) {
      const t1 = ik.sources.tabel_1;
      const d = desimalCetak(t1.capaian.raw);
      // The report's own numbers must give its printed capaian (SK3.IK3 prints 587,47 % for 22,74/5).
      if (bulat(ik.capaian_checks.tabel_1.recomputed, d) !== t1.capaian.value) continue;
      const row = barisDengan(plan, "C", ik.nama);
      expect(bulat(angka(plan, `G${row}`) * 100, d)).toBe(t1.capaian.value);
      expect(angka(plan, `D${row}`)).toBe(t1.target.value);
      expect(angka(plan, `F${row}`)).toBe(t1.realisasi.value);
      diperiksa++;
    }
    expect(diperiksa).toBe(14);
  });

  test("numeric source cells become live references; capaian uses the same rule as rumus.excel", () => {
    const row = barisDengan(plan, "C", indikator[0].nama);
    expect(sel(plan, `D${row}`).formula).toBe("='PK 2024'!E5");
    expect(sel(plan, `F${row}`).formula).toBe("='PK 2024'!G5");
    expect(sel(plan, `G${row}`).formula).toBe("='PK 2024'!G5/'PK 2024'!E5");
    expect(sel(plan, `G${row}`).format).toBe("0.00%");
  });

  test("values read from text are written as marked values, and capaian refers to them", () => {
    const ik = indikator.find((x: any) => x.sources.tabel_1.realisasi.raw === "82, 25");
    const row = barisDengan(plan, "C", ik.nama);
    const f = sel(plan, `F${row}`);
    expect(f.formula).toBeUndefined();
    expect(f.value).toBe(82.25);
    expect(f.fromText).toBe(true);
    expect(f.note).toMatch(/^Dibaca dari teks "82, 25"/);
    expect(f.style?.italic).toBe(true);
    const sumber = (contohLakip().tables[0] as PerkinTable).rows.find((r) => r.indikator === ik.nama)!;
    expect(sel(plan, `G${row}`).formula).toBe(`=F${row}/'PK 2024'!${sumber.cells.target!.cell}`);
  });

  test("status label comes from rumus and the live IF uses the same thresholds", () => {
    expect(statusCapaian(BATAS_STATUS.tercapai)).toBe("tercapai");
    expect(statusCapaian(BATAS_STATUS.tercapai - 1e-9)).toBe("hampir");
    expect(statusCapaian(BATAS_STATUS.hampir)).toBe("hampir");
    expect(statusCapaian(BATAS_STATUS.hampir - 1e-9)).toBe("belum");
    for (const ik of indikator) {
      const row = barisDengan(plan, "C", ik.nama);
      const h = sel(plan, `H${row}`);
      expect(h.value).toBe(predikat(angka(plan, `G${row}`) * 100, "capaian"));
      expect(h.formula).toContain(`"${LABEL_STATUS.hampir}"`);
    }
  });

  test("capaian colours, a bar chart, a table and print setup", () => {
    const n = indikator.length;
    expect(plan.table?.range).toBe(`A4:H${4 + n}`);
    expect(plan.conditionalFormats?.map((c) => [c.operator, c.values])).toEqual([
      ["greaterThanOrEqual", [1]],
      ["between", [0.8, 1]],
      ["lessThan", [0.8]],
    ]);
    // Green, amber, red, judged by the colour itself (hue of the fill), not by the palette's names.
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      if (d === 0) return -1;
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    const [hijau, kuning, merah] = (plan.conditionalFormats ?? []).map((c) => hue(String(c.fill)));
    expect(hijau).toBeGreaterThan(90);
    expect(hijau).toBeLessThan(150);
    expect(kuning).toBeGreaterThan(35);
    expect(kuning).toBeLessThan(65);
    expect(merah < 15 || merah > 345).toBe(true);
    expect(plan.charts?.[0]).toMatchObject({ type: "bar", series: [{ values: `G5:G${4 + n}` }] });
    expect(plan.print?.orientation).toBe("landscape");
    expect(plan.freeze).toEqual({ rows: 4, columns: 0 });
  });

  test("indicator names beginning with = + - @ stay plain values", () => {
    const nama = ["=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-2"];
    const p = ringkasanKinerja(contohLakip({ namaIndikator: { 0: nama[0], 1: nama[1], 2: nama[2], 3: nama[3] } }).tables);
    nama.forEach((n, i) => {
      const c = sel(p, `C${5 + i}`);
      expect(c.value).toBe(n);
      expect(c.formula).toBeUndefined();
    });
  });

  test("without any indicator table the sheet says so", () => {
    const p = ringkasanKinerja([]);
    expect(String(sel(p, "A4").value)).toMatch(/^Tidak ada tabel/);
    expect(buatRingkasan([], []).map((x) => x.key)).toEqual(["temuan"]);
    expect(buatRingkasan([], [], ["ringkasan-kinerja"]).map((x) => x.key)).toEqual(["ringkasan-kinerja"]);
  });
});
