/**
 * One chart series (<c:ser>): its name, the category and value references on the summary
 * sheet and, when the plan gives them, the cached values so a viewer draws the chart before it
 * recalculates anything.
 */
import type { ChartSeries, ChartSpec } from "../../core/lembar/plan";
import { garis, isian, tanpaIsi, warnaSeri } from "./gaya";
import { banyakSel, rujukan } from "./rujukan";
import { angka, esc, val } from "./xml";

export type Bentuk = "bar" | "line";

/** Points of a cache or literal: only the non-empty ones are listed, ptCount counts all. */
function titik(nilai: (number | string | null)[] | undefined, teks: boolean): string {
  if (!nilai) return "";
  return nilai
    .map((v, i) => (v === null || v === undefined || (!teks && typeof v !== "number") ? "" : `<c:pt idx="${i}"><c:v>${teks ? esc(String(v)) : angka(v as number)}</c:v></c:pt>`))
    .join("");
}

function kategori(spec: ChartSpec, sheet: string): string {
  const n = banyakSel(spec.categories);
  const cache = spec.categoryCache ? `<c:strCache>${val("c:ptCount", n)}${titik(spec.categoryCache.slice(0, n), true)}</c:strCache>` : "";
  return `<c:cat><c:strRef><c:f>${esc(rujukan(sheet, spec.categories))}</c:f>${cache}</c:strRef></c:cat>`;
}

function nilai(s: ChartSeries, sheet: string): string {
  const n = banyakSel(s.values);
  const format = `<c:formatCode>${esc(s.format ?? "General")}</c:formatCode>`;
  const cache = s.cache ? `<c:numCache>${format}${val("c:ptCount", n)}${titik(s.cache.slice(0, n), false)}</c:numCache>` : "";
  return `<c:val><c:numRef><c:f>${esc(rujukan(sheet, s.values))}</c:f>${cache}</c:numRef></c:val>`;
}

function kepala(idx: number, nama: string): string {
  return `${val("c:idx", idx)}${val("c:order", idx)}<c:tx><c:v>${esc(nama)}</c:v></c:tx>`;
}

function penutup(bentuk: Bentuk): string {
  return bentuk === "line" ? val("c:smooth", false) : "";
}

function rupa(bentuk: Bentuk, warna: string): string {
  if (bentuk === "bar") return `${isian(warna)}${val("c:invertIfNegative", false)}`;
  const penanda = `<c:marker>${val("c:symbol", "circle")}${val("c:size", 6)}${isian(warna)}</c:marker>`;
  return `${garis(warna)}${penanda}`;
}

/** A series reading the summary cells. */
export function seri(spec: ChartSpec, s: ChartSeries, idx: number, bentuk: Bentuk, sheet: string): string {
  return `<c:ser>${kepala(idx, s.name)}${rupa(bentuk, warnaSeri(idx))}${kategori(spec, sheet)}${nilai(s, sheet)}${penutup(bentuk)}</c:ser>`;
}

/**
 * An invisible copy of a series on the second pair of axes: same cells, so that pair scales
 * exactly like the first, and its category axis can be drawn as the reference line.
 */
export function seriBayangan(spec: ChartSpec, s: ChartSeries, idx: number, bentuk: Bentuk, sheet: string): string {
  const tampil = bentuk === "bar" ? `${tanpaIsi()}${val("c:invertIfNegative", false)}` : `${tanpaIsi()}<c:marker>${val("c:symbol", "none")}</c:marker>`;
  return `<c:ser>${kepala(idx, s.name)}${tampil}${kategori(spec, sheet)}${nilai(s, sheet)}${penutup(bentuk)}</c:ser>`;
}
