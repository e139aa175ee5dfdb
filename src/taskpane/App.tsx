/**
 * The task pane: Pindai (recognized tables), Periksa (findings), Ringkasan (summary sheets) and
 * Rumus (custom functions). Inside Excel it works on the open workbook; outside Office (host
 * null) on an .xlsx file the planner opens or drops, or on the bundled sample.
 */
import { useEffect, useState } from "react";
import { Caption1, CounterBadge, makeStyles, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { BukaBerkas } from "./BukaBerkas";
import { Kabar } from "./Kabar";
import { Periksa } from "./Periksa";
import { Pindai } from "./Pindai";
import { Ringkas } from "./Ringkas";
import { Rumus } from "./Rumus";
import { bukuExcel } from "./sumber-excel";
import { useKinerja } from "./useKinerja";

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
            <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
              {t.label}
              {t.id === "periksa" && jumlahTemuan > 0 && (
                <CounterBadge count={jumlahTemuan} overflowCount={999} size="small" appearance="ghost" aria-label={`${jumlahTemuan} temuan`} />
              )}
            </Tab>
          ))}
        </TabList>
      </nav>

      {tampilan === "pindai" && (
        <section {...panel("pindai")}>
          <Pindai k={k} />
        </section>
      )}
      {tampilan === "periksa" && (
        <section {...panel("periksa")}>
          <Periksa k={k} />
        </section>
      )}
      {tampilan === "ringkas" && (
        <section {...panel("ringkas")}>
          <Ringkas k={k} />
        </section>
      )}
      {tampilan === "rumus" && (
        <section {...panel("rumus")}>
          <Rumus k={k} />
        </section>
      )}
    </main>
  );
}
