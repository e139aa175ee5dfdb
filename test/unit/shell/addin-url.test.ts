/*
 * ADDIN_URL: the production manifest must carry the given origin and nothing else. Runs the very
 * transform the build uses (the CopyWebpackPlugin pattern for manifest.xml in webpack.config.js).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./dist";

const SUMBER = fs.readFileSync(path.join(ROOT, "manifest.xml"));
const SKEMA = /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//;

type Pola = { from: string; transform?: (isi: Buffer, file: string) => Buffer | string };

async function manifestDengan(addinUrl: string | undefined): Promise<string> {
  const lama = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  try {
    const buat = require(path.join(ROOT, "webpack.config.js"));
    const konfigurasi = await buat({}, { mode: "production" });
    const copy = konfigurasi.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    const pola = (copy.patterns as Pola[]).find((p) => p.from === "manifest.xml");
    if (!pola?.transform) throw new Error("pola CopyWebpackPlugin untuk manifest.xml tidak ditemukan");
    return pola.transform(SUMBER, path.join(ROOT, "manifest.xml")).toString();
  } finally {
    if (lama === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = lama;
  }
}

function alamat(xml: string): string[] {
  return Array.from(xml.matchAll(/https?:\/\/[^"'<>\s]+/g), (m) => m[0]).filter((u) => !SKEMA.test(u));
}

describe("ADDIN_URL mengganti asal di dist/manifest.xml", () => {
  const jumlahSumber = alamat(SUMBER.toString()).length;

  test("semua alamat memakai https://example.go.id/sakip/ saja", async () => {
    const xml = await manifestDengan("https://example.go.id/sakip/");
    const daftar = alamat(xml);
    expect(daftar).toHaveLength(jumlahSumber);
    expect(jumlahSumber).toBeGreaterThanOrEqual(10);
    for (const u of daftar) expect(u.startsWith("https://example.go.id/sakip/")).toBe(true);
    expect(xml).not.toMatch(/https?:\/\/localhost/);
    expect(xml).toContain('DefaultValue="https://example.go.id/sakip/taskpane.html"');
    expect(xml).toContain('DefaultValue="https://example.go.id/sakip/functions.json"');
    expect(() => execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] })).not.toThrow();
  });

  test("garis miring penutup ditambahkan bila tidak ada", async () => {
    const xml = await manifestDengan("https://kinerja.example.go.id");
    expect(xml).toContain('DefaultValue="https://kinerja.example.go.id/assets/icon-32.png"');
    expect(alamat(xml).every((u) => u.startsWith("https://kinerja.example.go.id/"))).toBe(true);
  });

  test("tanpa ADDIN_URL manifest disalin apa adanya (localhost:3000)", async () => {
    expect(await manifestDengan(undefined)).toBe(SUMBER.toString());
  });

  test("alamat bukan https ditolak", async () => {
    await expect(manifestDengan("http://example.go.id/sakip/")).rejects.toThrow(/ADDIN_URL/);
    await expect(manifestDengan("example.go.id")).rejects.toThrow(/ADDIN_URL/);
  });
});
