/** Office.js page setup of a generated sheet: A4, footer beside the marker, label columns, in the same two syncs. */
import { tulisRencana } from "../../../src/excel/tulis";
import { buatGabungan } from "../../../src/core/gabung";
import { bukaMock as buka, lembarPK, PENANDA_RINGKASAN, rencanaRingkasan } from "./fixtures";

afterEach(() => delete (globalThis as any).Office);

describe("tulisRencana: printing", () => {
  test("A4, sheet name left, the marker centre, page of pages right", async () => {
    const { wb, sync, ctx } = buka([lembarPK()]);
    await tulisRencana(ctx, [rencanaRingkasan(15)]);
    expect(sync).toHaveBeenCalledTimes(2);
    const s = wb.sheet("Ringkasan Kinerja")!;
    expect(s.footer).toEqual({ leftFooter: "&A", centerFooter: PENANDA_RINGKASAN, rightFooter: "Halaman &P dari &N" });
    expect(s.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  test("the gabung comparison repeats the indicator columns and both header rows on every page", async () => {
    const { wb, sync, ctx } = buka([lembarPK()]);
    const berkas = ["A", "B", "C", "D", "E", "F"].map((n) => ({ satker: `Satker ${n}`, file: `${n}.xlsx`, tables: [], issues: [] }));
    const { plans } = buatGabungan(berkas);
    await tulisRencana(ctx, plans);
    expect(sync).toHaveBeenCalledTimes(2);
    const s = wb.sheet("Perbandingan Indikator")!;
    expect(s.pageLayout).toMatchObject({ printTitleColumns: "$A:$C", printTitleRows: "$4:$5", paperSize: "A4" });
    // Six satker are 27 columns: they go across pages rather than shrink to one.
    expect(s.pageLayout.zoom).toBeUndefined();
    const ang = wb.sheet("Perbandingan Anggaran")!;
    expect(ang.pageLayout).toMatchObject({ printTitleColumns: "$A:$B", zoom: { horizontalFitToPages: 1 } });
    // Penyerapan bars on a fixed 0–100 % scale: the lowest satker still shows its bar.
    expect(ang.conditionalFormats[0].props).toMatchObject({
      "dataBar/lowerBoundRule": { type: "Number", formula: "0" },
      "dataBar/upperBoundRule": { type: "Number", formula: "1" },
    });
  });
});
