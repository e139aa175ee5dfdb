/*
 * The task pane end to end in headless Chromium, standalone mode (office.js loaded from our own
 * origin reports host null): open the sample, see its tables, correct a column mapping, check,
 * generate the summaries and download them; the downloaded workbook is read back with the file
 * adapter. Screenshots of every step go to test-output/e2e/.
 */
import * as fs from "fs";
import * as path from "path";
import { bacaBukuKerja } from "../../src/xlsx/baca";
import { DIST, ROOT } from "../unit/shell/dist";
import { bukaPeramban, KELUARAN, sajikanDist, permintaanAsing, potret, TELEMETRI, type Peramban } from "./peramban";

const CONTOH = path.join(ROOT, "assets", "contoh-lakip-2024.xlsx");
/** The copy the page downloads (webpack copies assets/ into dist/). */
const CONTOH_DIST = path.join(DIST, "assets", "contoh-lakip-2024.xlsx");

/** The sample's sheets and what each holds (Tabel 3.3, 3.9, 3.7, 3.106, 3.105, 3.4, 3.109 of the LAKIP 2024). */
const LEMBAR_CONTOH: [string, string][] = [
  ["PK 2024", "perkin"],
  ["Capaian TW", "triwulan"],
  ["Rencana Aksi", "triwulan"],
  ["Realisasi RO", "anggaran"],
  ["Realisasi per TW", "anggaran"],
  ["Pagu per KRO", "anggaran"],
  ["PNBP", "anggaran"],
];
const RINGKASAN = ["Ringkasan Kinerja", "Capaian Triwulan", "Realisasi Anggaran", "Efisiensi", "Temuan"];

const server = sajikanDist();
let p: Peramban;

beforeEach(async () => {
  p = await bukaPeramban(server());
}, 60_000);

afterEach(async () => {
  await p?.tutup();
});

async function tabelTerbaca(): Promise<[string, string][]> {
  const baris = p.page.getByTestId("baris-tabel");
  await baris.first().waitFor({ timeout: 30_000 });
  return baris.evaluateAll((rs) => rs.map((r) => [r.getAttribute("data-lembar") ?? "", r.getAttribute("data-jenis") ?? ""] as [string, string]));
}

/** The seven report tables come first, in sheet order, with their kinds (sheets added later may follow). */
async function tujuhLembar(): Promise<void> {
  const t = await tabelTerbaca();
  expect(t.slice(0, LEMBAR_CONTOH.length)).toEqual(LEMBAR_CONTOH);
}

function kelompok(lembar: string) {
  return p.page.locator(`[data-testid="kelompok-lembar"][data-lembar="${lembar}"]`);
}

function barisLembar(nama: string) {
  return p.page.locator(`[data-testid="baris-tabel"][data-lembar="${nama}"]`);
}

function rincianLembar(nama: string) {
  return p.page.locator(`[data-testid="rincian-tabel"][data-lembar="${nama}"]`);
}

test(
  "contoh: pindai, koreksi kolom, periksa, buat ringkasan, unduh",
  async () => {
    const { page } = p;
    await page.goto(server().url + "taskpane.html?contoh=1");
    await page.getByText("Mode mandiri — contoh-lakip-2024.xlsx").waitFor();

    // 1. Pindai: the seven sample sheets with their kinds.
    await tujuhLembar();
    const sumber = await bacaBukuKerja(new Uint8Array(fs.readFileSync(CONTOH_DIST)));
    const terbaca = await tabelTerbaca();
    const n = terbaca.length;
    const lembar = new Set(terbaca.map(([nama]) => nama)).size; // Tabel 3.104 gives two tables on one sheet
    await page.getByRole("status").filter({ hasText: `${n} tabel dikenali di ${lembar} dari ${sumber.sheets.length} lembar` }).waitFor();
    const pk = barisLembar("PK 2024");
    await expect(rincianLembar("PK 2024").getByTestId("peta-kolom").textContent()).resolves.toContain("realisasi G");
    await potret(page, "01-pindai.png");

    // 2. Koreksi: realisasi read from E instead of G, through the dropdown.
    await pk.getByRole("button", { name: "Koreksi tabel PK 2024" }).click();
    const koreksi = page.getByTestId("koreksi");
    await koreksi.getByRole("combobox", { name: "Kolom realisasi" }).click();
    await page.getByRole("option", { name: /^E · / }).click();
    await expect(koreksi.getByRole("combobox", { name: "Kolom realisasi" }).textContent()).resolves.toMatch(/^E · /);
    await potret(page, "02-koreksi-dropdown.png");
    await koreksi.getByRole("button", { name: "Terapkan koreksi" }).click();
    await page.getByTestId("pesan").filter({ hasText: "Koreksi disimpan untuk berkas ini." }).waitFor();
    await expect(rincianLembar("PK 2024").getByTestId("peta-kolom").textContent()).resolves.toContain("realisasi E");
    await expect(rincianLembar("PK 2024").getByText("dikoreksi").count()).resolves.toBe(1);
    const tersimpan = await page.evaluate(() => localStorage.getItem("sakip.koreksi:contoh-lakip-2024.xlsx"));
    expect(JSON.parse(tersimpan ?? "null")).toEqual([{ sheet: "PK 2024", range: "A4:H19", columns: { realisasi: "E" } }]);
    await potret(page, "03-koreksi-diterapkan.png");

    // Remembered: the pane opened again on the same workbook scans with the correction.
    await page.reload();
    await page.getByTestId("baris-tabel").first().waitFor({ timeout: 30_000 });
    await expect(rincianLembar("PK 2024").getByTestId("peta-kolom").textContent()).resolves.toContain("realisasi E");
    await expect(rincianLembar("PK 2024").getByText("dikoreksi").count()).resolves.toBe(1);

    // Applied: with realisasi = target every printed PK capaian other than 100 % disagrees.
    await page.getByRole("tab", { name: /Periksa/ }).click();
    const capaianPk = kelompok("PK 2024").locator('[data-aturan="capaian-selisih"] [data-testid="temuan"]');
    await capaianPk.first().waitFor();
    expect(await capaianPk.count()).toBeGreaterThan(5);
    // SK1.IK1: printed 123,33 % (37 ÷ 30), now read as 30 ÷ 30.
    await expect(capaianPk.and(page.locator('[data-sel="H5"]')).textContent()).resolves.toMatch(/123,33 %.*30 ÷ target 30 = 100,00 %/);

    // Back to what was recognized.
    await page.getByRole("tab", { name: "Pindai" }).click();
    await pk.getByRole("button", { name: "Koreksi tabel PK 2024" }).click();
    await page.getByRole("button", { name: "Kembalikan hasil pengenalan" }).click();
    await page.getByTestId("pesan").filter({ hasText: "Koreksi dihapus" }).waitFor();
    await expect(rincianLembar("PK 2024").getByTestId("peta-kolom").textContent()).resolves.toContain("realisasi G");
    expect(await page.evaluate(() => localStorage.getItem("sakip.koreksi:contoh-lakip-2024.xlsx"))).toBeNull();

    // 3. Periksa: the report's own inconsistencies.
    await page.getByRole("tab", { name: /Periksa/ }).click();
    await page.getByRole("button", { name: "Periksa ulang" }).click();
    const tw = kelompok("Capaian TW");
    const sk3 = tw.locator('[data-aturan="capaian-selisih"] [data-testid="temuan"]').and(page.locator('[data-sel="F14"]'));
    await sk3.waitFor();
    const teks = await sk3.textContent();
    // SK3.IK3: 29,37 ÷ 5 = 587,40 %, printed 587,47 % (Tabel 3.9).
    expect(teks).toContain("587,47");
    expect(teks).toContain("587,40");
    // PK 2024: the same indicator printed 587,47 % against realisasi 22,74 (Tabel 1).
    const pkCapaian = kelompok("PK 2024").locator('[data-aturan="capaian-selisih"] [data-testid="temuan"]');
    await expect(pkCapaian.count()).resolves.toBe(1);
    await expect(pkCapaian.textContent()).resolves.toMatch(/H12.*587,47.*22,74.*454,80/);
    await sk3.click();
    const pratinjau = page.getByTestId("pratinjau-sel");
    // The cell holds the text as typed in the report (an English decimal point).
    await expect(pratinjau.textContent()).resolves.toMatch(/^Capaian TW!F14 = 587.47%/);
    // The row: realisasi 29,37 in E, target 5 in D, the indicator in C.
    const sel = pratinjau.getByRole("row");
    await expect(sel.filter({ hasText: /^E · / }).textContent()).resolves.toContain("29.37 Persen");
    await expect(sel.filter({ hasText: /^D · / }).textContent()).resolves.toContain("5 Persen");
    await expect(pratinjau.locator('[aria-current="true"]').textContent()).resolves.toMatch(/^F · .*587\.47%$/);
    await page.getByRole("status", { name: "Jumlah temuan" }).scrollIntoViewIfNeeded();
    await potret(page, "04-periksa-atas.png", false);
    await sk3.scrollIntoViewIfNeeded();
    await potret(page, "04-periksa-pratinjau.png", false);

    // Filter: errors only.
    await page.getByRole("combobox", { name: "Tingkat" }).click();
    await page.getByRole("option", { name: /^Galat/ }).click();
    const semua = await page.getByTestId("temuan").allTextContents();
    expect(semua.length).toBeGreaterThan(0);
    for (const t of semua) expect(t.startsWith("Galat")).toBe(true);

    // 4. Ringkasan: all five sheets, then download.
    await page.getByRole("tab", { name: "Ringkasan" }).click();
    await page.getByRole("button", { name: "Buat ringkasan" }).click();
    const hasil = page.getByRole("region", { name: "Lembar yang dibuat" });
    await hasil.waitFor({ timeout: 60_000 });
    expect(await hasil.getByRole("listitem").allTextContents()).toEqual(RINGKASAN);
    await hasil.getByRole("button", { name: "Ringkasan Kinerja" }).click();
    await page.getByTestId("pratinjau-lembar").waitFor();
    await potret(page, "05-ringkasan.png");

    const [unduhan] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh ringkasan" }).click()]);
    expect(unduhan.suggestedFilename()).toBe("contoh-lakip-2024-ringkasan.xlsx");
    const file = path.join(KELUARAN, unduhan.suggestedFilename());
    await unduhan.saveAs(file);

    const asli = sumber;
    const baru = await bacaBukuKerja(new Uint8Array(fs.readFileSync(file)));
    expect(baru.sheets.map((s) => s.name)).toEqual([...asli.sheets.map((s) => s.name), ...RINGKASAN]);
    expect(baru.sheets.slice(asli.sheets.length).map((s) => s.generatedKey)).toEqual([
      "ringkasan-kinerja",
      "capaian-triwulan",
      "realisasi-anggaran",
      "efisiensi",
      "temuan",
    ]);
    for (const s of asli.sheets) {
      const b = baru.sheets.find((x) => x.name === s.name)!;
      expect({ lembar: s.name, values: b.values, formulas: b.formulas, merges: b.merges }).toEqual({
        lembar: s.name,
        values: s.values,
        formulas: s.formulas,
        merges: s.merges,
      });
    }

    // 5. Rumus: examples shown, insertion disabled outside Excel.
    await page.getByRole("tab", { name: "Rumus" }).click();
    const capaian = page.getByTestId("rumus").filter({ hasText: "SAKIP.CAPAIAN" });
    await expect(capaian.textContent()).resolves.toContain("=SAKIP.CAPAIAN(30;37) → 123,33 %");
    const sisip = capaian.getByRole("button", { name: "Sisipkan" });
    await expect(sisip.isDisabled()).resolves.toBe(true);
    // Still focusable, so keyboard users reach it and hear why it is unavailable.
    await sisip.focus();
    await expect(sisip.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.getByText("Menyisipkan rumus hanya tersedia di Excel.", { exact: false }).first().waitFor();
    await potret(page, "06-rumus.png");

    expect(p.galatHalaman).toEqual([]);
    expect(permintaanAsing(p)).toEqual([]);
    expect(p.luar.every((u) => TELEMETRI.test(u))).toBe(true);
    // Everything the page loaded came from dist/: office.js included, no CDN.
    expect(server().permintaan).toContain("/office-js/office.js");
    for (const r of server().permintaan) expect({ r, ada: fs.existsSync(path.join(DIST, r)) }).toEqual({ r, ada: true });
  },
  180_000,
);

test(
  "berkas dari disk: pemilih berkas, seret dan lepas, berkas yang bukan .xlsx",
  async () => {
    const { page } = p;
    const dari = server().permintaan.length;
    await page.goto(server().url + "taskpane.html");
    await page.getByText("Mode mandiri (di luar Excel).").waitFor();
    await potret(page, "00-mandiri-kosong.png");
    // Only the pane itself so far: ExcelJS is fetched when a file is opened.
    const awal = server().permintaan.slice(dari).filter((r) => r.endsWith(".js") && !r.startsWith("/office-js/"));
    expect(awal.sort()).toEqual(["/commands.js", "/functions.js", "/taskpane.js"]);

    const [pilih] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Buka berkas…" }).click()]);
    await pilih.setFiles(CONTOH);
    await tujuhLembar();

    // Dropped anywhere on the pane: a workbook renamed to show it is the drop that opened it.
    const isi = fs.readFileSync(CONTOH).toString("base64");
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], "laporan-diseret.xlsx"));
      for (const type of ["dragover", "drop"]) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, isi);
    await page.getByText("Mode mandiri — laporan-diseret.xlsx").waitFor();
    await tujuhLembar();

    // A CSV saved with an .xlsx name: the failure is shown, in Indonesian, with what to do.
    const [pilih2] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Buka berkas…" }).click()]);
    await pilih2.setFiles({ name: "bukan.xlsx", mimeType: "text/csv", buffer: Buffer.from("No;Indikator;Target\n1;Produktivitas;30\n2;IKM;3,6\n") });
    const galat = page.getByTestId("galat");
    await galat.waitFor();
    await expect(galat.textContent()).resolves.toMatch(/Gagal membuka berkas bukan\.xlsx.*CSV/);
    await expect(page.getByText("Mode mandiri — laporan-diseret.xlsx").count()).resolves.toBe(1);
    await tujuhLembar();
    await potret(page, "07-galat-berkas.png");
    expect(p.galatHalaman).toEqual([]);
    expect(permintaanAsing(p)).toEqual([]);
  },
  120_000,
);
