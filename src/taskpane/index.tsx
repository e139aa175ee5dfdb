import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import App from "./App";

/** Relative luminance of "#rrggbb" (0 black … 1 white), or null when unreadable. */
function kecerahan(warna: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((warna ?? "").trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 0xff, n & 0xff].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Inside Office follow the Office theme (no white block in a dark Excel); elsewhere the system's. */
function pilihTema(): Theme {
  let latar: string | undefined;
  try {
    latar = Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    latar = undefined; // officeTheme is missing on some hosts and outside Office
  }
  const l = kecerahan(latar);
  const gelap = l === null ? typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches : l < 0.4;
  return gelap ? webDarkTheme : webLightTheme;
}

function tampilkan(host: Office.HostType | null): void {
  const wadah = document.getElementById("container");
  if (!wadah) throw new Error("Elemen #container tidak ditemukan di taskpane.html");
  createRoot(wadah).render(
    <FluentProvider theme={pilihTema()} style={{ minHeight: "100vh" }}>
      <App host={host} />
    </FluentProvider>,
  );
}

// Outside Office, office.js still resolves onReady with host null. If office.js itself failed to
// load, the standalone mode must still come up.
if (typeof Office === "undefined") {
  tampilkan(null);
} else {
  Office.onReady((info) => tampilkan(info.host ?? null));
}
