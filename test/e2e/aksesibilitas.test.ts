/*
 * Accessibility of the task pane in headless Chromium: axe-core on each main view (no serious or
 * critical violations, light and dark theme) and a keyboard walk: Tab reaches the main controls
 * with a visible focus, a tab is activated with the arrow keys and Enter, a finding with Enter;
 * and the whole flow by keyboard alone: a column mapping changed in its dropdown, the findings
 * filtered, every sheet checkbox, Buat ringkasan, Unduh, a new sheet's preview and the Sisipkan buttons.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "../unit/shell/dist";
import { bukaPeramban, sajikanDist, permintaanAsing, potret, type Peramban } from "./peramban";

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

interface Pelanggaran {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const server = sajikanDist();
let p: Peramban;

afterEach(async () => {
  await p?.tutup();
});

async function periksaAxe(page: Page): Promise<Pelanggaran[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const hasil = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        // Fluent's focus sentinels (tabster dummy inputs: aria-hidden, focusable, hand focus on at
        // once) are a known false positive of this rule: microsoft/fluentui#27517 ("By Design"),
        // suppressed the same way by Accessibility Insights (accessibility-insights-web#7605).
        .filter((n: any) => !(v.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(n.html)))
        .map((n: any) => n.target.join(" ")),
    }));
  });
  return (hasil as Pelanggaran[]).filter((v) => (v.impact === "serious" || v.impact === "critical") && v.nodes.length > 0);
}

async function bukaContoh(tema: "light" | "dark"): Promise<Page> {
  p = await bukaPeramban(server(), { lewatiCsp: true, tema });
  await p.page.goto(server().url + "taskpane.html?contoh=1");
  await p.page.getByTestId("baris-tabel").first().waitFor({ timeout: 30_000 });
  return p.page;
}

describe.each(["light", "dark"] as const)("axe, tema %s", (tema) => {
  test(
    "setiap tampilan utama tanpa pelanggaran serius atau kritis",
    async () => {
      const page = await bukaContoh(tema);
      const hasil: Record<string, Pelanggaran[]> = {};

      hasil.pindai = await periksaAxe(page);
      await page.getByRole("button", { name: "Koreksi tabel PK 2024" }).click();
      await page.getByTestId("koreksi").waitFor();
      hasil.koreksi = await periksaAxe(page);
      await page.getByRole("combobox", { name: "Kolom target" }).click();
      await page.getByRole("listbox").waitFor();
      hasil.dropdown = await periksaAxe(page);
      await page.keyboard.press("Escape");

      await page.getByRole("tab", { name: /Periksa/ }).click();
      await page.getByTestId("temuan").first().click();
      await page.getByTestId("pratinjau-sel").waitFor();
      hasil.periksa = await periksaAxe(page);

      await page.getByRole("tab", { name: "Ringkasan" }).click();
      await page.getByRole("button", { name: "Buat ringkasan" }).waitFor();
      hasil.ringkasan = await periksaAxe(page);
      await page.getByRole("button", { name: "Buat ringkasan" }).click();
      await page.getByRole("button", { name: "Unduh ringkasan" }).waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Temuan" }).click();
      await page.getByTestId("pratinjau-lembar").waitFor();
      hasil.hasil = await periksaAxe(page);

      await page.getByRole("tab", { name: "Rumus" }).click();
      await page.getByTestId("rumus").first().waitFor();
      hasil.rumus = await periksaAxe(page);
      await potret(page, `08-rumus-${tema}.png`);

      expect(hasil).toEqual({ pindai: [], koreksi: [], dropdown: [], periksa: [], ringkasan: [], hasil: [], rumus: [] });
      expect(p.galatHalaman).toEqual([]);
      expect(permintaanAsing(p)).toEqual([]);
    },
    120_000,
  );
});

interface Fokus {
  role: string | null;
  nama: string;
  terlihat: boolean;
}

async function fokus(page: Page): Promise<Fokus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { role: null, nama: "", terlihat: false };
    const role = el.getAttribute("role") ?? (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase());
    // The accessible name: aria-label, else every element aria-labelledby names, else an input's <label>.
    const ids = (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
    const dariId = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? "").filter(Boolean).join(" ");
    const dariLabel = Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent?.trim() ?? "").join(" ");
    const label = el.getAttribute("aria-label") ?? (dariId || dariLabel || null);
    // Fluent marks keyboard focus with data-fui-focus-visible (its outline is drawn by ::after).
    const terlihat = el.matches(":focus-visible") || el.hasAttribute("data-fui-focus-visible") || !!el.closest("[data-fui-focus-within]");
    return { role, nama: (label ?? el.textContent ?? "").trim(), terlihat };
  });
}

test(
  "papan ketik: Tab ke kontrol utama, panah dan Enter memilih tab, Enter membuka temuan",
  async () => {
    const page = await bukaContoh("light");
    const urutan: Fokus[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      urutan.push(await fokus(page));
    }
    const nama = urutan.map((f) => f.nama);
    for (const n of ["Buka berkas…", "Buka contoh", "Pindai", "Pindai ulang", "Koreksi tabel PK 2024"]) expect(nama).toContain(n);
    for (const f of urutan.filter((x) => x.role !== null)) expect({ ...f, terlihat: true }).toEqual(f);
    // Tab order follows the page: file buttons, then the tabs, then the panel.
    expect(nama.indexOf("Buka contoh")).toBeLessThan(nama.indexOf("Pindai"));
    expect(nama.indexOf("Pindai")).toBeLessThan(nama.indexOf("Pindai ulang"));

    // Back to the tab list; the arrow key moves to Periksa, Enter activates it.
    await page.getByRole("tab", { name: "Pindai" }).focus();
    await page.keyboard.press("ArrowRight");
    expect((await fokus(page)).nama).toMatch(/^Periksa/);
    await page.keyboard.press("Enter");
    await page.getByRole("tabpanel", { name: /Periksa/ }).waitFor();
    await expect(page.getByRole("tab", { name: /Periksa/ }).getAttribute("aria-selected")).resolves.toBe("true");

    // Into the panel (once its view has loaded): the first finding opens with Enter.
    await page.getByRole("button", { name: "Periksa ulang" }).waitFor();
    await page.keyboard.press("Tab");
    expect((await fokus(page)).nama).toBe("Periksa ulang");
    let temuan = false;
    for (let i = 0; i < 10 && !temuan; i++) {
      await page.keyboard.press("Tab");
      temuan = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "temuan");
    }
    expect(temuan).toBe(true);
    expect((await fokus(page)).terlihat).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByTestId("pratinjau-sel").waitFor();
    await potret(page, "09-papan-ketik.png", false);
  },
  120_000,
);

/** Presses Tab until the focused element matches; fails when it is never reached. */
async function tabKe(page: Page, cocok: (f: Fokus) => boolean, apa: string, maks = 60): Promise<Fokus> {
  const dilewati: string[] = [];
  for (let i = 0; i < maks; i++) {
    await page.keyboard.press("Tab");
    const f = await fokus(page);
    dilewati.push(`${f.role}:${f.nama}`);
    if (cocok(f)) {
      expect({ apa, terlihat: f.terlihat }).toEqual({ apa, terlihat: true });
      return f;
    }
  }
  throw new Error(`${apa}: tidak tercapai dengan ${maks}× Tab (${dilewati.join(" | ")})`);
}

const teksFokus = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? "").trim());

test(
  "papan ketik saja: koreksi kolom, saring temuan, buat ringkasan, pratinjau, rumus",
  async () => {
    const page = await bukaContoh("light");

    // Pindai: open the correction of PK 2024, change a column mapping with the keys, close it.
    await tabKe(page, (f) => f.nama === "Koreksi tabel PK 2024", "tombol Koreksi");
    await page.keyboard.press("Enter");
    await page.getByTestId("koreksi").waitFor();
    await tabKe(page, (f) => f.role === "combobox" && f.nama.startsWith("Kolom target"), "pilihan Kolom target");
    const sebelum = await teksFokus(page);
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor({ state: "detached" });
    expect(await teksFokus(page)).not.toBe(sebelum);
    await tabKe(page, (f) => f.nama === "Terapkan koreksi", "Terapkan koreksi");
    await tabKe(page, (f) => f.nama === "Tutup", "Tutup");
    await page.keyboard.press("Enter");
    await page.getByTestId("koreksi").waitFor({ state: "detached" });

    // Periksa: the severity filter by keyboard leaves only the errors.
    await page.getByRole("tab", { name: "Pindai" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Periksa ulang" }).waitFor();
    await tabKe(page, (f) => f.role === "combobox" && f.nama.startsWith("Tingkat"), "saringan Tingkat");
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor({ state: "detached" });
    expect(await teksFokus(page)).toBe("Galat");
    await tabKe(page, (f) => f.role === "combobox" && f.nama.startsWith("Lembar"), "saringan Lembar");
    await tabKe(page, (f) => f.role !== null && !f.nama.startsWith("Lembar") && f.role !== "combobox", "temuan pertama");

    // Ringkasan: every sheet's checkbox, then Buat ringkasan with Enter; the download and the new sheets.
    await page.getByRole("tab", { name: /Periksa/ }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Buat ringkasan" }).waitFor();
    let kotak = 0;
    await tabKe(
      page,
      (f) => {
        if (f.role === "checkbox") kotak++;
        return f.nama === "Buat ringkasan";
      },
      "Buat ringkasan",
    );
    expect(kotak).toBe(5);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Unduh ringkasan" }).waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: "Ringkasan" }).focus();
    await tabKe(page, (f) => f.nama === "Unduh ringkasan", "Unduh ringkasan");
    await tabKe(page, (f) => f.nama === "Temuan", "tautan lembar Temuan");
    await page.keyboard.press("Enter");
    await page.getByTestId("pratinjau-lembar").waitFor();

    // Rumus: the insert buttons are reachable (disabled outside Excel, with the reason beside them).
    await page.getByRole("tab", { name: "Ringkasan" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByTestId("rumus").first().waitFor();
    await tabKe(page, (f) => f.nama.startsWith("Sisipkan"), "Sisipkan");
    expect(p.galatHalaman).toEqual([]);
    await potret(page, "10-papan-ketik-alur.png", false);
  },
  180_000,
);
