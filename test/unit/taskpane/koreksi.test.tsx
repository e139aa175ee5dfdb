/** @jest-environment jsdom */
/*
 * The correction panel on budget tables: column dropdowns per layout with Indonesian labels, and
 * the stored correction read back by kenali (Tabel 3.106 per RO, 3.109 PNBP).
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { kenali } from "../../../src/core/layouts";
import type { Snapshot } from "../../../src/core/snapshot";
import type { AnggaranTable, Koreksi } from "../../../src/core/tabel";
import { medanKoreksi } from "../../../src/taskpane/kolom";
import { TabelKoreksi } from "../../../src/taskpane/TabelKoreksi";
import { REF, tabel3106, tabel3109 } from "../layouts/anggaran/laporan";
import { susun } from "../layouts/anggaran/susun";

const RO = REF.realisasi_per_ro;

/** Tabel 3.106 as "Pagu | Serapan | % | Jumlah": the realisasi is recognized in the sisa column. */
function snapshotRo(): Snapshot {
  const spek = tabel3106({ sisa: true, headerSatuBaris: true });
  spek.header = [[spek.header[0][0], "Pagu", "Serapan", "%", "Jumlah"]];
  return { sheets: [susun(spek).sheet] };
}

function panel(snapshot: Snapshot, tabel: AnggaranTable) {
  const disimpan: Koreksi[] = [];
  const simpan = async (x: Koreksi) => {
    disimpan.push(x);
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <TabelKoreksi snapshot={snapshot} koreksi={[]} sibuk={false} simpanKoreksi={simpan} hapusKoreksi={async () => {}} tabel={tabel} onTutup={() => {}} />
    </FluentProvider>,
  );
  return disimpan;
}

const label = () =>
  within(screen.getByRole("group", { name: "Pemetaan kolom" }))
    .getAllByRole("combobox")
    .map((c) => c.getAttribute("data-medan"));

async function pilih(nama: string, huruf: string): Promise<void> {
  await act(async () => fireEvent.click(screen.getByRole("combobox", { name: nama })));
  const opsi = screen.getAllByRole("option").find((o) => o.textContent!.startsWith(`${huruf} · `) || o.textContent === huruf)!;
  await act(async () => fireEvent.click(opsi));
}

test("fields per budget layout", () => {
  expect(medanKoreksi("anggaran", "ro")).toEqual(["kode", "uraian", "pagu", "realisasi", "persen", "sisa"]);
  expect(medanKoreksi("anggaran", "triwulan")).toContain("tw4.realisasi");
  expect(medanKoreksi("anggaran", "pk")).toEqual(expect.arrayContaining(["indikator", "targetIk", "pagu", "realisasi"]));
  expect(medanKoreksi("anggaran", "pnbp")).toEqual(expect.arrayContaining(["sdBulanLalu", "bulanIni", "realisasi"]));
  // Unknown layout: the fields every budget layout shares.
  expect(medanKoreksi("anggaran")).toEqual(["kode", "uraian", "pagu", "realisasi", "persen", "sisa"]);
  expect(medanKoreksi("perkin", "ro")).toContain("indikator");
});

test("Realisasi RO: the planner moves realisasi to C and sisa to E; the stored correction reads the report's realisasi", async () => {
  const snapshot = snapshotRo();
  const tabel = kenali(snapshot)[0] as AnggaranTable;
  expect(tabel.columns.realisasi).toBe("E");
  const disimpan = panel(snapshot, tabel);
  expect(label()).toEqual(["kode", "uraian", "pagu", "realisasi", "persen", "sisa"]);
  expect(screen.getByRole("combobox", { name: "Kolom realisasi" }).textContent).toBe("E · Jumlah");

  await pilih("Kolom realisasi", "C");
  await pilih("Kolom sisa", "E");
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Terapkan koreksi" })));
  expect(disimpan).toEqual([{ sheet: tabel.sheet, range: tabel.range, columns: { realisasi: "C", sisa: "E" } }]);

  const t = kenali(snapshot, disimpan)[0] as AnggaranTable;
  const r = t.rows.find((x) => x.kode === RO.rows[0].kode)!;
  expect([r.realisasi, r.cells.realisasi!.cell]).toEqual([RO.rows[0].realisasi.value, `C${r.row}`]);
});

test("PNBP: dropdowns named for revenue", () => {
  const snapshot: Snapshot = { sheets: [susun(tabel3109()).sheet] };
  const tabel = kenali(snapshot)[0] as AnggaranTable;
  panel(snapshot, tabel);
  for (const n of ["Kolom jenis penerimaan", "Kolom target penerimaan", "Kolom s.d. bulan lalu", "Kolom bulan ini", "Kolom jumlah penerimaan"])
    expect(screen.getByRole("combobox", { name: n })).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "Kolom jumlah penerimaan" }).textContent).toMatch(/^F · /);
});
