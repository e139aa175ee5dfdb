/**
 * The recognized tables, each can be corrected or ignored. The pane is 320–350 px wide: a row holds
 * only the sheet name and the ✎ Koreksi button; kind, range, confidence, rows, layout and column
 * mapping go on the row's detail line below it.
 */
import { Fragment, lazy, Suspense, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  Spinner,
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
import { ArrowSync20Regular, Edit20Regular, EyeOff20Regular } from "@fluentui/react-icons";
import type { Tabel } from "../core/tabel";
import { urutanKolom } from "./kolom";
import { NAMA_BENTUK, NAMA_JENIS } from "../core/nama";
import { MEDAN_JENIS, namaMedan, teksKeyakinan } from "./teks";
import type { Kinerja } from "./useKinerja";

export type PropsPindai = Pick<Kinerja, "buku" | "snapshot" | "tabel" | "koreksi" | "sibuk" | "pindaiUlang" | "simpanKoreksi" | "hapusKoreksi">;

const TabelKoreksi = lazy(() => import(/* webpackChunkName: "koreksi" */ "./TabelKoreksi").then((m) => ({ default: m.TabelKoreksi })));

const WARNA_JENIS = { perkin: "brand", triwulan: "success", anggaran: "warning" } as const;

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
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
  abai: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function ringkasPeta(t: Tabel): string {
  return urutanKolom(t.columns, MEDAN_JENIS[t.kind])
    .filter(([m]) => MEDAN_JENIS[t.kind].includes(m) && !m.startsWith("tw"))
    .map(([m, h]) => `${namaMedan(m).toLowerCase()} ${h}`)
    .join(" · ");
}

export function Pindai(k: PropsPindai) {
  const gaya = useStyles();
  const [dibuka, setDibuka] = useState<string | null>(null);
  const diabaikan = k.koreksi.filter((x) => x.ignore);
  const dikoreksi = new Set(k.koreksi.map((x) => `${x.sheet}!${x.range}`));
  const tabelDibuka = k.tabel.find((t) => t.id === dibuka);

  if (!k.buku) return <Text>Buka buku kerja (atau contoh) untuk melihat tabel yang dikenali.</Text>;
  const lembar = new Set(k.tabel.map((t) => t.sheet)).size;

  return (
    <>
      <div className={gaya.bar}>
        <Button icon={<ArrowSync20Regular />} onClick={() => void k.pindaiUlang()} disabled={k.sibuk !== null}>
          Pindai ulang
        </Button>
        {k.sibuk === "pindai" ? (
          <Spinner size="tiny" label="Memindai buku kerja…" />
        ) : (
          k.snapshot && (
            <Text role="status">
              {k.tabel.length} tabel dikenali di {lembar} dari {k.snapshot.sheets.length} lembar.
            </Text>
          )
        )}
      </div>

      {k.tabel.length > 0 && (
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
            {k.tabel.map((t) => (
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
                        onClick={() => setDibuka(dibuka === t.id ? null : t.id)}
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
      )}

      {tabelDibuka && (
        <Suspense fallback={<Spinner size="tiny" label="Memuat…" />}>
          <TabelKoreksi
            key={tabelDibuka.id}
            snapshot={k.snapshot}
            koreksi={k.koreksi}
            sibuk={k.sibuk !== null}
            simpanKoreksi={k.simpanKoreksi}
            hapusKoreksi={k.hapusKoreksi}
            tabel={tabelDibuka}
            onTutup={() => setDibuka(null)}
          />
        </Suspense>
      )}

      {k.snapshot && k.tabel.length === 0 && k.sibuk !== "pindai" && (
        <Text>Tidak ada tabel Perkin, triwulan atau anggaran yang dikenali di buku kerja ini.</Text>
      )}

      {diabaikan.length > 0 && (
        <div className={gaya.abai}>
          <Text weight="semibold">Tabel yang diabaikan</Text>
          {diabaikan.map((x) => (
            <div key={`${x.sheet}!${x.range}`} className={gaya.bar}>
              <EyeOff20Regular aria-hidden />
              <Text>
                {x.sheet}!{x.range}
              </Text>
              <Button size="small" disabled={k.sibuk !== null} onClick={() => void k.hapusKoreksi(x.sheet, x.range)}>
                Pulihkan
              </Button>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
