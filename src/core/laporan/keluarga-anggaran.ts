/**
 * Budget part of Bab III: efficiency per indicator (Tabel 3.112: IBT, IBR and the efficiency
 * ratio from the komponen budget of each indicator), realisasi per RO (Tabel 3.106), per
 * triwulan (Tabel 3.105) and PNBP (Tabel 3.109).
 */
import { aman, capaian, efisiensiAnggaran, ibr, ibt, penyerapan } from "../rumus";
import { TRIWULAN, type AnggaranRow, type AnggaranRowTriwulan, type AnggaranTable, type AnggaranTableTriwulan, type Tabel } from "../tabel";
import type { IndikatorBab } from "./indikator";
import { FORMAT, susunTabel, type Kolom } from "./kolom";
import type { BlokDok, Dokumen, Keluarga, TabelDok } from "./model";
import { alamat, desimalDari, selAngka, selTeks } from "./sel";

interface Efisiensi {
  d: IndikatorBab;
  pagu: number;
  realisasi: number;
}

function efisiensiPerIndikator(t: AnggaranTable, daftar: IndikatorBab[]): Efisiensi[] {
  const jumlah = new Map<string, { pagu: number; realisasi: number }>();
  for (const r of t.rows) {
    const nama = "indikator" in r && typeof r.indikator === "string" ? r.indikator : "";
    if (r.total || !nama || r.pagu === null) continue;
    const j = jumlah.get(nama) ?? { pagu: 0, realisasi: 0 };
    j.pagu += r.pagu;
    j.realisasi += r.realisasi ?? 0;
    jumlah.set(nama, j);
  }
  return daftar.flatMap((d) => {
    const j = jumlah.get(d.nama) ?? [...jumlah.entries()].find(([n]) => n.toLowerCase() === d.nama.toLowerCase())?.[1];
    return j ? [{ d, ...j }] : [];
  });
}

function tabelEfisiensi(baris: Efisiensi[]): TabelDok {
  const T = (e: Efisiensi) => e.d.pk?.row.target ?? null;
  const R = (e: Efisiensi) => e.d.pk?.row.realisasi ?? null;
  const hitung = (f: () => number) => aman(f);
  const kolom: Kolom<Efisiensi>[] = [
    { kepala: "Indikator Kinerja", lebar: 30, isi: (e) => selTeks(e.d.satuan ? `${e.d.nama} (${e.d.satuan})` : e.d.nama) },
    { kepala: "Target", lebar: 8, format: FORMAT.angka, isi: (e) => selAngka(T(e), T(e) === null ? 0 : desimalDari(e.d.pk?.row.cells.target, T(e)!)) },
    { kepala: "Realisasi", lebar: 8, format: FORMAT.angka, isi: (e) => selAngka(R(e), R(e) === null ? 0 : desimalDari(e.d.pk?.row.cells.realisasi, R(e)!)) },
    { kepala: "Capaian (%)", lebar: 9, format: FORMAT.persen, isi: (e) => selAngka(hitung(() => capaian(T(e)!, R(e)!)), 2, undefined, "persen") },
    { kepala: "Pagu (Rp)", lebar: 14, format: FORMAT.rupiah, isi: (e) => selAngka(e.pagu, 0, undefined, "rupiah") },
    { kepala: "Realisasi Anggaran (Rp)", lebar: 14, format: FORMAT.rupiah, isi: (e) => selAngka(e.realisasi, 0, undefined, "rupiah") },
    { kepala: "Penyerapan (%)", lebar: 9, format: FORMAT.persen, isi: (e) => selAngka(hitung(() => penyerapan(e.pagu, e.realisasi)), 2, undefined, "persen") },
    { kepala: "IBT (Rp)", lebar: 12, format: FORMAT.rupiah, isi: (e) => selAngka(hitung(() => ibt(e.pagu, T(e)!)), 0, undefined, "rupiah") },
    { kepala: "IBR (Rp)", lebar: 12, format: FORMAT.rupiah, isi: (e) => selAngka(hitung(() => ibr(e.realisasi, R(e)!)), 0, undefined, "rupiah") },
    { kepala: "Efisiensi (%)", lebar: 9, format: FORMAT.persen, isi: (e) => selAngka(hitung(() => efisiensiAnggaran(e.pagu, T(e)!, e.realisasi, R(e)!)), 2, undefined, "persen") },
  ];
  return susunTabel({ keluarga: "efisiensi", judul: "Efisiensi Penggunaan Sumber Daya per Indikator Kinerja", kolom, baris });
}

function tabelUang(t: AnggaranTable, judul: string, kepalaPagu: string): TabelDok {
  const sh = t.sheet;
  const kolom: Kolom<AnggaranRow>[] = [
    { kepala: "Kode", lebar: 14, isi: (r) => selTeks(r.kode ?? "", r.total) },
    { kepala: "Uraian", lebar: 40, isi: (r) => selTeks(r.uraian, r.total) },
    { kepala: kepalaPagu, lebar: 16, format: FORMAT.rupiah, isi: (r) => selAngka(r.pagu, 0, r.cells.pagu && alamat(sh, r.cells.pagu.cell), "rupiah") },
    { kepala: "Realisasi (Rp)", lebar: 16, format: FORMAT.rupiah, isi: (r) => selAngka(r.realisasi, 0, r.cells.realisasi && alamat(sh, r.cells.realisasi.cell), "rupiah") },
    { kepala: "%", lebar: 9, format: FORMAT.persen, isi: (r) => selAngka(r.pagu !== null && r.realisasi !== null ? aman(() => penyerapan(r.pagu!, r.realisasi!)) : null, 2, undefined, "persen") },
  ];
  return susunTabel({ keluarga: "anggaran", judul, kolom, baris: t.rows.filter((r) => r.pagu !== null || r.realisasi !== null) });
}

function tabelTriwulan(t: AnggaranTableTriwulan): TabelDok {
  const kolom: Kolom<AnggaranRowTriwulan>[] = [
    { kepala: "Kode", lebar: 14, isi: (r) => selTeks(r.kode ?? "") },
    { kepala: "Uraian", lebar: 34, isi: (r) => selTeks(r.uraian) },
  ];
  TRIWULAN.forEach((q, i) => {
    kolom.push(
      { kepala: `TW ${q} T (%)`, lebar: 7, format: FORMAT.persen, isi: (r) => selAngka(r.triwulan[i].target ?? null, 2, undefined, "persen") },
      { kepala: `TW ${q} R (%)`, lebar: 7, format: FORMAT.persen, isi: (r) => selAngka(r.triwulan[i].realisasi ?? null, 2, undefined, "persen") },
    );
  });
  return susunTabel({ keluarga: "anggaran", judul: "Realisasi Anggaran per Triwulan", kolom, baris: t.rows.filter((r) => r.triwulan.some((x) => x.target !== null || x.realisasi !== null)) });
}

export function bagianAnggaran(tabel: Tabel[], daftar: IndikatorBab[], ikut: Set<Keluarga>, dilewati: Dokumen["dilewati"]): BlokDok[] {
  const ang = tabel.filter((t): t is AnggaranTable => t.kind === "anggaran");
  const out: BlokDok[] = [];
  const pk = ang.find((t) => t.bentuk === "pk");
  if (ikut.has("efisiensi")) {
    const e = pk ? efisiensiPerIndikator(pk, daftar) : [];
    if (e.length > 0) out.push(tabelEfisiensi(e));
    else dilewati.push({ keluarga: "efisiensi", alasan: "Tidak ada tabel anggaran per indikator kinerja di buku kerja." });
  }
  if (ikut.has("anggaran")) {
    const ro = ang.find((t) => t.bentuk === "ro");
    const tw = ang.find((t): t is AnggaranTableTriwulan => t.bentuk === "triwulan");
    const pnbp = ang.find((t) => t.bentuk === "pnbp");
    if (ro) out.push(tabelUang(ro, "Realisasi Anggaran per Rincian Output", "Pagu (Rp)"));
    if (tw) out.push(tabelTriwulan(tw));
    if (pnbp) out.push(tabelUang(pnbp, "Realisasi PNBP per Jenis Layanan", "Target (Rp)"));
    if (!ro && !tw && !pnbp) dilewati.push({ keluarga: "anggaran", alasan: "Tidak ada tabel anggaran di buku kerja." });
  }
  return out.length > 0 ? [{ jenis: "judul", tingkat: 2, teks: "C. Realisasi Anggaran" }, ...out] : out;
}
