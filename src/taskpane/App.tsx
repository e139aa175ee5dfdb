/**
 * The task pane: Pindai (recognized tables), Periksa (findings), Ringkasan (summary sheets) and
 * Rumus (custom functions), registered in TAB. Inside Excel it works on the open workbook; outside Office (host
 * null) on an .xlsx file the planner opens or drops, or on the bundled sample.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { Caption1, CounterBadge, makeStyles, Spinner, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { BukaBerkas } from "./BukaBerkas";
import { Pindai } from "./Pindai";
import { bukuExcel } from "./sumber-excel";
import { useKinerja, type Kinerja } from "./useKinerja";

// The other views load when first opened; the first paint carries only Pindai. Messages load
// with the first message.
const Kabar = lazy(() => import(/* webpackChunkName: "kabar" */ "./Kabar").then((m) => ({ default: m.Kabar })));
const Periksa = lazy(() => import(/* webpackChunkName: "periksa" */ "./Periksa").then((m) => ({ default: m.Periksa })));
const Ringkas = lazy(() => import(/* webpackChunkName: "ringkas" */ "./Ringkas").then((m) => ({ default: m.Ringkas })));
const Rumus = lazy(() => import(/* webpackChunkName: "rumus" */ "./Rumus").then((m) => ({ default: m.Rumus })));
const SusunBab3 = lazy(() => import(/* webpackChunkName: "bab3" */ "./SusunBab3").then((m) => ({ default: m.SusunBab3 })));

export interface AppProps {
  host: Office.HostType | null;
}

/**
 * The tabs, in order. Each view is handed only what it uses from the pane's state; a new step is
 * one entry here (and, when it is large, one lazy import above).
 */
const TAB = [
  {
    id: "pindai",
    label: "Pindai",
    tampil: (k: Kinerja) => (
      <Pindai
        buku={k.buku}
        snapshot={k.snapshot}
        tabel={k.tabel}
        koreksi={k.koreksi}
        sibuk={k.sibuk}
        pindaiUlang={k.pindaiUlang}
        simpanKoreksi={k.simpanKoreksi}
        hapusKoreksi={k.hapusKoreksi}
      />
    ),
  },
  {
    id: "periksa",
    label: "Periksa",
    tampil: (k: Kinerja) => (
      <Periksa buku={k.buku} snapshot={k.snapshot} tabel={k.tabel} issues={k.issues} sibuk={k.sibuk} pindaiUlang={k.pindaiUlang} pilih={k.pilih} />
    ),
  },
  {
    id: "ringkas",
    label: "Ringkasan",
    tampil: (k: Kinerja) => (
      <Ringkas
        buku={k.buku}
        sibuk={k.sibuk}
        kemajuan={k.kemajuan}
        hasil={k.hasil}
        buatRingkasan={k.buatRingkasan}
        batal={k.batal}
        aktifkan={k.aktifkan}
      />
    ),
  },
  {
    id: "rumus",
    label: "Rumus",
    tampil: (k: Kinerja) => <Rumus bisaSisip={k.buku?.bisaSisip === true} sibuk={k.sibuk !== null} sisip={(r, f) => void k.sisip(r, f)} />,
  },
  {
    id: "bab3",
    label: "Susun Bab III",
    tampil: (k: Kinerja) => <SusunBab3 snapshot={k.snapshot} koreksi={k.koreksi} sibuk={k.sibuk !== null} />,
  },
] as const satisfies readonly { id: string; label: string; tampil: (k: Kinerja) => ReactNode }[];

type Tampilan = (typeof TAB)[number]["id"];

const useStyles = makeStyles({
  akar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  kepala: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  judul: { margin: 0 },
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Marks the first render, for the load-time benchmark. */
function tandaiTampil(): void {
  try {
    if (performance.getEntriesByName("sakip-tampil").length === 0) performance.mark("sakip-tampil");
  } catch {
    // performance marks are diagnostics only
  }
}

function diExcel(host: Office.HostType | null): boolean {
  return (host as string | null) === "Excel";
}

export default function App({ host }: AppProps) {
  const gaya = useStyles();
  const excel = diExcel(host);
  const [awal] = useState(() => (excel ? bukuExcel() : null));
  const k = useKinerja(awal);
  const [tampilan, setTampilan] = useState<Tampilan>("pindai");
  useEffect(tandaiTampil, []);

  const jumlahTemuan = k.issues?.length ?? 0;
  const panel = (id: Tampilan) => ({ role: "tabpanel", id: `panel-${id}`, "aria-labelledby": `tab-${id}`, className: gaya.panel });

  return (
    <main className={gaya.akar}>
      <header className={gaya.kepala}>
        <Title2 as="h1" className={gaya.judul}>
          SAKIP Kinerja
        </Title2>
        <Caption1>
          {excel ? "Terhubung dengan Excel — buku kerja aktif." : k.buku ? `Mode mandiri — ${k.buku.nama}` : "Mode mandiri (di luar Excel)."}
        </Caption1>
      </header>

      {!excel && <BukaBerkas buku={k.buku} sibuk={k.sibuk} buka={k.buka} />}
      {(k.galat || k.pesan) && (
        <Suspense fallback={null}>
          <Kabar galat={k.galat} pesan={k.pesan} tutupGalat={k.tutupGalat} tutupPesan={k.tutupPesan} />
        </Suspense>
      )}

      <nav aria-label="Bagian panel">
        <TabList
          className={gaya.tabs}
          selectedValue={tampilan}
          onTabSelect={(_, d) => setTampilan(d.value as Tampilan)}
          size="medium"
        >
          {TAB.map((t) => (
            <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={t.id === tampilan ? `panel-${t.id}` : undefined}>
              {t.label}
              {t.id === "periksa" && jumlahTemuan > 0 && (
                <CounterBadge count={jumlahTemuan} overflowCount={999} size="small" appearance="ghost" aria-label={`${jumlahTemuan} temuan`} />
              )}
            </Tab>
          ))}
        </TabList>
      </nav>

      {/* The panel exists at once (the selected tab points at it); its view may still be loading. */}
      <section {...panel(tampilan)} key={tampilan}>
        <Suspense fallback={<Spinner size="tiny" label="Memuat…" />}>
          {TAB.find((t) => t.id === tampilan)?.tampil(k)}
        </Suspense>
      </section>
    </main>
  );
}
