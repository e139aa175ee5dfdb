/**
 * The open Excel workbook. Every call is one Excel.run: reading is three syncs, writing two (one
 * batch for all the sheets), selecting and inserting one. A failed batch changes nothing. The
 * Office.js adapter loads on first use, so the standalone pane never downloads it.
 */
import type { Buku } from "./sumber";

const adapter = () => import(/* webpackChunkName: "excel" */ "./adapter-excel");

export function bukuExcel(): Buku {
  return {
    jenis: "excel",
    nama: "Buku kerja aktif",
    bisaSisip: true,
    baca: async () => {
      const { bacaSnapshot } = await adapter();
      return Excel.run((ctx) => bacaSnapshot(ctx));
    },
    tulis: async (plans) => {
      const { tulisRencana } = await adapter();
      return Excel.run((ctx) => tulisRencana(ctx, plans));
    },
    pilih: async (sheet, cell) => {
      const { pilihSel } = await adapter();
      return Excel.run((ctx) => pilihSel(ctx, sheet, cell));
    },
    aktifkan: (sheet) =>
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).activate();
        await ctx.sync();
      }),
    muatKoreksi: async () => (await adapter()).muatKoreksi(),
    simpanKoreksi: async (daftar) => (await adapter()).simpanKoreksi(daftar),
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
