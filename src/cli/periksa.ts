/** `kinerja periksa <berkas.xlsx> [--json]`: read, recognize, validate, report. */
import type { Command } from "commander";
import { bacaSnapshot } from "./berkas";
import { kenaliDanPeriksa } from "./inti";
import { KODE, tulisBaris, tulisJson, type Keluaran } from "./keluaran";
import { teksPeriksa } from "./teks-periksa";

export interface OpsiPeriksa {
  termasukTersembunyi?: boolean;
  json?: boolean;
}

export async function periksaBerkas(berkas: string, opsi: OpsiPeriksa, k: Keluaran): Promise<number> {
  const snapshot = await bacaSnapshot(berkas);
  const hasil = kenaliDanPeriksa(berkas, snapshot, !!opsi.termasukTersembunyi);
  if (opsi.json) tulisJson(k, hasil);
  else tulisBaris(k, teksPeriksa(hasil, snapshot));
  return hasil.issues.some((i) => i.severity === "error") ? KODE.temuanGalat : KODE.ok;
}

export function perintahPeriksa(program: Command, k: Keluaran, selesai: (kode: number) => void): void {
  program
    .command("periksa")
    .description("kenali tabel dalam buku kerja dan periksa angkanya (target, realisasi, capaian, pagu)")
    .argument("<berkas>", "buku kerja Excel (.xlsx)")
    .option("--json", "keluaran JSON (untuk dibaca program lain)")
    .option("--termasuk-tersembunyi", "periksa juga lembar yang disembunyikan")
    .action(async (berkas: string, opsi: OpsiPeriksa) => selesai(await periksaBerkas(berkas, opsi, k)));
}
