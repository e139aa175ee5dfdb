/** The recognized tables: sheet, kind, range, confidence, rows; each can be corrected or ignored. */
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

const TabelKoreksi = lazy(() => import(/* webpackChunkName: "koreksi" */ "./TabelKoreksi").then((m) => ({ default: m.TabelKoreksi })));

const WARNA_JENIS = { perkin: "brand", triwulan: "success", anggaran: "warning" } as const;

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  tabel: { tableLayout: "auto" },
  // The summary row and its detail line read as one entry: no rule between them.
  atas: { borderBottomStyle: "none" },
  rincian: { paddingBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  // Every column but Lembar shrinks to its content; the sheet name and mapping get the rest.
  angka: { textAlign: "right", whiteSpace: "nowrap", width: "1%", paddingInline: tokens.spacingHorizontalXS },
  nowrap: { whiteSpace: "nowrap", width: "1%", paddingInline: tokens.spacingHorizontalXS },
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

export function Pindai({ k }: { k: Kinerja }) {
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
              <TableHeaderCell>Lembar</TableHeaderCell>
              <TableHeaderCell className={gaya.nowrap}>Jenis</TableHeaderCell>
              <TableHeaderCell className={gaya.nowrap}>Rentang</TableHeaderCell>
              <TableHeaderCell className={gaya.angka}>Yakin</TableHeaderCell>
              <TableHeaderCell className={gaya.angka}>Baris</TableHeaderCell>
              <TableHeaderCell className={gaya.nowrap}>
                <span className={gaya.sr}>Koreksi</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {k.tabel.map((t) => (
              <Fragment key={t.id}>
                <TableRow data-testid="baris-tabel" data-lembar={t.sheet} data-jenis={t.kind} className={gaya.atas}>
                  <TableCell>
                    <Text weight="semibold">{t.sheet}</Text>
                  </TableCell>
                  <TableCell className={gaya.nowrap}>
                    <Badge appearance="tint" color={WARNA_JENIS[t.kind]}>
                      {NAMA_JENIS[t.kind]}
                    </Badge>
                  </TableCell>
                  <TableCell className={gaya.nowrap}>{t.range}</TableCell>
                  <TableCell className={gaya.angka}>{teksKeyakinan(t.confidence)}</TableCell>
                  <TableCell className={gaya.angka}>{t.rows.length}</TableCell>
                  <TableCell className={gaya.nowrap}>
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
                {/* Layout and column mapping on a full-width line of their own: the pane is narrow. */}
                <TableRow data-testid="rincian-tabel" data-lembar={t.sheet}>
                  <TableCell colSpan={6} className={gaya.rincian}>
                    <Caption1>
                      {NAMA_BENTUK[t.bentuk] ?? t.bentuk}
                      {dikoreksi.has(t.id) && (
                        <>
                          {" "}
                          <Badge size="small" appearance="tint" color="informative">
                            dikoreksi
                          </Badge>
                        </>
                      )}
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
          <TabelKoreksi key={tabelDibuka.id} k={k} tabel={tabelDibuka} onTutup={() => setDibuka(null)} />
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
