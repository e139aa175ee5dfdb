/**
 * The chart part (xl/charts/chartN.xml) of one ChartSpec: clustered bars or columns, lines, or
 * columns with a line on a second value axis; an optional constant reference; title and legend.
 */
import type { ChartSeries, ChartSpec } from "../../core/lembar/plan";
import { judul, teksKecil } from "./gaya";
import { seri, seriAcuan, type Bentuk } from "./seri";
import { formatSumbu, sumbuKategori, sumbuNilai } from "./sumbu";
import { DEKLARASI, NS, val } from "./xml";

/** Axis ids; unique within one chart part is enough. */
const SUMBU = { kategori: 1001, nilai: 1002, kategori2: 1003, nilai2: 1004 } as const;

function kelompokBatang(arah: "bar" | "col", isi: string, tumpuk: boolean): string {
  return (
    `<c:barChart>${val("c:barDir", arah)}${val("c:grouping", "clustered")}${val("c:varyColors", false)}${isi}` +
    `${val("c:gapWidth", 60)}${tumpuk ? val("c:overlap", 100) : ""}${val("c:axId", SUMBU.kategori)}${val("c:axId", SUMBU.nilai)}</c:barChart>`
  );
}

function kelompokGaris(isi: string, kedua: boolean): string {
  const [k, n] = kedua ? [SUMBU.kategori2, SUMBU.nilai2] : [SUMBU.kategori, SUMBU.nilai];
  return `<c:lineChart>${val("c:grouping", "standard")}${val("c:varyColors", false)}${isi}${val("c:marker", true)}${val("c:axId", k)}${val("c:axId", n)}</c:lineChart>`;
}

/** The chart groups of the plot area, with series numbered across groups. */
function kelompok(spec: ChartSpec, sheet: string, utama: ChartSeries[], kedua: ChartSeries[]): string {
  const bentuk: Bentuk = spec.type === "line" ? "line" : "bar";
  const mendatar = spec.type === "bar";
  let idx = 0;
  const isiUtama = utama.map((s) => seri(spec, s, idx++, bentuk, sheet)).join("");
  const isiKedua = kedua.map((s) => seri(spec, s, idx++, "line", sheet)).join("");
  const acuan = spec.reference ? seriAcuan(spec, idx++, mendatar ? "bar" : "line", sheet) : "";
  let xml: string;
  if (bentuk === "line") xml = kelompokGaris(isiUtama + acuan, false);
  else if (mendatar) xml = kelompokBatang("bar", isiUtama + acuan, acuan !== "");
  else xml = kelompokBatang("col", isiUtama, false) + (acuan ? kelompokGaris(acuan, false) : "");
  return xml + (isiKedua ? kelompokGaris(isiKedua, true) : "");
}

function sumbu(spec: ChartSpec, utama: ChartSeries[], kedua: ChartSeries[]): string {
  const mendatar = spec.type === "bar";
  const pertama =
    sumbuKategori({ id: SUMBU.kategori, silang: SUMBU.nilai, posisi: mendatar ? "l" : "b", terbalik: mendatar }) +
    sumbuNilai({ id: SUMBU.nilai, silang: SUMBU.kategori, posisi: mendatar ? "b" : "l", format: formatSumbu(utama), diUjung: mendatar, garisBantu: true });
  if (kedua.length === 0) return pertama;
  return (
    pertama +
    sumbuKategori({ id: SUMBU.kategori2, silang: SUMBU.nilai2, posisi: "b", tersembunyi: true }) +
    sumbuNilai({ id: SUMBU.nilai2, silang: SUMBU.kategori2, posisi: "r", format: formatSumbu(kedua), diUjung: true })
  );
}

function legenda(banyak: number): string {
  if (banyak < 2) return "";
  return `<c:legend>${val("c:legendPos", "b")}${val("c:overlay", false)}${teksKecil(9)}</c:legend>`;
}

export function bagan(spec: ChartSpec, sheet: string): string {
  const utama = spec.series.filter((s) => !s.secondary);
  const kedua = spec.series.filter((s) => s.secondary);
  const plot = `<c:plotArea><c:layout/>${kelompok(spec, sheet, utama, kedua)}${sumbu(spec, utama, kedua)}</c:plotArea>`;
  const badan =
    `<c:chart>${judul(spec.title)}${val("c:autoTitleDeleted", false)}${plot}${legenda(spec.series.length + (spec.reference ? 1 : 0))}` +
    `${val("c:plotVisOnly", true)}${val("c:dispBlanksAs", "gap")}</c:chart>`;
  const bingkai = `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>`;
  return (
    `${DEKLARASI}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `${val("c:date1904", false)}${val("c:lang", "id-ID")}${val("c:roundedCorners", false)}${badan}${bingkai}</c:chartSpace>`
  );
}
