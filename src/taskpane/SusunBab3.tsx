/**
 * "Susun Bab III": the chapter's table list as the workbook gives it, families the planner can
 * untick, and the Word document to download (also inside Excel: the pane's browser downloads).
 * The Word library loads only when the document is written.
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { DocumentArrowDown20Regular } from "@fluentui/react-icons";
import { laporanDariSnapshot, NAMA_KELUARGA, SEMUA_KELUARGA, type Keluarga } from "../core/laporan/index";
import type { Snapshot } from "../core/snapshot";
import type { Koreksi } from "../core/tabel";
import { JENIS_DOCX, unduh } from "./unduh";


export interface PropsSusunBab3 {
  snapshot: Snapshot | null;
  koreksi: Koreksi[];
  sibuk: boolean;
}

const useStyles = makeStyles({
  pilihan: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legenda: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
  daftar: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
});

export function SusunBab3({ snapshot, koreksi, sibuk }: PropsSusunBab3) {
  const gaya = useStyles();
  const [pilih, setPilih] = useState<Set<Keluarga>>(() => new Set(SEMUA_KELUARGA));
  const [menulis, setMenulis] = useState(false);
  const [galat, setGalat] = useState<string | null>(null);
  const dok = useMemo(() => (snapshot ? laporanDariSnapshot(snapshot, { keluarga: [...pilih] }, koreksi) : null), [snapshot, koreksi, pilih]);
  if (!snapshot || !dok) return <Text>Buka buku kerja (atau contoh) untuk menyusun Bab III.</Text>;
  const tabel = dok.blok.filter((b) => b.jenis === "tabel");
  const ubah = (k: Keluarga, on: boolean) =>
    setPilih((s) => {
      const x = new Set(s);
      if (on) x.add(k);
      else x.delete(k);
      return x;
    });
  const tulis = async () => {
    setMenulis(true);
    setGalat(null);
    try {
      const { tulisDocx } = await import(/* webpackChunkName: "docx" */ "../docx/tulis");
      unduh("bab3.docx", await tulisDocx(dok), JENIS_DOCX);
    } catch (e) {
      setGalat(e instanceof Error ? e.message : String(e));
    } finally {
      setMenulis(false);
    }
  };
  return (
    <>
      <fieldset className={gaya.pilihan}>
        <legend className={gaya.legenda}>Keluarga tabel</legend>
        {SEMUA_KELUARGA.map((k) => (
          <Checkbox key={k} checked={pilih.has(k)} onChange={(_, d) => ubah(k, Boolean(d.checked))} label={NAMA_KELUARGA[k]} />
        ))}
      </fieldset>
      <Caption1 role="status">
        {tabel.length} tabel, {dok.blok.filter((b) => b.jenis === "grafik").length} gambar; {dok.temuan.length} angka dihitung ulang atau berbeda antar lembar.
      </Caption1>
      {dok.dilewati.map((d) => (
        <Caption1 key={d.keluarga}>Dilewati — {NAMA_KELUARGA[d.keluarga]}: {d.alasan}</Caption1>
      ))}
      <ol className={gaya.daftar} data-testid="daftar-tabel-bab3">
        {tabel.map((t) => (t.jenis === "tabel" ? <li key={t.nomor}>Tabel 3.{t.nomor} {t.judul}</li> : null))}
      </ol>
      <div>
        <Button appearance="primary" icon={<DocumentArrowDown20Regular />} disabled={sibuk || menulis || tabel.length === 0} onClick={() => void tulis()}>
          {menulis ? "Menyusun…" : "Unduh Bab III (.docx)"}
        </Button>
      </div>
      {galat && <Text role="alert">Gagal menyusun dokumen: {galat}</Text>}
    </>
  );
}
