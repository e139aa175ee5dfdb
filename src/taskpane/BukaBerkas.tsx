/**
 * Standalone mode: open an .xlsx from disk (picker or drag and drop anywhere on the pane) or the
 * bundled sample (also with ?contoh=1). The file never leaves the browser.
 */
import { useEffect, useId, useRef, useState } from "react";
import { Button, Caption1, makeStyles, mergeClasses, Spinner, Text, tokens } from "@fluentui/react-components";
import { DocumentTable20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import type { Kinerja } from "./useKinerja";

export type PropsBukaBerkas = Pick<Kinerja, "buku" | "sibuk" | "buka">;

export const URL_CONTOH = "assets/contoh-lakip-2024.xlsx";
export const NAMA_CONTOH = "contoh-lakip-2024.xlsx";

const useStyles = makeStyles({
  zona: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  seret: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  tombol: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  tersembunyi: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

async function ambilContoh(): Promise<ArrayBuffer> {
  const r = await fetch(URL_CONTOH);
  if (!r.ok) throw new Error(`Buku kerja contoh tidak tersedia (HTTP ${r.status}).`);
  return r.arrayBuffer();
}

function adaBerkas(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes("Files");
}

export function BukaBerkas(k: PropsBukaBerkas) {
  const gaya = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const idInput = useId();
  const [seret, setSeret] = useState(false);
  const { buka } = k;

  const bukaBerkas = (f: File | undefined) => {
    if (f) void buka(f.name, () => f.arrayBuffer());
  };

  useEffect(() => {
    if (new URLSearchParams(location.search).get("contoh") === "1") void buka(NAMA_CONTOH, ambilContoh);
  }, [buka]);

  // Dropping anywhere on the pane opens the file (instead of the browser navigating to it).
  useEffect(() => {
    const atas = (e: DragEvent) => {
      if (!adaBerkas(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
      setSeret(true);
    };
    const keluar = (e: DragEvent) => {
      if (!e.relatedTarget) setSeret(false);
    };
    const jatuh = (e: DragEvent) => {
      if (!adaBerkas(e)) return;
      e.preventDefault();
      setSeret(false);
      bukaBerkas(e.dataTransfer?.files[0]);
    };
    window.addEventListener("dragover", atas);
    window.addEventListener("dragleave", keluar);
    window.addEventListener("drop", jatuh);
    return () => {
      window.removeEventListener("dragover", atas);
      window.removeEventListener("dragleave", keluar);
      window.removeEventListener("drop", jatuh);
    };
  });

  const sibuk = k.sibuk === "buka";
  return (
    <section aria-label="Buka buku kerja" className={mergeClasses(gaya.zona, seret && gaya.seret)} data-testid="zona-berkas">
      <Text weight="semibold">{seret ? "Lepaskan berkas untuk membukanya" : "Buku kerja"}</Text>
      <div className={gaya.tombol}>
        <label htmlFor={idInput} className={gaya.tersembunyi}>
          Pilih berkas .xlsx
        </label>
        <input
          ref={input}
          id={idInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={gaya.tersembunyi}
          tabIndex={-1}
          onChange={(e) => {
            bukaBerkas(e.target.files?.[0]);
            e.target.value = ""; // the same file can be opened again
          }}
        />
        <Button appearance="primary" icon={<FolderOpen20Regular />} disabled={sibuk} onClick={() => input.current?.click()}>
          Buka berkas…
        </Button>
        <Button icon={<DocumentTable20Regular />} disabled={sibuk} onClick={() => void buka(NAMA_CONTOH, ambilContoh)}>
          Buka contoh
        </Button>
        {sibuk && <Spinner size="tiny" label="Membuka…" />}
      </div>
      <Caption1>
        {k.buku ? `Terbuka: ${k.buku.nama}. ` : ""}
        Pilih atau seret berkas .xlsx ke panel ini. Berkas hanya diolah di peramban ini, tidak diunggah.
      </Caption1>
    </section>
  );
}
