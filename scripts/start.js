#!/usr/bin/env node
/*
 * `npm start`: builds dist/ when it is missing or older than the sources, then serves the add-in
 * on localhost:3000 (webpack-dev-server, rebuilds on change) and explains how to open it:
 * standalone in a browser on the sample workbook, or sideloaded into Excel.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const net = require("net");
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

function petunjuk(protokol, port) {
  const asal = `${protokol}://localhost:${port}`;
  const manifest = path.join(ROOT, "dist", "manifest.xml");
  const baris = [
    "",
    "SAKIP Kinerja berjalan di " + asal + "/",
    "",
    "(a) Mode mandiri — buka di peramban mana pun (tanpa Excel), langsung dengan buku kerja contoh:",
    `      ${asal}/taskpane.html?contoh=1`,
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
      "  memuat add-in lewat https. Untuk sideload: pasang sertifikat pengembang (perlu hak root),",
      "  mis. `npx office-addin-dev-certs install`, lalu jalankan `npm start` lagi.",
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
  if (!(await portBebas(buatKonfigurasi.PORT))) {
    console.error(`✗ Port ${buatKonfigurasi.PORT} sudah dipakai program lain (mungkin npm start yang masih berjalan). Hentikan program itu lalu coba lagi.`);
    process.exit(1);
  }
  if (perluBangun()) bangun();
  else console.log("» dist/ sudah mutakhir.");

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const konfigurasi = await buatKonfigurasi({ WEBPACK_SERVE: true }, { mode: "development" });
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
