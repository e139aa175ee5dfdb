/**
 * The reference data the sample is built from (tables of the LAKIP 2024 of BSPJI Palembang,
 * every value as {raw, value, line}). It lives outside the repository, next to it.
 */
import * as fs from "fs";
import * as path from "path";

export interface Nilai {
  raw: string;
  value: number | null;
  line?: number;
}

/** The JSON is large and loosely shaped; the sheet builders pick what they need. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface DataReferensi {
  dir: string;
  perkin: Json;
  rencanaAksi: Json;
  anggaran: Json;
}

export function lokasiData(): string {
  return process.env.KINERJA_DATA ?? path.resolve(__dirname, "../../referensi/data");
}

export function bacaData(dir = lokasiData()): DataReferensi {
  const berkas = ["perkin_2024.json", "rencana_aksi_triwulan_2024.json", "anggaran_2024.json"];
  const hilang = berkas.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (hilang.length > 0) {
    throw new Error(
      `Data acuan tidak ditemukan di ${dir} (${hilang.join(", ")} hilang).\n` +
        "Data ini ada di repositori (referensi/data); " +
        "atau tunjuk foldernya dengan KINERJA_DATA=/jalur/ke/data.",
    );
  }
  const baca = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  return { dir, perkin: baca(berkas[0]), rencanaAksi: baca(berkas[1]), anggaran: baca(berkas[2]) };
}
