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

/** The form's state, seeded from the stored correction, and the correction it would save. */
function useFormKoreksi(tabel: Tabel, k: Pick<PropsKoreksi, "snapshot" | "koreksi">) {
  const lama = k.koreksi.find((x) => x.sheet === tabel.sheet && x.range === tabel.range);
  const [jenis, setJenis] = useState<Jenis>(lama?.kind ?? tabel.kind);
  const [kolom, setKolom] = useState<Record<string, string>>({ ...tabel.columns, ...(lama?.columns ?? {}) });
  const [abaikan, setAbaikan] = useState(false);
  const pilihan = pilihanKolom(k.snapshot, tabel);
  // A budget layout is known only for the kind the table was recognized as.
  const bentuk = jenis === tabel.kind ? (lama?.bentuk ?? tabel.bentuk) : undefined;
  const medan = medanKoreksi(jenis, bentuk);
  const bisaPeta = medan.length > 0;

  const hasil = (): Koreksi => {
    const koreksi: Koreksi = { sheet: tabel.sheet, range: tabel.range };
    if (abaikan) koreksi.ignore = true;
    if (jenis !== tabel.kind || lama?.kind) koreksi.kind = jenis;
    if (bisaPeta) {
      const ubah: Record<string, string> = { ...(lama?.columns ?? {}) };
      for (const m of medan) if (kolom[m] && kolom[m] !== tabel.columns[m]) ubah[m] = kolom[m];
      if (Object.keys(ubah).length) koreksi.columns = ubah;
    }
    return koreksi;
  };

  return { lama, jenis, setJenis, kolom, setKolom, abaikan, setAbaikan, pilihan, bentuk, medan, bisaPeta, hasil };
}

type FormKoreksi = ReturnType<typeof useFormKoreksi>;

function PemetaanKolom({ f }: { f: FormKoreksi }) {
  const gaya = useStyles();
  return (
    <div className={gaya.kisi} role="group" aria-label="Pemetaan kolom">
      {f.medan.map((m) => {
        const huruf = f.kolom[m] ?? TANPA;
        const label = f.pilihan.find((p) => p.huruf === huruf)?.label ?? "— tidak ada —";
        return (
          <Field key={m} label={`Kolom ${namaMedan(m, f.bentuk).toLowerCase()}`}>
            <Dropdown
              className={gaya.dropdown}
              value={label}
              selectedOptions={[huruf]}
              onOptionSelect={(_, d) => f.setKolom((x) => ({ ...x, [m]: d.optionValue ?? TANPA }))}
              data-medan={m}
            >
              {f.pilihan.map((p) => (
                <Option key={p.huruf} value={p.huruf} text={p.label}>
                  {p.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}

function TombolKoreksi({ tabel, f, k, onTutup }: { tabel: Tabel; f: FormKoreksi; k: PropsKoreksi; onTutup: () => void }) {
  const gaya = useStyles();
  const sibuk = k.sibuk;
  return (
    <div className={gaya.tombol}>
      <Button appearance="primary" icon={<Checkmark20Regular />} disabled={sibuk} onClick={() => void k.simpanKoreksi(f.hasil()).then(onTutup)}>
        Terapkan koreksi
      </Button>
      {tabel.confidence < AMBANG_YAKIN && !f.lama?.konfirmasi && (
        <Button disabled={sibuk} onClick={() => void k.simpanKoreksi({ sheet: tabel.sheet, range: tabel.range, konfirmasi: true }).then(onTutup)}>
          Konfirmasi tabel ini (temuannya dihitung penuh)
        </Button>
      )}
      {f.lama && (
        <Button icon={<ArrowUndo20Regular />} disabled={sibuk} onClick={() => void k.hapusKoreksi(tabel.sheet, tabel.range).then(onTutup)}>
          Kembalikan hasil pengenalan
        </Button>
      )}
      <Button appearance="subtle" icon={<Dismiss20Regular />} onClick={onTutup}>
        Tutup
      </Button>
    </div>
  );
}

export function TabelKoreksi(props: PropsKoreksi) {
  const { tabel, onTutup } = props;
  const gaya = useStyles();
  const idJudul = useId();
  const f = useFormKoreksi(tabel, props);
  const kotak = useRef<HTMLElement>(null);
  // The panel opens below the table: bring it into view and move focus to it.
  useEffect(() => {
    kotak.current?.scrollIntoView?.({ block: "nearest" });
    kotak.current?.focus({ preventScroll: true });
  }, []);

  return (
    <section ref={kotak} tabIndex={-1} className={gaya.kotak} aria-labelledby={idJudul} data-testid="koreksi">
      <Subtitle2 as="h3" id={idJudul}>
        Koreksi tabel {tabel.sheet}!{tabel.range}
      </Subtitle2>
      <Field label="Jenis tabel">
        <Dropdown
          className={gaya.dropdown}
          value={NAMA_JENIS[f.jenis]}
          selectedOptions={[f.jenis]}
          onOptionSelect={(_, d) => d.optionValue && f.setJenis(d.optionValue as Jenis)}
        >
          {(Object.keys(NAMA_JENIS) as Jenis[]).map((j) => (
            <Option key={j} value={j}>
              {NAMA_JENIS[j]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {f.bisaPeta ? (
        <PemetaanKolom f={f} />
      ) : (
        <Caption1>Kolom tabel ini dikenali dari judul kolomnya; jenis tabel dan pengabaian tetap dapat dikoreksi.</Caption1>
      )}
      <Checkbox checked={f.abaikan} onChange={(_, d) => f.setAbaikan(Boolean(d.checked))} label="Abaikan tabel ini (tidak diperiksa dan tidak diringkas)" />
      <TombolKoreksi tabel={tabel} f={f} k={props} onTutup={onTutup} />
    </section>
  );
}
