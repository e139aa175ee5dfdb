/*
 * Shared by the end-to-end tests: dist/ served from 127.0.0.1 on a random port, and headless
 * Chromium in a fresh profile with every request to another origin aborted and recorded (the
 * office.js telemetry iframe is the one expected outsider).
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { BUILD_TIMEOUT, DIST, pastikanDist, ROOT } from "../unit/shell/dist";

export const CHROMIUM = "/usr/bin/chromium";
export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
export const KELUARAN = path.join(ROOT, "test-output", "e2e");
/** office.js asks for its telemetry proxy outside Office; it is aborted like everything foreign. */
export const TELEMETRI = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

const JENIS: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface Server {
  url: string;
  permintaan: string[];
  tutup(): Promise<void>;
}

export async function mulaiServer(akar = DIST): Promise<Server> {
  const permintaan: string[] = [];
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    permintaan.push(p);
    const file = path.join(akar, path.normalize(p).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(akar) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("tidak ada");
      return;
    }
    res.writeHead(200, { "Content-Type": JENIS[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    permintaan,
    tutup: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Peramban {
  context: BrowserContext;
  page: Page;
  /** Requests to any origin but the server's (all aborted). */
  luar: string[];
  galatHalaman: string[];
  tutup(): Promise<void>;
}

export interface OpsiPeramban {
  lebar?: number;
  tinggi?: number;
  /** Lets a test inject its own script (axe-core) past the page's Content-Security-Policy. */
  lewatiCsp?: boolean;
  tema?: "light" | "dark";
}

export async function bukaPeramban(server: Server, opsi: OpsiPeramban = {}): Promise<Peramban> {
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e2e-"));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: opsi.lebar ?? 420, height: opsi.tinggi ?? 900 },
    locale: "id-ID",
    bypassCSP: opsi.lewatiCsp ?? false,
    colorScheme: opsi.tema ?? "light",
  });
  const luar: string[] = [];
  const galatHalaman: string[] = [];
  const asal = new URL(server.url).origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(asal + "/")) return route.continue();
    luar.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => galatHalaman.push(String(e)));
  return {
    context,
    page,
    luar,
    galatHalaman,
    tutup: async () => {
      await context.close();
      fs.rmSync(profil, { recursive: true, force: true });
    },
  };
}

/** Foreign requests other than the office.js telemetry iframe (should be none). */
export function permintaanAsing(p: Peramban): string[] {
  return p.luar.filter((u) => !TELEMETRI.test(u));
}

/** A screenshot of the whole page, or of the viewport only (penuh false) where a long list would shrink it unreadably. */
export async function potret(page: Page, nama: string, penuh = true): Promise<string> {
  fs.mkdirSync(KELUARAN, { recursive: true });
  const file = path.join(KELUARAN, nama);
  await page.screenshot({ path: file, fullPage: penuh });
  return file;
}

/**
 * The built pane served for one test file: built if needed before the first test, stopped after
 * the last. Returns the server's getter (it exists only once beforeAll has run).
 */
export function sajikanDist(): () => Server {
  let server: Server | undefined;
  beforeAll(async () => {
    await pastikanDist();
    server = await mulaiServer();
  }, BUILD_TIMEOUT + 30_000);
  afterAll(async () => {
    await server?.tutup();
  });
  return () => {
    if (!server) throw new Error("server belum berjalan");
    return server;
  };
}
