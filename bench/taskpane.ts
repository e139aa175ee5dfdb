/**
 * Task pane load figures: the initial JavaScript (gzip, KiB; the scripts taskpane.html loads
 * besides office.js) and the time to first render in headless Chromium (ms from navigation to
 * the App's first effect, median of several loads, office.js and Office.onReady included), plus
 * the time until the bundled sample's tables are listed (?contoh=1).
 * Goals: ≤ 300 KiB and ≤ 300 ms. Run directly with `npx tsx bench/taskpane.ts`.
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { bukaPeramban, mulaiServer } from "../test/e2e/peramban";
import { DIST, pastikanDist } from "../test/unit/shell/dist";
import { median, type HasilBench } from "./hasil";

export const SASARAN_KIB = 300;
export const SASARAN_MS = 300;

export interface HasilTaskpane {
  gzipKiB: number;
  renderMs: number;
  contohMs: number;
  hasil: HasilBench[];
}

/** gzip -9 size of the scripts taskpane.html loads itself (office.js excluded, lazy chunks excluded). */
export function ukuranAwal(): number {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const skrip = Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g), (m) => m[1]).filter((s) => !s.startsWith("office-js/"));
  const byte = skrip.reduce((n, s) => n + gzipSync(new Uint8Array(fs.readFileSync(path.join(DIST, s))), { level: 9 }).length, 0);
  return Math.round((byte / 1024) * 10) / 10;
}

/** gzip -9 size of every script the task pane can load: the initial ones and each lazy chunk (ExcelJS, views). */
export function ukuranSemua(): number {
  const skrip = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const byte = skrip.reduce((n, s) => n + gzipSync(new Uint8Array(fs.readFileSync(path.join(DIST, s))), { level: 9 }).length, 0);
  return Math.round((byte / 1024) * 10) / 10;
}

export async function benchTaskpane(muat = 7): Promise<HasilTaskpane> {
  await pastikanDist();
  const gzipKiB = ukuranAwal();
  const semuaKiB = ukuranSemua();
  const server = await mulaiServer();
  const p = await bukaPeramban(server);
  try {
    /** ms from navigation start to the first render (mark) or to the sample's tables being listed. */
    const ukurSekali = async (siap: "render" | "contoh"): Promise<number> => {
      const page = await p.context.newPage();
      await page.goto(server.url + "taskpane.html" + (siap === "contoh" ? "?contoh=1" : ""));
      const ms =
        siap === "render"
          ? await page.waitForFunction(() => performance.getEntriesByName("sakip-tampil")[0]?.startTime, null, { timeout: 30_000 }).then((h) => h.jsonValue())
          : await page
              .waitForFunction(() => document.querySelector('[data-testid="baris-tabel"]') && performance.now(), null, { timeout: 30_000, polling: "raf" })
              .then((h) => h.jsonValue());
      await page.close();
      return Number(ms);
    };
    await ukurSekali("render"); // warm-up: Chromium's own start-up costs
    const render: number[] = [];
    for (let i = 0; i < muat; i++) render.push(await ukurSekali("render"));
    const contoh: number[] = [];
    for (let i = 0; i < 3; i++) contoh.push(await ukurSekali("contoh"));
    const renderMs = Math.round(median(render));
    const contohMs = Math.round(median(contoh));
    return {
      gzipKiB,
      renderMs,
      contohMs,
      hasil: [
        { nama: "JavaScript awal task pane (gzip)", nilai: gzipKiB, satuan: "KiB", sasaran: `≤ ${SASARAN_KIB} KiB`, ok: gzipKiB <= SASARAN_KIB },
        { nama: "JavaScript seluruh task pane, dengan potongan yang dimuat saat perlu (ExcelJS, tampilan)", nilai: semuaKiB, satuan: "KiB" },
        { nama: `Render pertama task pane (median ${muat} muat)`, nilai: renderMs, satuan: "ms", sasaran: `≤ ${SASARAN_MS} ms`, ok: renderMs <= SASARAN_MS },
        { nama: "Contoh terbuka, tabel tampil (?contoh=1, median 3)", nilai: contohMs, satuan: "ms" },
      ],
    };
  } finally {
    await p.tutup();
    await server.tutup();
  }
}

if (require.main === module) {
  benchTaskpane().then((r) => {
    for (const h of r.hasil) console.log(`${h.nama}: ${h.nilai.toLocaleString("id-ID")} ${h.satuan}${h.sasaran ? ` (sasaran ${h.sasaran}) ${h.ok ? "OK" : "BELUM"}` : ""}`);
  });
}
