/**
 * What each header column of a budget table holds, from its header path (parent > child),
 * e.g. "Anggaran > Pagu" → pagu, "Triwulan I (%) > Keuangan > R" → realisasi of quarter 1,
 * "Pagu Revisi 19 (Rp.000)" → revision 19, "2024" → year.
 */
import { normalisasi } from "../../teks";

export type Peran =
  | { jenis: "kode" }
  | { jenis: "uraian" }
  | { jenis: "no" }
  | { jenis: "pagu" }
  | { jenis: "realisasi" }
  | { jenis: "persen" }
  | { jenis: "sisa" }
  | { jenis: "target" }
  | { jenis: "sdBulanLalu" }
  | { jenis: "bulanIni" }
  | { jenis: "jumlah" }
  | { jenis: "revisi"; ke: number }
  | { jenis: "tw"; ke: number; nilai: "target" | "realisasi" }
  | { jenis: "tahun"; tahun: number }
  | { jenis: "abaikan" };

const ROMAWI: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function kata(s: string, w: string): boolean {
  return (` ${s} `).includes(` ${w} `);
}

/** Quarter number from "triwulan ii", "tw 3", "tw iv", "q1"; 0 when none. */
function triwulan(s: string): number {
  const m = /(?:^| )(?:triwulan|tw|trw|q)\s?(iv|iii|ii|i|[1-4])(?: |$)/.exec(s);
  return m ? ROMAWI[m[1]] : 0;
}

/**
 * The role of a column given its header texts from the top row down. `path` entries are the
 * raw header texts; merged parents appear on every column they span.
 */
export function peranKolom(path: string[]): Peran {
  const bagian = path.map(normalisasi).filter((s) => s.length > 0);
  // Consecutive duplicates come from vertical merges.
  const uniq = bagian.filter((s, i) => i === 0 || s !== bagian[i - 1]);
  const semua = uniq.join(" ");
  const daun = uniq[uniq.length - 1] ?? "";
  if (semua === "") return { jenis: "abaikan" };

  const y = /^(?:ta |tahun )?((?:19|20)\d\d)$/.exec(daun);
  if (y) return { jenis: "tahun", tahun: Number(y[1]) };

  const q = triwulan(semua);
  if (q) {
    if (/(^| )(fisik|output)( |$)/.test(semua) && !kata(semua, "keuangan")) return { jenis: "abaikan" };
    if (/^(r|real|realisasi)( |$)/.test(daun) || kata(daun, "realisasi")) return { jenis: "tw", ke: q, nilai: "realisasi" };
    if (/^(t|s|target|rencana|sasaran|rencana penarikan|rpd)( |$)/.test(daun) || kata(daun, "target") || kata(daun, "rencana"))
      return { jenis: "tw", ke: q, nilai: "target" };
    return { jenis: "abaikan" };
  }

  if (kata(semua, "ouput") || kata(semua, "output") || kata(semua, "volume") || kata(semua, "satuan"))
    return { jenis: "abaikan" };
  if (/^(no|nomor|no urut)$/.test(daun)) return { jenis: "no" };
  if (/(^| )(kode|akun|mak)( |$)/.test(daun)) return { jenis: "kode" };

  const rv = /revisi ?(\d+)/.exec(semua);
  if (rv) return { jenis: "revisi", ke: Number(rv[1]) };
  if (/pagu awal|dipa awal/.test(semua)) return { jenis: "revisi", ke: 0 };

  if (kata(daun, "s d bulan lalu") || /s ?d bulan lalu|sampai bulan lalu/.test(daun)) return { jenis: "sdBulanLalu" };
  if (daun === "bulan ini" || /^bulan ini /.test(daun)) return { jenis: "bulanIni" };
  if (kata(daun, "sisa")) return { jenis: "sisa" };
  if (daun === "%" || /^(persentase|persen|% realisasi|%realisasi|penyerapan|capaian)( |$)/.test(daun) || /^% /.test(daun))
    return { jenis: "persen" };
  if (kata(daun, "realisasi") || kata(daun, "real")) return { jenis: "realisasi" };
  if (kata(daun, "pagu") || kata(daun, "alokasi") || kata(daun, "dipa") || /^anggaran( |$)/.test(daun))
    return { jenis: "pagu" };
  if (daun === "jumlah" || /^jumlah (rp|penerimaan|realisasi)/.test(daun)) return { jenis: "jumlah" };
  if (/^target( |$)/.test(daun)) return { jenis: "target" };
  if (
    /(^| )(uraian|kegiatan|program|kro|ro|komponen|subkomponen|keterangan|rincian|nama|jenis|layanan|jasa|penerimaan|belanja|pnbp)( |$)/.test(
      daun,
    )
  )
    return { jenis: "uraian" };
  return { jenis: "abaikan" };
}
