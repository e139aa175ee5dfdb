/**
 * @jest-environment jsdom
 *
 * Offline check of manifest.xml (Microsoft's validator needs the network, see `npm run validate`):
 * well-formed, the elements Office requires in schema order, shared runtime, custom functions under
 * the SAKIP namespace, the Home tab button, every resid defined, one origin only, and every URL it
 * names present in the production build.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { BUILD_TIMEOUT, DIST, ROOT, pastikanDist, ukuranPng } from "./dist";

const NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const ASAL = "https://localhost:3000/";
const FILE = path.join(ROOT, "manifest.xml");

const teks = fs.readFileSync(FILE, "utf8");
const doc = new DOMParser().parseFromString(teks, "application/xml");
const akar = doc.documentElement;

function anak(el: Element, nama: string, ns: string = el.namespaceURI ?? NS): Element[] {
  return Array.from(el.children).filter((c) => c.localName === nama && c.namespaceURI === ns);
}
function satu(el: Element, nama: string, ns?: string): Element {
  const hasil = anak(el, nama, ns);
  if (hasil.length !== 1) throw new Error(`<${el.localName}> harus punya tepat satu <${nama}>, ada ${hasil.length}`);
  return hasil[0];
}
function jalur(el: Element, ...langkah: string[]): Element {
  return langkah.reduce((e, n) => satu(e, n), el);
}
const xsiType = (el: Element) => el.getAttributeNS(XSI, "type");
const semua = (ns: string, nama: string) => Array.from(doc.getElementsByTagNameNS(ns, nama));

const versionOverrides = satu(akar, "VersionOverrides", OV);
const hostWorkbook = satu(satu(versionOverrides, "Hosts"), "Host");
const resources = satu(versionOverrides, "Resources");

/** resid → DefaultValue, per resource kind. */
function sumber(kelompok: string): Map<string, string> {
  const peta = new Map<string, string>();
  for (const el of anak(satu(resources, kelompok, BT), kelompok === "Images" ? "Image" : kelompok === "Urls" ? "Url" : "String", BT)) {
    const id = el.getAttribute("id")!;
    if (peta.has(id)) throw new Error(`resid ganda: ${id}`);
    peta.set(id, el.getAttribute("DefaultValue")!);
  }
  return peta;
}
const gambar = sumber("Images");
const urls = sumber("Urls");
const pendek = sumber("ShortStrings");
const panjang = sumber("LongStrings");

function resid(el: Element): string {
  const r = el.getAttribute("resid");
  if (!r) throw new Error(`<${el.localName}> tanpa resid`);
  return r;
}

/** Every URL the manifest names, with where it came from. */
function semuaUrl(): { dari: string; url: string }[] {
  const hasil: { dari: string; url: string }[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const v = el.getAttribute("DefaultValue");
    if (v && /^[a-z]+:\/\//i.test(v)) hasil.push({ dari: el.getAttribute("id") ?? el.localName, url: v });
    if (el.localName === "AppDomain") hasil.push({ dari: "AppDomain", url: el.textContent!.trim() });
  }
  return hasil;
}

describe("manifest.xml: bentuk", () => {
  test("XML well-formed (xmllint dan DOMParser)", () => {
    expect(() => execFileSync("xmllint", ["--noout", FILE], { stdio: "pipe" })).not.toThrow();
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(akar.localName).toBe("OfficeApp");
    expect(akar.namespaceURI).toBe(NS);
    expect(xsiType(akar)).toBe("TaskPaneApp");
  });

  test("elemen tingkat atas lengkap dan dalam urutan skema", () => {
    const urutan = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "AllowSnapshot", "VersionOverrides",
    ];
    const ada = Array.from(akar.children).map((c) => c.localName);
    const wajib = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
    for (const w of wajib) expect(ada).toContain(w);
    for (const n of ada) expect(urutan).toContain(n);
    const posisi = ada.map((n) => urutan.indexOf(n));
    expect(posisi).toEqual([...posisi].sort((a, b) => a - b));
  });

  test("identitas: GUID, versi, bahasa Indonesia", () => {
    expect(satu(akar, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(satu(akar, "Version").textContent).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(satu(akar, "ProviderName").textContent!.trim()).not.toBe("");
    expect(satu(akar, "DefaultLocale").textContent).toBe("id-ID");
    expect(satu(akar, "DisplayName").getAttribute("DefaultValue")).toBe("SAKIP Kinerja");
    const deskripsi = satu(akar, "Description").getAttribute("DefaultValue")!;
    expect(deskripsi.length).toBeGreaterThan(20);
    expect(deskripsi.length).toBeLessThanOrEqual(250);
    expect(deskripsi).toMatch(/kinerja/i);
  });

  test("host Workbook, izin ReadWriteDocument, SourceLocation ke task pane", () => {
    expect(anak(satu(akar, "Hosts"), "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(satu(akar, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(jalur(akar, "DefaultSettings", "SourceLocation").getAttribute("DefaultValue")).toBe(ASAL + "taskpane.html");
  });

  test("Requirements meminta SharedRuntime 1.1", () => {
    const set = anak(satu(satu(akar, "Requirements"), "Sets"), "Set");
    expect(set.find((s) => s.getAttribute("Name") === "SharedRuntime")?.getAttribute("MinVersion")).toBe("1.1");
  });
});

describe("manifest.xml: VersionOverrides", () => {
  test("Host Workbook dengan satu runtime bersama (lifetime long) di halaman task pane", () => {
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
    expect(xsiType(hostWorkbook)).toBe("Workbook");
    const runtime = anak(satu(hostWorkbook, "Runtimes"), "Runtime");
    expect(runtime).toHaveLength(1);
    expect(runtime[0].getAttribute("lifetime")).toBe("long");
    expect(urls.get(resid(runtime[0]))).toBe(ASAL + "taskpane.html");
  });

  test("fungsi kustom: namespace SAKIP, Page = runtime bersama, metadata functions.json", () => {
    const titik = anak(satu(hostWorkbook, "AllFormFactors"), "ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions");
    expect(titik).toHaveLength(1);
    const cf = titik[0];
    const ns = pendek.get(resid(satu(cf, "Namespace")));
    expect(ns).toBe("SAKIP");
    expect(ns!.length).toBeLessThanOrEqual(32);
    const runtimeId = resid(jalur(hostWorkbook, "Runtimes", "Runtime"));
    expect(resid(jalur(cf, "Page", "SourceLocation"))).toBe(runtimeId);
    expect(urls.get(resid(jalur(cf, "Metadata", "SourceLocation")))).toBe(ASAL + "functions.json");
    expect(urls.get(resid(jalur(cf, "Script", "SourceLocation")))).toMatch(/^https:\/\/localhost:3000\/[\w.-]+\.js$/);
  });

  test("tombol di tab Beranda (TabHome) membuka task pane", () => {
    const desktop = satu(hostWorkbook, "DesktopFormFactor");
    expect(resid(satu(desktop, "FunctionFile"))).toBe(resid(jalur(hostWorkbook, "Runtimes", "Runtime")));
    const permukaan = anak(desktop, "ExtensionPoint").filter((e) => xsiType(e) === "PrimaryCommandSurface");
    expect(permukaan).toHaveLength(1);
    const tab = satu(permukaan[0], "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const tombol = anak(satu(tab, "Group"), "Control").filter((c) => xsiType(c) === "Button");
    expect(tombol).toHaveLength(1);
    const aksi = satu(tombol[0], "Action");
    expect(xsiType(aksi)).toBe("ShowTaskpane");
    expect(urls.get(resid(satu(aksi, "SourceLocation")))).toBe(ASAL + "taskpane.html");
    expect(pendek.get(resid(satu(tombol[0], "Label")))).toBe("SAKIP Kinerja");
    const ukuran = anak(satu(tombol[0], "Icon"), "Image", BT).map((i) => i.getAttribute("size"));
    expect(ukuran).toEqual(["16", "32", "80"]);
  });

  test("setiap resid terdefinisi di Resources dengan jenis yang benar, dan setiap sumber dipakai", () => {
    const dipakai = new Set<string>();
    for (const el of Array.from(versionOverrides.getElementsByTagName("*"))) {
      const r = el.getAttribute("resid");
      if (!r) continue;
      dipakai.add(r);
      const nama = el.localName;
      const induk = el.parentElement!.localName;
      let peta: Map<string, string>;
      if (el.namespaceURI === BT && nama === "Image") peta = gambar;
      else if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(nama)) peta = urls;
      else if (nama === "Description" && ["Supertip", "GetStarted"].includes(induk)) peta = panjang;
      else peta = pendek; // Label, Title, Namespace
      expect({ resid: r, ada: peta.has(r) }).toEqual({ resid: r, ada: true });
    }
    const didefinisikan = [...gambar.keys(), ...urls.keys(), ...pendek.keys(), ...panjang.keys()];
    expect(didefinisikan.filter((id) => !dipakai.has(id))).toEqual([]);
    expect(new Set(didefinisikan).size).toBe(didefinisikan.length);
    for (const v of pendek.values()) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of panjang.values()) expect(v.length).toBeLessThanOrEqual(250);
  });
});

describe("manifest.xml: alamat", () => {
  test("semua alamat https di asal add-in sendiri; tidak ada AppDomain lain", () => {
    const daftar = semuaUrl();
    expect(daftar.length).toBeGreaterThanOrEqual(10);
    for (const { dari, url } of daftar) expect({ dari, url: url.startsWith(ASAL) }).toEqual({ dari, url: true });
    for (const d of semua(NS, "AppDomain")) expect(new URL(d.textContent!.trim()).origin).toBe(new URL(ASAL).origin);
  });

  describe("berkas yang dirujuk ada di dist/", () => {
    beforeAll(pastikanDist, BUILD_TIMEOUT);

    test("setiap URL menunjuk berkas hasil build", () => {
      const hilang = semuaUrl()
        .map(({ url }) => new URL(url).pathname.replace(/^\//, ""))
        .filter((rel) => !fs.existsSync(path.join(DIST, rel)));
      expect(hilang).toEqual([]);
    });

    test("ukuran ikon sesuai yang dinyatakan", () => {
      const rel = (u: string) => path.join(DIST, new URL(u).pathname);
      expect(ukuranPng(rel(satu(akar, "IconUrl").getAttribute("DefaultValue")!))).toEqual({ width: 32, height: 32 });
      const hi = ukuranPng(rel(satu(akar, "HighResolutionIconUrl").getAttribute("DefaultValue")!));
      expect(hi.width).toBeGreaterThanOrEqual(64);
      for (const img of Array.from(versionOverrides.getElementsByTagNameNS(BT, "Image")).filter((i) => i.hasAttribute("resid"))) {
        const n = Number(img.getAttribute("size"));
        expect(ukuranPng(rel(gambar.get(resid(img))!))).toEqual({ width: n, height: n });
      }
    });

    test("dist/manifest.xml adalah manifest ini dengan satu asal", () => {
      const dist = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
      const asal = new Set(Array.from(dist.matchAll(/https?:\/\/[^"<\s]+/g), (m) => m[0]).filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org/")).map((u) => new URL(u).origin));
      expect(asal.size).toBe(1);
      const [o] = [...asal];
      expect(dist.split(o + "/").join(ASAL)).toBe(teks.split(ASAL.replace(/\/$/, "") + "/").join(ASAL));
    });

    test("functions.json berisi fungsi SAKIP yang sah", () => {
      const meta = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
      expect(Array.isArray(meta.functions)).toBe(true);
      expect(meta.functions.length).toBeGreaterThan(0);
      const ids = meta.functions.map((f: { id: string }) => f.id);
      expect(ids).toContain("CAPAIAN");
      for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
    });
  });
});
