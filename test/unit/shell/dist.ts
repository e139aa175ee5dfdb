/*
 * Shared by the shell tests: the repository root, a production build of dist/ when it is missing
 * or older than its sources (one build at a time across jest workers), and PNG header reading.
 */
import { execFile } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
export const BUILD_TIMEOUT = 240_000;

const SUMBER = ["src", "assets", "manifest.xml", "webpack.config.js"];
const HASIL = ["taskpane.html", "commands.html", "taskpane.js", "functions.js", "functions.json", "manifest.xml"];

function waktuTerbaru(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((n) => waktuTerbaru(path.join(p, n))));
}

export function distUsang(): boolean {
  if (!HASIL.every((f) => fs.existsSync(path.join(DIST, f)))) return true;
  const dibangun = Math.min(...HASIL.map((f) => fs.statSync(path.join(DIST, f)).mtimeMs));
  return SUMBER.some((s) => waktuTerbaru(path.join(ROOT, s)) > dibangun);
}

const tidur = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds dist/ with `webpack --mode production` unless it is up to date. */
export async function pastikanDist(): Promise<void> {
  const kunci = path.join(os.tmpdir(), "sakip-dist-" + createHash("sha1").update(ROOT).digest("hex").slice(0, 10) + ".lock");
  const batas = Date.now() + BUILD_TIMEOUT;
  while (Date.now() < batas) {
    if (!distUsang()) return;
    try {
      fs.mkdirSync(kunci);
    } catch {
      // another worker is building; a lock older than the build timeout is left over from a crash
      if (fs.existsSync(kunci) && Date.now() - fs.statSync(kunci).mtimeMs > BUILD_TIMEOUT) fs.rmSync(kunci, { recursive: true, force: true });
      await tidur(500);
      continue;
    }
    try {
      if (!distUsang()) return;
      const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
      const env = { ...process.env };
      delete env.ADDIN_URL; // the tests read the localhost manifest
      await new Promise<void>((resolve, reject) =>
        execFile(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
          err ? reject(new Error(`webpack gagal:\n${stdout}\n${stderr}`)) : resolve(),
        ),
      );
      return;
    } finally {
      fs.rmSync(kunci, { recursive: true, force: true });
    }
  }
  throw new Error("dist/ tidak selesai dibangun dalam batas waktu");
}

/** Width and height from a PNG's IHDR chunk. */
export function ukuranPng(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  if (b.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" || b.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error(`${file} bukan PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
