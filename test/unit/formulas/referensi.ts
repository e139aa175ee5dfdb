/** Access to the reference data of the LAKIP BSPJI Palembang 2024 (referensi/data). */
import * as fs from "fs";
import * as path from "path";

import { DIR_REFERENSI } from "../../referensi";
export { DIR_REFERENSI };

export function bacaJson<T = unknown>(nama: string): T {
  return JSON.parse(fs.readFileSync(path.join(DIR_REFERENSI, nama), "utf8")) as T;
}

/** Every .json file under the reference folder, recursively. */
export function semuaJson(dir = DIR_REFERENSI): string[] {
  const hasil: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) hasil.push(...semuaJson(p));
    else if (e.name.endsWith(".json")) hasil.push(p);
  }
  return hasil.sort();
}

/** Calls `f` on every object inside `o`, with its JSON path. */
export function jelajah(o: unknown, f: (obj: Record<string, unknown>, jalur: string) => void, jalur = ""): void {
  if (Array.isArray(o)) o.forEach((x, i) => jelajah(x, f, `${jalur}[${i}]`));
  else if (o !== null && typeof o === "object") {
    f(o as Record<string, unknown>, jalur);
    for (const [k, v] of Object.entries(o)) jelajah(v, f, `${jalur}.${k}`);
  }
}

export type KasusRumus = {
  formula: string;
  inputs: Record<string, unknown>;
  expected: unknown;
  expected_raw: string | null;
  source: { table: string; line: number | null };
  status: string;
  rounding: string;
  recomputed?: unknown;
  note?: string;
};
