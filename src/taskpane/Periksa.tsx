/**
 * The findings, grouped by sheet and rule, with severity badges, counts and filters. Clicking a
 * finding selects its cell in Excel (one sync) or, in standalone mode, shows the cell and its row.
 */
import { kelompokkan, ringkasKelompok } from "../core/validasi/kelompok";
import { useMemo, useState } from "react";
import {
  Badge,
  Button,
  createFocusOutlineStyle,
  Dropdown,
  Field,
  makeStyles,
  mergeClasses,
  Option,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import type { Issue, RuleId, Severity } from "../core/tabel";
import { PratinjauSel } from "./PratinjauSel";
import { judulAturan, NAMA_TINGKAT, URUTAN_TINGKAT } from "../core/nama";
import { WARNA_TINGKAT } from "./teks";
import type { Kinerja } from "./useKinerja";

export type PropsPeriksa = Pick<Kinerja, "buku" | "snapshot" | "tabel" | "issues" | "sibuk" | "pindaiUlang" | "pilih">;

const TANPA_TEMUAN: Issue[] = [];

const TINGKAT = URUTAN_TINGKAT;
const SEMUA = "semua";
const BATAS_AWAL = 50;

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  saring: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", width: "100%" },
  lembar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  judulLembar: { margin: 0, display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  judulAturan: {
    margin: 0,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  daftar: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  aktif: { backgroundColor: tokens.colorSubtleBackgroundSelected, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  sel: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  pesan: { overflowWrap: "anywhere" },
});

function kunciIssue(x: Issue, i: number): string {
  return `${x.sheet}!${x.cell}#${x.rule}#${i}`;
}

export function Periksa(k: PropsPeriksa) {
  const gaya = useStyles();
  const [tingkat, setTingkat] = useState<string>(SEMUA);
  const [lembar, setLembar] = useState<string>(SEMUA);
  const [dipilih, setDipilih] = useState<string | null>(null);
  const [semua, setSemua] = useState<Set<string>>(new Set());
  const issues = k.issues ?? TANPA_TEMUAN;

  const hitung = useMemo(() => {
    const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const x of issues) n[x.severity]++;
    return n;
  }, [issues]);

  const kelompok = useMemo(() => {
    const out = new Map<string, Map<RuleId, { issue: Issue; kunci: string }[]>>();
    issues.forEach((x, i) => {
      if (tingkat !== SEMUA && x.severity !== tingkat) return;
      if (lembar !== SEMUA && x.sheet !== lembar) return;
      let l = out.get(x.sheet);
      if (!l) out.set(x.sheet, (l = new Map()));
      let a = l.get(x.rule);
      if (!a) l.set(x.rule, (a = []));
      a.push({ issue: x, kunci: kunciIssue(x, i) });
    });
    return out;
  }, [issues, tingkat, lembar]);

  if (!k.buku) return <Text>Buka buku kerja (atau contoh) untuk memeriksa datanya.</Text>;
  const daftarLembar = Array.from(new Set(issues.map((x) => x.sheet)));
  const tampil = Array.from(kelompok.values()).reduce((n, l) => n + Array.from(l.values()).reduce((m, a) => m + a.length, 0), 0);
  const excel = k.buku.jenis === "excel";

  const klik = (x: Issue, kunci: string) => {
    setDipilih(kunci);
    void k.pilih(x.sheet, x.cell);
  };

  return (
    <>
      <div className={gaya.bar}>
        <Button icon={<ArrowSync20Regular />} onClick={() => void k.pindaiUlang()} disabled={k.sibuk !== null}>
          Periksa ulang
        </Button>
        {k.sibuk === "pindai" && <Spinner size="tiny" label="Memeriksa…" />}
      </div>
      <div className={gaya.bar} role="status" aria-label="Jumlah temuan">
        <Text>{issues.length} temuan:</Text>
        {TINGKAT.map((t) => (
          <Badge key={t} appearance="tint" color={WARNA_TINGKAT[t]} data-testid={`jumlah-${t}`}>
            {NAMA_TINGKAT[t]} {hitung[t]}
          </Badge>
        ))}
      </div>
      {issues.length > 0 && (
        <div className={gaya.saring}>
          <Field label="Tingkat">
            <Dropdown
              className={gaya.dropdown}
              value={tingkat === SEMUA ? "Semua tingkat" : NAMA_TINGKAT[tingkat as Severity]}
              selectedOptions={[tingkat]}
              onOptionSelect={(_, d) => setTingkat(d.optionValue ?? SEMUA)}
            >
              <Option value={SEMUA}>Semua tingkat</Option>
              {TINGKAT.map((t) => (
                <Option key={t} value={t} text={NAMA_TINGKAT[t]}>
                  {`${NAMA_TINGKAT[t]} (${hitung[t]})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Lembar">
            <Dropdown
              className={gaya.dropdown}
              value={lembar === SEMUA ? "Semua lembar" : lembar}
              selectedOptions={[lembar]}
              onOptionSelect={(_, d) => setLembar(d.optionValue ?? SEMUA)}
            >
              <Option value={SEMUA}>Semua lembar</Option>
              {daftarLembar.map((l) => (
                <Option key={l} value={l}>
                  {l}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
      )}
      {k.issues !== null && issues.length === 0 && <Text>Tidak ada temuan: data di tabel yang dikenali konsisten.</Text>}
      {issues.length > 0 && tampil === 0 && <Text>Tidak ada temuan yang cocok dengan saringan.</Text>}
      {!excel && issues.length > 0 && <Text size={200}>Klik temuan untuk melihat isi sel dan barisnya.</Text>}

      {Array.from(kelompok.entries()).map(([sheet, aturan]) => {
        const n = Array.from(aturan.values()).reduce((m, a) => m + a.length, 0);
        return (
          <section key={sheet} className={gaya.lembar} aria-label={`Temuan di lembar ${sheet}`} data-testid="kelompok-lembar" data-lembar={sheet}>
            <Subtitle2 as="h3" className={gaya.judulLembar}>
              {sheet}
              <Badge appearance="outline" color="informative">
                {n}
              </Badge>
            </Subtitle2>
            {Array.from(aturan.entries()).map(([rule, daftar]) => {
              const kunciGrup = `${sheet}#${rule}`;
              const terlihat = semua.has(kunciGrup) ? daftar : daftar.slice(0, BATAS_AWAL);
              return (
                <div key={rule} data-testid="kelompok-aturan" data-aturan={rule}>
                  <h4 className={gaya.judulAturan}>
                    {judulAturan(rule)}
                    <Badge size="small" appearance="outline" color="subtle">
                      {daftar.length}
                    </Badge>
                  </h4>
                  {kelompokkan(daftar.map((d) => d.issue))
                    .filter((g) => g.temuan.length > 1)
                    .map((g) => (
                      <Text key={`${g.kolom}#${g.severity}`} size={200} block data-testid="ringkas-kolom">
                        {ringkasKelompok(g, 3)}
                      </Text>
                    ))}
                  <ul className={gaya.daftar}>
                    {terlihat.map(({ issue: x, kunci }) => (
                      <li key={kunci}>
                        <button
                          type="button"
                          className={mergeClasses(gaya.item, dipilih === kunci && gaya.aktif)}
                          aria-current={dipilih === kunci ? "true" : undefined}
                          onClick={() => klik(x, kunci)}
                          title={excel ? `Pilih sel ${x.sheet}!${x.cell}` : `Lihat sel ${x.sheet}!${x.cell}`}
                          data-testid="temuan"
                          data-sel={x.cell}
                        >
                          <span>
                            <Badge size="small" appearance="filled" color={WARNA_TINGKAT[x.severity]}>
                              {NAMA_TINGKAT[x.severity]}
                            </Badge>
                          </span>
                          <span className={gaya.pesan}>
                            <span className={gaya.sel}>{x.cell}</span> {x.message}
                          </span>
                        </button>
                        {!excel && dipilih === kunci && (
                          <PratinjauSel snapshot={k.snapshot} sheet={x.sheet} cell={x.cell} tabel={k.tabel.find((t) => t.id === x.table)} />
                        )}
                      </li>
                    ))}
                  </ul>
                  {terlihat.length < daftar.length && (
                    <Button size="small" appearance="subtle" onClick={() => setSemua((s) => new Set(s).add(kunciGrup))}>
                      Tampilkan semua ({daftar.length})
                    </Button>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
