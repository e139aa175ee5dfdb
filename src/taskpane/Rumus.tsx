/**
 * The SAKIP custom functions: what each computes, an example from the LAKIP 2024 with its result
 * (computed by core/rumus, the same code the functions run), and a button that puts the example
 * into the selected cell (Excel only).
 */
import { Button, Caption1, makeStyles, Subtitle2, Text, Tooltip, tokens } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { bacaAngka, formatAngka, formatPersen } from "../core/angka";
import * as rumus from "../core/rumus";
import type { Kinerja } from "./useKinerja";

type Arg = number | string;

export interface ContohRumus {
  nama: string;
  arti: string;
  args: Arg[];
  /** Where the example comes from in the report. */
  sumber: string;
  hasil: () => string;
  /** Number format for the cell the formula goes into. */
  format?: string;
}

const persen = (x: number) => formatPersen(x, 2);

export const RUMUS: ContohRumus[] = [
  {
    nama: "CAPAIAN",
    arti: "Capaian kinerja: realisasi ÷ target; argumen ketiga \"min\" untuk indikator yang makin rendah makin baik.",
    args: [30, 37],
    sumber: "SK1.IK1, Tabel 3.112",
    hasil: () => persen(rumus.capaian(30, 37)),
    format: "0.00%",
  },
  {
    nama: "PRODUKTIVITAS",
    arti: "Produktivitas: (sesudah − sebelum) ÷ sebelum.",
    args: [900, 1140],
    sumber: "produksi IKM Fadyan per bulan, Tabel 3.40",
    hasil: () => persen(rumus.produktivitas(900, 1140)),
    format: "0.00%",
  },
  {
    nama: "EFISIENSI",
    arti: "Efisiensi proses: (sebelum − sesudah) ÷ sebelum, misalnya waktu yang dihemat.",
    args: [20, 14],
    sumber: "waktu dekomposisi KSM Bukit Kancil, Tabel 3.15",
    hasil: () => persen(rumus.efisiensi(20, 14)),
    format: "0.00%",
  },
  {
    nama: "PERTUMBUHAN",
    arti: "Pertumbuhan dari tahun lalu ke tahun ini: (kini − lalu) ÷ lalu.",
    args: [4147659000, 5186827000],
    sumber: "PNBP 2023 → 2024, Tabel 3.48",
    hasil: () => persen(rumus.pertumbuhan(4147659000, 5186827000)),
    format: "0.00%",
  },
  {
    nama: "PENYERAPAN",
    arti: "Penyerapan anggaran: realisasi anggaran ÷ pagu.",
    args: [14806645000, 13990833037],
    sumber: "anggaran 2022, Tabel 3.107",
    hasil: () => persen(rumus.penyerapan(14806645000, 13990833037)),
    format: "0.00%",
  },
  {
    nama: "IBT",
    arti: "Indeks biaya target: pagu ÷ target (rupiah per satuan target).",
    args: [35600000, 30],
    sumber: "SK1.IK1, Tabel 3.112",
    hasil: () => formatAngka(rumus.ibt(35600000, 30), 2),
    format: "#,##0.00",
  },
  {
    nama: "IBR",
    arti: "Indeks biaya realisasi: realisasi anggaran ÷ realisasi (rupiah per satuan realisasi).",
    args: [35521816, 37],
    sumber: "SK1.IK1, Tabel 3.112",
    hasil: () => formatAngka(rumus.ibr(35521816, 37), 2),
    format: "#,##0.00",
  },
  {
    nama: "EFISIENSI.ANGGARAN",
    arti: "Efisiensi anggaran terhadap kinerja: (IBT − IBR) ÷ IBT.",
    args: [35600000, 30, 35521816, 37],
    sumber: "SK1.IK1, Tabel 3.112",
    hasil: () => persen(rumus.efisiensiAnggaran(35600000, 30, 35521816, 37)),
    format: "0.00%",
  },
  {
    nama: "ANGKA",
    arti: "Teks angka berformat Indonesia menjadi angka.",
    args: ["Rp 65.345.000,00"],
    sumber: "pagu SK2.IK2, Tabel 3.112",
    hasil: () => {
      const a = bacaAngka("Rp 65.345.000,00");
      return a.kind === "angka" ? formatAngka(a.value, 0) : "#VALUE!";
    },
    format: "#,##0",
  },
  {
    nama: "PREDIKAT",
    arti: "Predikat menurut skala peraturan: \"ikm\", \"sakip\", \"capaian\" atau \"ilp\".",
    args: [3.68, "ikm"],
    sumber: "IKM 2024, SK5.IK1",
    hasil: () => rumus.predikat(3.68, "ikm"),
  },
];

/** As a planner types it with Indonesian settings: ; between arguments, decimal comma. */
export function teksRumus(r: ContohRumus): string {
  const a = r.args.map((x) => (typeof x === "number" ? String(x).replace(".", ",") : `"${x}"`));
  return `=SAKIP.${r.nama}(${a.join(";")})`;
}

/** As Office.js takes it (range.formulas is always en-US): , between arguments, decimal point. */
export function rumusExcel(r: ContohRumus): string {
  const a = r.args.map((x) => (typeof x === "number" ? String(x) : `"${x.replace(/"/g, '""')}"`));
  return `=SAKIP.${r.nama}(${a.join(",")})`;
}

const useStyles = makeStyles({
  daftar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  kartu: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  judul: { margin: 0, fontFamily: tokens.fontFamilyMonospace },
  contoh: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  baris: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function Rumus({ k }: { k: Kinerja }) {
  const gaya = useStyles();
  const bisa = k.buku?.bisaSisip === true;
  const petunjuk = "Menyisipkan rumus hanya tersedia di Excel. Buka add-in dari tab Beranda › SAKIP Kinerja.";
  return (
    <>
      <Text>
        Fungsi kustom <strong>SAKIP</strong> dipakai seperti rumus Excel biasa. Hasil persen berupa pecahan — format sel sebagai persen.
        Argumen boleh berupa sel, rentang, atau teks angka seperti "82,25".
      </Text>
      {!bisa && <Caption1 id="petunjuk-sisip">{petunjuk}</Caption1>}
      <div className={gaya.daftar}>
        {RUMUS.map((r) => (
          <article key={r.nama} className={gaya.kartu} data-testid="rumus">
            <Subtitle2 as="h3" className={gaya.judul}>
              SAKIP.{r.nama}
            </Subtitle2>
            <Text>{r.arti}</Text>
            <Text className={gaya.contoh}>
              {teksRumus(r)} → <strong>{r.hasil()}</strong>
            </Text>
            <div className={gaya.baris}>
              {bisa ? (
                <Button size="small" icon={<Add20Regular />} disabled={k.sibuk !== null} onClick={() => void k.sisip(rumusExcel(r), r.format)}>
                  Sisipkan
                </Button>
              ) : (
                <Tooltip content={petunjuk} relationship="description">
                  <Button size="small" icon={<Add20Regular />} disabledFocusable aria-describedby="petunjuk-sisip">
                    Sisipkan
                  </Button>
                </Tooltip>
              )}
              <Caption1>Contoh dari LAKIP 2024: {r.sumber}.</Caption1>
            </div>
          </article>
        ))}
      </div>
    </>
  );
}
