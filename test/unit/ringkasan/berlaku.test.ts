/** One decision of which summaries apply: the CLI (no keys) and the pane (its checked keys) get the same set. */
import { buatRingkasan, ringkasanBerlaku } from "../../../src/core/ringkasan";
import { contohLakip } from "./contoh";

const SEMUA = ["ringkasan-kinerja", "capaian-triwulan", "realisasi-anggaran", "efisiensi", "temuan"];

describe("ringkasanBerlaku", () => {
  const tables = contohLakip().tables;
  const tanpaTriwulan = tables.filter((t) => t.kind !== "triwulan");

  test("the LAKIP sample's tables: all five, in the standard order", () => {
    expect(ringkasanBerlaku(tables)).toEqual(SEMUA);
  });

  test("without a quarterly table there is no Capaian Triwulan, with or without the pane's keys", () => {
    const tanpa = SEMUA.filter((k) => k !== "capaian-triwulan");
    expect(ringkasanBerlaku(tanpaTriwulan)).toEqual(tanpa);
    expect(ringkasanBerlaku(tanpaTriwulan, SEMUA)).toEqual(tanpa);
    expect(buatRingkasan(tanpaTriwulan, [], ringkasanBerlaku(tanpaTriwulan, SEMUA)).map((p) => p.name)).toEqual(buatRingkasan(tanpaTriwulan, []).map((p) => p.name));
    expect(buatRingkasan(tanpaTriwulan, []).map((p) => p.name)).toEqual(["Ringkasan Kinerja", "Realisasi Anggaran", "Efisiensi", "Temuan"]);
  });

  test("the pane's unchecked sheets stay out; nothing recognized leaves only Temuan", () => {
    expect(ringkasanBerlaku(tables, ["temuan", "efisiensi"])).toEqual(["efisiensi", "temuan"]);
    expect(ringkasanBerlaku([], SEMUA)).toEqual(["temuan"]);
  });
});
