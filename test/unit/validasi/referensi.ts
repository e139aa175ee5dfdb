/**
 * The report's own tables as recognized tables, every value with the raw string the LAKIP 2024
 * of BSPJI Palembang prints (reference data, {raw, value, line}):
 *   "Tabel 1"    perkin    Tabel 1 Target dan Capaian Kinerja (number and unit on two lines in a cell)
 *   "Tabel 3.9"  triwulan  Capaian Rencana Aksi per Triwulan (S/R fisik)
 *   "Tabel 3.106" anggaran ro       Realisasi anggaran per RO, with its program/kegiatan rows and Total
 *   "Tabel 3.105" anggaran triwulan pagu per KRO, cumulative T/R % per triwulan
 *   "Tabel 3.109" anggaran pnbp     Rincian Realisasi PNBP (sections, groups, items, totals)
 * `ubah` lets a test edit the printed strings before the tables are built (the consistent copy).
 */
import { bacaReferensi } from "../../referensi";
import type { Tabel } from "../../../src/core/tabel";
import { tabelAnggaran, tabelPerkin, tabelTriwulan, type BarisAnggaran, type BarisKinerja, type Mentah } from "./bangun";

type Json = any;

function baca(nama: string): Json {
  return bacaReferensi(nama);
}

export interface DataLaporan {
  perkin: Json;
  rencana: Json;
  anggaran: Json;
}

export function bacaLaporan(): DataLaporan {
  return { perkin: baca("perkin_2024.json"), rencana: baca("rencana_aksi_triwulan_2024.json"), anggaran: baca("anggaran_2024.json") };
}

const raw = (x: Json): string | null => (x && typeof x.raw === "string" ? x.raw : null);

/** Indicator code → [sheet row] for each table, so a test can name cells by identity. */
export interface Peta {
  tabel1: Map<string, number>;
  tabel39: Map<string, number>;
  ro: Map<string, number>;
  kro: Map<string, number>;
  pnbp: Map<string, number>;
}

export const LEMBAR = { tabel1: "Tabel 1", tabel39: "Tabel 3.9", ro: "Tabel 3.106", kro: "Tabel 3.105", pnbp: "Tabel 3.109" };

export function tabelLaporan(d: DataLaporan = bacaLaporan()): { tables: Tabel[]; peta: Peta } {
  const mulai = 5;
  const peta: Peta = { tabel1: new Map(), tabel39: new Map(), ro: new Map(), kro: new Map(), pnbp: new Map() };

  // Tabel 1
  const b1: BarisKinerja[] = [];
  for (const s of d.perkin.sasaran) {
    for (const ik of s.indikator) {
      const t1 = ik.sources.tabel_1;
      peta.tabel1.set(ik.code, mulai + b1.length);
      b1.push({
        sasaran: s.nama_sources.tabel_1.text,
        indikator: t1.nama.text,
        target: `${raw(t1.target)}\n${raw(t1.satuan_target)}`,
        realisasi: `${raw(t1.realisasi)}\n${raw(t1.satuan_realisasi)}`,
        capaian: raw(t1.capaian),
      });
    }
  }

  // Tabel 3.9
  const sasaran39 = new Map<string, string>();
  for (const s of d.perkin.sasaran) sasaran39.set(s.code, s.nama_sources.tabel_3_9.text);
  const b39: BarisKinerja[] = [];
  for (const ik of d.rencana.indikator) {
    const a = ik.annual_tabel_3_9;
    const tw = ik.triwulan_tabel_3_9;
    peta.tabel39.set(ik.code, mulai + b39.length);
    b39.push({
      sasaran: sasaran39.get(ik.code.split(".")[0]) ?? null,
      indikator: ik.indikator_tabel_3_9.text,
      target: `${raw(a.target)} ${raw(a.satuan_target)}`,
      realisasi: `${raw(a.realisasi)} ${raw(a.satuan_realisasi)}`,
      capaian: raw(a.capaian),
      tw: ["TW1", "TW2", "TW3", "TW4"].map((q) => [raw(tw[q].target_S), raw(tw[q].realisasi_R)] as [Mentah, Mentah]),
    });
  }

  // Tabel 3.106: program and kegiatan label rows before their first RO, then the leaves, then Total.
  const ro = d.anggaran.realisasi_per_ro;
  const label = new Map<string, [string, string]>();
  for (let i = 0; i + 1 < ro.group_rows.length; i += 2) label.set(ro.group_rows[i + 1].raw.raw.split(" ")[0], [ro.group_rows[i].raw.raw, ro.group_rows[i + 1].raw.raw]);
  const bro: BarisAnggaran[] = [];
  let kegiatan = "";
  const pisah = (s: string): [string, string] => [s.slice(0, s.indexOf(" ")), s.slice(s.indexOf(" ") + 1)];
  for (const r of ro.rows) {
    if (r.kegiatan !== kegiatan) {
      kegiatan = r.kegiatan;
      const [prog, keg] = label.get(kegiatan)!;
      bro.push({ kode: pisah(prog)[0], uraian: pisah(prog)[1], total: true, level: 0 });
      bro.push({ kode: pisah(keg)[0], uraian: pisah(keg)[1], total: true, level: 1 });
    }
    peta.ro.set(r.kode, mulai + bro.length);
    bro.push({ kode: r.kode, uraian: r.uraian, pagu: raw(r.pagu), realisasi: raw(r.realisasi), persen: raw(r.persen), level: 5 });
  }
  peta.ro.set("Total", mulai + bro.length);
  bro.push({ uraian: "Total", pagu: raw(ro.total.pagu), realisasi: raw(ro.total.realisasi), persen: raw(ro.total.persen), total: true });

  // Tabel 3.105
  const tw = d.anggaran.realisasi_triwulan;
  const bkro: BarisAnggaran[] = [];
  kegiatan = "";
  for (const r of tw.rows) {
    if (r.kegiatan !== kegiatan) {
      kegiatan = r.kegiatan;
      const [prog, keg] = label.get(kegiatan)!;
      bkro.push({ kode: pisah(prog)[0], uraian: pisah(prog)[1], total: true, level: 0 });
      bkro.push({ kode: pisah(keg)[0], uraian: pisah(keg)[1], total: true, level: 1 });
    }
    const kode = `${r.kegiatan}.${r.kode_kro.raw}`;
    peta.kro.set(kode, mulai + bkro.length);
    bkro.push({
      kode,
      uraian: r.nama,
      pagu: raw(r.anggaran),
      tw: [1, 2, 3, 4].map((q) => [raw(r.tw[`tw${q}_T`]), raw(r.tw[`tw${q}_R`])] as [Mentah, Mentah]),
      level: 2,
    });
  }

  // Tabel 3.109, levels as the PNBP recognizer gives them.
  const p = d.anggaran.pnbp.tabel_3_109;
  const bp: BarisAnggaran[] = [];
  const baris = (x: Json, level: number, total: boolean, nama?: string) => {
    const uraian = nama ?? x.jenis_penerimaan ?? x.label;
    peta.pnbp.set(peta.pnbp.has(uraian) ? `${uraian}#2` : uraian, mulai + bp.length);
    bp.push({
      uraian,
      pagu: raw(x.target) ?? undefined,
      sdBulanLalu: raw(x.sd_bulan_lalu) ?? undefined,
      bulanIni: raw(x.bulan_ini) ?? undefined,
      realisasi: raw(x.jumlah) ?? undefined,
      persen: raw(x.persen) ?? undefined,
      level,
      total,
    });
  };
  bp.push({ uraian: p.section_rows[0].raw, total: true, level: 0 });
  const grup = new Set<number>(p.rows_fungsional.filter((x: Json) => x.kind === "item").map((x: Json) => x.group));
  for (const x of p.rows_fungsional) {
    if (x.kind === "group") baris(x, 1, grup.has(x.no));
    else baris(x, 2, false);
  }
  baris(p.pengembalian, 1, false);
  baris(p.total_fungsional, 0, true, "Total");
  bp.push({ uraian: p.section_rows[1].raw, total: true, level: 0 });
  for (const x of p.rows_non_fungsional) {
    if (x.all_blank) bp.push({ uraian: x.jenis_penerimaan, total: true, level: 0 });
    else baris(x, 1, false);
  }
  baris(p.total_non_fungsional, 0, true, "Total");
  baris(p.grand_total, 0, true, "Grand Total");

  const tables: Tabel[] = [
    tabelPerkin(LEMBAR.tabel1, b1, { mulai, judul: d.perkin.tables.tabel_1.title.text }),
    tabelTriwulan(LEMBAR.tabel39, "fisik", b39, { mulai, judul: d.rencana.tabel_3_9.title.text }),
    tabelAnggaran(LEMBAR.kro, "triwulan", bkro, { mulai, judul: "Tabel 3.105 Realisasi Anggaran Kegiatan Per Triwulan" }),
    tabelAnggaran(LEMBAR.ro, "ro", bro, { mulai, judul: ro.title }),
    tabelAnggaran(LEMBAR.pnbp, "pnbp", bp, { mulai, judul: p.title.raw }),
  ];
  return { tables, peta };
}
