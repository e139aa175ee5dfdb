/**
 * Realisasi Anggaran, section C: per KRO the cumulative withdrawal plan (T) and realisation (R) of
 * each quarter, the whole budget's cumulative % weighted by pagu, and the block its line chart reads.
 */
import { medanTw, TRIWULAN, type AnggaranRowTriwulan, type AnggaranTable } from "../tabel";
import { aman, excel, penyerapan } from "../rumus";
import type { ChartSpec } from "../lembar/plan";
import { FORMAT, GAYA, selRumus, selSumber, selTeks } from "../lembar/sel";
import { letakkanKolom, type Kolom, type Tata } from "../lembar/kolom";
import { jumlah, selJumlahRentang } from "./jumlah";
import { BUNGKUS, PAGU, TENGAH, judulSeksi, kolomTeks, type Keadaan } from "./anggaran-kolom";

const URAIAN_TOTAL = "Seluruh anggaran (tertimbang pagu)";
const kunciTw = (q: number, ukuran: "target" | "realisasi") => `${ukuran === "target" ? "T" : "R"} TW ${TRIWULAN[q]}`;
const UKURAN = ["target", "realisasi"] as const;

/** The whole budget's cumulative % of one quarter and measure: each row's % weighted by its pagu. */
function tertimbang(baris: AnggaranRowTriwulan[], q: number, u: "target" | "realisasi"): number | null {
  const totalPagu = jumlah(baris.map((r) => r.pagu));
  const bobot = jumlah(baris.map((r) => (r.pagu !== null && r.triwulan[q][u] !== null ? (r.pagu * r.triwulan[q][u]!) / 100 : null)));
  return totalPagu && bobot !== null ? aman(() => penyerapan(totalPagu, bobot)) : null;
}

function kolomTriwulan(sheet: string, baris: AnggaranRowTriwulan[]): Kolom<AnggaranRowTriwulan>[] {
  const tw = TRIWULAN.flatMap((_, q) =>
    UKURAN.map((u): Kolom<AnggaranRowTriwulan> => ({
      kepala: kunciTw(q, u),
      lebar: 11,
      isi: (r, k) => selSumber(k.at, sheet, r.cells[medanTw(q, u)], r.triwulan[q][u], { faktor: 1 / 100 }),
      jumlah: (k) => {
        const serap = tertimbang(baris, q, u);
        if (serap === null) return selTeks(k.at, "–", { ...GAYA.total, align: "center" });
        const f = excel.penyerapan(`SUM(${k.rentang(PAGU)})`, `SUMPRODUCT(${k.rentang(PAGU)},${k.rentang(kunciTw(q, u))})`);
        return selRumus(k.at, f, serap / 100, FORMAT.persen, GAYA.total);
      },
    })),
  );
  return [
    { kepala: "No", lebar: 6, isi: (_, k) => selTeks(k.at, k.no + 1, TENGAH) },
    kolomTeks("Kode", 26, (r) => r.kode),
    kolomTeks("Uraian", 48, (r) => r.uraian, { gaya: BUNGKUS, label: URAIAN_TOTAL }),
    {
      kepala: PAGU,
      lebar: 18,
      isi: (r, k) => selSumber(k.at, sheet, r.cells.pagu, r.pagu, { format: FORMAT.rupiah }),
      jumlah: (k) => selJumlahRentang(k.at, k.rentang(PAGU), jumlah(baris.map((r) => r.pagu)), FORMAT.rupiah),
    },
    ...tw,
  ];
}

export const KOLOM_TRIWULAN = kolomTriwulan("", []);

/** A small block (quarters across, T and R down) that the line chart reads from the total row. */
function grafikTriwulan(k: Keadaan, t: Tata, baris: AnggaranRowTriwulan[]): void {
  const jenis = [
    { label: "Rencana (T)", u: "target" as const },
    { label: "Realisasi (R)", u: "realisasi" as const },
  ];
  type Jenis = (typeof jenis)[number];
  const kolom: Kolom<Jenis>[] = [
    { kepala: "Grafik: penyerapan kumulatif seluruh anggaran", lebar: 48, isi: (j) => j.label },
    ...TRIWULAN.map((n, q): Kolom<Jenis> => ({
      kepala: `TW ${n}`,
      lebar: 11,
      isi: (j, s) => {
        const nilai = tertimbang(baris, q, j.u);
        return nilai === null ? selTeks(s.at, "–", TENGAH) : selRumus(s.at, `${t.huruf(kunciTw(q, j.u))}${t.jumlah}`, nilai / 100, FORMAT.persen);
      },
    })),
  ];
  const g = letakkanKolom(k.l, kolom, jenis, { kepala: k.row, kolomAwal: t.kolomAwal + 2 });
  const grafik: ChartSpec = {
    type: "line",
    title: "Penyerapan anggaran kumulatif per triwulan",
    categories: `${g.huruf("TW I")}${g.kepalaBawah}:${g.huruf("TW IV")}${g.kepalaBawah}`,
    series: jenis.map((j, i) => ({ name: j.label, values: `${g.huruf("TW I")}${g.awal + i}:${g.huruf("TW IV")}${g.awal + i}` })),
    anchor: `${g.kolomBebas}${g.kepalaBawah}`,
    width: 8,
    height: 14,
  };
  (k.plan.charts ??= []).push(grafik);
  k.row = g.akhir + 2;
}

export function perTriwulan(k: Keadaan, t: AnggaranTable): void {
  if (t.bentuk !== "triwulan") return;
  const baris = t.rows.filter((r) => !r.total);
  if (baris.length === 0) return;
  judulSeksi(k, "C. Per triwulan: rencana penarikan (T) dan realisasi (R), kumulatif", t);
  const tata = letakkanKolom(k.l, kolomTriwulan(t.sheet, baris), baris, { kepala: k.row, jumlah: true });
  k.row = tata.jumlah! + 2;
  grafikTriwulan(k, tata, baris);
}
