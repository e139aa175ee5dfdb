/*
 * The pane at an Excel task pane's width (350 px, and the narrowest, 320 px), sample loaded: no
 * tab scrolls sideways (scrollWidth ≤ clientWidth), also with the correction panel, a finding's
 * cell preview and a summary sheet's preview open, and the ✎ Koreksi button lies inside the pane.
 */
import type { Page } from "playwright-core";
import { bukaPeramban, sajikanDist, potret, type Peramban } from "./peramban";

const server = sajikanDist();
let p: Peramban | undefined;

afterEach(async () => {
  await p?.tutup();
  p = undefined;
});

interface Lebar {
  scrollWidth: number;
  clientWidth: number;
  /** Elements reaching past the right edge (for the failure message). */
  keluar: string[];
}

async function lebar(page: Page): Promise<Lebar> {
  return page.evaluate(() => {
    const akar = document.scrollingElement ?? document.documentElement;
    const batas = akar.clientWidth;
    const keluar = Array.from(document.querySelectorAll("body *"))
      .filter((e) => e.getBoundingClientRect().right > batas + 0.5 && e.getBoundingClientRect().width > 0)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 40)} → ${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: akar.scrollWidth, clientWidth: akar.clientWidth, keluar };
  });
}

describe.each([350, 320])("pane %i px wide", (px) => {
  test(
    "every tab without horizontal scrolling, with the sample open",
    async () => {
      p = await bukaPeramban(server(), { lebar: px, tinggi: 800 });
      const { page } = p;
      await page.goto(server().url + "taskpane.html?contoh=1");
      await page.getByTestId("baris-tabel").first().waitFor({ timeout: 30_000 });
      const hasil: Record<string, Lebar> = {};

      hasil.pindai = await lebar(page);
      const koreksi = page.getByRole("button", { name: "Koreksi tabel PK 2024" });
      const kotak = await koreksi.boundingBox();
      expect(kotak && kotak.x >= 0 && kotak.x + kotak.width <= px).toBe(true);
      await koreksi.click();
      await page.getByTestId("koreksi").waitFor();
      hasil.koreksi = await lebar(page);
      await potret(page, `sempit-${px}-pindai.png`, false);

      await page.getByRole("tab", { name: /Periksa/ }).click();
      await page.getByTestId("temuan").first().click();
      await page.getByTestId("pratinjau-sel").waitFor();
      hasil.periksa = await lebar(page);
      await potret(page, `sempit-${px}-periksa.png`, false);

      await page.getByRole("tab", { name: "Ringkasan" }).click();
      await page.getByRole("button", { name: "Buat ringkasan" }).click();
      await page.getByRole("button", { name: "Unduh ringkasan" }).waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Ringkasan Kinerja" }).click();
      await page.getByTestId("pratinjau-lembar").waitFor();
      hasil.ringkasan = await lebar(page);
      await potret(page, `sempit-${px}-ringkasan.png`, false);

      await page.getByRole("tab", { name: "Rumus" }).click();
      await page.getByTestId("rumus").first().waitFor();
      hasil.rumus = await lebar(page);
      await potret(page, `sempit-${px}-rumus.png`, false);

      for (const [tab, l] of Object.entries(hasil)) {
        expect({ tab, ...l, lebih: l.scrollWidth > l.clientWidth }).toEqual({ tab, ...l, lebih: false });
      }
      expect(hasil.pindai.clientWidth).toBeLessThanOrEqual(px);
      expect(p.galatHalaman).toEqual([]);
    },
    180_000,
  );
});
