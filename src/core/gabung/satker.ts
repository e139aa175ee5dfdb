/**
 * The name of a work unit: a title cell such as "Satuan Kerja: BSPJI Medan" near the top of a
 * sheet, otherwise the file name without its extension. Names are made unique ("X (2)").
 */
import type { Snapshot } from "../snapshot";
import { tanpaKendali } from "../lembar/aman";

const LABEL = /^\s*(?:nama\s+)?(?:satuan\s+kerja|satker|unit\s+kerja|instansi)\s*[:：]\s*(.+)$/i;

export function namaDariBerkas(file: string): string {
  const dasar = file.split(/[\\/]/).pop() ?? file;
  return dasar.replace(/\.(xlsx|xlsm|xls|csv)$/i, "") || dasar;
}

export function namaDariJudul(snapshot: Snapshot): string | null {
  for (const sheet of snapshot.sheets) {
    if (sheet.generatedKey) continue;
    for (const row of sheet.values.slice(0, 6)) {
      for (const v of row.slice(0, 8)) {
        if (typeof v !== "string") continue;
        const m = LABEL.exec(v);
        const nama = m ? tanpaKendali(m[1]).replace(/\s+/g, " ").trim() : "";
        if (nama && nama.length <= 120) return nama;
      }
    }
  }
  return null;
}

export function namaSatker(file: string, snapshot: Snapshot | null): string {
  return (snapshot && namaDariJudul(snapshot)) || namaDariBerkas(file);
}

/** Same names get "(2)", "(3)"… in the order given. */
export function namaUnik(nama: string[]): string[] {
  const dipakai = new Set<string>();
  return nama.map((n) => {
    let x = n;
    for (let i = 2; dipakai.has(x.toLowerCase()); i++) x = `${n} (${i})`;
    dipakai.add(x.toLowerCase());
    return x;
  });
}
