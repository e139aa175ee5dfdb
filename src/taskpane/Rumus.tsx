/**
 * The SAKIP custom functions as the catalogue beside them describes them: what each computes, an
 * example from the LAKIP 2024 with its result (computed by the function itself), and a button that
 * puts the example into the selected cell (Excel only).
 */
import { Button, Caption1, makeStyles, Subtitle2, Text, Tooltip, tokens } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { FORMAT_SEL, hasilContoh, KATALOG, type FungsiSakip } from "../functions/katalog";

/** The pane's list: the catalogue as it stands beside the functions. */
export const RUMUS: readonly FungsiSakip[] = KATALOG;

/** As a planner types it with Indonesian settings: ; between arguments, decimal comma. */
export function teksRumus(r: FungsiSakip): string {
  const a = r.contoh.args.map((x) => (typeof x === "number" ? String(x).replace(".", ",") : `"${x}"`));
  return `=SAKIP.${r.nama}(${a.join(";")})`;
}

/** As Office.js takes it (range.formulas is always en-US): , between arguments, decimal point. */
export function rumusExcel(r: FungsiSakip): string {
  const a = r.contoh.args.map((x) => (typeof x === "number" ? String(x) : `"${x.replace(/"/g, '""')}"`));
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

export interface PropsRumus {
  /** Formulas can be put into the selected cell (Excel only). */
  bisaSisip: boolean;
  sibuk: boolean;
  sisip: (rumus: string, format?: string) => void;
}

export function Rumus({ bisaSisip: bisa, sibuk, sisip }: PropsRumus) {
  const gaya = useStyles();
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
              {teksRumus(r)} → <strong>{hasilContoh(r)}</strong>
            </Text>
            <div className={gaya.baris}>
              {bisa ? (
                <Button size="small" icon={<Add20Regular />} disabled={sibuk} onClick={() => sisip(rumusExcel(r), FORMAT_SEL[r.tampil])}>
                  Sisipkan
                </Button>
              ) : (
                <Tooltip content={petunjuk} relationship="description">
                  <Button size="small" icon={<Add20Regular />} disabledFocusable aria-describedby="petunjuk-sisip">
                    Sisipkan
                  </Button>
                </Tooltip>
              )}
              <Caption1>Contoh dari LAKIP 2024: {r.contoh.sumber}.</Caption1>
            </div>
          </article>
        ))}
      </div>
    </>
  );
}
