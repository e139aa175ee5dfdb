/**
 * The core steps a command runs after reading: recognize, then validate. Loaded on first use so
 * that `--help` and an unreadable file answer without loading the recognizers and rules.
 */
import type { Snapshot } from "../core/snapshot";
import type { HasilPeriksa, Issue, Koreksi, Tabel } from "../core/tabel";

type Kenali = (snapshot: Snapshot, koreksi?: Koreksi[], opsi?: { tersembunyi?: boolean }) => Tabel[];
type Periksa = (tables: Tabel[]) => Issue[];

/** `tersembunyi`: hidden sheets are read too (`--termasuk-tersembunyi`); by default they are not. */
export function kenaliDanPeriksa(file: string, snapshot: Snapshot, tersembunyi = false): HasilPeriksa {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { kenali } = require("../core/layouts") as { kenali: Kenali };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { periksa } = require("../core/validasi") as { periksa: Periksa };
  const tables = kenali(snapshot, [], { tersembunyi });
  return { file, tables, issues: periksa(tables) };
}
