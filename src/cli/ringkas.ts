/**
 * `kinerja ringkas <berkas.xlsx> -o <keluaran.xlsx> [--json]`: read, recognize, validate, build
 * every summary sheet and write them into a NEW file (a copy of the workbook plus the summaries).
 * The input is never written; the output appears whole or not at all.
 */
import type { Command } from "commander";
import { hitungTingkat } from "../core/gabung";
import { chooseNames, type SheetPlan } from "../core/lembar/plan";
import type { Issue, Tabel } from "../core/tabel";
import { bukuMakro } from "../xlsx/zip";
import { bacaBerkas, bacaSnapshot } from "./berkas";
import { MasukanError } from "./galat";
import { kenaliDanPeriksa } from "./inti";
import { KODE, tulisBaris, tulisJson, type Keluaran } from "./keluaran";
import { periksaTujuan, samaBerkas, tulisAtomik } from "./tulis-atomik";

export interface OpsiRingkas {
  termasukTersembunyi?: boolean;
  keluaran: string;
  json?: boolean;
}

type BuatRingkasan = (tables: Tabel[], issues: Issue[], keys?: string[]) => SheetPlan[];
type TulisRingkasan = (input: Uint8Array, plans: SheetPlan[]) => Promise<Uint8Array>;

export function tolakTimpaMasukan(masukan: string[], keluaran: string): void {
  for (const m of masukan) {
    if (samaBerkas(m, keluaran)) {
      throw new MasukanError(
        `Berkas keluaran sama dengan berkas masukan (${keluaran}). Berkas masukan tidak pernah ditimpa; pilih nama lain untuk -o.`,
      );
    }
  }
}

/**
 * The copy keeps the source's kind: Excel refuses to open a macro workbook named .xlsx, or a
 * plain one named .xlsm, so the output name must say what the package is.
 */
function tolakEkstensiSalah(bytes: Uint8Array, keluaran: string): void {
  const makro = bukuMakro(bytes);
  const ext = /\.(xlsx|xlsm)$/i.exec(keluaran)?.[1]?.toLowerCase();
  if (makro && ext === "xlsx") {
    throw new MasukanError(`Berkas sumber berisi makro (.xlsm) dan makronya disalin utuh; beri nama keluaran berakhiran .xlsm, bukan ${keluaran}.`);
  }
  if (!makro && ext === "xlsm") {
    throw new MasukanError(`Berkas sumber tidak berisi makro; beri nama keluaran berakhiran .xlsx, bukan ${keluaran}.`);
  }
}

export async function ringkasBerkas(berkas: string, opsi: OpsiRingkas, k: Keluaran): Promise<number> {
  tolakTimpaMasukan([berkas], opsi.keluaran);
  periksaTujuan(opsi.keluaran);
  const bytes = bacaBerkas(berkas);
  const snapshot = await bacaSnapshot(berkas, bytes);
  tolakEkstensiSalah(bytes, opsi.keluaran);
  const hasil = kenaliDanPeriksa(berkas, snapshot, !!opsi.termasukTersembunyi);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buatRingkasan } = require("../core/ringkasan") as { buatRingkasan: BuatRingkasan };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tulisRingkasan } = require("../xlsx/tulis") as { tulisRingkasan: TulisRingkasan };
  const plans = buatRingkasan(hasil.tables, hasil.issues);
  const nama = chooseNames(
    snapshot.sheets.map((s) => ({ name: s.name, generatedKey: s.generatedKey })),
    plans,
  );
  // The writer gets its own copy: the bytes read stay the file's bytes.
  const keluar = await tulisRingkasan(bytes.slice(), plans);
  tulisAtomik(opsi.keluaran, keluar);

  const n = hitungTingkat(hasil.issues);
  const lembar = nama.map((x) => ({ key: x.plan.key, nama: x.name, menggantikan: x.replaces }));
  if (opsi.json) {
    tulisJson(k, { file: berkas, keluaran: opsi.keluaran, lembar, temuan: n });
  } else {
    const out = [
      `Berkas: ${berkas}`,
      `Ditulis: ${opsi.keluaran} (berkas baru; ${berkas} tidak diubah)`,
      "",
      `Lembar ringkasan yang ditulis (${lembar.length}):`,
      ...lembar.map((l) => `  • ${l.nama}${l.menggantikan ? " (menggantikan lembar ringkasan lama)" : ""}`),
      "",
      hasil.issues.length === 0
        ? "Temuan: tidak ada."
        : `Temuan: ${n.error} galat, ${n.warning} peringatan, ${n.info} info (rinciannya di lembar Temuan; lihat juga: kinerja periksa).`,
    ];
    tulisBaris(k, out);
  }
  return n.error > 0 ? KODE.temuanGalat : KODE.ok;
}

export function perintahRingkas(program: Command, k: Keluaran, selesai: (kode: number) => void): void {
  program
    .command("ringkas")
    .description("buat lembar ringkasan (kinerja, capaian triwulan, anggaran, efisiensi, temuan) di berkas baru")
    .argument("<berkas>", "buku kerja Excel (.xlsx) sumber; tidak diubah")
    .requiredOption("-o, --keluaran <berkas>", "berkas .xlsx baru yang ditulis (salinan + lembar ringkasan)")
    .option("--json", "keluaran JSON (untuk dibaca program lain)")
    .option("--termasuk-tersembunyi", "periksa juga lembar yang disembunyikan")
    .action(async (berkas: string, opsi: OpsiRingkas) => selesai(await ringkasBerkas(berkas, opsi, k)));
}
