/** What the comparison of many work units (satker) starts from: one recognized file per satker. */
import type { Issue, Tabel } from "../tabel";

export interface BerkasGabung {
  /** Name of the work unit, from a title cell or the file name. */
  satker: string;
  /** File name as given (shown next to the satker). */
  file: string;
  tables: Tabel[];
  issues: Issue[];
}

/** A file that could not be read; listed in the findings sheet, left out of the comparison. */
export interface GagalGabung {
  satker: string;
  file: string;
  pesan: string;
}
