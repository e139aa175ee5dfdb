/** Standalone mode: the top-left of a generated sheet, from its plan (cached values of formulas). */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { formatAngka, formatPersen } from "../core/angka";
import type { PlanCell, SheetPlan } from "../core/lembar/plan";
import { columnLetters, parseA1 } from "../core/snapshot";

const BARIS = 14;
const KOLOM = 7;

const useStyles = makeStyles({
  gulir: { overflowX: "auto", maxWidth: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // Content-sized columns, scrolled sideways, rather than equal slivers of a narrow pane.
  tabel: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  sel: { whiteSpace: "nowrap", maxWidth: "18em", overflow: "hidden", textOverflow: "ellipsis" },
  tebal: { fontWeight: tokens.fontWeightSemibold },
});

export function teksPlan(c: PlanCell): string {
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (c.format?.includes("%")) return formatPersen(v * 100, /0\.(0+)%/.exec(c.format)?.[1].length ?? 0);
    const d = /0\.(0+)/.exec(c.format ?? "")?.[1].length ?? (Number.isInteger(v) ? 0 : 2);
    return formatAngka(v, d);
  }
  return String(v);
}

export function PratinjauLembar({ plan, nama }: { plan: SheetPlan; nama: string }) {
  const gaya = useStyles();
  const isi = new Map<string, PlanCell>();
  let lebar = 1;
  let tinggi = 1;
  for (const c of plan.cells) {
    const p = parseA1(c.at);
    if (p.row > BARIS || p.col > KOLOM) continue;
    isi.set(`${p.row}:${p.col}`, c);
    lebar = Math.max(lebar, p.col);
    tinggi = Math.max(tinggi, p.row);
  }
  const kolom = Array.from({ length: lebar }, (_, i) => i + 1);
  const baris = Array.from({ length: tinggi }, (_, i) => i + 1);
  return (
    <div className={gaya.gulir} data-testid="pratinjau-lembar" role="region" aria-label={`Pratinjau ${nama}, dapat digulir`} tabIndex={0}>
      <Table size="extra-small" className={gaya.tabel} aria-label={`Pratinjau lembar ${nama}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>#</TableHeaderCell>
            {kolom.map((c) => (
              <TableHeaderCell key={c}>{columnLetters(c)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {baris.map((r) => (
            <TableRow key={r}>
              <TableCell>{r}</TableCell>
              {kolom.map((c) => {
                const sel = isi.get(`${r}:${c}`);
                const teks = sel ? teksPlan(sel) : "";
                return (
                  <TableCell key={c} className={sel?.style?.bold ? `${gaya.sel} ${gaya.tebal}` : gaya.sel} title={teks}>
                    {teks}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
