/**
 * The sample workbook (assets/contoh-lakip-2024.xlsx, the report's tables as a planner keeps
 * them): read, recognize, validate. The findings are the report's own inconsistencies:
 *   PK 2024         SK3.IK3 capaian 587,47 % for 22,74 ÷ 5 (seed-perkin §11.2)
 *   Capaian TW      SK3.IK3 realisasi 29.37 vs 22,74 on PK 2024, capaian 587,47 % for 29,37 ÷ 5 = 587,40 %
 *   Pagu per KRO    AEF, QDI, EBA, EBD final pagu above the realisasi tables' (T3.105-vs-3.4-*, Rp000
 *                   12.264 / 3.564 / 5.785 / 5.784)
 *   PNBP            Sertifikasi Industri Hijau 8 % (share 6,65 %); Total and Grand Total Jumlah ≠
 *                   s/d bulan lalu + bulan ini by the refund 4.024.000 (T3.109-XF-Total)
 *   Anggaran per IK Tabel 3.104's SK3.IK3 capaian 454,80 % vs 587,47 % on PK 2024, and SK6.IK1
 *                   realisasi 84,93 / capaian 113,24 % vs 84,64 / 112,85 % (seed-perkin §11.2–3)
 * and, as warnings, numbers stored as text ("3.66", "82, 25", "123, 33%", "96,97%%", "1.20%",
 * "0.00"), the IKM realisasi in Persen for an Indeks, and the IKM target antara of the Rencana Aksi
 * that fall (25 % → 8 %) and differ from Tabel 3.9's S at TW II–IV (12/10/4 % against 50/75/100 %,
 * seed-perkin §11.7, `target_3_7_matches_S` false). A copy with those cells corrected has none.
 */
import * as fs from "fs";
import * as path from "path";
import { kenali } from "../../../src/core/layouts";
import { parseA1, type CellValue, type Snapshot } from "../../../src/core/snapshot";
import { medanBulan, type Issue, type TriwulanTable } from "../../../src/core/tabel";
import { periksa } from "../../../src/core/validasi";
import { bacaBukuKerja } from "../../../src/xlsx/baca";

const CONTOH = path.resolve(__dirname, "../../../assets/contoh-lakip-2024.xlsx");

async function bacaContoh(): Promise<Snapshot> {
  return bacaBukuKerja(new Uint8Array(fs.readFileSync(CONTOH)));
}

function ringkas(i: Issue): string {
  return `${i.rule} ${i.sheet}!${i.cell}`;
}

/** Writes a value (and optionally a number format) into the snapshot, as a planner's edit would. */
function ubah(snap: Snapshot, sheet: string, cell: string, v: CellValue, format?: string): void {
  const s = snap.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`lembar ${sheet} tidak ada`);
  const { row, col } = parseA1(cell);
  const r = row - s.top;
  const c = col - s.left;
  while (s.values.length <= r) s.values.push([]);
  s.values[r][c] = v;
  if (format !== undefined && s.numberFormats) {
    while (s.numberFormats.length <= r) s.numberFormats.push([]);
    s.numberFormats[r][c] = format;
  }
  if (s.formulas?.[r]) s.formulas[r][c] = null;
}

function formatDi(snap: Snapshot, sheet: string, cell: string): string | undefined {
  const s = snap.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell);
  return s.numberFormats?.[row - s.top]?.[col - s.left];
}

describe("sample workbook contoh-lakip-2024.xlsx", () => {
  let hasil: Issue[];
  beforeAll(async () => {
    hasil = periksa(kenali(await bacaContoh()));
  });

  it("finds the report's inconsistencies as errors, at their cells, and no other error", () => {
    const galat = hasil.filter((i) => i.severity === "error");
    expect(galat.map(ringkas).sort()).toEqual(
      [
        "capaian-selisih PK 2024!H12",
        "antar-lembar Capaian TW!E14",
        "capaian-selisih Capaian TW!F14",
        "antar-lembar Pagu per KRO!V5",
        "antar-lembar Pagu per KRO!V9",
        "antar-lembar Pagu per KRO!V11",
        "antar-lembar Pagu per KRO!V14",
        "persen-selisih PNBP!G15",
        "jumlah-selisih PNBP!F21",
        "jumlah-selisih PNBP!F28",
        "antar-lembar Anggaran per IK!G17",
        "antar-lembar Anggaran per IK!F36",
        "antar-lembar Anggaran per IK!G36",
      ].sort(),
    );
    const pesan = (cell: string) => galat.find((i) => `${i.sheet}!${i.cell}` === cell)!.message;
    expect(pesan("PK 2024!H12")).toContain("tertulis 587,47 %, tetapi realisasi 22,74 ÷ target 5 = 454,80 %");
    expect(pesan("Capaian TW!E14")).toContain("di sini 29,37, tetapi di lembar 'PK 2024' sel G12 22,74");
    expect(pesan("Capaian TW!F14")).toContain("realisasi 29,37 ÷ target 5 = 587,40 %");
    expect(pesan("Pagu per KRO!V5")).toMatch(/6077\.AEF di sini 286\.442\.000, tetapi di lembar 'Realisasi RO' .* 274\.178\.000 \(selisih 12\.264\.000\)/);
    expect(pesan("Pagu per KRO!V9")).toContain("6077.QDI di sini 138.994.000");
    expect(pesan("Pagu per KRO!V11")).toContain("(selisih 5.785.000)");
    expect(pesan("Pagu per KRO!V14")).toContain("(selisih 5.784.000)");
    expect(pesan("PNBP!G15")).toContain("Sertifikasi Industri Hijau\" tertulis 8 %");
    expect(pesan("PNBP!F21")).toContain("= 5.190.851.000 (selisih -4.024.000)");
    expect(pesan("Anggaran per IK!G17")).toContain("di sini 454,80 %, tetapi di lembar 'PK 2024' sel H12 587,47 %");
    expect(pesan("Anggaran per IK!F36")).toContain("di sini 84,93, tetapi di lembar 'PK 2024' sel G16 84,64");
  });

  it("warns about numbers stored badly, the IKM unit and the IKM target antara", () => {
    const semua = hasil.filter((i) => i.severity === "warning");
    const peringatan = semua.map(ringkas).sort();
    const pesan = (cell: string) => semua.find((i) => `${i.sheet}!${i.cell}` === cell && i.rule === "antar-lembar")!.message;
    expect(pesan("Rencana Aksi!G39")).toContain("Target antara TW II \"Indeks Kepuasan Masyarakat terhadap layanan jasa industri\" di sini 12 %, tetapi rencana fisik (S) di lembar 'Capaian TW' sel I17 50 %");
    expect(pesan("Rencana Aksi!I39")).toContain("di sini 10 %, tetapi rencana fisik (S) di lembar 'Capaian TW' sel K17 75 %");
    expect(pesan("Rencana Aksi!K39")).toContain("di sini 4 %, tetapi rencana fisik (S) di lembar 'Capaian TW' sel M17 100 %");
    expect(peringatan).toEqual(
      [
        "angka-teks PK 2024!G9",
        "angka-teks PK 2024!G15",
        "angka-teks PK 2024!G18",
        "angka-teks Capaian TW!F7",
        "satuan-beda Capaian TW!E17",
        "kumulatif-turun Rencana Aksi!G37",
        "antar-lembar Rencana Aksi!G39",
        "antar-lembar Rencana Aksi!I39",
        "antar-lembar Rencana Aksi!K39",
        "angka-teks Realisasi per TW!J15",
        "angka-teks PNBP!G19",
        "angka-teks PNBP!G24",
        "angka-teks PNBP!G25",
        "angka-teks PNBP!G26",
        "angka-teks PNBP!G27",
      ].sort(),
    );
  });

  it("a copy with the printed numbers made consistent has no error and no warning", async () => {
    const snap = await bacaContoh();
    ubah(snap, "PK 2024", "H12", 4.548);
    ubah(snap, "Anggaran per IK", "F36", 84.64);
    ubah(snap, "Anggaran per IK", "G36", 1.1285);
    ubah(snap, "PK 2024", "G9", 3.66, "0.00");
    ubah(snap, "PK 2024", "G15", 3.68, "0.00");
    ubah(snap, "PK 2024", "G18", 82.25, "0.00");
    ubah(snap, "Capaian TW", "E14", "22,74 Persen");
    ubah(snap, "Capaian TW", "F14", "454,80%");
    ubah(snap, "Capaian TW", "F7", "123,33%");
    ubah(snap, "Capaian TW", "E17", "3,68 Indeks");
    ubah(snap, "Realisasi per TW", "J15", 0.9697, formatDi(snap, "Realisasi per TW", "J14"));
    // Tabel 3.4's final pagu made equal to the realisasi tables' (Rp000), and its Total with it.
    ubah(snap, "Pagu per KRO", "V5", 274178);
    ubah(snap, "Pagu per KRO", "V9", 135430);
    ubah(snap, "Pagu per KRO", "V11", 12971085);
    ubah(snap, "Pagu per KRO", "V14", 157722);
    ubah(snap, "Pagu per KRO", "V15", 20508472);
    ubah(snap, "PNBP", "G15", 0.07);
    ubah(snap, "PNBP", "G19", 0.012, "0.00%");
    for (const c of ["G24", "G25", "G26", "G27"]) ubah(snap, "PNBP", c, 0, "0.00%");
    // The refund through Bulan Ini too, so s/d bulan lalu + bulan ini = Jumlah on both totals.
    ubah(snap, "PNBP", "E20", -4024000, "#,##0");
    ubah(snap, "PNBP", "E21", 788577000);
    ubah(snap, "PNBP", "E28", 788577000);
    // The IKM target antara as a cumulative plan, like every other indicator's.
    const tabel = kenali(snap);
    const ra = tabel.find((t) => t.sheet === "Rencana Aksi") as TriwulanTable;
    const ikm = ra.rows.find((r) => /kepuasan masyarakat/i.test(r.indikator))!;
    const contoh = ra.rows.find((r) => /pengawasan internal/i.test(r.indikator))!;
    for (let m = 1; m <= 12; m++) {
      const k = medanBulan(m - 1);
      const sumber = contoh.cells[k]!;
      ubah(snap, "Rencana Aksi", ikm.cells[k]!.cell, sumber.raw, sumber.format ?? formatDi(snap, "Rencana Aksi", sumber.cell));
    }

    const akhir = kenali(snap);
    expect(akhir.map((t) => t.sheet)).toEqual(tabel.map((t) => t.sheet));
    // Eight sheets; Tabel 3.104 is read as a Perkin table and as the per-indicator budget.
    expect(akhir.map((t) => t.sheet)).toHaveLength(9);
    const sisa = periksa(akhir).filter((i) => i.severity !== "info");
    expect(sisa.map((i) => `${i.severity} ${ringkas(i)}: ${i.message}`)).toEqual([]);
  });
});
