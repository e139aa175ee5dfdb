/**
 * kumulatif-turun and tw4-target: quarterly series.
 *
 * S/R fisik (Tabel 3.9) and the cumulative budget T/R (Tabel 3.105) are running totals of the
 * year, so a quarter below the one before is a wrong number; a budget realisasi can shrink by a
 * refund, hence a warning there. Rencana aksi target antara are usually cumulative too, but a sheet
 * may plan per month, so a fall there is a warning and the TW IV test is skipped for that row.
 * A flat cumulative plan below 100 % (TW III = TW II) is only noted. R below S is "belum
 * tercapai", never an inconsistency. Quarterly indicator values (bentuk "indikator") need not be
 * cumulative; only their TW IV target is compared with the annual target.
 */
import { medanBulan, medanTw, type AnggaranTable, type Issue, type Medan, type Severity, type Tabel, type TriwulanRow, type TriwulanTable } from "../tabel";
import { buatIssue, desimalTampil, namaBaris, namaMedan, samaNilai, selMedan, teksAngka, type Baris } from "./umum";


interface Titik {
  medan: Medan;
  v: number;
}

function deret(row: Baris, jenis: "target" | "realisasi"): Titik[] {
  const out: Titik[] = [];
  if (!("triwulan" in row)) return out;
  const tw = row.triwulan;
  for (let q = 0; q < 4; q++) {
    const v = tw[q]?.[jenis];
    if (v !== null && v !== undefined) out.push({ medan: medanTw(q, jenis), v });
  }
  return out;
}

function deretBulan(row: TriwulanRow): Titik[] {
  const out: Titik[] = [];
  row.bulan?.forEach((v, i) => {
    if (v !== null && v !== undefined) out.push({ medan: medanBulan(i), v });
  });
  return out;
}

/** First fall in a cumulative series (and how many more), plus a flat step below 100 for plans. */
function turun(t: Tabel, row: Baris, titik: Titik[], severity: Severity, rencana: boolean, out: Issue[]): boolean {
  let pertama = -1;
  let lagi = 0;
  for (let k = 1; k < titik.length; k++) {
    if (titik[k].v < titik[k - 1].v - 1e-9 * Math.max(1, Math.abs(titik[k - 1].v))) {
      if (pertama < 0) pertama = k;
      else lagi++;
    }
  }
  if (pertama >= 0) {
    const a = titik[pertama - 1];
    const b = titik[pertama];
    const tambahan = lagi ? ` (dan ${lagi} penurunan lain)` : "";
    out.push(
      buatIssue(
        t,
        "kumulatif-turun",
        severity,
        selMedan(t, row, b.medan),
        `${namaMedan(b.medan, t)} "${namaBaris(row)}" ${teksAngka(b.v)} % lebih rendah dari ${namaMedan(a.medan, t)} ${teksAngka(a.v)} %, padahal nilainya kumulatif${tambahan}.`,
        a.v,
        b.v,
      ),
    );
    return true;
  }
  if (rencana) {
    for (let k = 1; k < titik.length; k++) {
      if (Math.abs(titik[k].v - titik[k - 1].v) < 1e-9 && titik[k].v < 100 && /^tw/.test(titik[k].medan)) {
        out.push(
          buatIssue(
            t,
            "kumulatif-turun",
            "info",
            selMedan(t, row, titik[k].medan),
            `${namaMedan(titik[k].medan, t)} "${namaBaris(row)}" sama dengan ${namaMedan(titik[k - 1].medan, t)} (${teksAngka(titik[k].v)} %): rencana kumulatif tidak naik pada triwulan ini.`,
            null,
            titik[k].v,
          ),
        );
        break;
      }
    }
  }
  return false;
}

function tw4(t: TriwulanTable, row: TriwulanRow, out: Issue[], severity: Severity): void {
  const s = row.triwulan?.[3]?.target;
  if (s === null || s === undefined) return;
  const ds = desimalTampil(row.cells["tw4.target"], s);
  const cell = selMedan(t, row, "tw4.target");
  if (t.bentuk === "fisik") {
    if (!samaNilai(s, ds, 100, 0))
      out.push(buatIssue(t, "tw4-target", severity, cell, `${namaMedan("tw4.target", t)} "${namaBaris(row)}" tertulis ${teksAngka(s, ds)} %, padahal sasaran fisik kumulatif TW IV adalah 100 %.`, 100, s));
    return;
  }
  const target = row.target;
  if (target === null) {
    if (t.bentuk === "rencana-aksi" && !samaNilai(s, ds, 100, 0))
      out.push(buatIssue(t, "tw4-target", severity, cell, `Target TW IV "${namaBaris(row)}" tertulis ${teksAngka(s, ds)}, bukan 100 %.`, 100, s));
    return;
  }
  const dt = desimalTampil(row.cells.target, target);
  if (samaNilai(s, ds, target, dt)) return;
  if (t.bentuk === "rencana-aksi" && samaNilai(s, ds, 100, 0)) return;
  out.push(
    buatIssue(
      t,
      "tw4-target",
      severity,
      cell,
      `Target TW IV "${namaBaris(row)}" tertulis ${teksAngka(s, ds)}, tetapi target tahunan ${teksAngka(target, dt)}${t.bentuk === "rencana-aksi" ? " (atau 100 %)" : ""}.`,
      target,
      s,
    ),
  );
}

export function periksaTriwulan(t: Tabel): Issue[] {
  const out: Issue[] = [];
  if (t.kind === "anggaran") return anggaran(t, out);
  if (t.kind !== "triwulan") return out;
  for (const row of t.rows) {
    if (t.bentuk === "fisik") {
      turun(t, row, deret(row, "target"), "error", true, out);
      turun(t, row, deret(row, "realisasi"), "error", false, out);
      tw4(t, row, out, "error");
    } else if (t.bentuk === "rencana-aksi") {
      const bulan = deretBulan(row);
      const jatuh = turun(t, row, bulan.length ? bulan : deret(row, "target"), "warning", bulan.length === 0, out);
      if (!jatuh) tw4(t, row, out, "warning");
    } else {
      tw4(t, row, out, "error");
    }
  }
  return out;
}

function anggaran(t: AnggaranTable, out: Issue[]): Issue[] {
  if (t.bentuk !== "triwulan") return out;
  for (const row of t.rows) {
    turun(t, row, deret(row, "target"), "error", true, out);
    turun(t, row, deret(row, "realisasi"), "warning", false, out);
  }
  return out;
}
