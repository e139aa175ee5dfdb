/**
 * Standalone mode's answer to "go to this cell": the cell's sheet, address, value and formula,
 * and its row laid out as column → value (readable in a narrow pane), the cell highlighted.
 */
import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { formatAngka, formatPersen } from "../core/angka";
import { cellAt, columnLetters, formatAt, formulaAt, parseRange, sheetBounds, type CellValue, type Snapshot } from "../core/snapshot";
import type { Tabel } from "../core/tabel";
import { pilihanKolom } from "./kolom";

/** Columns shown around the cell when the finding has no table. */
const LEBAR = 10;

const useStyles = makeStyles({
  kotak: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  kolom: { width: "40%", color: tokens.colorNeutralForeground2 },
  isi: { overflowWrap: "anywhere" },
  sorot: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
});

/** As the sheet shows it: a fraction under a percent format as percent, numbers the Indonesian way. */
export function teksNilai(v: CellValue, format?: string | null): string {
  if (v === null) return "(kosong)";
  if (typeof v === "number" && format?.includes("%")) return formatPersen(v * 100, /0\.(0+)%/.exec(format)?.[1].length ?? 0);
  if (typeof v === "number") return formatAngka(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

export function PratinjauSel({ snapshot, sheet, cell, tabel }: { snapshot: Snapshot | null; sheet: string; cell: string; tabel?: Tabel }) {
  const gaya = useStyles();
  const s = snapshot?.sheets.find((x) => x.name === sheet);
  if (!s) return <Text>Lembar {sheet} tidak ada di buku kerja yang terbaca.</Text>;
  const p = parseRange(cell);
  const rumus = formulaAt(s, p.top, p.left);
  const label = new Map((tabel ? pilihanKolom(snapshot, tabel) : []).map((x) => [x.huruf, x.label]));
  const batas = tabel ? parseRange(tabel.range) : sheetBounds(s);
  const kiri = tabel ? batas.left : Math.max(batas.left, p.left - Math.floor(LEBAR / 2));
  const kanan = tabel ? batas.right : Math.min(batas.right, kiri + LEBAR - 1);
  const kolom: number[] = [];
  for (let c = kiri; c <= kanan; c++) kolom.push(c);

  return (
    <div className={gaya.kotak} data-testid="pratinjau-sel">
      <Text>
        <strong>
          {sheet}!{cell}
        </strong>{" "}
        = {teksNilai(cellAt(s, p.top, p.left), formatAt(s, p.top, p.left))}
        {rumus ? ` (rumus ${rumus})` : ""}
      </Text>
      <Table size="extra-small" aria-label={`Isi baris ${p.top} lembar ${sheet}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={gaya.kolom}>Kolom</TableHeaderCell>
            <TableHeaderCell>Baris {p.top}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {kolom.map((c) => {
            const huruf = columnLetters(c);
            const v = cellAt(s, p.top, c);
            const ini = c === p.left;
            return (
              <TableRow key={c} className={ini ? gaya.sorot : undefined} aria-current={ini ? "true" : undefined}>
                <TableCell className={gaya.kolom}>{label.get(huruf) ?? huruf}</TableCell>
                <TableCell className={mergeClasses(gaya.isi)}>{v === null ? "" : teksNilai(v, formatAt(s, p.top, c))}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
