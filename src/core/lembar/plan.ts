/**
 * SheetPlan: a declarative description of one generated sheet. The builders in this folder
 * produce plans from the recognized tables; the renderers (src/excel, src/xlsx) write them.
 * Addresses are A1 on the plan's own sheet; formulas are English-locale Excel formulas
 * starting with "=", referencing source sheets by name ('PK 2024'!G8).
 */

export type Align = "left" | "center" | "right";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fill?: string;
  color?: string;
  align?: Align;
  wrap?: boolean;
  border?: boolean;
  fontSize?: number;
  indent?: number;
}

export interface PlanCell {
  /** A1 address on the plan's sheet. */
  at: string;
  /**
   * A literal value. Strings are always written as text, even when they begin with = + - @.
   */
  value?: number | string | boolean | null;
  /** A native Excel formula ("=…"). When set, `value` is the core's own result (cached value). */
  formula?: string;
  /** Excel number format ('#,##0', '0.00%', '@'). */
  format?: string;
  style?: CellStyle;
  /** Internal hyperlink to a cell of another sheet. */
  link?: { sheet: string; cell: string };
  /** The value was parsed from source text (not a live reference): shown with a note. */
  fromText?: boolean;
  /** Short cell note (comment). */
  note?: string;
}

export interface ConditionalFormat {
  range: string;
  /** colorScale: 3 colours at min/mid/max numbers; cellIs: fill when the value meets op/value; dataBar. */
  type: "colorScale" | "cellIs" | "dataBar";
  /** For cellIs: comparison and bounds (numbers in the cell's own units, e.g. 1 = 100 %). */
  operator?: "lessThan" | "greaterThanOrEqual" | "between";
  values?: number[];
  fill?: string;
  fontColor?: string;
  /** For dataBar. */
  color?: string;
  /** For dataBar: the value of a full bar (1 = 100 %); bars start at 0 either way. */
  max?: number;
}

export interface ChartSeries {
  name: string;
  /** Values range on this sheet ("G5:G19"). */
  values: string;
  /** Drawn as a line against a second value axis on the right (columns with a percent line). */
  secondary?: boolean;
  /** Number format of the cells; a percent format makes the axis show percent. */
  format?: string;
  /** The cells' current values, so a file shows the chart before it is recalculated. */
  cache?: (number | null)[];
}

export interface ChartSpec {
  type: "bar" | "line" | "column";
  title: string;
  /** Category labels range on this sheet ("C5:C19"). */
  categories: string;
  series: ChartSeries[];
  /**
   * A constant to compare against, drawn as a line across the chart (1 = 100 %). It uses the
   * second pair of axes, so a chart with secondary series shows no reference.
   */
  reference?: { value: number; name: string };
  /** The category labels as currently shown (see ChartSeries.cache). */
  categoryCache?: string[];
  /** Top-left cell where the chart is placed, and its size in columns/rows. */
  anchor: string;
  width?: number;
  height?: number;
}

export interface SheetPlan {
  /** Stable key of the summary ("ringkasan-kinerja"); also the generated-sheet marker. */
  key: string;
  /** Wanted sheet name ("Ringkasan Kinerja"); the renderer picks a free name if a user sheet has it. */
  name: string;
  cells: PlanCell[];
  /** Column widths in characters, from column A. */
  widths?: number[];
  freeze?: { rows: number; columns: number };
  merges?: string[];
  /** An Excel Table over the data (header row included). */
  table?: { name: string; range: string; style?: string };
  conditionalFormats?: ConditionalFormat[];
  charts?: ChartSpec[];
  /**
   * Page setup: A4, one page wide when fitToWidth, the header rows (repeatRows "3:4") and
   * label columns (repeatColumns "A:C") printed on every page.
   */
  print?: { orientation: "portrait" | "landscape"; fitToWidth?: boolean; repeatRows?: string; repeatColumns?: string };
}

/** Text written into the footer of every generated sheet: marks it as the add-in's own. */
export const MARKER_PREFIX = "SAKIP Kinerja";

export function markerText(key: string): string {
  return `${MARKER_PREFIX} · ${key}`;
}

/** Reads a plan key back from a footer text written by markerText, or null. */
export function markerKey(footer: string | null | undefined): string | null {
  if (!footer) return null;
  const m = new RegExp(`${MARKER_PREFIX} · ([a-z0-9-]+)`).exec(footer);
  return m ? m[1] : null;
}

/**
 * Chooses the sheet names to write: a sheet the add-in generated with the same key is replaced;
 * a user's sheet with the wanted name is never touched (the plan gets "Nama (2)", "Nama (3)"…).
 * Returns, per plan, the name to write and the existing generated sheet to replace (if any).
 */
export function chooseNames(
  existing: { name: string; generatedKey?: string }[],
  plans: SheetPlan[],
): { plan: SheetPlan; name: string; replaces: string | null }[] {
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const out: { plan: SheetPlan; name: string; replaces: string | null }[] = [];
  for (const plan of plans) {
    const own = existing.find((s) => s.generatedKey === plan.key);
    if (own) {
      out.push({ plan, name: own.name, replaces: own.name });
      continue;
    }
    let name = plan.name;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${plan.name} (${i})`;
    taken.add(name.toLowerCase());
    out.push({ plan, name, replaces: null });
  }
  return out;
}
