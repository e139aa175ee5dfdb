/**
 * `kinerja gabung <berkas atau folder…> -o <keluaran.xlsx> [--json]`: reads many satker
 * workbooks and writes one comparison workbook (indicators side by side with ranks, budgets,
 * findings per file). A file that cannot be read is reported and skipped.
 * Exit: 0 done; 1 done with error-severity findings or skipped files; 2 nothing readable or bad usage.
 */
import * as path from "path";
import type { Command } from "commander";
import { buatGabungan, hitungTingkat, namaDariBerkas, namaSatker, namaUnik, ringkasGabungan } from "../core/gabung";
import type { BerkasGabung, GagalGabung } from "../core/gabung";
import { formatAngka, formatPersen } from "../core/angka";
import { BukuKerjaError } from "../xlsx/baca";
import { bacaSnapshot } from "./berkas";
import { daftarBerkas } from "./daftar-berkas";
import { MasukanError, PESAN_INTERNAL } from "./galat";
import { kenaliDanPeriksa } from "./inti";
import { Kemajuan } from "./kemajuan";
import { KODE, tulisBaris, tulisJson, type Keluaran } from "./keluaran";
import { tolakTimpaMasukan } from "./ringkas";
import { periksaTujuan, tulisAtomik } from "./tulis-atomik";

export interface OpsiGabung {
  keluaran: string;
  json?: boolean;
}

function pesanGagal(e: unknown): string {
  if (e instanceof BukuKerjaError || e instanceof MasukanError) return e.message;
  if (process.env.KINERJA_DEBUG) process.stderr.write(`${e instanceof Error && e.stack ? e.stack : String(e)}\n`);
  return PESAN_INTERNAL;
}

export async function gabungBerkas(masukan: string[], opsi: OpsiGabung, k: Keluaran): Promise<number> {
  const daftar = daftarBerkas(masukan, opsi.keluaran);
  tolakTimpaMasukan(daftar, opsi.keluaran);
  periksaTujuan(opsi.keluaran);
  const kemajuan = new Kemajuan(k, daftar.length);
  const berkas: BerkasGabung[] = [];
  const gagal: GagalGabung[] = [];
  for (let i = 0; i < daftar.length; i++) {
    const f = daftar[i];
    kemajuan.mulai(i, f);
    try {
      const snapshot = await bacaSnapshot(f);
      const hasil = kenaliDanPeriksa(f, snapshot);
      berkas.push({ satker: namaSatker(f, snapshot), file: path.basename(f), tables: hasil.tables, issues: hasil.issues });
      const n = hitungTingkat(hasil.issues);
      kemajuan.selesai(i, f, `${hasil.tables.length} tabel, ${n.error} galat, ${n.warning} peringatan`);
    } catch (e) {
      const pesan = pesanGagal(e);
      gagal.push({ satker: namaDariBerkas(f), file: path.basename(f), pesan });
      kemajuan.gagal(i, f, pesan);
    }
  }
  kemajuan.akhir();
  if (berkas.length === 0) {
    k.galat(`Tidak ada berkas yang dapat dibaca (${gagal.length} gagal); ${opsi.keluaran} tidak ditulis.\n`);
    return KODE.tidakDapatDipakai;
  }
  const unik = namaUnik(berkas.map((b) => b.satker));
  berkas.forEach((b, i) => (b.satker = unik[i]));

  const g = buatGabungan(berkas, gagal);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tulisBaru } = require("../xlsx/tulis-baru") as typeof import("../xlsx/tulis-baru");
  tulisAtomik(opsi.keluaran, await tulisBaru(g.plans));

  const r = ringkasGabungan(opsi.keluaran, g, berkas, gagal);
  if (opsi.json) tulisJson(k, r);
  else {
    const out = [
      `Ditulis: ${opsi.keluaran}`,
      `Lembar: ${r.lembar.join(", ")}`,
      `Berkas: ${r.jumlah.dibaca} dibaca, ${r.jumlah.gagal} gagal; ${r.jumlah.indikator} indikator dibandingkan.`,
      `Temuan: ${r.jumlah.error} galat, ${r.jumlah.warning} peringatan, ${r.jumlah.info} info.`,
      "",
      "Satker                          Pagu (Rp)            Penyerapan   Galat",
      ...r.berkas.map((b) =>
        b.status === "gagal"
          ? `  ${b.satker.padEnd(30).slice(0, 30)}gagal dibaca: ${b.pesan}`
          : `  ${b.satker.padEnd(30).slice(0, 30)}${(b.pagu == null ? "-" : formatAngka(b.pagu)).padStart(20)}` +
            `${(b.penyerapan == null ? "-" : formatPersen(b.penyerapan)).padStart(13)}${String(b.temuan?.error ?? 0).padStart(8)}`,
      ),
    ];
    tulisBaris(k, out);
  }
  return r.jumlah.error > 0 || gagal.length > 0 ? KODE.temuanGalat : KODE.ok;
}

export function perintahGabung(program: Command, k: Keluaran, selesai: (kode: number) => void): void {
  program
    .command("gabung")
    .description("bandingkan buku kerja banyak satker: indikator berdampingan dengan peringkat, anggaran, temuan per berkas")
    .argument("<masukan...>", "berkas .xlsx atau folder berisi berkas .xlsx")
    .requiredOption("-o, --keluaran <berkas>", "berkas .xlsx perbandingan yang ditulis")
    .option("--json", "ringkasan JSON di stdout (kemajuan tetap di stderr)")
    .action(async (masukan: string[], opsi: OpsiGabung) => selesai(await gabungBerkas(masukan, opsi, k)));
}
