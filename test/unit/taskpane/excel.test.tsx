/** @jest-environment jsdom */
/*
 * The task pane inside Excel's API (office-addin-mock workbook with batch semantics): a finding's
 * click selects its cell in one sync; scan → check → summarize takes the same number of syncs for
 * 1 and 20 sheets; formulas are inserted at the active cell; a failed write is shown and leaves
 * the workbook's sheets as they were.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { parseA1 } from "../../../src/core/snapshot";
import App from "../../../src/taskpane/App";
import { INDIKATOR_2024, lembarKecil, lembarPK } from "../excel/fixtures";
import { MockWorkbook, type SeedLembar } from "../excel/mockWorkbook";

// The mock workbook yields with setImmediate after each sync; jsdom has none.
(globalThis as any).setImmediate ??= (f: (...a: unknown[]) => void, ...a: unknown[]) => setTimeout(f, 0, ...a);

/** "PK 2024" with SK3.IK3's capaian as printed in the report: 587,47 % against 22,74 ÷ 5 (Tabel 1). */
function pkLaporan(): SeedLembar {
  const s = lembarPK();
  const i = INDIKATOR_2024.findIndex(([kode]) => kode === "SK3.IK3");
  s.values![3 + i][6] = 5.8747;
  s.formulas![3 + i][6] = null;
  return s;
}
const BARIS_SK3_IK3 = 4 + INDIKATOR_2024.findIndex(([kode]) => kode === "SK3.IK3");

function buku(n: number): SeedLembar[] {
  const seeds = [pkLaporan()];
  for (let i = 1; i < n; i++) seeds.push(lembarKecil(`Lampiran ${i}`, i));
  return seeds;
}

interface Pasang {
  wb: MockWorkbook;
  sync: jest.SpyInstance;
}

function pasang(seeds: SeedLembar[]): Pasang {
  const wb = new MockWorkbook(seeds);
  (globalThis as any).Office = wb.office;
  (globalThis as any).Excel = { run: (cb: (ctx: unknown) => Promise<unknown>) => cb(wb.context) };
  // The active cell, which the mock does not model: A1 of the active sheet unless a cell was selected.
  (wb.context.workbook as any).getActiveCell = () => {
    const sel = wb.selection && wb.selection.sheet === wb.active?.name ? parseA1(wb.selection.address.split(":")[0]) : { row: 1, col: 1 };
    return (wb as any).proksiRange(wb.active, { top: sel.row, left: sel.col, bottom: sel.row, right: sel.col });
  };
  const sync = jest.spyOn(wb.context, "sync");
  return { wb, sync };
}

afterEach(() => {
  delete (globalThis as any).Office;
  delete (globalThis as any).Excel;
});

function tampil() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={"Excel" as unknown as Office.HostType} />
    </FluentProvider>,
  );
}

async function tunggu<T>(f: () => T): Promise<T> {
  return waitFor(f, { timeout: 10_000 });
}

/** A click whose effects (lazy views loading, state updates) settle inside act. */
async function klik(el: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(el);
  });
}

async function sampaiTerpindai(): Promise<void> {
  await tunggu(() => expect(screen.getByRole("status").textContent).toMatch(/tabel dikenali/));
}

function temuan(sel: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-testid="temuan"][data-sel="${sel}"]`);
  if (!el) throw new Error(`temuan di ${sel} tidak ada`);
  return el;
}

/** Scan on open, one finding clicked, then all five summary sheets: syncs per step. */
async function alur(seeds: SeedLembar[]) {
  const { wb, sync } = pasang(seeds);
  tampil();
  await sampaiTerpindai();
  const pindai = sync.mock.calls.length;

  await klik(screen.getByRole("tab", { name: /Periksa/ }));
  const sel = `G${BARIS_SK3_IK3}`;
  await tunggu(() => temuan(sel));
  expect(temuan(sel).textContent).toMatch(/587,47 %.*22,74.*454,80 %/);
  const sebelumPilih = sync.mock.calls.length;
  await klik(temuan(sel));
  await tunggu(() => expect(wb.selection).toEqual({ sheet: "PK 2024", address: sel }));
  expect(wb.active?.name).toBe("PK 2024");
  const pilih = sync.mock.calls.length - sebelumPilih;

  await klik(screen.getByRole("tab", { name: "Ringkasan" }));
  const sebelumRingkas = sync.mock.calls.length;
  await klik(await tunggu(() => screen.getByRole("button", { name: "Buat ringkasan" })));
  const hasil = await tunggu(() => screen.getByRole("region", { name: "Lembar yang dibuat" }));
  const ringkas = sync.mock.calls.length - sebelumRingkas;
  return { wb, sync, hasil, syncs: { pindai, pilih, ringkas } };
}

test("klik temuan memilih selnya di Excel dalam satu sync", async () => {
  const { wb } = await alur(buku(1));
  expect(wb.selection).toEqual({ sheet: "PK 2024", address: `G${BARIS_SK3_IK3}` });
  // Excel mode selects instead of previewing.
  expect(document.querySelector('[data-testid="pratinjau-sel"]')).toBeNull();
});

test("pindai → periksa → ringkas: jumlah sync tetap untuk 1 dan 20 lembar", async () => {
  const kecil = await alur(buku(1));
  const kecilSyncs = kecil.syncs;
  const lembarKecilBaru = within(kecil.hasil).getAllByRole("listitem").map((li) => li.textContent);
  document.body.innerHTML = "";
  const besar = await alur(buku(20));
  expect(besar.wb.sheets.filter((s) => s.name.startsWith("Lampiran"))).toHaveLength(19);
  // scan: 3 syncs (sheet list, used ranges, values); click: 1; summary: scan 3 + write 2.
  expect(kecilSyncs).toEqual({ pindai: 3, pilih: 1, ringkas: 5 });
  expect(besar.syncs).toEqual(kecilSyncs);
  // Only the summaries that apply: a PK-only workbook gets no empty Capaian Triwulan or Realisasi Anggaran (as in the CLI).
  expect(lembarKecilBaru).toEqual(["Ringkasan Kinerja", "Efisiensi", "Temuan"]);
  // The summary reads the workbook: Ringkasan Kinerja refers to the PK sheet's cells.
  const rk = besar.wb.sheet("Ringkasan Kinerja")!;
  const rujuk = Array.from(rk.cells.values()).filter((c) => c.formula?.includes("'PK 2024'!")).length;
  expect(rujuk).toBeGreaterThan(INDIKATOR_2024.length);
});

test("tautan lembar baru mengaktifkan lembarnya; lembar sumber tidak berubah", async () => {
  const { wb, hasil, sync } = await alur(buku(2));
  const pk = wb.sheet("PK 2024")!;
  const sebelum = JSON.stringify(Array.from(pk.cells.entries()));
  const n = sync.mock.calls.length;
  await klik(within(hasil).getByRole("button", { name: "Temuan" }));
  await tunggu(() => expect(wb.active?.name).toBe("Temuan"));
  expect(sync.mock.calls.length - n).toBe(1);
  expect(JSON.stringify(Array.from(pk.cells.entries()))).toBe(sebelum);
  // The Temuan sheet lists the report's inconsistency.
  const teks = Array.from(wb.sheet("Temuan")!.cells.values()).map((c) => String(c.value ?? ""));
  expect(teks.some((t) => /587,47 %/.test(t))).toBe(true);
});

test("rumus disisipkan di sel aktif dengan format persen", async () => {
  const { wb, sync } = pasang(buku(1));
  tampil();
  await sampaiTerpindai();
  await act(async () => {
    await wb.context.workbook.worksheets.getItem("PK 2024").getRange("J4").select();
    await wb.context.sync();
  });
  await klik(screen.getByRole("tab", { name: "Rumus" }));
  const kartu = (await tunggu(() => screen.getAllByTestId("rumus"))).find((k) => k.textContent?.includes("SAKIP.CAPAIAN"))!;
  expect(kartu.textContent).toContain("=SAKIP.CAPAIAN(30;37) → 123,33 %");
  const n = sync.mock.calls.length;
  await klik(within(kartu).getByRole("button", { name: "Sisipkan" }));
  await tunggu(() => expect(screen.getByTestId("pesan").textContent).toMatch(/Rumus disisipkan di .*J4/));
  expect(sync.mock.calls.length - n).toBe(1);
  const sel = wb.sheet("PK 2024")!.at("J4")!;
  expect(sel.formula).toBe("=SAKIP.CAPAIAN(30,37)");
  expect(sel.format).toBe("0.00%");
});

test("penulisan yang gagal ditampilkan dan buku kerja tetap seperti semula", async () => {
  const { wb, sync } = pasang(buku(2));
  tampil();
  await sampaiTerpindai();
  const nama = wb.sheets.map((s) => s.name);
  const asli = sync.getMockImplementation() ?? ((wb.context as any).sync as () => Promise<void>);
  let ke = 0;
  const awal = sync.mock.calls.length;
  // The fifth sync of the summary is the write batch: Excel rejects it, nothing is applied.
  sync.mockImplementation(function (this: unknown) {
    ke++;
    if (ke === 5) {
      (wb as any).antrean.length = 0;
      return Promise.reject(Object.assign(new Error("Memori tidak cukup untuk menyelesaikan operasi."), { code: "GeneralException" }));
    }
    return (asli as any).call(this);
  });
  await klik(screen.getByRole("tab", { name: "Ringkasan" }));
  await klik(await tunggu(() => screen.getByRole("button", { name: "Buat ringkasan" })));
  const galat = await tunggu(() => screen.getByTestId("galat"));
  expect(galat.textContent).toMatch(/Gagal menulis lembar ringkasan; buku kerja tidak diubah.*Memori tidak cukup.*GeneralException/);
  expect(sync.mock.calls.length - awal).toBe(5);
  expect(wb.sheets.map((s) => s.name)).toEqual(nama);
  expect(screen.queryByRole("region", { name: "Lembar yang dibuat" })).toBeNull();
});

