/*
 * Builds the add-in into dist/: taskpane.html (task pane + custom functions + ribbon commands, one
 * shared runtime), commands.html, functions.json, the icons, the sample workbook, office.js (served
 * from our own origin, never from a CDN) and manifest.xml with the production origin.
 *
 *   npx webpack --mode production                               manifest keeps https://localhost:3000/
 *   ADDIN_URL=https://example.go.id/sakip/ npm run build          manifest points at that origin
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const URL_DEV = "https://localhost:3000/";
const PORT = 3000;
const FUNCTIONS_TS = "./src/functions/functions.ts";
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The origin written into dist/manifest.xml; always ends with "/". */
function urlProduksi() {
  const url = process.env.ADDIN_URL;
  if (!url) return URL_DEV;
  if (!/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(url)) {
    throw new Error(`ADDIN_URL harus berupa alamat https (mis. https://example.go.id/sakip/), bukan: ${url}`);
  }
  return url.endsWith("/") ? url : url + "/";
}

/**
 * HTTPS for the dev server: Office only loads add-ins over https. Certificates come from
 * office-addin-dev-certs when it is installed (its CA install needs root), else from a previous run's
 * files in ~/.office-addin-dev-certs; otherwise the server falls back to http (enough for the
 * standalone mode in a browser, not for sideloading).
 */
async function opsiHttps() {
  if (process.env.SAKIP_HTTP === "1") return { opsi: null, alasan: "SAKIP_HTTP=1" };
  try {
    const devCerts = require("office-addin-dev-certs");
    const opsi = await devCerts.getHttpsServerOptions();
    return { opsi: { ca: opsi.ca, key: opsi.key, cert: opsi.cert }, alasan: "office-addin-dev-certs" };
  } catch (e) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const [key, cert, ca] = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
    if (fs.existsSync(key) && fs.existsSync(cert)) {
      return {
        opsi: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ...(fs.existsSync(ca) && { ca: fs.readFileSync(ca) }) },
        alasan: dir,
      };
    }
    const sebab = e && e.code === "MODULE_NOT_FOUND" ? "paket office-addin-dev-certs tidak terpasang" : String(e && e.message);
    return { opsi: null, alasan: sebab };
  }
}

/** office.js files the Excel host can ask for; the other hosts and the debug builds are left out. */
function fileOfficeJs(resourcePath) {
  const rel = path.relative(OFFICE_JS, resourcePath).split(path.sep).join("/");
  if (rel.endsWith(".debug.js") || rel.endsWith(".d.ts") || rel.includes("outlook") || rel === "office-vsdoc.js") return false;
  if (/^(access|word|powerpoint|onenote|visio|project|outlook|mail)/i.test(rel)) return false;
  return /\.(js|css|html|json|png|gif)$/i.test(rel);
}

module.exports = async (env = {}, argv = {}) => {
  const produksi = argv.mode === "production";
  const url = urlProduksi();
  const https = env.WEBPACK_SERVE ? await opsiHttps() : { opsi: null };
  if (env.WEBPACK_SERVE && !https.opsi) {
    console.warn(`[sakip] HTTPS tidak tersedia (${https.alasan}); server berjalan dengan http.`);
  }

  return {
    mode: produksi ? "production" : "development",
    // No eval-based source maps: the task pane's Content-Security-Policy forbids eval.
    devtool: produksi ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_TS,
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Relative URLs, so the add-in also works under a sub-path such as https://example.go.id/sakip/.
      publicPath: "auto",
      clean: true,
      // Rewrite unchanged files too, so dist/'s timestamps tell `npm start` and the tests when it was built.
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: {
        // The file adapter runs in the browser in standalone mode; the prebuilt browser bundle
        // avoids node polyfills.
        exceljs$: "exceljs/dist/exceljs.min.js",
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // tsconfig says commonjs (jest needs it); ES modules here let webpack tree-shake Fluent UI.
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
        { test: /\.(png|jpe?g|gif|svg|woff2?)$/i, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: {
      // Goal: the task pane JS ≤ 300 KiB gzip (≈ 1 MiB minified); exceljs must stay a lazy chunk.
      hints: produksi ? "warning" : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
      assetFilter: (f) => f.endsWith(".js") && !f.startsWith("office-js/"),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_TS, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this one page carries the custom functions and the ribbon commands too.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/*.svg", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "assets/contoh-lakip-2024.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (isi) => (url === URL_DEV ? isi : Buffer.from(isi.toString().split(URL_DEV).join(url))),
          },
          {
            from: OFFICE_JS,
            to: "office-js",
            filter: fileOfficeJs,
            info: { minimized: true },
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      server: https.opsi ? { type: "https", options: https.opsi } : { type: "http" },
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type",
      },
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      devMiddleware: { writeToDisk: false },
    },
  };
};

module.exports.URL_DEV = URL_DEV;
module.exports.PORT = PORT;
module.exports.opsiHttps = opsiHttps;
