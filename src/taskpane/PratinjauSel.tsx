/**
 * Standalone mode's answer to "go to this cell": the cell's sheet, address, value and formula,
 * with its row (within the table's columns, or the sheet's) and the cell highlighted.
 */
import { Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { formatAngka } from "../core/angka";
import { cellAt, columnLetters, formulaAt, parseA1, parseRange, sheetBounds, type CellValue, type Snapshot } from "../core/snapshot";
import type { Tabel } from "../core/tabel";

const LEBAR = 8;

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
  gulir: { overflowX: "auto" },
  sel: { whiteSpace: "nowrap", maxWidth: "14em", overflow: "hidden", textOverflow: "ellipsis" },
  sorot: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold, outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
});

export function teksNilai(v: CellValue): string {
  if (v === null) return "(kosong)";
  if (typeof v === "number") return formatAngka(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

function teksIsi(v: CellValue): string {
  return v === null ? "" : teksNilai(v);
}

export function PratinjauSel({ snapshot, sheet, cell, tabel }: { snapshot: Snapshot | null; sheet: string; cell: string; tabel?: Tabel }) {
  const gaya = useStyles();
  const s = snapshot?.sheets.find((x) => x.name === sheet);
  if (!s) return <Caption1>Lembar {sheet} tidak ada di buku kerja yang terbaca.</Caption1>;
  let p: { row: number; col: number };
  try {
    p = parseA1(cell);
  } catch {
    p = { row: parseRange(cell).top, col: parseRange(cell).left };
  }
  const rumus = formulaAt(s, p.row, p.col);
  const batas = tabel ? parseRange(tabel.range) : sheetBounds(s);
  // A window of columns around the cell, within the table.
  const kiri = Math.max(batas.left, Math.min(p.col - Math.floor(LEBAR / 2), batas.right - LEBAR + 1));
  const kolom: number[] = [];
  for (let c = kiri; c <= Math.min(batas.right, kiri + LEBAR - 1); c++) kolom.push(c);

  return (
    <div className={gaya.kotak} data-testid="pratinjau-sel">
      <Text>
        <strong>
          {sheet}!{cell}
        </strong>{" "}
        = {teksNilai(cellAt(s, p.row, p.col))}
        {rumus ? ` (rumus ${rumus})` : ""}
      </Text>
      <div className={gaya.gulir}>
        <Table size="extra-small" aria-label={`Baris ${p.row} lembar ${sheet}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Baris</TableHeaderCell>
              {kolom.map((c) => (
                <TableHeaderCell key={c}>{columnLetters(c)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow>
              <TableCell>{p.row}</TableCell>
              {kolom.map((c) => (
                <TableCell key={c} className={c === p.col ? `${gaya.sel} ${gaya.sorot}` : gaya.sel} title={teksIsi(cellAt(s, p.row, c))}>
                  {teksIsi(cellAt(s, p.row, c))}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
