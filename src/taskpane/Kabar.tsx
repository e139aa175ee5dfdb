/** Failures (what failed, and why) and short confirmations, as Fluent message bars. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Kinerja } from "./useKinerja";

const useStyles = makeStyles({
  kolom: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  teks: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

export type PropsKabar = Pick<Kinerja, "galat" | "pesan" | "tutupGalat" | "tutupPesan">;

export function Kabar(k: PropsKabar) {
  const gaya = useStyles();
  if (!k.galat && !k.pesan) return null;
  return (
    <div className={gaya.kolom} aria-live="polite">
      {k.galat && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="galat">
          <MessageBarBody className={gaya.teks}>
            <MessageBarTitle>{k.galat.judul}</MessageBarTitle>
            {k.galat.pesan}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label="Tutup pesan galat" onClick={k.tutupGalat} />}
          />
        </MessageBar>
      )}
      {k.pesan && (
        <MessageBar intent={k.pesan.jenis} layout="multiline" data-testid="pesan">
          <MessageBarBody className={gaya.teks}>{k.pesan.teks}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label="Tutup pesan" onClick={k.tutupPesan} />}
          />
        </MessageBar>
      )}
    </div>
  );
}
