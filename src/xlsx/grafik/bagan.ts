/**
 * The chart part (xl/charts/chartN.xml) of one ChartSpec: clustered bars or columns, lines, or
 * columns with a line on a second value axis; an optional constant reference line; title, legend.
 */
import type { ChartSeries, ChartSpec } from "../../core/lembar/plan";
import { judul, teksKecil } from "./gaya";
import { seri, seriBayangan, type Bentuk } from "./seri";
import { formatSumbu, sumbuAcuan, sumbuKategori, sumbuNilai } from "./sumbu";
import { DEKLARASI, NS, val } from "./xml";

/** Axis ids; unique within one chart part is enough. Pair 2 holds the right-hand axis or the reference. */
const SUMBU = { kategori: 1001, nilai: 1002, kategori2: 1003, nilai2: 1004 } as const;

interface Susunan {
  spec: ChartSpec;
  sheet: string;
  bentuk: Bentuk;
  mendatar: boolean;
  utama: ChartSeries[];
  kedua: ChartSeries[];
  /** The reference, when there is one and the second pair of axes is free for it. */
  acuan: { value: number; name: string } | null;
  /** Top of the value scale when the data alone stays below the reference. */
  maks?: number;
}

function susun(spec: ChartSpec, sheet: string): Susunan {
  const utama = spec.series.filter((s) => !s.secondary);
  const kedua = spec.series.filter((s) => s.secondary);
  const acuan = spec.reference && kedua.length === 0 ? spec.reference : null;
  const nilai = utama.flatMap((s) => s.cache ?? []).filter((v): v is number => v !== null);
  const maks = acuan && nilai.length > 0 && Math.max(...nilai) < acuan.value ? acuan.value * 1.2 : undefined;
  return { spec, sheet, bentuk: spec.type === "line" ? "line" : "bar", mendatar: spec.type === "bar", utama, kedua, acuan, maks };
}

function kelompokBatang(arah: "bar" | "col", isi: string, pasangan: 1 | 2): string {
  const [k, n] = pasangan === 2 ? [SUMBU.kategori2, SUMBU.nilai2] : [SUMBU.kategori, SUMBU.nilai];
  return (
    `<c:barChart>${val("c:barDir", arah)}${val("c:grouping", "clustered")}${val("c:varyColors", false)}${isi}` +
    `${val("c:gapWidth", 60)}${val("c:axId", k)}${val("c:axId", n)}</c:barChart>`
  );
}

function kelompokGaris(isi: string, pasangan: 1 | 2): string {
  const [k, n] = pasangan === 2 ? [SUMBU.kategori2, SUMBU.nilai2] : [SUMBU.kategori, SUMBU.nilai];
  return `<c:lineChart>${val("c:grouping", "standard")}${val("c:varyColors", false)}${isi}${val("c:marker", true)}${val("c:axId", k)}${val("c:axId", n)}</c:lineChart>`;
}

/** The chart groups of the plot area, with series numbered across groups (invisible copies last). */
function kelompok(s: Susunan): string {
  let idx = 0;
  const grup = (isi: string, pasangan: 1 | 2) =>
    s.bentuk === "line" ? kelompokGaris(isi, pasangan) : kelompokBatang(s.mendatar ? "bar" : "col", isi, pasangan);
  let xml = grup(s.utama.map((x) => seri(s.spec, x, idx++, s.bentuk, s.sheet)).join(""), 1);
  if (s.kedua.length > 0) xml += kelompokGaris(s.kedua.map((x) => seri(s.spec, x, idx++, "line", s.sheet)).join(""), 2);
  if (s.acuan) xml += grup(s.utama.map((x) => seriBayangan(s.spec, x, idx++, s.bentuk, s.sheet)).join(""), 2);
  return xml;
}

function sumbu(s: Susunan): string {
  const { mendatar, maks } = s;
  const format = formatSumbu(s.utama);
  let xml =
    sumbuKategori({ id: SUMBU.kategori, silang: SUMBU.nilai, posisi: mendatar ? "l" : "b", terbalik: mendatar }) +
    sumbuNilai({ id: SUMBU.nilai, silang: SUMBU.kategori, posisi: mendatar ? "b" : "l", format, diUjung: mendatar, garisBantu: true, maks });
  if (s.kedua.length > 0) {
    xml +=
      sumbuKategori({ id: SUMBU.kategori2, silang: SUMBU.nilai2, posisi: "b", tersembunyi: true }) +
      sumbuNilai({ id: SUMBU.nilai2, silang: SUMBU.kategori2, posisi: "r", format: formatSumbu(s.kedua), diUjung: true });
  } else if (s.acuan) {
    xml +=
      sumbuAcuan({ id: SUMBU.kategori2, silang: SUMBU.nilai2, posisi: mendatar ? "l" : "b", terbalik: mendatar, nilai: s.acuan.value }) +
      sumbuNilai({ id: SUMBU.nilai2, silang: SUMBU.kategori2, posisi: mendatar ? "t" : "r", format, diUjung: true, tersembunyi: true, maks });
  }
  return xml;
}

/** A legend when two or more series show; the invisible copies are left out of it. */
function legenda(s: Susunan): string {
  const tampak = s.spec.series.length;
  if (tampak < 2) return "";
  const bayangan = s.acuan ? s.utama.map((_, i) => `<c:legendEntry>${val("c:idx", tampak + i)}${val("c:delete", true)}</c:legendEntry>`).join("") : "";
  return `<c:legend>${val("c:legendPos", "b")}${bayangan}${val("c:overlay", false)}${teksKecil(9)}</c:legend>`;
}

export function bagan(spec: ChartSpec, sheet: string): string {
  const s = susun(spec, sheet);
  const plot = `<c:plotArea><c:layout/>${kelompok(s)}${sumbu(s)}</c:plotArea>`;
  const badan =
    `<c:chart>${judul(spec.title)}${val("c:autoTitleDeleted", false)}${plot}${legenda(s)}` +
    `${val("c:plotVisOnly", true)}${val("c:dispBlanksAs", "gap")}</c:chart>`;
  const bingkai = `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>`;
  return (
    `${DEKLARASI}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `${val("c:date1904", false)}${val("c:lang", "id-ID")}${val("c:roundedCorners", false)}${badan}${bingkai}</c:chartSpace>`
  );
}
