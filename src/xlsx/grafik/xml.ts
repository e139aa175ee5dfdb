/** XML text helpers and the namespaces of the chart and drawing parts. */

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  relChart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const JENIS_ISI = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export const DEKLARASI = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Text for element content or a double-quoted attribute. Characters XML 1.0 forbids (control
 * characters other than tab and line breaks) are dropped: a cell may hold them, a part may not.
 */
export function esc(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** <c:name val="…"/> */
export function val(tag: string, v: string | number | boolean): string {
  const s = typeof v === "boolean" ? (v ? "1" : "0") : String(v);
  return `<${tag} val="${esc(s)}"/>`;
}

/** A number as OOXML writes it: no exponent surprises for ordinary values, "." as separator. */
export function angka(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}
