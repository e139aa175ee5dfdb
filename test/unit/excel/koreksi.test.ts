import { gantiKoreksi, KUNCI_KOREKSI, muatKoreksi, simpanKoreksi } from "../../../src/excel/koreksi";
import type { Koreksi } from "../../../src/core/tabel";

function pasangSettings(gagal = false) {
  const simpanan = new Map<string, unknown>();
  let disimpan = 0;
  const settings = {
    get: (k: string) => (simpanan.has(k) ? simpanan.get(k) : null),
    set: (k: string, v: unknown) => simpanan.set(k, JSON.parse(JSON.stringify(v))),
    remove: (k: string) => simpanan.delete(k),
    saveAsync: (cb: (r: { status: string }) => void) => {
      disimpan++;
      setTimeout(() => cb({ status: gagal ? "failed" : "succeeded" }), 0);
    },
  };
  (globalThis as any).Office = { context: { document: { settings } } };
  return { simpanan, jumlahSimpan: () => disimpan };
}

afterEach(() => delete (globalThis as any).Office);

const perkin: Koreksi = { sheet: "PK 2024", range: "A3:G18", kind: "perkin", columns: { target: "D", realisasi: "F" } };
const abaikan: Koreksi = { sheet: "Lampiran", range: "B2:H40", ignore: true };

describe("koreksi in document settings", () => {
  test("saved under sakip.koreksi and read back", async () => {
    const { simpanan, jumlahSimpan } = pasangSettings();
    expect(muatKoreksi()).toEqual([]);
    await expect(simpanKoreksi([perkin, abaikan])).resolves.toBe(true);
    expect(jumlahSimpan()).toBe(1);
    expect(simpanan.get(KUNCI_KOREKSI)).toEqual([perkin, abaikan]);
    expect(muatKoreksi()).toEqual([perkin, abaikan]);
  });

  test("JSON text and junk entries are tolerated", () => {
    const { simpanan } = pasangSettings();
    simpanan.set(KUNCI_KOREKSI, JSON.stringify([perkin, { sheet: 5 }, null]));
    expect(muatKoreksi()).toEqual([perkin]);
    simpanan.set(KUNCI_KOREKSI, "{rusak");
    expect(muatKoreksi()).toEqual([]);
  });

  test("a failed save resolves false", async () => {
    pasangSettings(true);
    await expect(simpanKoreksi([perkin])).resolves.toBe(false);
  });

  test("without Office the corrections stay in memory", async () => {
    await expect(simpanKoreksi([abaikan])).resolves.toBe(false);
    expect(muatKoreksi()).toEqual([abaikan]);
  });

  test("a correction replaces the earlier one of the same table", () => {
    const baru: Koreksi = { ...perkin, columns: { target: "E", realisasi: "F" } };
    expect(gantiKoreksi([perkin, abaikan], baru)).toEqual([abaikan, baru]);
  });
});
