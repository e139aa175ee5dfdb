/* Placeholder task pane; the real one replaces this file and keeps the `host` prop. */
import { Text, Title2, makeStyles, tokens } from "@fluentui/react-components";

export interface AppProps {
  host: Office.HostType | null;
}

const useStyles = makeStyles({
  akar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
});

export default function App({ host }: AppProps) {
  const gaya = useStyles();
  return (
    <main className={gaya.akar}>
      <Title2 as="h1">SAKIP Kinerja</Title2>
      <Text>{host ? "Terhubung dengan Excel." : "Mode mandiri (di luar Excel)."}</Text>
    </main>
  );
}
