/**
 * `kinerja laporan <berkas.xlsx> -o <bab3.docx>`: the workbook's Bab III as a Word document —
 * every table family found, numbered captions, one paragraph per indicator with marked places
 * for the planner's analysis. Progress lines go to stderr; the input is never written.
 */
import type { Command } from "commander";
import { laporanDariSnapshot, NAMA_KELUARGA, SEMUA_KELUARGA, type Keluarga } from "../core/laporan/index";
import { hitungTingkat } from "../core/gabung";
import { bacaBerkas, bacaSnapshot } from "./berkas";
import { MasukanError } from "./galat";
import { KODE, tulisBaris, tulisJson, type Keluaran } from "./keluaran";
import { tolakTimpaMasukan } from "./ringkas";
import { periksaTujuan, tulisAtomik } from "./tulis-atomik";

export interface OpsiLaporanCli {
  keluaran: string;
  keluarga?: string;
  satker?: string;
  json?: boolean;
}

function bacaKeluarga(teks: string | undefined): Keluarga[] | undefined {
  if (!teks) return undefined;
  const daftar = teks.split(",").map((s) => s.trim()).filter(Boolean);
  const salah = daftar.filter((x) => !(SEMUA_KELUARGA as string[]).includes(x));
  if (salah.length > 0) throw new MasukanError(`Keluarga tabel tidak dikenal: ${salah.join(", ")} (pilihan: ${SEMUA_KELUARGA.join(", ")}).`);
  return daftar as Keluarga[];
}

export async function laporanBerkas(berkas: string, opsi: OpsiLaporanCli, k: Keluaran): Promise<number> {
  const keluarga = bacaKeluarga(opsi.keluarga);
  tolakTimpaMasukan([berkas], opsi.keluaran);
  periksaTujuan(opsi.keluaran);
  k.galat(`Membaca ${berkas} …\n`);
  const snapshot = await bacaSnapshot(berkas, bacaBerkas(berkas));
  k.galat("Mengenali tabel dan menyusun Bab III …\n");
  const dok = laporanDariSnapshot(snapshot, { keluarga, satker: opsi.satker });
  const tabel = dok.blok.filter((b) => b.jenis === "tabel").length;
  const gambar = dok.blok.filter((b) => b.jenis === "grafik").length;
  k.galat(`Menulis ${opsi.keluaran} (${tabel} tabel, ${gambar} gambar) …\n`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the Word library loads only for this command
  const { tulisDocx } = require("../docx/tulis") as typeof import("../docx/tulis");
  tulisAtomik(opsi.keluaran, await tulisDocx(dok));
  const n = hitungTingkat(dok.temuan);
  if (opsi.json) {
    tulisJson(k, { file: berkas, keluaran: opsi.keluaran, tabel, gambar, temuan: dok.temuan, dilewati: dok.dilewati });
  } else {
    tulisBaris(k, [
      `Berkas: ${berkas}`,
      `Ditulis: ${opsi.keluaran} (${tabel} tabel, ${gambar} gambar; ${berkas} tidak diubah)`,
      ...dok.dilewati.map((d) => `  Dilewati — ${NAMA_KELUARGA[d.keluarga]}: ${d.alasan}`),
      dok.temuan.length === 0
        ? "Temuan: tidak ada."
        : `Temuan: ${n.error} galat, ${n.warning} peringatan — angka yang tidak mengikuti target dan realisasinya ditulis hasil hitung ulang (bertanda *):`,
      ...dok.temuan.map((i) => `  ${i.sheet}!${i.cell}: ${i.message}`),
    ]);
  }
  return KODE.ok;
}

export function perintahLaporan(program: Command, k: Keluaran, selesai: (kode: number) => void): void {
  program
    .command("laporan")
    .description("susun Bab III (Akuntabilitas Kinerja) sebagai dokumen Word dari buku kerja")
    .argument("<berkas>", "buku kerja Excel (.xlsx) sumber; tidak diubah")
    .requiredOption("-o, --keluaran <berkas>", "berkas .docx yang ditulis")
    .option("--keluarga <daftar>", `keluarga tabel, dipisah koma (${SEMUA_KELUARGA.join(",")}); bawaan: semua`)
    .option("--satker <nama>", "nama satker sendiri di tabel perbandingan", "Satker ini")
    .option("--json", "keluaran JSON (untuk dibaca program lain)")
    .action(async (berkas: string, opsi: OpsiLaporanCli) => selesai(await laporanBerkas(berkas, opsi, k)));
}
