/*
 * The production build: the task pane page loads only same-origin code (office.js from our own
 * copy, never a CDN) under a strict Content-Security-Policy, carries the custom functions and the
 * ribbon commands (shared runtime), and its initial JavaScript stays within the size budget.
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { BUILD_TIMEOUT, DIST, pastikanDist } from "./dist";

const BUDGET_GZIP = 300 * 1024;

beforeAll(pastikanDist, BUILD_TIMEOUT);

const html = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");
const skrip = (isi: string) => Array.from(isi.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g), (m) => m[1]);

function csp(isi: string): Map<string, string[]> {
  const m = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(isi);
  if (!m) throw new Error("meta Content-Security-Policy tidak ada");
  return new Map(m[1].split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
}

describe.each(["taskpane.html", "commands.html"])("%s", (nama) => {
  test("semua skrip dari asal sendiri dan ada di dist/", () => {
    const src = skrip(html(nama));
    expect(src[0]).toBe("office-js/office.js");
    for (const s of src) {
      expect(s).not.toMatch(/^(https?:)?\/\//);
      expect(fs.existsSync(path.join(DIST, s))).toBe(true);
    }
  });

  test("Content-Security-Policy ketat tanpa asal luar", () => {
    const c = csp(html(nama));
    expect(c.get("default-src")).toEqual(["'self'"]);
    expect(c.get("script-src")).toEqual(["'self'"]);
    expect(c.get("object-src")).toEqual(["'none'"]);
    for (const [arah, nilai] of c) {
      for (const v of nilai) expect({ arah, v, ok: /^('self'|'none'|'unsafe-inline'|data:|blob:)$/.test(v) }).toEqual({ arah, v, ok: true });
      if (arah !== "style-src") expect(nilai).not.toContain("'unsafe-inline'");
    }
    expect(html(nama)).toMatch(/<html lang="?id"?/);
  });
});

test("taskpane.html memuat fungsi kustom dan perintah pita (runtime bersama)", () => {
  const src = skrip(html("taskpane.html"));
  expect(src).toEqual(expect.arrayContaining(["functions.js", "commands.js", "taskpane.js"]));
  expect(fs.readFileSync(path.join(DIST, "functions.js"), "utf8")).toMatch(/CustomFunctions\.associate\("CAPAIAN"/);
});

test("office.js lokal lengkap untuk Excel (tanpa CDN)", () => {
  for (const f of ["office.js", "o15apptofilemappingtable.js", "excel-web-16.00.js", "excel-win32-16.01.js", "excel-mac-16.00.js", "id-id/office_strings.js", "en-us/office_strings.js"]) {
    expect({ f, ada: fs.existsSync(path.join(DIST, "office-js", f)) }).toEqual({ f, ada: true });
  }
  expect(fs.existsSync(path.join(DIST, "office-js", "office.debug.js"))).toBe(false);
});

test(`JavaScript awal task pane ≤ ${BUDGET_GZIP / 1024} KiB gzip`, () => {
  const awal = skrip(html("taskpane.html")).filter((s) => !s.startsWith("office-js/"));
  const total = awal.reduce((n, s) => n + gzipSync(new Uint8Array(fs.readFileSync(path.join(DIST, s))), { level: 9 }).length, 0);
  expect(total).toBeGreaterThan(10 * 1024); // React + Fluent are really in there
  expect(total).toBeLessThanOrEqual(BUDGET_GZIP);
});
