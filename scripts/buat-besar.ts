/**
 * A large, realistic anggaran workbook for the read benchmark: the "Realisasi RO" layout of the
 * sample (title, two header rows, program → kegiatan → KRO → leaf code tree), with the KRO rows
 * carrying SUBTOTAL formulas over their leaves, % and sisa as formulas, and a grand Total
 * (SUBTOTAL skips the nested subtotals, the usual Excel idiom). Every formula has its cached result.
 * One leaf in a thousand spends 2 % over its pagu, so validation has findings to report and word.
 *
 *   tsx scripts/buat-besar.ts [rows]   writes tmp/anggaran-100k.xlsx (rows: leaf rows, default 100000)
 *
 * Deterministic: a seeded generator, fixed dates.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { acak } from "./satker/acak";

const URAIAN = [
  "Layanan Pengujian Laboratorium",
  "Pelaksanaan Layanan Kalibrasi",
  "Pelaksanaan layanan lembaga sertifikasi",
  "Konsultansi Sistem manajemen mutu",
  "Paket Konsultansi Yang Dimanfaatkan Oleh Industri",
  "Pengadaan Peralatan Layanan Jasa Teknis",
  "Perawatan Kendaraan Operasional Perkantoran",
  "Operasional Perkantoran dan Pimpinan",
  "Belanja Langganan Daya dan Jasa",
  "Pendidikan dan Pelatihan untuk Peningkatan Kompetensi",
  "Monitoring dan Evaluasi Pelaksanaan Kegiatan",
  "Pengelolaan Kearsipan Unit Kerja",
];



function kodeKro(i: number): string {
  const A = 65;
  return String.fromCharCode(A + ((i / 676) | 0) % 26, A + ((i / 26) | 0) % 26, A + (i % 26));
}

function formatAngka(row: ExcelJS.Row): void {
  row.getCell(3).numFmt = "#,##0";
  row.getCell(4).numFmt = "#,##0";
  row.getCell(5).numFmt = "0.00%";
  row.getCell(6).numFmt = "#,##0";
}

export async function buatAnggaranBesar(rows: number): Promise<Uint8Array> {
  const rnd = acak(20240101);
  const wb = new ExcelJS.Workbook();
  wb.creator = "BSPJI Palembang";
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 31));
  const ws = wb.addWorksheet("Realisasi RO");
  ws.getCell("A1").value = "Realisasi Anggaran per RO Tahun 2024 (data uji)";
  ws.getCell("A3").value = "Kode";
  ws.getCell("B3").value = "Kegiatan/KRO/RO/Komponen/Sub Komponen";
  ws.getCell("C3").value = "Anggaran";
  ws.getCell("C4").value = "Pagu";
  ws.getCell("D4").value = "Realisasi";
  ws.getCell("E3").value = "%";
  ws.getCell("F3").value = "Sisa";
  ws.mergeCells("A3:A4");
  ws.mergeCells("B3:B4");
  ws.mergeCells("C3:D3");
  ws.mergeCells("E3:E4");
  ws.mergeCells("F3:F4");

  const perKro = 100;
  const kroCount = Math.max(1, Math.ceil(rows / perKro));
  const kegiatan = [
    { program: ["019.07.EC", "Program Nilai Tambah dan Daya Saing Industri"], kode: "6077", nama: "Pengembangan dan Penyelenggaraan Jasa Industri" },
    { program: ["019.07.WA", "Program Dukungan Manajemen"], kode: "6042", nama: "Pengelolaan Manajemen Kesekretariatan" },
  ];
  let r = 5;
  const first = r;
  let sisaBaris = rows;
  let totalPagu = 0;
  let totalReal = 0;
  let daun = 0;
  for (let k = 0; k < kegiatan.length; k++) {
    const keg = kegiatan[k];
    const kroDi = k === 0 ? Math.ceil(kroCount / 2) : kroCount - Math.ceil(kroCount / 2);
    if (kroDi <= 0) continue;
    ws.getRow(r++).values = [keg.program[0], keg.program[1]];
    ws.getRow(r++).values = [keg.kode, keg.nama];
    for (let j = 0; j < kroDi && sisaBaris > 0; j++) {
      const kro = `${keg.kode}.${kodeKro(k * 5000 + j)}`;
      const kroRow = ws.getRow(r++);
      const n = Math.min(perKro, sisaBaris);
      sisaBaris -= n;
      const a = r;
      const b = r + n - 1;
      let pagu = 0;
      let real = 0;
      for (let i = 0; i < n; i++) {
        const p = Math.round(1000 + rnd() * 500000) * 1000;
        const lebih = ++daun % 1000 === 0;
        const q = Math.round(p * (lebih ? 1.02 : 0.8 + rnd() * 0.2));
        pagu += p;
        real += q;
        const ro = String(1 + ((i / 20) | 0)).padStart(3, "0");
        const komp = String(51 + ((i / 5) % 4 | 0)).padStart(3, "0");
        const sub = String.fromCharCode(65 + (i % 5));
        const row = ws.getRow(r);
        row.values = [
          `${kro}.${ro}.${komp}.${sub}`,
          URAIAN[(rnd() * URAIAN.length) | 0],
          p,
          q,
          { formula: `IF(C${r}=0,0,D${r}/C${r})`, result: q / p },
          { formula: `C${r}-D${r}`, result: p - q },
        ] as ExcelJS.CellValue[];
        formatAngka(row);
        r++;
      }
      totalPagu += pagu;
      totalReal += real;
      kroRow.values = [
        kro,
        `KRO ${kro}`,
        { formula: `SUBTOTAL(9,C${a}:C${b})`, result: pagu },
        { formula: `SUBTOTAL(9,D${a}:D${b})`, result: real },
        { formula: `IF(C${kroRow.number}=0,0,D${kroRow.number}/C${kroRow.number})`, result: real / pagu },
        { formula: `C${kroRow.number}-D${kroRow.number}`, result: pagu - real },
      ] as ExcelJS.CellValue[];
      formatAngka(kroRow);
      kroRow.font = { bold: true };
    }
  }
  const last = r - 1;
  ws.getRow(r).values = [
    "Total",
    null,
    { formula: `SUBTOTAL(9,C${first}:C${last})`, result: totalPagu },
    { formula: `SUBTOTAL(9,D${first}:D${last})`, result: totalReal },
    { formula: `IF(C${r}=0,0,D${r}/C${r})`, result: totalReal / totalPagu },
    { formula: `C${r}-D${r}`, result: totalPagu - totalReal },
  ] as ExcelJS.CellValue[];
  formatAngka(ws.getRow(r));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100000);
  const keluar = path.resolve(__dirname, "../tmp", rows === 100000 ? "anggaran-100k.xlsx" : `anggaran-${rows}.xlsx`);
  const t0 = Date.now();
  const bytes = await buatAnggaranBesar(rows);
  fs.mkdirSync(path.dirname(keluar), { recursive: true });
  fs.writeFileSync(keluar, bytes);
  console.log(`${path.relative(process.cwd(), keluar)}: ${rows} baris data, ${bytes.length} byte, ${Date.now() - t0} ms`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
