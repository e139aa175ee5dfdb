/** The LAKIP 2024 reference tables the tests assert against (referensi/data, or SAKIP_REFERENSI). */
import * as fs from "node:fs";
import * as path from "node:path";

export const DIR_REFERENSI = process.env.SAKIP_REFERENSI ?? path.resolve(__dirname, "../referensi/data");

export function bacaReferensi<T = any>(nama: string): T {
  return JSON.parse(fs.readFileSync(path.join(DIR_REFERENSI, nama), "utf8")) as T;
}
