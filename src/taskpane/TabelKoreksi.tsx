/**
 * Correcting one recognized table: its kind, the column of each field, or ignoring it. The
 * correction is stored with the workbook and applied on every scan (kenali(snapshot, koreksi)).
 */
import { useEffect, useId, useRef, useState } from "react";
import { Button, Caption1, Checkbox, Dropdown, Field, makeStyles, Option, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowUndo20Regular, Checkmark20Regular, Dismiss20Regular } from "@fluentui/react-icons";
import { AMBANG_YAKIN, type Jenis, type Koreksi, type Tabel } from "../core/tabel";
import { medanKoreksi, pilihanKolom } from "./kolom";
import { NAMA_JENIS } from "../core/nama";
import { namaMedan } from "./teks";
import type { Kinerja } from "./useKinerja";

const TANPA = "";

const useStyles = makeStyles({
  kotak: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  kisi: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
  tombol: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface PropsKoreksi extends Pick<Kinerja, "snapshot" | "koreksi" | "simpanKoreksi" | "hapusKoreksi"> {
  /** Another step is running: the buttons wait. */
  sibuk: boolean;
  tabel: Tabel;
  onTutup: () => void;
}

export function TabelKoreksi({ tabel, onTutup, ...k }: PropsKoreksi) {
  const gaya = useStyles();
  const idJudul = useId();
  const lama = k.koreksi.find((x) => x.sheet === tabel.sheet && x.range === tabel.range);
  const [jenis, setJenis] = useState<Jenis>(lama?.kind ?? tabel.kind);
  const [kolom, setKolom] = useState<Record<string, string>>({ ...tabel.columns, ...(lama?.columns ?? {}) });
  const [abaikan, setAbaikan] = useState(false);
  const pilihan = pilihanKolom(k.snapshot, tabel);
  // A budget layout is known only for the kind the table was recognized as.
  const bentuk = jenis === tabel.kind ? (lama?.bentuk ?? tabel.bentuk) : undefined;
  const medan = medanKoreksi(jenis, bentuk);
  const bisaPeta = medan.length > 0;
  const sibuk = k.sibuk;
  const kotak = useRef<HTMLElement>(null);
  // The panel opens below the table: bring it into view and move focus to it.
  useEffect(() => {
    kotak.current?.scrollIntoView?.({ block: "nearest" });
    kotak.current?.focus({ preventScroll: true });
  }, []);

  const simpan = () => {
    const koreksi: Koreksi = { sheet: tabel.sheet, range: tabel.range };
    if (abaikan) koreksi.ignore = true;
    if (jenis !== tabel.kind || lama?.kind) koreksi.kind = jenis;
    if (bisaPeta) {
      const ubah: Record<string, string> = { ...(lama?.columns ?? {}) };
      for (const m of medan) if (kolom[m] && kolom[m] !== tabel.columns[m]) ubah[m] = kolom[m];
      if (Object.keys(ubah).length) koreksi.columns = ubah;
    }
    void k.simpanKoreksi(koreksi).then(onTutup);
  };

  return (
    <section ref={kotak} tabIndex={-1} className={gaya.kotak} aria-labelledby={idJudul} data-testid="koreksi">
      <Subtitle2 as="h3" id={idJudul}>
        Koreksi tabel {tabel.sheet}!{tabel.range}
      </Subtitle2>
      <Field label="Jenis tabel">
        <Dropdown
          className={gaya.dropdown}
          value={NAMA_JENIS[jenis]}
          selectedOptions={[jenis]}
          onOptionSelect={(_, d) => d.optionValue && setJenis(d.optionValue as Jenis)}
        >
          {(Object.keys(NAMA_JENIS) as Jenis[]).map((j) => (
            <Option key={j} value={j}>
              {NAMA_JENIS[j]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {bisaPeta ? (
        <div className={gaya.kisi} role="group" aria-label="Pemetaan kolom">
          {medan.map((m) => {
            const huruf = kolom[m] ?? TANPA;
            const label = pilihan.find((p) => p.huruf === huruf)?.label ?? "— tidak ada —";
            return (
              <Field key={m} label={`Kolom ${namaMedan(m, bentuk).toLowerCase()}`}>
                <Dropdown
                  className={gaya.dropdown}
                  value={label}
                  selectedOptions={[huruf]}
                  onOptionSelect={(_, d) => setKolom((x) => ({ ...x, [m]: d.optionValue ?? TANPA }))}
                  data-medan={m}
                >
                  {pilihan.map((p) => (
                    <Option key={p.huruf} value={p.huruf} text={p.label}>
                      {p.label}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
        </div>
      ) : (
        <Caption1>Kolom tabel ini dikenali dari judul kolomnya; jenis tabel dan pengabaian tetap dapat dikoreksi.</Caption1>
      )}
      <Checkbox checked={abaikan} onChange={(_, d) => setAbaikan(Boolean(d.checked))} label="Abaikan tabel ini (tidak diperiksa dan tidak diringkas)" />
      <div className={gaya.tombol}>
        <Button appearance="primary" icon={<Checkmark20Regular />} disabled={sibuk} onClick={simpan}>
          Terapkan koreksi
        </Button>
        {tabel.confidence < AMBANG_YAKIN && !lama?.konfirmasi && (
          <Button disabled={sibuk} onClick={() => void k.simpanKoreksi({ sheet: tabel.sheet, range: tabel.range, konfirmasi: true }).then(onTutup)}>
            Konfirmasi tabel ini (temuannya dihitung penuh)
          </Button>
        )}
        {lama && (
          <Button icon={<ArrowUndo20Regular />} disabled={sibuk} onClick={() => void k.hapusKoreksi(tabel.sheet, tabel.range).then(onTutup)}>
            Kembalikan hasil pengenalan
          </Button>
        )}
        <Button appearance="subtle" icon={<Dismiss20Regular />} onClick={onTutup}>
          Tutup
        </Button>
      </div>
    </section>
  );
}
