import { LembarTidakAda, pilihSel } from "../../../src/excel/pilih";
import { MockWorkbook, type OpsiMock } from "./mockWorkbook";
import { lembarKecil, lembarPK } from "./fixtures";

function buka(opsi?: OpsiMock) {
  const wb = new MockWorkbook([lembarPK(), lembarKecil("TW 1", 1)], opsi);
  const sync = jest.spyOn(wb.context, "sync");
  return { wb, sync, ctx: wb.context as Excel.RequestContext };
}

describe("pilihSel", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const { wb, sync, ctx } = buka();
    expect(wb.active?.name).toBe("PK 2024");
    await pilihSel(ctx, "TW 1", "C3");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(wb.active?.name).toBe("TW 1");
    expect(wb.selection).toEqual({ sheet: "TW 1", address: "C3" });
  });

  test("a range address is selected as a whole", async () => {
    const { wb, ctx } = buka();
    await pilihSel(ctx, "PK 2024", "D4:G4");
    expect(wb.selection).toEqual({ sheet: "PK 2024", address: "D4:G4" });
  });

  test.each(["error", "noop"] as const)("a missing sheet gives the Indonesian message (null-object commands: %s)", async (mode) => {
    const { wb, sync, ctx } = buka({ nullObject: mode });
    await expect(pilihSel(ctx, "PK 2023", "E8")).rejects.toThrow("Lembar 'PK 2023' tidak ditemukan");
    await expect(pilihSel(ctx, "PK 2023", "E8")).rejects.toBeInstanceOf(LembarTidakAda);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(wb.selection).toBeNull();
    expect(wb.active?.name).toBe("PK 2024");
  });

  test("a bad address is refused before anything is queued", async () => {
    const { sync, ctx } = buka();
    await expect(pilihSel(ctx, "PK 2024", "baris 8")).rejects.toThrow("Alamat sel tidak sah");
    expect(sync).not.toHaveBeenCalled();
  });
});
