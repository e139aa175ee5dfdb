/**
 * duplikat: the same indicator or budget code twice in one table.
 *
 * A budget code names one line of the DIPA, so a second row with it is counted twice in every
 * total (error). An indicator name may honestly recur under two sasaran, so names are compared
 * within the same sasaran only, and a repeat is a warning. Rows of a years-across table differ
 * by year, and a PNBP group with a single item repeats its name by design (no code), so only
 * codes count there. Komponen numbers of a per-indicator budget table (Tabel 3.104) restart under
 * each indicator, so there the indicator is part of the key.
 */
import type { Issue, Medan, Tabel } from "../tabel";
import { bakuNama } from "../teks";
import { KumpulanPohon, normalKode } from "./pohon";
import { buatIssue, namaBaris, selLabel, type Baris } from "./umum";

export function periksaDuplikat(t: Tabel, pohon = new KumpulanPohon()): Issue[] {
  const out: Issue[] = [];
  if (t.kind === "anggaran" && t.bentuk !== "pk" && t.bentuk !== "tahunan") {
    // The code Map of the tree already knows the repeats.
    const urutan: Medan[] = ["kode", "uraian"];
    for (const [i, j] of pohon.dari(t).kembar) {
      const row = t.rows[i];
      const awal = t.rows[j];
      out.push(buatIssue(t, "duplikat", "error", selLabel(t, row, urutan), `Kode ${row.kode} muncul dua kali dalam tabel ini: juga di baris ${awal.row} (${selLabel(t, awal, urutan)}).`, null, null));
    }
    return out;
  }
  const lihat = new Map<string, Baris>();
  const sasaranBaku = new Map<string, string>();
  const rows: Baris[] = t.rows;
  for (const row of rows) {
    let kunci: string;
    if ("kode" in row) {
      if (!row.kode) continue;
      kunci = "tahun" in row ? `${normalKode(row.kode)}|${row.tahun}` : normalKode(row.kode);
      if ("indikator" in row) kunci = `${bakuNama(row.indikator ?? "")}|${kunci}`;
    } else {
      const nama = bakuNama(row.indikator ?? "");
      if (!nama) continue;
      const ss = row.sasaran ?? "";
      let sb = sasaranBaku.get(ss);
      if (sb === undefined) sasaranBaku.set(ss, (sb = bakuNama(ss)));
      kunci = sb ? `${sb}|${nama}` : nama;
    }
    const awal = lihat.get(kunci);
    if (!awal) {
      lihat.set(kunci, row);
      continue;
    }
    const urutan: Medan[] = t.kind === "anggaran" ? ["kode", "uraian"] : ["indikator"];
    const apa = "kode" in row ? `Kode ${row.kode}` : `Indikator "${namaBaris(row)}"`;
    out.push(
      buatIssue(
        t,
        "duplikat",
        t.kind === "anggaran" ? "error" : "warning",
        selLabel(t, row, urutan),
        `${apa} muncul dua kali dalam tabel ini: juga di baris ${awal.row} (${selLabel(t, awal, urutan)}).`,
        null,
        null,
      ),
    );
  }
  return out;
}
