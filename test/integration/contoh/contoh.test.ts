/**
 * The committed sample workbook is what `npm run sample` builds, and it holds the report's own
 * numbers: every figure is checked against the reference JSON the builder reads, not against
 * constants written here.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bacaBukuKerja } from "../../../src/xlsx/baca";
import { cellAt, type CellValue, type SheetSnapshot, type Snapshot } from "../../../src/core/snapshot";
import { bacaData, type Json } from "../../../scripts/contoh/data";

const ROOT = path.resolve(__dirname, "../../..");
const CONTOH = path.join(ROOT, "assets/contoh-lakip-2024.xlsx");
const data = bacaData();

function baca(p: string): Promise<Snapshot> {
  const b = fs.readFileSync(p);
  return bacaBukuKerja(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

function lembar(s: Snapshot, nama: string): SheetSnapshot {
  const sh = s.sheets.find((x) => x.name === nama);
  if (!sh) throw new Error(`lembar ${nama} tidak ada`);
  return sh;
}

/** Rows (1-based) whose column `col` holds `teks`. */
function cariBaris(sh: SheetSnapshot, col: number, teks: CellValue): number[] {
  const out: number[] = [];
  for (let r = sh.top; r < sh.top + sh.values.length; r++) if (cellAt(sh, r, col) === teks) out.push(r);
  return out;
}

/** A printed value is in the cell as the same number, or, when stored as text, as the printed text. */
function samaDenganCetakan(v: CellValue, n: { raw: string; value: number | null }, persen = false): void {
  if (typeof v === "number") {
    expect(persen ? v * 100 : v).toBeCloseTo(n.value as number, 9);
  } else {
    expect(v).toBe(n.raw);
  }
}

let snap: Snapshot;
beforeAll(async () => {
  snap = await baca(CONTOH);
});

describe("npm run sample", () => {
  test("the committed sample is up to date (same cells, same bytes)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "contoh-"));
    const keluar = path.join(dir, "contoh.xlsx");
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/buat-contoh.ts", keluar], {
      cwd: ROOT,
      stdio: "pipe",
    });
    const baru = await baca(keluar);
    expect(baru.sheets.map((s) => s.name)).toEqual(snap.sheets.map((s) => s.name));
    baru.sheets.forEach((s, i) => expect(s).toEqual(snap.sheets[i]));
    expect(fs.readFileSync(keluar).toString("base64") === fs.readFileSync(CONTOH).toString("base64")).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60000);

  test("sheets", () => {
    expect(snap.sheets.map((s) => s.name)).toEqual([
      "PK 2024",
      "Capaian TW",
      "Rencana Aksi",
      "Realisasi RO",
      "Realisasi per TW",
      "Pagu per KRO",
      "PNBP",
      "Anggaran per IK",
      "Riwayat 2020-2024",
      "Renstra 2021-2024",
      "Jangka Menengah",
      "Pembanding Satker",
    ]);
  });
});

describe("PK 2024 (Tabel 3.3 + Tabel 1)", () => {
  const indikator = (data.perkin.sasaran as Json[]).flatMap((s: Json) => s.indikator as Json[]);

  test("15 indicators under 8 merged sasaran", () => {
    const sh = lembar(snap, "PK 2024");
    expect(indikator).toHaveLength(15);
    const sasaran = data.perkin.sasaran as Json[];
    const gabungB = sh.merges.filter((m) => m.startsWith("B"));
    expect(gabungB).toHaveLength(sasaran.filter((s: Json) => s.indikator.length > 1).length);
    for (const s of sasaran) expect(cariBaris(sh, 2, s.nama_sources.tabel_3_3.text)).toHaveLength(1);
  });

  test.each(indikator.map((ik: Json) => [ik.code, ik]))("%s: target, satuan, realisasi, capaian as printed", (_c, ik) => {
    const sh = lembar(snap, "PK 2024");
    const t33 = ik.sources.tabel_3_3;
    const t1 = ik.sources.tabel_1;
    const [r] = cariBaris(sh, 4, t33.nama.text);
    expect(r).toBeDefined();
    samaDenganCetakan(cellAt(sh, r, 5), t33.target);
    expect(cellAt(sh, r, 6)).toBe(t33.satuan.raw);
    samaDenganCetakan(cellAt(sh, r, 7), t1.realisasi);
    samaDenganCetakan(cellAt(sh, r, 8), t1.capaian, true);
  });

  test("odd printed numbers stay text; clean ones are numbers", () => {
    const sh = lembar(snap, "PK 2024");
    const realisasi = indikator.map((ik: Json) => ik.sources.tabel_1.realisasi);
    for (const n of realisasi) {
      const [r] = cariBaris(sh, 4, indikator[realisasi.indexOf(n)].sources.tabel_3_3.nama.text);
      const v = cellAt(sh, r, 7);
      if (/^\d+(,\d+)?$/.test(n.raw)) expect(typeof v).toBe("number");
      else expect(v).toBe(n.raw);
    }
    expect(realisasi.some((n: Json) => n.raw === "82, 25")).toBe(true);
  });
});

describe("Capaian TW (Tabel 3.9)", () => {
  test.each((data.rencanaAksi.indikator as Json[]).map((i) => [i.code, i]))("%s: the printed text in every cell", (_c, ra) => {
    const sh = lembar(snap, "Capaian TW");
    const [r] = cariBaris(sh, 3, ra.indikator_tabel_3_9.text);
    expect(r).toBeDefined();
    const t = ra.annual_tabel_3_9;
    expect(cellAt(sh, r, 4)).toBe(`${t.target.raw} ${t.satuan_target.raw}`);
    expect(cellAt(sh, r, 5)).toBe(`${t.realisasi.raw} ${t.satuan_realisasi.raw}`);
    expect(cellAt(sh, r, 6)).toBe(t.capaian.raw);
    ["TW1", "TW2", "TW3", "TW4"].forEach((tw, q) => {
      expect(cellAt(sh, r, 7 + q * 2)).toBe(ra.triwulan_tabel_3_9[tw].target_S.raw);
      expect(cellAt(sh, r, 8 + q * 2)).toBe(ra.triwulan_tabel_3_9[tw].realisasi_R.raw);
    });
  });

  test("column numbering row 1–14 under the header", () => {
    const sh = lembar(snap, "Capaian TW");
    const [r] = cariBaris(sh, 3, 3);
    expect(Array.from({ length: 14 }, (_, i) => cellAt(sh, r, i + 1))).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });
});

describe("Rencana Aksi (Tabel 3.7)", () => {
  test.each((data.rencanaAksi.indikator as Json[]).map((i) => [i.code, i]))("%s: target antara B01–B12 in three rows", (_c, ra) => {
    const sh = lembar(snap, "Rencana Aksi");
    const [r] = cariBaris(sh, 3, ra.indikator_tabel_3_7.text);
    expect(r).toBeDefined();
    expect(sh.merges).toContain(`C${r}:C${r + 2}`);
    const bulan = ra.rencana_aksi_bulanan_tabel_3_7;
    for (let m = 1; m <= 12; m++) {
      const b = bulan["B" + String(m).padStart(2, "0")];
      const q = Math.floor((m - 1) / 3);
      const k = (m - 1) % 3;
      samaDenganCetakan(cellAt(sh, r + k, 5 + q * 2), b.target_antara, true);
      expect(cellAt(sh, r + k, 6 + q * 2)).toBe(`${b.label_printed.raw}: ${b.rencana_kegiatan}`);
    }
  });

  test("signature block under the table", () => {
    const sh = lembar(snap, "Rencana Aksi");
    const ttd = data.rencanaAksi.tabel_3_7.signature;
    expect(cariBaris(sh, 10, ttd.place_date.raw)).toHaveLength(1);
    expect(cariBaris(sh, 10, ttd.signer.raw)).toHaveLength(1);
  });
});

describe("Realisasi RO (Tabel 3.106)", () => {
  const ro = data.anggaran.realisasi_per_ro;

  test("leaf rows sum to the printed Total; the Total row's cached SUM is the printed Total", () => {
    const sh = lembar(snap, "Realisasi RO");
    let pagu = 0;
    let realisasi = 0;
    let daun = 0;
    for (const row of ro.rows as Json[]) {
      const [r] = cariBaris(sh, 1, row.kode_raw.raw);
      expect(r).toBeDefined();
      expect(cellAt(sh, r, 3)).toBe(row.pagu.value);
      expect(cellAt(sh, r, 4)).toBe(row.realisasi.value);
      samaDenganCetakan(cellAt(sh, r, 5), row.persen, true);
      pagu += cellAt(sh, r, 3) as number;
      realisasi += cellAt(sh, r, 4) as number;
      daun++;
    }
    expect(daun).toBe(ro.rows.length);
    expect(pagu).toBe(ro.total.pagu.value);
    expect(realisasi).toBe(ro.total.realisasi.value);
    const [t] = cariBaris(sh, 1, ro.total.label.raw);
    expect(cellAt(sh, t, 3)).toBe(ro.total.pagu.value);
    expect(cellAt(sh, t, 4)).toBe(ro.total.realisasi.value);
    expect(sh.formulas?.[t - sh.top][2]).toMatch(/^=SUM\(C\d+:C\d+\)$/);
  });

  test("the code tree: program, kegiatan and KRO label rows carry no amount", () => {
    const sh = lembar(snap, "Realisasi RO");
    for (const g of ro.group_rows as Json[]) {
      const kode = g.raw.raw.split(" ")[0];
      const [r] = cariBaris(sh, 1, kode);
      expect(r).toBeDefined();
      expect(cellAt(sh, r, 3)).toBeNull();
    }
    for (const kro of Object.keys(ro.kro_subtotals_computed)) {
      const [r] = cariBaris(sh, 1, kro);
      expect(r).toBeDefined();
      expect(cellAt(sh, r, 3)).toBeNull();
    }
  });
});

describe("Realisasi per TW (Tabel 3.105)", () => {
  test.each((data.anggaran.realisasi_triwulan.rows as Json[]).map((k) => [k.kode_kro.raw, k]))("%s: anggaran and T/R per triwulan", (_k, k) => {
    const sh = lembar(snap, "Realisasi per TW");
    const [r] = cariBaris(sh, 1, k.kode_kro.raw);
    expect(cellAt(sh, r, 3)).toBe(k.anggaran.value);
    ["tw1_T", "tw1_R", "tw2_T", "tw2_R", "tw3_T", "tw3_R", "tw4_T", "tw4_R"].forEach((key, i) =>
      samaDenganCetakan(cellAt(sh, r, 5 + i), k.tw[key], true),
    );
  });
});

describe("Pagu per KRO (Tabel 3.4, Rp000)", () => {
  const rev = data.anggaran.revisi_per_kro;
  test("every KRO × revision value, and the TOTAL row", () => {
    const sh = lembar(snap, "Pagu per KRO");
    const [h] = cariBaris(sh, 1, "Kode KRO");
    rev.columns.slice(2).forEach((c: Json, i: number) => expect(cellAt(sh, h, 3 + i)).toBe(c.label));
    expect(String(cellAt(sh, h, 3))).toContain("(000)");
    expect(String(cellAt(sh, h, 22))).toContain("(Rp.000)");
    for (const row of rev.rows as Json[]) {
      const [r] = cariBaris(sh, 1, row.kode_kro);
      (row.values_rp000 as Json[]).forEach((v, i) => expect(cellAt(sh, r, 3 + i)).toBe(v.value));
    }
    const [t] = cariBaris(sh, 1, rev.total.label);
    (rev.total.values_rp000 as Json[]).forEach((v, i) => expect(cellAt(sh, t, 3 + i)).toBe(v.value));
  });
});

describe("PNBP (Tabel 3.109)", () => {
  const t = data.anggaran.pnbp.tabel_3_109;
  test("group rows, refund, totals as printed", () => {
    const sh = lembar(snap, "PNBP");
    for (const row of (t.rows_fungsional as Json[]).filter((x) => x.kind === "group")) {
      const [r] = cariBaris(sh, 1, row.no);
      expect(cellAt(sh, r, 2)).toBe(row.jenis_penerimaan);
      expect(cellAt(sh, r, 6)).toBe(row.jumlah.value);
      samaDenganCetakan(cellAt(sh, r, 7), row.persen, true);
    }
    const [p] = cariBaris(sh, 2, t.pengembalian.jenis_penerimaan);
    expect(cellAt(sh, p, 6)).toBe(t.pengembalian.jumlah.value);
    const totals = cariBaris(sh, 2, "Total");
    expect(totals).toHaveLength(2);
    expect(cellAt(sh, totals[0], 6)).toBe(t.total_fungsional.jumlah.value);
    expect(cellAt(sh, totals[0], 4)).toBe(t.total_fungsional.sd_bulan_lalu.value);
    expect(cellAt(sh, totals[1], 6)).toBe(t.total_non_fungsional.jumlah.value);
    const [g] = cariBaris(sh, 2, t.grand_total.jenis_penerimaan);
    expect(cellAt(sh, g, 6)).toBe(t.grand_total.jumlah.value);
    samaDenganCetakan(cellAt(sh, g, 7), t.grand_total.persen, true);
  });
});

describe("Anggaran per IK (Tabel 3.104)", () => {
  const indikator = (data.perkin.sasaran as Json[]).flatMap((s: Json) => s.indikator as Json[]);
  const total = data.perkin.anggaran_total.tabel_3_104_total;

  test.each(indikator.map((ik: Json) => [ik.code, ik]))("%s: indicator cells merged over its numbered komponen", (_c, ik) => {
    const sh = lembar(snap, "Anggaran per IK");
    const t = ik.sources.tabel_3_104;
    const komponen = ik.anggaran.komponen as Json[];
    const [r] = cariBaris(sh, 3, ik.sources.tabel_3_3.nama.text);
    expect(r).toBeDefined();
    expect(cellAt(sh, r, 2)).toBe(ik.no);
    expect(cellAt(sh, r, 4)).toBe(ik.sources.tabel_3_3.satuan.raw);
    samaDenganCetakan(cellAt(sh, r, 5), t.target);
    samaDenganCetakan(cellAt(sh, r, 6), t.realisasi);
    samaDenganCetakan(cellAt(sh, r, 7), t.capaian, true);
    const n = komponen.length;
    for (const kol of ["B", "C", "D", "E", "F", "G"]) {
      if (n > 1) expect(sh.merges).toContain(`${kol}${r}:${kol}${r + n - 1}`);
      else expect(sh.merges.some((m) => m.startsWith(`${kol}${r}:`))).toBe(false);
    }
    komponen.forEach((k: Json, i: number) => {
      samaDenganCetakan(cellAt(sh, r + i, 8), { raw: k.no, value: Number(k.no) });
      expect(cellAt(sh, r + i, 9)).toBe(k.komponen.text);
      expect(cellAt(sh, r + i, 10)).toBe(k.pagu.value);
      expect(cellAt(sh, r + i, 11)).toBe(k.realisasi.value);
      samaDenganCetakan(cellAt(sh, r + i, 12), k.persen, true);
    });
  });

  test("the report's own figures stay: SK6.IK1 84,93 → 113,24 %, SK3.IK3 22,74 → 454,80 %, SK3.IK4 96,52", () => {
    const sh = lembar(snap, "Anggaran per IK");
    const ik = (code: string) => indikator.find((x: Json) => x.code === code);
    for (const code of ["SK6.IK1", "SK3.IK3", "SK3.IK4"]) {
      const x = ik(code);
      const [r] = cariBaris(sh, 3, x.sources.tabel_3_3.nama.text);
      expect(cellAt(sh, r, 6)).toBe(x.sources.tabel_3_104.realisasi.value);
      expect((cellAt(sh, r, 7) as number) * 100).toBeCloseTo(x.sources.tabel_3_104.capaian.value, 9);
    }
    // Where Tabel 3.104 differs from Tabel 1, the sheet holds 3.104's figure.
    expect(ik("SK6.IK1").sources.tabel_3_104.realisasi.value).not.toBe(ik("SK6.IK1").sources.tabel_1.realisasi.value);
    expect(ik("SK3.IK3").sources.tabel_3_104.capaian.value).not.toBe(ik("SK3.IK3").sources.tabel_1.capaian.value);
  });

  test("komponen add up to the printed Total; the Total row's cached SUMs are the printed Total", () => {
    const sh = lembar(snap, "Anggaran per IK");
    const [t] = cariBaris(sh, 1, "Total");
    expect(t).toBeDefined();
    let pagu = 0;
    let realisasi = 0;
    let n = 0;
    const [awal] = cariBaris(sh, 1, (data.perkin.sasaran as Json[])[0].nama_sources.tabel_3_3.text);
    for (let r = awal; r < t; r++) {
      pagu += cellAt(sh, r, 10) as number;
      realisasi += cellAt(sh, r, 11) as number;
      n++;
    }
    expect(n).toBe(indikator.reduce((a: number, ik: Json) => a + ik.anggaran.komponen.length, 0));
    expect(pagu).toBe(total.pagu.value);
    expect(realisasi).toBe(total.realisasi.value);
    expect(cellAt(sh, t, 10)).toBe(total.pagu.value);
    expect(cellAt(sh, t, 11)).toBe(total.realisasi.value);
    samaDenganCetakan(cellAt(sh, t, 12), total.persen, true);
    expect(sh.formulas?.[t - sh.top][9]).toBe(`=SUM(J${awal}:J${t - 1})`);
    expect(sh.formulas?.[t - sh.top][10]).toBe(`=SUM(K${awal}:K${t - 1})`);
    expect(sh.merges).toContain(`A${t}:I${t}`);
  });
});
