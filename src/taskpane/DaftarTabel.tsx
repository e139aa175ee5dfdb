/**
 * The list of recognized tables. The pane is 320–350 px wide: a row holds only the sheet name and
 * the ✎ Koreksi button; kind, range, confidence, rows, layout and column mapping go on the row's
 * detail line below it.
 */
import { Fragment } from "react";
import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
  tokens,
} from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import type { Tabel } from "../core/tabel";
import { urutanKolom } from "./kolom";
import { NAMA_BENTUK, NAMA_JENIS } from "../core/nama";
import { MEDAN_JENIS, namaMedan, teksKeyakinan } from "./teks";

const WARNA_JENIS = { perkin: "brand", triwulan: "success", anggaran: "warning" } as const;

const useStyles = makeStyles({
  tabel: { tableLayout: "fixed", width: "100%" },
  // The summary row and its detail line read as one entry: no rule between them.
  atas: { borderBottomStyle: "none" },
  lembar: { overflowWrap: "anywhere" },
  rincian: { paddingBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  fakta: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  // The button column is as wide as the button; the sheet name takes the rest.
  tombol: { width: "40px", paddingInline: tokens.spacingHorizontalXXS, textAlign: "right" },
  peta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  sr: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

function ringkasPeta(t: Tabel): string {
  return urutanKolom(t.columns, MEDAN_JENIS[t.kind])
    .filter(([m]) => MEDAN_JENIS[t.kind].includes(m) && !m.startsWith("tw"))
    .map(([m, h]) => `${namaMedan(m).toLowerCase()} ${h}`)
    .join(" · ");
}

export interface PropsDaftarTabel {
  tabel: Tabel[];
  /** Ids ("Sheet!A1:H9") of the tables with a stored correction. */
  dikoreksi: Set<string>;
  /** The table whose correction panel is open. */
  dibuka: string | null;
  onKoreksi: (id: string) => void;
}

export function DaftarTabel({ tabel, dikoreksi, dibuka, onKoreksi }: PropsDaftarTabel) {
  const gaya = useStyles();
  return (
        <Table size="small" className={gaya.tabel} aria-label="Tabel yang dikenali">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Lembar · jenis, rentang, keyakinan, baris</TableHeaderCell>
              <TableHeaderCell className={gaya.tombol}>
                <span className={gaya.sr}>Koreksi</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tabel.map((t) => (
              <Fragment key={t.id}>
                <TableRow data-testid="baris-tabel" data-lembar={t.sheet} data-jenis={t.kind} className={gaya.atas}>
                  <TableCell className={gaya.lembar}>
                    <Text weight="semibold">{t.sheet}</Text>
                  </TableCell>
                  <TableCell className={gaya.tombol}>
                    <Tooltip content={`Koreksi tabel ${t.sheet}`} relationship="label">
                      <Button
                        appearance="subtle"
                        icon={<Edit20Regular />}
                        aria-expanded={dibuka === t.id}
                        onClick={() => onKoreksi(t.id)}
                      />
                    </Tooltip>
                  </TableCell>
                </TableRow>
                <TableRow data-testid="rincian-tabel" data-lembar={t.sheet}>
                  <TableCell colSpan={2} className={gaya.rincian}>
                    <Caption1 className={gaya.fakta}>
                      <Badge appearance="tint" color={WARNA_JENIS[t.kind]}>
                        {NAMA_JENIS[t.kind]}
                      </Badge>
                      <span data-testid="rentang">{t.range}</span>
                      <span>yakin {teksKeyakinan(t.confidence)}</span>
                      <span>{t.rows.length} baris</span>
                      {dikoreksi.has(t.id) && (
                        <Badge size="small" appearance="tint" color="informative">
                          dikoreksi
                        </Badge>
                      )}
                    </Caption1>
                    <Caption1>
                      {NAMA_BENTUK[t.bentuk] ?? t.bentuk}
                      {" — kolom: "}
                      <span className={gaya.peta} data-testid="peta-kolom">
                        {ringkasPeta(t)}
                      </span>
                    </Caption1>
                  </TableCell>
                </TableRow>
              </Fragment>
            ))}
          </TableBody>
        </Table>
  );
}
