/**
 * The task pane: Pindai (recognized tables), Periksa (findings), Ringkasan (summary sheets) and
 * Rumus (custom functions). Inside Excel it works on the open workbook; outside Office (host
 * null) on an .xlsx file the planner opens or drops, or on the bundled sample.
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { Caption1, CounterBadge, makeStyles, Spinner, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { BukaBerkas } from "./BukaBerkas";
import { Kabar } from "./Kabar";
import { Pindai } from "./Pindai";
import { bukuExcel } from "./sumber-excel";
import { useKinerja } from "./useKinerja";

// The other views load when first opened; the first paint carries only Pindai.
const Periksa = lazy(() => import(/* webpackChunkName: "periksa" */ "./Periksa").then((m) => ({ default: m.Periksa })));
const Ringkas = lazy(() => import(/* webpackChunkName: "ringkas" */ "./Ringkas").then((m) => ({ default: m.Ringkas })));
const Rumus = lazy(() => import(/* webpackChunkName: "rumus" */ "./Rumus").then((m) => ({ default: m.Rumus })));

export interface AppProps {
  host: Office.HostType | null;
}

type Tampilan = "pindai" | "periksa" | "ringkas" | "rumus";

const TAB: { id: Tampilan; label: string }[] = [
  { id: "pindai", label: "Pindai" },
  { id: "periksa", label: "Periksa" },
  { id: "ringkas", label: "Ringkasan" },
  { id: "rumus", label: "Rumus" },
];

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

      {!excel && <BukaBerkas k={k} />}
      <Kabar k={k} />

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
          {tampilan === "pindai" && <Pindai k={k} />}
          {tampilan === "periksa" && <Periksa k={k} />}
          {tampilan === "ringkas" && <Ringkas k={k} />}
          {tampilan === "rumus" && <Rumus k={k} />}
        </Suspense>
      </section>
    </main>
  );
}
