/** The look of a planner's sheet: bordered table, grey bold header, wrapped long text. */
import type { Border, Cell, Worksheet } from "exceljs";

const GARIS: Partial<Border> = { style: "thin", color: { argb: "FF808080" } };
export const BINGKAI = { top: GARIS, left: GARIS, bottom: GARIS, right: GARIS };

export function judul(ws: Worksheet, baris: number, teks: string, kolomAkhir: string): void {
  ws.mergeCells(`A${baris}:${kolomAkhir}${baris}`);
  const c = ws.getCell(`A${baris}`);
  c.value = teks;
  c.font = { bold: true, size: 12 };
  c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

export function kepala(cell: Cell, teks?: string | number): void {
  if (teks !== undefined) cell.value = teks;
  cell.font = { bold: true };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  cell.border = BINGKAI;
}

/** Header block: merges given as "A3:A5" with their text at the top-left cell. */
export function blokKepala(ws: Worksheet, isi: [string, string | number][], area: string): void {
  const [a, b] = area.split(":");
  const r0 = barisDari(area);
  const r1 = barisSampai(area);
  const c0 = ws.getColumn(a.replace(/\d+/g, "")).number;
  const c1 = ws.getColumn(b.replace(/\d+/g, "")).number;
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) kepala(ws.getCell(r, c));
  for (const [rentang, teks] of isi) {
    if (rentang.includes(":")) ws.mergeCells(rentang);
    ws.getCell(rentang.split(":")[0]).value = teks;
  }
}

function barisDari(area: string): number {
  return Number(/\d+/.exec(area.split(":")[0])![0]);
}
function barisSampai(area: string): number {
  return Number(/\d+/.exec(area.split(":")[1] ?? area)![0]);
}

export function bingkai(ws: Worksheet, r0: number, r1: number, c0: number, c1: number): void {
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BINGKAI;
      cell.alignment = { ...(cell.alignment ?? {}), vertical: "top", wrapText: true };
    }
  }
}

export function lebar(ws: Worksheet, lebarKolom: number[]): void {
  lebarKolom.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/**
 * Row heights for wrapped text. The file carries no layout engine, so without explicit heights
 * long indicator names overlap in viewers that do not re-fit rows on open.
 */
export function tinggiBaris(ws: Worksheet, r0: number, r1: number): void {
  const rentang = new Map<string, number>();
  const m = (ws as unknown as { _merges: Record<string, { top: number; bottom: number; left: number; right: number }> })._merges;
  for (const key of Object.keys(m)) rentang.set(key, m[key].bottom - m[key].top + 1);
  for (let r = r0; r <= r1; r++) {
    let baris = 1;
    ws.getRow(r).eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      if (typeof v !== "string") return;
      const lebarKolom = (ws.getColumn(c).width ?? 9) * 1.15;
      const n = v.split("\n").reduce((s, bagian) => s + Math.max(1, Math.ceil(bagian.length / lebarKolom)), 0);
      baris = Math.max(baris, Math.ceil(n / (rentang.get(cell.address) ?? 1)));
    });
    if (baris > 1) ws.getRow(r).height = Math.min(409, 15 * baris);
  }
}
