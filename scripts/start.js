#!/usr/bin/env node
/*
 * `npm start`: builds dist/ when it is missing or older than the sources, then serves the add-in
 * on localhost:3000 (webpack-dev-server, rebuilds on change; SAKIP_PORT chooses another port) and
 * explains how to open it: standalone in a browser on the sample workbook, or sideloaded into Excel.
 *
 * https needs a development CA the browser trusts. One CA is generated once (office-addin-dev-certs)
 * into ~/.office-addin-dev-certs and reused on every start, so a CA trusted once stays trusted.
 * When it can be installed (root, or sudo without a password) it goes into the system store
 * (update-ca-certificates) and into the NSS databases Chromium and Firefox read on Linux (certutil,
 * from libnss3-tools); then the https URL is printed. Otherwise one line says so and the server
 * runs on http, whose localhost URL works for the standalone mode (SAKIP_HTTP=1 asks for that).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const net = require("net");
const { X509Certificate } = require("crypto");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST_PENANDA = path.join(ROOT, "dist", "taskpane.html");
const SUMBER = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json"];

function waktuTerbaru(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const nama of fs.readdirSync(p)) t = Math.max(t, waktuTerbaru(path.join(p, nama)));
  return t;
}

function perluBangun() {
  if (!fs.existsSync(DIST_PENANDA)) return true;
  const dist = fs.statSync(DIST_PENANDA).mtimeMs;
  return SUMBER.some((s) => waktuTerbaru(path.join(ROOT, s)) > dist);
}

function bangun() {
  console.log("» Membangun add-in (webpack --mode production) …");
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const r = spawnSync(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) {
    console.error("✗ Build gagal. Jalankan `npx webpack --mode production` untuk melihat rinciannya.");
    process.exit(r.status || 1);
  }
}

const DIR_SERTIFIKAT = path.join(os.homedir(), ".office-addin-dev-certs");
const BERKAS = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
const HARI_BERLAKU = 365;
/** Where the CA goes in the system store (update-ca-certificates reads *.crt below this). */
const CA_SISTEM = "/usr/local/share/ca-certificates/office-addin-dev-certs/sakip-kinerja-dev-ca.crt";
const NAMA_NSS = "SAKIP Kinerja dev CA";

function bacaSertifikat() {
  const f = Object.fromEntries(Object.entries(BERKAS).map(([k, n]) => [k, path.join(DIR_SERTIFIKAT, n)]));
  if (!Object.values(f).every((x) => fs.existsSync(x))) return null;
  return { berkas: f, ca: fs.readFileSync(f.ca), cert: fs.readFileSync(f.cert), key: fs.readFileSync(f.key) };
}

/** The files in hand are usable: localhost's certificate issued by the CA beside it, valid for a day more. */
function masihBerlaku(s) {
  try {
    const ca = new X509Certificate(s.ca);
    const cert = new X509Certificate(s.cert);
    const besok = Date.now() + 24 * 3600 * 1000;
    return cert.verify(ca.publicKey) && cert.checkHost("localhost") && Date.parse(cert.validTo) > besok && Date.parse(ca.validTo) > besok;
  } catch {
    return false;
  }
}

/** The one development CA and localhost certificate: reused while valid, generated once otherwise. */
async function sertifikat() {
  const ada = bacaSertifikat();
  if (ada && masihBerlaku(ada)) return ada;
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
  for (const n of Object.values(BERKAS)) fs.rmSync(path.join(DIR_SERTIFIKAT, n), { force: true });
  const f = (n) => path.join(DIR_SERTIFIKAT, n);
  const log = console.log;
  console.log = () => {}; // the generator's own English line
  try {
    await generateCertificates(f(BERKAS.ca), f(BERKAS.cert), f(BERKAS.key), HARI_BERLAKU, ["localhost", "127.0.0.1"]);
  } finally {
    console.log = log;
  }
  console.log(`» Sertifikat pengembang dibuat di ${DIR_SERTIFIKAT} (dipakai ulang setiap npm start).`);
  return bacaSertifikat();
}

function jalan(perintah, args, opsi = {}) {
  return spawnSync(perintah, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", ...opsi });
}

function ada(perintah) {
  return jalan("sh", ["-c", `command -v ${perintah}`]).status === 0;
}

/** How system changes are made: directly as root, with sudo when it asks no password, or not at all. */
function caraRoot() {
  if (typeof process.getuid === "function" && process.getuid() === 0) return [];
  if (ada("sudo") && jalan("sudo", ["-n", "true"]).status === 0) return ["sudo", "-n"];
  return null;
}

function sebagaiRoot(awalan, perintah, args) {
  const [p, ...a] = [...awalan, perintah, ...args];
  return jalan(p, a).status === 0;
}

/** The CA into the system store, unless it is there already. */
function pasangSistem(awalan, ca) {
  if (fs.existsSync(CA_SISTEM) && fs.readFileSync(CA_SISTEM).equals(ca)) return true;
  if (!ada("update-ca-certificates")) return false;
  const sementara = path.join(os.tmpdir(), `sakip-ca-${process.pid}.crt`);
  fs.writeFileSync(sementara, ca);
  try {
    return (
      sebagaiRoot(awalan, "mkdir", ["-p", path.dirname(CA_SISTEM)]) &&
      sebagaiRoot(awalan, "cp", [sementara, CA_SISTEM]) &&
      sebagaiRoot(awalan, "chmod", ["644", CA_SISTEM]) &&
      sebagaiRoot(awalan, "update-ca-certificates", [])
    );
  } finally {
    fs.rmSync(sementara, { force: true });
  }
}

/** The NSS databases Chromium (~/.pki/nssdb) and Firefox (each profile) read on Linux. */
function basisNss() {
  const dirs = [path.join(os.homedir(), ".pki", "nssdb")];
  const ff = path.join(os.homedir(), ".mozilla", "firefox");
  if (fs.existsSync(ff)) {
    for (const n of fs.readdirSync(ff)) if (fs.existsSync(path.join(ff, n, "cert9.db"))) dirs.push(path.join(ff, n));
  }
  return dirs;
}

/** The CA into every NSS database (created for Chromium when missing); false without certutil. */
function pasangNss(berkasCa) {
  if (process.platform !== "linux" || !ada("certutil")) return false;
  let ok = true;
  for (const dir of basisNss()) {
    if (!fs.existsSync(path.join(dir, "cert9.db"))) {
      fs.mkdirSync(dir, { recursive: true });
      if (jalan("certutil", ["-d", `sql:${dir}`, "-N", "--empty-password"]).status !== 0) ok = false;
    }
    jalan("certutil", ["-d", `sql:${dir}`, "-D", "-n", NAMA_NSS]); // an older CA under the same name
    if (jalan("certutil", ["-d", `sql:${dir}`, "-A", "-t", "C,,", "-n", NAMA_NSS, "-i", berkasCa]).status !== 0) ok = false;
  }
  return ok;
}

/**
 * https options when the CA can be trusted on this machine, else null after one line saying why.
 * `SAKIP_HTTP=1` asks for http outright.
 */
async function opsiHttps() {
  if (process.env.SAKIP_HTTP === "1") return null;
  const awalan = caraRoot();
  if (!awalan) {
    console.log("⚠ Sertifikat pengembang tidak dapat dipasang (perlu root atau sudo tanpa kata sandi); server memakai http di localhost.");
    return null;
  }
  const s = await sertifikat();
  if (!s || !pasangSistem(awalan, s.ca)) {
    console.log("⚠ Sertifikat pengembang gagal dipasang ke penyimpanan sistem (update-ca-certificates); server memakai http di localhost.");
    return null;
  }
  if (process.platform === "linux" && !pasangNss(s.berkas.ca)) {
    console.log("⚠ certutil (paket libnss3-tools) tidak ada: Chromium/Firefox belum memercayai sertifikat; jalankan bash scripts/setup.sh.");
  }
  return { ca: s.ca, cert: s.cert, key: s.key };
}

function petunjuk(protokol, port) {
  const asal = `${protokol}://localhost:${port}`;
  const manifest = path.join(ROOT, "dist", "manifest.xml");
  const baris = [
    "",
    `SAKIP Kinerja berjalan: ${asal}/taskpane.html?contoh=1`,
    "",
    "(a) Mode mandiri — buka alamat di atas di peramban mana pun (tanpa Excel), langsung dengan buku kerja contoh.",
    `    Tanpa contoh (pilih berkas .xlsx sendiri): ${asal}/taskpane.html`,
    "",
    "(b) Sideload ke Excel — manifest: " + manifest,
    "    • Excel untuk web: buka buku kerja → Sisipkan → Add-in → Add-in Saya → Unggah Add-in Saya",
    "      → pilih manifest.xml di atas. Peramban harus berjalan di komputer ini (localhost).",
    "    • Windows: taruh manifest.xml di folder bersama (mis. \\\\NAMA-PC\\manifest), lalu di Excel:",
    "      File → Opsi → Pusat Kepercayaan → Pengaturan Pusat Kepercayaan → Katalog Add-in Tepercaya",
    "      → tambahkan alamat folder itu, centang \"Tampilkan di Menu\", mulai ulang Excel →",
    "      Sisipkan → Add-in Saya → FOLDER BERSAMA → SAKIP Kinerja.",
    "      (Di Windows juga bisa: npx office-addin-dev-settings sideload manifest.xml — tidak tersedia di Linux.)",
    "    • Mac: salin manifest.xml ke ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "      (buat foldernya bila belum ada), mulai ulang Excel → Sisipkan → Add-in Saya.",
    "    Setelah dimuat: tab Beranda → tombol SAKIP Kinerja; rumus seperti =SAKIP.CAPAIAN(30;37) siap dipakai.",
  ];
  if (protokol === "http") {
    baris.push(
      "",
      "⚠ Server berjalan dengan http, bukan https. Mode mandiri tetap berfungsi, tetapi Excel hanya",
      "  memuat add-in lewat https. Untuk sideload: jalankan `npm start` sebagai root (atau dengan sudo",
      "  tanpa kata sandi) sekali, agar sertifikat pengembang terpasang.",
    );
  }
  baris.push("", "Tekan Ctrl+C untuk berhenti.", "");
  console.log(baris.join("\n"));
}

/** webpack-dev-server reports a busy port as an uncaught error; check first and say it plainly. */
function portBebas(port) {
  return new Promise((resolve) => {
    const uji = net.createServer();
    uji.once("error", () => resolve(false));
    uji.once("listening", () => uji.close(() => resolve(true)));
    uji.listen(port, "localhost");
  });
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, "node_modules", "webpack"))) {
    console.error("✗ Paket npm belum terpasang. Jalankan dulu: bash scripts/setup.sh");
    process.exit(1);
  }
  const buatKonfigurasi = require(path.join(ROOT, "webpack.config.js"));
  const port = Number(process.env.SAKIP_PORT) || buatKonfigurasi.PORT;
  if (!(await portBebas(port))) {
    console.error(`✗ Port ${port} sudah dipakai program lain (mungkin npm start yang masih berjalan). Hentikan program itu lalu coba lagi.`);
    process.exit(1);
  }
  if (perluBangun()) bangun();
  else console.log("» dist/ sudah mutakhir.");

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  // The server's https is decided here (one CA kept across starts), not by the config.
  const https = await opsiHttps();
  const konfigurasi = await buatKonfigurasi({}, { mode: "development" });
  konfigurasi.devServer.port = port;
  konfigurasi.devServer.server = https ? { type: "https", options: https } : { type: "http" };
  konfigurasi.infrastructureLogging = { level: "warn" };
  konfigurasi.stats = "errors-warnings";
  const compiler = webpack(konfigurasi);
  const server = new WebpackDevServer(konfigurasi.devServer, compiler);

  let sudahCetak = false;
  compiler.hooks.done.tap("sakip-start", (stats) => {
    if (stats.hasErrors()) {
      console.error("✗ Kompilasi gagal; server tetap berjalan dan memuat ulang setelah berkas diperbaiki.");
      return;
    }
    if (sudahCetak) return;
    sudahCetak = true;
    petunjuk(konfigurasi.devServer.server.type === "https" ? "https" : "http", konfigurasi.devServer.port);
  });

  try {
    await server.start();
  } catch (e) {
    console.error("✗ Server gagal dijalankan:", e && e.message ? e.message : e);
    process.exit(1);
  }

  const berhenti = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", berhenti);
  process.on("SIGTERM", berhenti);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
