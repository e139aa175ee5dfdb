/**
 * Summary sheets: choose them, write them in one click. Long work shows its step with a cancel
 * button that works between steps; the write itself is one batch and cannot be half done.
 */
import { useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Link,
  makeStyles,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, Dismiss20Regular, DocumentAdd20Regular } from "@fluentui/react-icons";
import { LANGKAH, NAMA_LANGKAH } from "./alur";
import { PratinjauLembar } from "./PratinjauLembar";
import { LEMBAR_RINGKASAN } from "./teks";
import type { Kinerja } from "./useKinerja";
import { JENIS_XLSX, unduh } from "./unduh";

export type PropsRingkas = Pick<Kinerja, "buku" | "sibuk" | "kemajuan" | "hasil" | "buatRingkasan" | "batal" | "aktifkan">;


const useStyles = makeStyles({
  pilihan: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legenda: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  kemajuan: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hasil: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  daftar: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function PilihLembar({ pilih, jalan, ubah }: { pilih: Set<string>; jalan: boolean; ubah: (key: string, on: boolean) => void }) {
  const gaya = useStyles();
  return (
    <fieldset className={gaya.pilihan}>
      <legend className={gaya.legenda}>Lembar ringkasan yang dibuat</legend>
      {LEMBAR_RINGKASAN.map((l) => (
        <Checkbox
          key={l.key}
          checked={pilih.has(l.key)}
          disabled={jalan}
          onChange={(_, d) => ubah(l.key, Boolean(d.checked))}
          label={
            <>
              {l.nama} <Caption1>— {l.isi}</Caption1>
            </>
          }
        />
      ))}
    </fieldset>
  );
}

function Kemajuan({ kemajuan, batal }: { kemajuan: NonNullable<Kinerja["kemajuan"]>; batal: Kinerja["batal"] }) {
  const gaya = useStyles();
  return (
    <div className={gaya.kemajuan}>
      <Field
        label={`Langkah ${kemajuan.ke + 1} dari ${LANGKAH.length}: ${NAMA_LANGKAH[kemajuan.langkah]}…`}
        hint={kemajuan.langkah === "tulis" ? "Penulisan berjalan dalam satu langkah dan tidak dapat dibatalkan." : undefined}
      >
        <ProgressBar value={(kemajuan.ke + 0.5) / LANGKAH.length} thickness="large" />
      </Field>
      <div>
        <Button icon={<Dismiss20Regular />} disabled={kemajuan.langkah === "tulis"} onClick={batal}>
          Batal
        </Button>
      </div>
    </div>
  );
}

interface PropsHasil {
  hasil: NonNullable<Kinerja["hasil"]>;
  excel: boolean;
  berkas: { nama: string; data: Uint8Array } | null;
  aktifkan: Kinerja["aktifkan"];
  /** The sheet previewed; kept by the pane so it survives a new run. */
  lihat: string | null;
  setLihat: (nama: string | null) => void;
}

/** The sheets written: in Excel each opens its sheet; standalone, each toggles a preview. */
function HasilRingkasan({ hasil, excel, berkas, aktifkan, lihat, setLihat }: PropsHasil) {
  const gaya = useStyles();
  return (
    <section className={gaya.hasil} aria-label="Lembar yang dibuat">
      {!excel && berkas && (
        <div className={gaya.bar}>
          <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={() => unduh(berkas.nama, berkas.data, JENIS_XLSX)}>
            Unduh ringkasan
          </Button>
          <Caption1>{berkas.nama}</Caption1>
        </div>
      )}
      <Text weight="semibold">{excel ? "Lembar yang dibuat (klik untuk membuka)" : "Lembar yang dibuat (klik untuk pratinjau)"}</Text>
      <ul className={gaya.daftar}>
        {hasil.lembar.map((nama, i) => (
          <li key={nama}>
            <Link
              as="button"
              onClick={() => (excel ? void aktifkan(nama) : setLihat(lihat === nama ? null : nama))}
              aria-expanded={excel ? undefined : lihat === nama}
            >
              {nama}
            </Link>
            {!excel && lihat === nama && <PratinjauLembar plan={hasil.plans[i]} nama={nama} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Ringkas(k: PropsRingkas) {
  const gaya = useStyles();
  const [pilih, setPilih] = useState<Set<string>>(() => new Set(LEMBAR_RINGKASAN.map((l) => l.key)));
  const [lihat, setLihat] = useState<string | null>(null);
  if (!k.buku) return <Text>Buka buku kerja (atau contoh) untuk membuat lembar ringkasan.</Text>;
  const excel = k.buku.jenis === "excel";
  const jalan = k.sibuk === "ringkas";
  const berkas = k.buku.unduhan?.() ?? null;

  const ubah = (key: string, on: boolean) =>
    setPilih((s) => {
      const x = new Set(s);
      if (on) x.add(key);
      else x.delete(key);
      return x;
    });

  return (
    <>
      <PilihLembar pilih={pilih} jalan={jalan} ubah={ubah} />
      <Caption1>
        {excel
          ? "Lembar ringkasan ditambahkan ke buku kerja; lembar Anda tidak diubah. Ringkasan lama buatan add-in ini diganti."
          : "Lembar sumber tidak diubah; hasilnya berkas baru (buku kerja + lembar ringkasan) untuk diunduh."}
      </Caption1>
      <div className={gaya.bar}>
        <Button
          appearance="primary"
          icon={<DocumentAdd20Regular />}
          disabled={k.sibuk !== null || pilih.size === 0}
          onClick={() => void k.buatRingkasan(LEMBAR_RINGKASAN.map((l) => l.key).filter((x) => pilih.has(x)))}
        >
          Buat ringkasan
        </Button>
      </div>

      {jalan && k.kemajuan && <Kemajuan kemajuan={k.kemajuan} batal={k.batal} />}
      {k.hasil && !jalan && <HasilRingkasan hasil={k.hasil} excel={excel} berkas={berkas} aktifkan={k.aktifkan} lihat={lihat} setLihat={setLihat} />}
    </>
  );
}
