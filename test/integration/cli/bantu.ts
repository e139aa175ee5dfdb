/** Spawning the real `kinerja` bin and looking at files for the CLI tests. */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const BIN = path.join(ROOT, "bin/kinerja.js");
export const CONTOH = path.join(ROOT, "assets/contoh-lakip-2024.xlsx");

export interface Hasil {
  kode: number | null;
  keluar: string;
  galat: string;
}

export function kinerja(args: string[], opsi: { node?: string[]; timeout?: number } = {}): Hasil {
  const r = spawnSync(process.execPath, [...(opsi.node ?? []), BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: opsi.timeout ?? 120000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { kode: r.status, keluar: r.stdout, galat: r.stderr };
}

export function sidik(f: string): string {
  return crypto.createHash("sha256").update(new Uint8Array(fs.readFileSync(f))).digest("hex");
}

export function folderSementara(awalan: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), awalan));
}

/** Files in a folder, hidden ones (temporary writes) included. */
export function isiFolder(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
