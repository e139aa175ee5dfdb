/** The Office.js adapter as the pane uses it, gathered into one chunk loaded on first use in Excel. */
export { bacaSnapshot } from "../excel/baca";
export { muatKoreksi, simpanKoreksi } from "../excel/koreksi";
export { pilihSel } from "../excel/pilih";
export { tulisRencana } from "../excel/tulis";
