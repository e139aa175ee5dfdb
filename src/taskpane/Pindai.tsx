/** The recognized tables (DaftarTabel), each can be corrected or ignored; the ignored ones can be restored. */
import { lazy, Suspense, useState } from "react";
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, EyeOff20Regular } from "@fluentui/react-icons";
import type { Kinerja } from "./useKinerja";

export type PropsPindai = Pick<Kinerja, "buku" | "snapshot" | "tabel" | "koreksi" | "sibuk" | "pindaiUlang" | "simpanKoreksi" | "hapusKoreksi">;

// Neither the list nor the correction panel is on the first screen (no workbook yet).
const DaftarTabel = lazy(() => import(/* webpackChunkName: "daftar" */ "./DaftarTabel").then((m) => ({ default: m.DaftarTabel })));
const TabelKoreksi = lazy(() => import(/* webpackChunkName: "koreksi" */ "./TabelKoreksi").then((m) => ({ default: m.TabelKoreksi })));

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  abai: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

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
        <Suspense fallback={<Spinner size="tiny" label="Memuat…" />}>
          <DaftarTabel tabel={k.tabel} dikoreksi={dikoreksi} dibuka={dibuka} onKoreksi={(id) => setDibuka(dibuka === id ? null : id)} />
        </Suspense>
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
