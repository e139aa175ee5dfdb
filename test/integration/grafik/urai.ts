/**
 * Test helper: reads a chart part with a real XML parser (Python's ElementTree, no extra
 * package) into what the tests compare: title, series references and caches, axes.
 */
import { execFileSync } from "child_process";

export interface SeriUrai {
  nama: string;
  grup: string;
  kategori: string | null;
  nilai: string | null;
  cache: (number | null)[];
  literal: number[];
  /** Axis ids of the series' group ("1001/1002"). */
  sumbu: string;
  tampak: boolean;
}

export interface GrafikUrai {
  judul: string;
  seri: SeriUrai[];
  sumbuNilai: { id: string; posisi: string; min: string | null; max: string | null; format: string | null; hapus: string }[];
  sumbuKategori: { id: string; posisi: string; silangDi: string | null; label: string | null; hapus: string }[];
  legendaDihapus: string[] | null;
  kategoriCache: string[];
}

const PY = String.raw`
import sys, json, xml.etree.ElementTree as ET
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
root = ET.fromstring(sys.stdin.buffer.read())
def pts(el, n):
    if el is None: return []
    count = int(el.find(C + "ptCount").get("val"))
    out = [None] * count
    for p in el.findall(C + "pt"):
        v = p.find(C + "v").text
        out[int(p.get("idx"))] = float(v) if n else v
    return out
def text(el): return el.text if el is not None else None
seri, kat = [], []
plot = root.find(f"{C}chart/{C}plotArea")
for grup in plot:
    for s in grup.findall(C + "ser"):
        cat = s.find(f"{C}cat/{C}strRef")
        val = s.find(C + "val")
        if cat is not None and not kat: kat = pts(cat.find(C + "strCache"), False)
        seri.append({
          "nama": text(s.find(f"{C}tx/{C}v")), "grup": grup.tag.replace(C, ""),
          "kategori": text(cat.find(C + "f")) if cat is not None else None,
          "nilai": text(val.find(f"{C}numRef/{C}f")),
          "cache": pts(val.find(f"{C}numRef/{C}numCache"), True),
          "literal": pts(val.find(C + "numLit"), True),
          "sumbu": "/".join(a.get("val") for a in grup.findall(C + "axId")),
          "tampak": s.find(f"{C}spPr/{A}noFill") is None})
def v(el, path):
    x = el.find(path)
    return x.get("val") if x is not None else None
sumbu = [{"id": v(a, C + "axId"), "posisi": v(a, C + "axPos"), "min": v(a, f"{C}scaling/{C}min"), "max": v(a, f"{C}scaling/{C}max"),
          "format": (a.find(C + "numFmt").get("formatCode") if a.find(C + "numFmt") is not None else None), "hapus": v(a, C + "delete")}
         for a in plot.findall(C + "valAx")]
kategori = [{"id": v(a, C + "axId"), "posisi": v(a, C + "axPos"), "silangDi": v(a, C + "crossesAt"), "label": v(a, C + "tickLblPos"), "hapus": v(a, C + "delete")}
         for a in plot.findall(C + "catAx")]
leg = root.find(f"{C}chart/{C}legend")
legenda = [v(e, C + "idx") for e in leg.findall(C + "legendEntry") if v(e, C + "delete") == "1"] if leg is not None else None
first = root.find(f"{C}chart/{C}title")
judul = "".join(t.text or "" for t in first.iter(A + "t")) if first is not None else ""
print(json.dumps({"judul": judul, "seri": seri, "sumbuNilai": sumbu, "sumbuKategori": kategori, "legendaDihapus": legenda, "kategoriCache": kat}))
`;

export function uraiGrafik(xml: string): GrafikUrai {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", PY], { input: xml }).toString()) as GrafikUrai;
}

/** Well-formedness by xmllint; returns its complaint, or "" when the XML is well formed. */
export function cekXml(xml: string): string {
  try {
    execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
    return "";
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}
