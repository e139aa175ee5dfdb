/**
 * An .xlsx file opened in the browser (standalone mode). This module is loaded with import():
 * it pulls in ExcelJS. The source bytes are never changed; every "write" builds a new workbook
 * from them plus the generated sheets, offered for download.
 * Corrections live in memory and in localStorage under the file's name.
 */
import { chooseNames, type SheetPlan } from "../core/lembar/plan";
import type { Snapshot } from "../core/snapshot";
import type { Koreksi } from "../core/tabel";
import { bacaBukuKerja } from "../xlsx/baca";
import { tulisRingkasan } from "../xlsx/tulis";
import type { Buku } from "./sumber";

export const AWALAN_SIMPAN = "sakip.koreksi:";

function penyimpanan(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // blocked storage (privacy settings, sandboxed frames)
  }
}

/** "laporan.xlsx" → "laporan-ringkasan.xlsx" */
export function namaUnduhan(nama: string): string {
  const dasar = nama.replace(/\.xls[xm]$/i, "") || "buku-kerja";
  // The copy keeps the source's package kind: a macro workbook stays .xlsm.
  return `${dasar}-ringkasan.${/\.xlsm$/i.test(nama) ? "xlsm" : "xlsx"}`;
}

export function bukuBerkas(nama: string, data: Uint8Array): Buku {
  const sumber = new Uint8Array(data); // our own copy: the caller's buffer may be reused
  let snapshot: Snapshot | null = null;
  let hasil: Uint8Array | null = null;
  let koreksi: Koreksi[] | null = null;
  const kunci = AWALAN_SIMPAN + nama;

  return {
    jenis: "berkas",
    nama,
    bisaSisip: false,
    async baca() {
      // The bytes never change, so one read serves every scan.
      snapshot ??= await bacaBukuKerja(sumber);
      return snapshot;
    },
    async tulis(plans: SheetPlan[]) {
      if (plans.length === 0) return [];
      const ada = snapshot ?? (await bacaBukuKerja(sumber));
      const nama = chooseNames(ada.sheets, plans).map((p) => p.name);
      hasil = await tulisRingkasan(sumber, plans);
      return nama;
    },
    async pilih() {
      // Nothing to select in a file; the pane shows the cell instead.
    },
    async aktifkan() {},
    async muatKoreksi() {
      if (koreksi) return koreksi.map((k) => ({ ...k }));
      const s = penyimpanan();
      let v: unknown;
      try {
        v = JSON.parse(s?.getItem(kunci) ?? "null");
      } catch {
        v = null; // a damaged entry must not block the scan
      }
      koreksi = Array.isArray(v) ? v.filter((k) => k && typeof k.sheet === "string" && typeof k.range === "string") : [];
      return koreksi.map((k) => ({ ...k }));
    },
    async simpanKoreksi(daftar: Koreksi[]) {
      koreksi = daftar.map((k) => ({ ...k }));
      const s = penyimpanan();
      if (!s) return false;
      try {
        if (daftar.length) s.setItem(kunci, JSON.stringify(daftar));
        else s.removeItem(kunci);
        return true;
      } catch {
        return false;
      }
    },
    async sisipRumus(): Promise<string> {
      throw new Error("Menyisipkan rumus hanya dapat dilakukan di Excel.");
    },
    unduhan: () => (hasil ? { nama: namaUnduhan(nama), data: hasil } : null),
  };
}
