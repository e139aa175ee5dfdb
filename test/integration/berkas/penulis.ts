/**
 * Workbooks written by other programs, generated at test time: openpyxl (through the system
 * python), LibreOffice headless (from a flat ODS holding a pivot table, sheet protection and a
 * custom property) and SheetJS. Each holds a small Perjanjian Kinerja table so that `periksa`
 * has something to recognize.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { LibreOffice } from "../../../scripts/lo";

export const PYTHON = "/usr/bin/python3";

export function adaOpenpyxl(): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The Perkin rows every fixture holds (from the sample's Tabel 1 style: sasaran, indikator, target, realisasi). */
export const BARIS_PK: (string | number)[][] = [
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
  [1, "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "Nilai", 76, 82.25, 108.22],
  [2, "Meningkatnya kualitas perencanaan", "Persentase dokumen perencanaan tepat waktu", "%", 100, 95, 95],
  [3, "Meningkatnya kualitas pengelolaan anggaran", "Nilai IKPA", "Nilai", 95, 96.1, 101.16],
  [4, "Meningkatnya layanan publik", "Indeks kepuasan layanan", "Indeks", 3.5, 3.62, 103.43],
];

const SKRIP_OPENPYXL = String.raw`
import sys, json, zipfile, shutil
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.styles import Font, PatternFill

keluar, makro = sys.argv[1], sys.argv[2]
rows = json.loads(sys.argv[3])
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cfc0f01f0005000201e221bc330000000049454e44ae426082")

class Gambar(Image):
    def __init__(self, data):
        self.ref = None
        self._isi = data
        self.width, self.height, self.format = 40, 40, "png"
    def _data(self):
        return self._isi

wb = Workbook()
ws = wb.active
ws.title = "PK 2024"
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True)
ws["B1"].fill = PatternFill("solid", fgColor="FFDDEBF7")
ws["C2"].comment = Comment("Sumber: LKE SAKIP 2024", "Perencana")
tabel = Table(displayName="TabelPK", ref="A1:G5")
tabel.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
ws.add_table(tabel)
dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="1000")
ws.add_data_validation(dv)
dv.add("I5:I10")
chart = BarChart()
chart.title = "Capaian"
chart.add_data(Reference(ws, min_col=7, min_row=1, max_row=5), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=3, min_row=2, max_row=5))
ws.add_chart(chart, "J2")
ws.add_image(Gambar(PNG), "J20")

polos = wb.create_sheet("Tanpa Gaya")
polos.append(["Kode", "Uraian", "Pagu"])
polos.append(["051", "Layanan perkantoran", 1500000])
polos.append(["052", "Dukungan manajemen", 250000])
polos.add_table(Table(displayName="TabelPolos", ref="A1:C3"))
wb.save(keluar)

# The same workbook as an .xlsm: a VBA project part, its relationship and the macro-enabled type.
with zipfile.ZipFile(keluar) as zin, zipfile.ZipFile(makro, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            data = data.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        if item.filename == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        zout.writestr(item, data)
    zout.writestr("xl/vbaProject.bin", bytes(range(256)) * 8)
`;

/** openpyxl: chart, image, comment, styled and unstyled Table, validation; and the same as .xlsm with a VBA part. */
export function buatOpenpyxl(dir: string): { xlsx: string; xlsm: string } {
  const xlsx = path.join(dir, "openpyxl.xlsx");
  const xlsm = path.join(dir, "openpyxl-makro.xlsm");
  execFileSync(PYTHON, ["-c", SKRIP_OPENPYXL, xlsx, xlsm, JSON.stringify(BARIS_PK)]);
  return { xlsx, xlsm };
}

function selOds(v: string | number): string {
  if (typeof v === "number") return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
}

/** A flat ODS: the Perkin sheet (protected), budget data, a DataPilot over it, and a custom property. */
export function fodsPivot(): string {
  const baris = (rows: (string | number)[][]) => rows.map((r) => `<table:table-row>${r.map(selOds).join("")}</table:table-row>`).join("");
  const anggaran: (string | number)[][] = [
    ["Kode", "Triwulan", "Realisasi"],
    ["051", "TW I", 1000000],
    ["051", "TW II", 1500000],
    ["052", "TW I", 250000],
    ["052", "TW II", 300000],
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:user-defined meta:name="Satker" meta:value-type="string">Biro Perencanaan</meta:user-defined></office:meta>
<office:body><office:spreadsheet>
<table:table table:name="PK 2024" table:protected="true">${baris(BARIS_PK)}</table:table>
<table:table table:name="Data">${baris(anggaran)}</table:table>
<table:table table:name="Pivot"><table:table-row><table:table-cell/></table:table-row></table:table>
<table:data-pilot-tables>
<table:data-pilot-table table:name="PivotAnggaran" table:target-range-address="Pivot.A1:Pivot.D6">
<table:source-cell-range table:cell-range-address="Data.A1:Data.C5"/>
<table:data-pilot-field table:source-field-name="Kode" table:orientation="row"/>
<table:data-pilot-field table:source-field-name="Triwulan" table:orientation="column"/>
<table:data-pilot-field table:source-field-name="Realisasi" table:orientation="data" table:function="sum"/>
</table:data-pilot-table>
</table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>
`;
}

/** LibreOffice's own .xlsx from the flat ODS: a pivot with its cache, sheet protection, custom properties. */
export async function buatLibreOffice(dir: string, lo: LibreOffice): Promise<string> {
  const fods = path.join(dir, "libreoffice.fods");
  fs.writeFileSync(fods, fodsPivot());
  const h = await lo.konversi(fods, "xlsx", dir);
  return h.file;
}

/** SheetJS: a comment, a merge and a hyperlink. */
export function buatSheetJs(dir: string): string {
  const ws = XLSX.utils.aoa_to_sheet(BARIS_PK);
  ws["C2"].c = [{ a: "Perencana", t: "Angka dari LKE" }];
  ws["B2"].l = { Target: "https://example.go.id/lke" };
  ws["!merges"] = [XLSX.utils.decode_range("H1:I1")];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "PK 2024");
  const f = path.join(dir, "sheetjs.xlsx");
  fs.writeFileSync(f, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
  return f;
}
