/** Test helper: the text, word boxes and ink of a PDF's pages (poppler-utils). */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** Text of every page, in order (pdftotext separates pages with a form feed). */
export function teksHalaman(pdf: string): string[] {
  const t = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  return t.split("\f").slice(0, -1);
}

/** A box in PDF points, origin top-left (as pdftotext -bbox reports). */
export interface Kotak {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function kataHalaman(pdf: string, halaman: number): (Kotak & { teks: string })[] {
  const xml = execFileSync("pdftotext", ["-bbox", "-f", String(halaman), "-l", String(halaman), pdf, "-"]).toString();
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    teks: m[5],
  }));
}

const DPI = 72;

/**
 * Share of pixels darker than `ambang` (grey 0–255) in a box of a page (the whole page without
 * one), from 0 (blank) to 1. Rendered at 72 dpi, so a pixel is a point.
 */
export function tinta(pdf: string, halaman: number, kotak?: Kotak, ambang = 200): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-tinta-"));
  try {
    const akar = path.join(dir, "h");
    execFileSync("pdftoppm", ["-gray", "-r", String(DPI), "-f", String(halaman), "-l", String(halaman), "-singlefile", pdf, akar]);
    const b = fs.readFileSync(`${akar}.pgm`);
    // P5 header: magic, width, height, maxval, each followed by whitespace.
    const kepala = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(b.subarray(0, 64).toString("latin1"))!;
    const [w, h] = [Number(kepala[1]), Number(kepala[2])];
    const data = b.subarray(kepala[0].length);
    const k = kotak ?? { x0: 0, y0: 0, x1: w, y1: h };
    const [x0, x1, y0, y1] = [Math.floor(k.x0), Math.min(w, Math.ceil(k.x1)), Math.floor(k.y0), Math.min(h, Math.ceil(k.y1))];
    let gelap = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (data[y * w + x] < ambang) gelap++;
    return gelap / Math.max(1, (x1 - x0) * (y1 - y0));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
