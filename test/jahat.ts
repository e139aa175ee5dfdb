/** Cell text that must stay text everywhere it is written: formulas, links, scripts, terminal escapes, and more than a cell holds. */
export const JAHAT = [
  '=HYPERLINK("http://evil","klik")',
  "=1+1",
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1)",
  "<script>alert(1)</script>",
  "Indeks \u001b[31mMERAH\u001b[0m kepuasan\u0007",
];

export const PANJANG = "Indikator sangat panjang " + "x".repeat(40000);
