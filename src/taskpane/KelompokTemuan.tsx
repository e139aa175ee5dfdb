/**
 * One sheet's findings, grouped by rule: a heading per sheet and per rule, column summaries where
 * a rule fails down a whole column, and the finding buttons (long groups show the first 50).
 */
import { kelompokkan, ringkasKelompok } from "../core/validasi/kelompok";
import { Badge, Button, createFocusOutlineStyle, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Issue, RuleId } from "../core/tabel";
import { PratinjauSel } from "./PratinjauSel";
import { judulAturan, NAMA_TINGKAT } from "../core/nama";
import { WARNA_TINGKAT } from "./teks";
import type { Kinerja } from "./useKinerja";

const BATAS_AWAL = 50;

export interface TemuanBerkunci {
  issue: Issue;
  kunci: string;
}

/** Sheet → rule → findings, in the order the findings came. */
export type KelompokPerLembar = Map<string, Map<RuleId, TemuanBerkunci[]>>;

/** What every group shares: the selected finding, the expanded groups, and how to show a cell. */
export interface KonteksKelompok extends Pick<Kinerja, "snapshot" | "tabel"> {
  excel: boolean;
  dipilih: string | null;
  semua: Set<string>;
  klik: (x: Issue, kunci: string) => void;
  tampilkanSemua: (kunciGrup: string) => void;
}

const useStyles = makeStyles({
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

export function jumlahTemuan(aturan: Map<RuleId, TemuanBerkunci[]>): number {
  return Array.from(aturan.values()).reduce((m, a) => m + a.length, 0);
}

export function KelompokLembar({ sheet, aturan, ...kk }: KonteksKelompok & { sheet: string; aturan: Map<RuleId, TemuanBerkunci[]> }) {
  const gaya = useStyles();
  return (
    <section className={gaya.lembar} aria-label={`Temuan di lembar ${sheet}`} data-testid="kelompok-lembar" data-lembar={sheet}>
      <Subtitle2 as="h3" className={gaya.judulLembar}>
        {sheet}
        <Badge appearance="outline" color="informative">
          {jumlahTemuan(aturan)}
        </Badge>
      </Subtitle2>
      {Array.from(aturan.entries()).map(([rule, daftar]) => (
        <KelompokAturan key={rule} sheet={sheet} rule={rule} daftar={daftar} {...kk} />
      ))}
    </section>
  );
}

function KelompokAturan({ sheet, rule, daftar, ...kk }: KonteksKelompok & { sheet: string; rule: RuleId; daftar: TemuanBerkunci[] }) {
  const gaya = useStyles();
  const kunciGrup = `${sheet}#${rule}`;
  const terlihat = kk.semua.has(kunciGrup) ? daftar : daftar.slice(0, BATAS_AWAL);
  return (
    <div data-testid="kelompok-aturan" data-aturan={rule}>
      <h4 className={gaya.judulAturan}>
        {judulAturan(rule)}
        <Badge size="small" appearance="outline" color="subtle">
          {daftar.length}
        </Badge>
      </h4>
      <RingkasKolom daftar={daftar} />
      <ul className={gaya.daftar}>
        {terlihat.map(({ issue, kunci }) => (
          <ItemTemuan key={kunci} x={issue} kunci={kunci} {...kk} />
        ))}
      </ul>
      {terlihat.length < daftar.length && (
        <Button size="small" appearance="subtle" onClick={() => kk.tampilkanSemua(kunciGrup)}>
          Tampilkan semua ({daftar.length})
        </Button>
      )}
    </div>
  );
}

/** One line per column where the same rule fails on more than one cell. */
function RingkasKolom({ daftar }: { daftar: TemuanBerkunci[] }) {
  return (
    <>
      {kelompokkan(daftar.map((d) => d.issue))
        .filter((g) => g.temuan.length > 1)
        .map((g) => (
          <Text key={`${g.kolom}#${g.severity}`} size={200} block data-testid="ringkas-kolom">
            {ringkasKelompok(g, 3)}
          </Text>
        ))}
    </>
  );
}

function ItemTemuan({ x, kunci, ...kk }: KonteksKelompok & { x: Issue; kunci: string }) {
  const gaya = useStyles();
  const aktif = kk.dipilih === kunci;
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(gaya.item, aktif && gaya.aktif)}
        aria-current={aktif ? "true" : undefined}
        onClick={() => kk.klik(x, kunci)}
        title={kk.excel ? `Pilih sel ${x.sheet}!${x.cell}` : `Lihat sel ${x.sheet}!${x.cell}`}
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
      {!kk.excel && aktif && <PratinjauSel snapshot={kk.snapshot} sheet={x.sheet} cell={x.cell} tabel={kk.tabel.find((t) => t.id === x.table)} />}
    </li>
  );
}
