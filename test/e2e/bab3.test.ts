/*
 * "Susun Bab III" in headless Chromium, standalone mode on the sample: the table list, a family
 * unticked, the .docx downloaded and opened (its word/document.xml read back: every listed
 * table is there, with its caption).
 */
import * as fs from "fs";
import * as path from "path";
import { bacaTabel } from "../integration/laporan/docx-baca";
import { bukaPeramban, KELUARAN, sajikanDist, potret, type Peramban } from "./peramban";

const server = sajikanDist();
let p: Peramban;

afterAll(async () => {
  await p?.tutup();
});

test(
  "contoh: daftar tabel Bab III, satu keluarga dilepas, .docx diunduh dan terbuka",
  async () => {
    p = await bukaPeramban(server());
    const { page } = p;
    await page.goto(server().url + "taskpane.html?contoh=1");
    await page.getByText("Mode mandiri — contoh-lakip-2024.xlsx").waitFor();
    await page.getByTestId("baris-tabel").first().waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: "Susun Bab III" }).click();
    const daftar = page.getByTestId("daftar-tabel-bab3").locator("li");
    await page.getByRole("status").filter({ hasText: "73 tabel, 15 gambar" }).waitFor({ timeout: 30_000 });
    expect(await daftar.count()).toBe(73);
    await page.getByRole("checkbox", { name: "Perbandingan dengan satker sejenis" }).click();
    await page.getByRole("status").filter({ hasText: "43 tabel, 15 gambar" }).waitFor();
    const judul = await daftar.allTextContents();
    expect(judul).toHaveLength(43);
    await potret(page, "bab3-daftar.png");
    const [unduhan] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "Unduh Bab III (.docx)" }).click()]);
    expect(unduhan.suggestedFilename()).toBe("bab3.docx");
    const file = path.join(KELUARAN, "bab3.docx");
    fs.mkdirSync(KELUARAN, { recursive: true });
    await unduhan.saveAs(file);
    const tabel = bacaTabel(new Uint8Array(fs.readFileSync(file)));
    expect(tabel.map((t) => t.judul)).toEqual(judul);
    expect(tabel[0].baris.some((r) => r.includes("123,33"))).toBe(true);
  },
  180_000,
);
