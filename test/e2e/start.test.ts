/*
 * `npm start` on this machine: the first URL it prints answers 200 to a client that trusts only the
 * system store (node's https with the system CA bundle and nothing else), or, when the CA could
 * not be installed, over http on localhost. The server runs on a free port and is stopped after.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import * as net from "net";
import * as path from "path";
import { ROOT } from "../unit/shell/dist";

const BUNDEL_SISTEM = "/etc/ssl/certs/ca-certificates.crt";

function portBebas(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "localhost", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Resolves with the first http(s) URL the process prints (its whole output so far on failure). */
function urlPertama(anak: ChildProcess, keluaran: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const cari = (b: Buffer) => {
      keluaran.push(b.toString());
      const m = /https?:\/\/localhost:\d+\/\S*/.exec(keluaran.join(""));
      if (m) resolve(m[0]);
    };
    anak.stdout?.on("data", cari);
    anak.stderr?.on("data", (b: Buffer) => keluaran.push(b.toString()));
    anak.on("exit", (kode) => reject(new Error(`npm start berhenti (${kode}):\n${keluaran.join("")}`)));
  });
}

function ambil(url: string): Promise<{ status: number; isi: string }> {
  return new Promise((resolve, reject) => {
    const selesai = (r: http.IncomingMessage) => {
      let isi = "";
      r.setEncoding("utf8");
      r.on("data", (c: string) => (isi += c));
      r.on("end", () => resolve({ status: r.statusCode ?? 0, isi }));
    };
    const req = url.startsWith("https:")
      ? // `ca` replaces node's own roots: only what the system store trusts is trusted.
        https.get(url, { ca: fs.readFileSync(BUNDEL_SISTEM) }, selesai)
      : http.get(url, selesai);
    req.on("error", reject);
  });
}

let anak: ChildProcess | undefined;

afterEach(async () => {
  if (!anak || anak.exitCode !== null) return;
  const berhenti = new Promise((r) => anak!.once("exit", r));
  anak.kill("SIGTERM");
  await berhenti;
});

test(
  "the first URL npm start prints answers 200 with the standalone pane",
  async () => {
    const port = await portBebas();
    const keluaran: string[] = [];
    anak = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], {
      cwd: ROOT,
      env: { ...process.env, SAKIP_PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await urlPertama(anak, keluaran);
    expect(url).toMatch(new RegExp(`^https?://localhost:${port}/taskpane\\.html\\?contoh=1$`));
    const r = await ambil(url);
    expect(r.status).toBe(200);
    expect(r.isi).toMatch(/<div id="?container"?>/); // taskpane.html, minified or not
    // http only with the one-line reason before it.
    if (url.startsWith("http:")) expect(keluaran.join("")).toMatch(/⚠ .*http/);
  },
  420_000,
);
