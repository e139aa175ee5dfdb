/**
 * The open Excel workbook. Every call is one Excel.run: reading is three syncs, writing two (one
 * batch for all the sheets), selecting and inserting one. A failed batch changes nothing.
 */
import { bacaSnapshot } from "../excel/baca";
import { muatKoreksi, simpanKoreksi } from "../excel/koreksi";
import { pilihSel } from "../excel/pilih";
import { tulisRencana } from "../excel/tulis";
import type { Buku } from "./sumber";

export function bukuExcel(): Buku {
  return {
    jenis: "excel",
    nama: "Buku kerja aktif",
    bisaSisip: true,
    baca: () => Excel.run((ctx) => bacaSnapshot(ctx)),
    tulis: (plans) => Excel.run((ctx) => tulisRencana(ctx, plans)),
    pilih: (sheet, cell) => Excel.run((ctx) => pilihSel(ctx, sheet, cell)),
    aktifkan: (sheet) =>
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).activate();
        await ctx.sync();
      }),
    muatKoreksi: async () => muatKoreksi(),
    simpanKoreksi: (daftar) => simpanKoreksi(daftar),
    sisipRumus: (rumus, format) =>
      Excel.run(async (ctx) => {
        // Only the active cell of a larger selection: one formula, never a filled block.
        const sel = ctx.workbook.getActiveCell();
        if (format) sel.numberFormat = [[format]];
        sel.formulas = [[rumus]];
        sel.load("address");
        await ctx.sync();
        return sel.address;
      }),
  };
}
