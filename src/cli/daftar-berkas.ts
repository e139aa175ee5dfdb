/**
 * The files a `gabung` run reads: files as given, folders expanded to their .xlsx/.xlsm files
 * (natural order: satker-2 before satker-10; Excel lock files "~$…" and hidden files skipped).
 */
import * as fs from "fs";
import * as path from "path";
import { MasukanError } from "./galat";
import { samaBerkas } from "./tulis-atomik";

const BUKU_KERJA = /\.(xlsx|xlsm)$/i;
const urutAlami = new Intl.Collator("id", { numeric: true, sensitivity: "base" });

export function daftarBerkas(masukan: string[], keluaran?: string): string[] {
  const out: string[] = [];
  const sudah = new Set<string>();
  const tambah = (f: string) => {
    const kunci = path.resolve(f);
    if (!sudah.has(kunci)) {
      sudah.add(kunci);
      out.push(f);
    }
  };
  for (const m of masukan) {
    let folder = false;
    try {
      folder = fs.statSync(m).isDirectory();
    } catch {
      // a missing file is reported with the others when it is read
    }
    if (!folder) {
      tambah(m);
      continue;
    }
    const isi = fs
      .readdirSync(m, { withFileTypes: true })
      .filter((d) => d.isFile() && BUKU_KERJA.test(d.name) && !d.name.startsWith("~$") && !d.name.startsWith("."))
      .map((d) => d.name)
      .sort(urutAlami.compare);
    for (const nama of isi) {
      const f = path.join(m, nama);
      // An earlier comparison written into the same folder is not a satker's file.
      if (keluaran && samaBerkas(f, keluaran)) continue;
      tambah(f);
    }
  }
  if (out.length === 0) {
    throw new MasukanError(`Tidak ada berkas .xlsx di ${masukan.join(", ")}. Sebutkan berkasnya atau folder yang berisi berkas .xlsx.`);
  }
  return out;
}
