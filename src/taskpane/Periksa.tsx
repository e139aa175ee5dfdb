/**
 * The findings, grouped by sheet and rule, with severity badges, counts and filters. Clicking a
 * finding selects its cell in Excel (one sync) or, in standalone mode, shows the cell and its row.
 */
import { useMemo, useState } from "react";
import { Badge, Button, Dropdown, Field, makeStyles, Option, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import type { Issue, Severity } from "../core/tabel";
import { NAMA_TINGKAT, URUTAN_TINGKAT } from "../core/nama";
import { WARNA_TINGKAT } from "./teks";
import { jumlahTemuan, KelompokLembar, type KelompokPerLembar } from "./KelompokTemuan";
import type { Kinerja } from "./useKinerja";

export type PropsPeriksa = Pick<Kinerja, "buku" | "snapshot" | "tabel" | "issues" | "sibuk" | "pindaiUlang" | "pilih">;

const TANPA_TEMUAN: Issue[] = [];

const TINGKAT = URUTAN_TINGKAT;
const SEMUA = "semua";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  saring: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", width: "100%" },
});

function kunciIssue(x: Issue, i: number): string {
  return `${x.sheet}!${x.cell}#${x.rule}#${i}`;
}

/** Counts per severity, and the findings that pass both filters grouped by sheet and rule. */
function useSaringanTemuan(issues: Issue[]) {
  const [tingkat, setTingkat] = useState<string>(SEMUA);
  const [lembar, setLembar] = useState<string>(SEMUA);

  const hitung = useMemo(() => {
    const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const x of issues) n[x.severity]++;
    return n;
  }, [issues]);

  const kelompok = useMemo(() => {
    const out: KelompokPerLembar = new Map();
    issues.forEach((x, i) => {
      if (tingkat !== SEMUA && x.severity !== tingkat) return;
      if (lembar !== SEMUA && x.sheet !== lembar) return;
      let l = out.get(x.sheet);
      if (!l) out.set(x.sheet, (l = new Map()));
      let a = l.get(x.rule);
      if (!a) l.set(x.rule, (a = []));
      a.push({ issue: x, kunci: kunciIssue(x, i) });
    });
    return out;
  }, [issues, tingkat, lembar]);

  return { tingkat, setTingkat, lembar, setLembar, hitung, kelompok };
}

type Saringan = ReturnType<typeof useSaringanTemuan>;

function JumlahTemuan({ issues, hitung }: { issues: Issue[]; hitung: Saringan["hitung"] }) {
  const gaya = useStyles();
  return (
    <div className={gaya.bar} role="status" aria-label="Jumlah temuan">
      <Text>{issues.length} temuan:</Text>
      {TINGKAT.map((t) => (
        <Badge key={t} appearance="tint" color={WARNA_TINGKAT[t]} data-testid={`jumlah-${t}`}>
          {NAMA_TINGKAT[t]} {hitung[t]}
        </Badge>
      ))}
    </div>
  );
}

function SaringTemuan({ s, daftarLembar }: { s: Saringan; daftarLembar: string[] }) {
  const gaya = useStyles();
  return (
    <div className={gaya.saring}>
      <Field label="Tingkat">
        <Dropdown
          className={gaya.dropdown}
          value={s.tingkat === SEMUA ? "Semua tingkat" : NAMA_TINGKAT[s.tingkat as Severity]}
          selectedOptions={[s.tingkat]}
          onOptionSelect={(_, d) => s.setTingkat(d.optionValue ?? SEMUA)}
        >
          <Option value={SEMUA}>Semua tingkat</Option>
          {TINGKAT.map((t) => (
            <Option key={t} value={t} text={NAMA_TINGKAT[t]}>
              {`${NAMA_TINGKAT[t]} (${s.hitung[t]})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Lembar">
        <Dropdown
          className={gaya.dropdown}
          value={s.lembar === SEMUA ? "Semua lembar" : s.lembar}
          selectedOptions={[s.lembar]}
          onOptionSelect={(_, d) => s.setLembar(d.optionValue ?? SEMUA)}
        >
          <Option value={SEMUA}>Semua lembar</Option>
          {daftarLembar.map((l) => (
            <Option key={l} value={l}>
              {l}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}

export function Periksa(k: PropsPeriksa) {
  const gaya = useStyles();
  const [dipilih, setDipilih] = useState<string | null>(null);
  const [semua, setSemua] = useState<Set<string>>(new Set());
  const issues = k.issues ?? TANPA_TEMUAN;
  const s = useSaringanTemuan(issues);

  if (!k.buku) return <Text>Buka buku kerja (atau contoh) untuk memeriksa datanya.</Text>;
  const daftarLembar = Array.from(new Set(issues.map((x) => x.sheet)));
  const tampil = Array.from(s.kelompok.values()).reduce((n, l) => n + jumlahTemuan(l), 0);
  const excel = k.buku.jenis === "excel";

  const klik = (x: Issue, kunci: string) => {
    setDipilih(kunci);
    void k.pilih(x.sheet, x.cell);
  };
  const tampilkanSemua = (kunciGrup: string) => setSemua((x) => new Set(x).add(kunciGrup));
  const kk = { snapshot: k.snapshot, tabel: k.tabel, excel, dipilih, semua, klik, tampilkanSemua };

  return (
    <>
      <div className={gaya.bar}>
        <Button icon={<ArrowSync20Regular />} onClick={() => void k.pindaiUlang()} disabled={k.sibuk !== null}>
          Periksa ulang
        </Button>
        {k.sibuk === "pindai" && <Spinner size="tiny" label="Memeriksa…" />}
      </div>
      <JumlahTemuan issues={issues} hitung={s.hitung} />
      {issues.length > 0 && <SaringTemuan s={s} daftarLembar={daftarLembar} />}
      {k.issues !== null && issues.length === 0 && <Text>Tidak ada temuan: data di tabel yang dikenali konsisten.</Text>}
      {issues.length > 0 && tampil === 0 && <Text>Tidak ada temuan yang cocok dengan saringan.</Text>}
      {!excel && issues.length > 0 && <Text size={200}>Klik temuan untuk melihat isi sel dan barisnya.</Text>}

      {Array.from(s.kelompok.entries()).map(([sheet, aturan]) => (
        <KelompokLembar key={sheet} sheet={sheet} aturan={aturan} {...kk} />
      ))}
    </>
  );
}
