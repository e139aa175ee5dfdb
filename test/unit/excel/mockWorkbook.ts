/**
 * A mock Excel workbook for the adapter tests, built on office-addin-mock.
 *
 * Readable objects (worksheets, ranges, merged areas, footers, table lists) are OfficeMockObjects,
 * so a property read without load + sync yields the mock's error string. On top of the stock mock:
 *  - a model of the workbook (sheets, cells with value/formula/format, merges, footers, tables,
 *    charts, conditional formats, styles, links, notes, freeze panes, page layout);
 *  - batch semantics: every write and method call is queued and applied to the model only at
 *    context.sync(), in order (a write that is never synced is lost, as in Excel);
 *  - Excel's input parsing: "=…" becomes a formula unless the cell is Text-formatted ("@") or the
 *    string starts with an apostrophe; shapes of 2-D arrays are checked;
 *  - *OrNullObject, requirement sets (ExcelApi minor version), ItemNotFound-style errors;
 *  - counters for range proxies and other objects.
 * Limits: loaded values are the model's state when the proxy was created (not at sync);
 * formulas are not calculated (a formula cell's value stays null); styles, charts, tables and
 * conditional formats are recorded, not rendered.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetters, columnNumber, parseA1, rangeA1, sheetRef, type CellValue, type RangePos } from "../../../src/core/snapshot";

export const GALAT_MOCK = ["Error, property was not loaded", "Error, context.sync() was not called"];
const GALAT = new Set(GALAT_MOCK);
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const META = Symbol("meta");
/** Ranges larger than this carry no values in the mock (a whole column, the whole sheet). */
const MAX_SEL_MUAT = 500_000;

export interface SelModel {
  value: CellValue;
  formula: string | null;
  format: string;
}

export interface SeedLembar {
  name: string;
  /** Top-left cell of the seeded block (default A1). */
  at?: string;
  values?: CellValue[][];
  formulas?: (string | null)[][];
  formats?: (string | null)[][];
  merges?: string[];
  /** Center footer text (a generated sheet carries markerText(key)). */
  footer?: string;
  hidden?: boolean;
  tables?: string[];
}

export interface OpsiMock {
  /** Highest ExcelApi 1.x supported (default 18). */
  api?: number;
  /** What a command on a null object does at sync: fail the batch (default) or nothing. */
  nullObject?: "error" | "noop";
}

export interface RekamGrafik {
  type: string;
  source: string;
  seriesBy?: string;
  series: { name?: string; values?: string; xAxis?: string; chartType?: string; axisGroup?: string }[];
  position?: [string, string | undefined];
  [k: string]: unknown;
}

function galat(code: string, pesan: string): Error {
  return Object.assign(new Error(pesan), { code, name: "RichApi.Error" });
}

function angka(s: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s.trim());
}

/** "A1", "B2:C9", "$A$1", "A:C", "3:5" → bounds (sheet-relative only). */
export function parseAlamat(addr: string): RangePos {
  const s = addr.replace(/\$/g, "").trim();
  if (s.includes("!")) throw galat("InvalidArgument", `mock: alamat dengan nama lembar: ${addr}`);
  let m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(s);
  if (m) return { top: 1, bottom: MAX_ROW, left: columnNumber(m[1]), right: columnNumber(m[2]) };
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return { top: Number(m[1]), bottom: Number(m[2]), left: 1, right: MAX_COL };
  const [a, b] = s.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** A1 text of a range; whole columns as "A:C", as Excel writes them. */
export function teksAlamat(pos: RangePos): string {
  if (pos.top === 1 && pos.bottom === MAX_ROW && pos.right < MAX_COL) return `${columnLetters(pos.left)}:${columnLetters(pos.right)}`;
  return rangeA1(pos);
}

export class LembarModel {
  cells = new Map<number, SelModel>();
  visibility = "Visible";
  merges: string[] = [];
  footer = { centerFooter: "", leftFooter: "", rightFooter: "" };
  tables: { name: string; range: string; style?: string; hasHeaders?: boolean }[] = [];
  charts: RekamGrafik[] = [];
  conditionalFormats: { range: string; type: string; props: Record<string, unknown> }[] = [];
  /** Style writes: address (or comma list of areas) and the recorded "font/bold"-style paths. */
  formats: { address: string; props: Record<string, unknown> }[] = [];
  hyperlinks = new Map<string, Excel.RangeHyperlink>();
  notes = new Map<string, string>();
  freeze: { rows?: number; columns?: number; at?: string } | null = null;
  pageLayout: Record<string, unknown> = {};
  deleted = false;
  constructor(public name: string) {}

  private k(r: number, c: number): number {
    return (r - 1) * MAX_COL + (c - 1);
  }
  get(r: number, c: number): SelModel | undefined {
    return this.cells.get(this.k(r, c));
  }
  set(r: number, c: number, cell: SelModel): void {
    if (cell.value === null && cell.formula === null && cell.format === "General") this.cells.delete(this.k(r, c));
    else this.cells.set(this.k(r, c), cell);
  }
  at(addr: string): SelModel | undefined {
    const p = parseA1(addr);
    return this.get(p.row, p.col);
  }
  /** Used range by values (getUsedRange(true)): cells with a value or a formula. */
  usedBounds(): RangePos | null {
    let b: RangePos | null = null;
    for (const [k, c] of this.cells) {
      if (c.value === null && c.formula === null) continue;
      const row = Math.floor(k / MAX_COL) + 1;
      const col = (k % MAX_COL) + 1;
      if (!b) b = { top: row, bottom: row, left: col, right: col };
      else {
        if (row < b.top) b.top = row;
        if (row > b.bottom) b.bottom = row;
        if (col < b.left) b.left = col;
        if (col > b.right) b.right = col;
      }
    }
    return b;
  }
  /** All style paths recorded on ranges that contain the cell, later writes winning. */
  styleAt(addr: string): Record<string, unknown> {
    const p = parseA1(addr);
    const out: Record<string, unknown> = {};
    for (const f of this.formats) {
      const areas = f.address.split(",").map((a) => parseAlamat(a));
      if (areas.some((r) => p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right)) Object.assign(out, f.props);
    }
    return out;
  }
}

type Setter = (path: string, v: unknown) => void;

/** Records property writes on an OfficeMockObject (and its child objects) as queued commands. */
function rekamTulis(target: OfficeMockObject, onSet: Setter, prefix = ""): any {
  return new Proxy(target, {
    get(t: any, p) {
      const v = t[p];
      if (typeof p === "string" && !p.startsWith("_") && v instanceof OfficeMockObject) return rekamTulis(v, onSet, `${prefix}${p}/`);
      return v;
    },
    set(t: any, p, v) {
      // The mock's own bookkeeping writes error strings and child objects through `this`.
      if (typeof p === "string" && !p.startsWith("_") && !GALAT.has(v as string) && !(v instanceof OfficeMockObject)) {
        onSet(prefix + p, v);
      }
      t[p] = v;
      return true;
    },
  });
}

/** A write-only object (format, chart, conditional format): writes land in `rec` under their path. */
function perekam(rec: Record<string, unknown>, metode: Record<string, (...a: any[]) => unknown>, prefix = ""): any {
  return new Proxy(
    {},
    {
      get(_t, p) {
        if (typeof p !== "string" || p === "then" || p === "toJSON") return undefined;
        const key = prefix + p;
        if (key in metode) return metode[key];
        return perekam(rec, metode, `${key}/`);
      },
      set(_t, p, v) {
        rec[prefix + String(p)] = v;
        return true;
      },
    },
  );
}

interface MetaRange {
  sheet: LembarModel | null;
  pos: RangePos | null;
  areas?: RangePos[];
}

export class MockWorkbook {
  sheets: LembarModel[] = [];
  active: LembarModel | null = null;
  selection: { sheet: string; address: string } | null = null;
  calcSuspended = 0;
  /** Range and RangeAreas proxies created (getRange, getRangeByIndexes, getRanges, used range…). */
  rangeProxies = 0;
  /** All proxy objects created (ranges, sheets, collections, formats, tables, charts…). */
  proxies = 0;
  readonly api: number;
  readonly context: any;
  readonly office: any;
  private antrean: (() => void)[] = [];
  private hidup: OfficeMockObject[] = [];
  private nomorTabel = 0;

  constructor(seeds: SeedLembar[], private opsi: OpsiMock = {}) {
    this.api = opsi.api ?? 18;
    for (const s of seeds) this.sheets.push(this.isi(s));
    this.active = this.sheets[0] ?? null;
    const wb = this;
    const workbook = {
      get worksheets() {
        return wb.koleksiLembar();
      },
      get tables() {
        return wb.koleksiTabel();
      },
      application: { suspendApiCalculationUntilNextSync: () => wb.perintah(() => wb.calcSuspended++) },
    };
    this.context = new OfficeMockObject({ sync: () => wb.sinkron() });
    Object.defineProperty(this.context, "workbook", { get: () => workbook });
    this.context.application = workbook.application;
    this.office = {
      context: {
        requirements: { isSetSupported: (nama: string, versi: string) => nama === "ExcelApi" && Number(versi.split(".")[1] ?? 0) <= this.api },
      },
    };
  }

  sheet(name: string): LembarModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private isi(seed: SeedLembar): LembarModel {
    const s = new LembarModel(seed.name);
    if (seed.hidden) s.visibility = "Hidden";
    if (seed.footer) s.footer.centerFooter = seed.footer;
    s.merges = [...(seed.merges ?? [])];
    for (const t of seed.tables ?? []) s.tables.push({ name: t, range: "A1:B2" });
    const o = parseA1(seed.at ?? "A1");
    const tinggi = Math.max(seed.values?.length ?? 0, seed.formulas?.length ?? 0, seed.formats?.length ?? 0);
    for (let i = 0; i < tinggi; i++) {
      const lebar = Math.max(seed.values?.[i]?.length ?? 0, seed.formulas?.[i]?.length ?? 0, seed.formats?.[i]?.length ?? 0);
      for (let j = 0; j < lebar; j++) {
        const v = seed.values?.[i]?.[j];
        s.set(o.row + i, o.col + j, {
          value: v === undefined || v === "" ? null : v,
          formula: seed.formulas?.[i]?.[j] ?? null,
          format: seed.formats?.[i]?.[j] ?? "General",
        });
      }
    }
    return s;
  }

  // ---------------------------------------------------------------- batch

  private perintah(op: () => void): void {
    this.antrean.push(op);
  }

  private async sinkron(): Promise<void> {
    const ops = this.antrean.splice(0);
    try {
      for (const op of ops) op();
    } finally {
      for (const raw of this.hidup) OfficeMockObject.prototype.sync.call(raw);
    }
    await new Promise((r) => setImmediate(r));
  }

  private baru(seed: object, tambahan: Record<PropertyKey, unknown> = {}): OfficeMockObject {
    const raw = new OfficeMockObject(seed);
    for (const k of Reflect.ownKeys(tambahan)) (raw as any)[k] = tambahan[k as any];
    this.hidup.push(raw);
    this.proxies++;
    return raw;
  }

  private cekHidup(s: LembarModel | null): LembarModel {
    if (!s) {
      if ((this.opsi.nullObject ?? "error") === "error") throw galat("InvalidObjectPath", "mock: perintah pada objek null");
      throw new NullNoop();
    }
    if (s.deleted) throw galat("ItemNotFound", `mock: lembar '${s.name}' sudah dihapus`);
    return s;
  }

  /** Queues a command on a sheet; on a null sheet it fails the batch or is ignored (opsi.nullObject). */
  private padaLembar(s: LembarModel | null, op: (s: LembarModel) => void): void {
    this.perintah(() => {
      try {
        op(this.cekHidup(s));
      } catch (e) {
        if (!(e instanceof NullNoop)) throw e;
      }
    });
  }

  // ---------------------------------------------------------------- collections

  private koleksi(items: any[]): OfficeMockObject {
    const seed = {
      items,
      load: (props: string | string[]) => {
        const daftar = (Array.isArray(props) ? props : String(props).split(",")).map((p) => p.trim()).filter(Boolean);
        const sub = daftar.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
        const lain = daftar.filter((p) => p !== "items" && !p.startsWith("items/"));
        if (lain.length) throw new Error(`mock: koleksi hanya memuat items/…: ${lain.join(",")}`);
        if (sub.length) for (const it of items) it.load(sub.join(","));
        OfficeMockObject.prototype.load.call(raw, "items");
        return raw;
      },
    };
    const raw: OfficeMockObject = this.baru(seed);
    return raw;
  }

  private koleksiLembar(): any {
    const raw: any = this.koleksi(this.sheets.map((s) => this.proksiLembar(s)));
    raw.getItem = (name: string) => {
      const s = this.sheet(name) ?? null;
      if (!s) this.perintah(() => {
        throw galat("ItemNotFound", `mock: lembar '${name}' tidak ada`);
      });
      return this.proksiLembar(s);
    };
    raw.getItemOrNullObject = (name: string) => this.proksiLembar(this.sheet(name) ?? null);
    raw.add = (name: string) => {
      const s = new LembarModel(name);
      this.perintah(() => {
        this.cekNama(name, s);
        this.sheets.push(s);
      });
      return this.proksiLembar(s);
    };
    return raw;
  }

  private koleksiTabel(): any {
    const items: any[] = [];
    for (const s of this.sheets) for (const t of s.tables) items.push(this.baru({ name: t.name, worksheet: { name: s.name } }));
    return this.koleksi(items);
  }

  private cekNama(name: string, s: LembarModel): void {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw galat("InvalidArgument", `mock: nama lembar tidak sah: ${name}`);
    }
    if (this.sheets.some((x) => x !== s && x.name.toLowerCase() === name.toLowerCase())) {
      throw galat("ItemAlreadyExists", `mock: lembar '${name}' sudah ada`);
    }
  }

  // ---------------------------------------------------------------- worksheet

  private proksiLembar(s: LembarModel | null): any {
    const wb = this;
    const seed: Record<string, unknown> = {
      name: s?.name ?? "",
      visibility: s?.visibility ?? "Visible",
      position: s ? this.sheets.indexOf(s) : -1,
      freezePanes: {
        freezeRows: (n: number) => this.padaLembar(s, (m) => (m.freeze = { rows: n })),
        freezeColumns: (n: number) => this.padaLembar(s, (m) => (m.freeze = { columns: n })),
        freezeAt: (r: any) => this.padaLembar(s, (m) => (m.freeze = { at: this.alamat(r) })),
      },
      tables: { add: (r: any, hasHeaders: boolean) => this.tabelBaru(s, r, hasHeaders) },
      charts: { add: (type: string, r: any, by?: string) => this.grafikBaru(s, type, r, by) },
      getRange: (addr?: string) => this.proksiRange(s, addr === undefined ? { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL } : parseAlamat(addr)),
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => {
        if (rows < 1 || cols < 1) throw galat("InvalidArgument", "mock: ukuran range nol");
        return this.proksiRange(s, { top: r + 1, left: c + 1, bottom: r + rows, right: c + cols });
      },
      getUsedRangeOrNullObject: (_valuesOnly?: boolean) => this.proksiRange(s, s ? s.usedBounds() : null),
      activate: () => this.padaLembar(s, (m) => (wb.active = m)),
      delete: () =>
        this.padaLembar(s, (m) => {
          if (this.sheets.filter((x) => x !== m && x.visibility === "Visible").length === 0) {
            throw galat("InvalidOperation", "mock: lembar terlihat terakhir tidak bisa dihapus");
          }
          m.deleted = true;
          this.sheets.splice(this.sheets.indexOf(m), 1);
          if (this.active === m) this.active = this.sheets[0] ?? null;
        }),
    };
    if (this.api >= 9) {
      seed.pageLayout = {
        headersFooters: {
          defaultForAllPages: { centerFooter: s?.footer.centerFooter ?? "", leftFooter: s?.footer.leftFooter ?? "", rightFooter: s?.footer.rightFooter ?? "" },
        },
        setPrintTitleRows: (a: string) => this.padaLembar(s, (m) => (m.pageLayout.printTitleRows = a)),
        setPrintTitleColumns: (a: string) => this.padaLembar(s, (m) => (m.pageLayout.printTitleColumns = a)),
      };
      seed.getRanges = (addr: string) => this.proksiAreas(s, addr);
    }
    if (this.api >= 18) {
      seed.notes = { add: (cell: any, content: string) => this.padaLembar(s, (m) => m.notes.set(this.alamat(cell), content)) };
    }
    const raw = this.baru(seed, { isNullObject: !s });
    return rekamTulis(raw, (path, v) => this.padaLembar(s, (m) => this.setLembar(m, path, v)));
  }

  private setLembar(s: LembarModel, path: string, v: unknown): void {
    const footer = /^pageLayout\/headersFooters\/defaultForAllPages\/(centerFooter|leftFooter|rightFooter)$/.exec(path);
    if (path === "name") {
      this.cekNama(String(v), s);
      s.name = String(v);
    } else if (path === "position") {
      this.sheets.splice(this.sheets.indexOf(s), 1);
      this.sheets.splice(Math.max(0, Math.min(Number(v), this.sheets.length)), 0, s);
    } else if (path === "visibility") s.visibility = String(v);
    else if (footer) s.footer[footer[1] as "centerFooter" | "leftFooter" | "rightFooter"] = String(v);
    else if (["pageLayout/orientation", "pageLayout/zoom", "pageLayout/paperSize"].includes(path)) s.pageLayout[path.slice(11)] = v;
    else throw new Error(`mock: properti lembar tidak dikenal: ${path}`);
  }

  // ---------------------------------------------------------------- ranges

  private alamat(r: any): string {
    if (typeof r === "string") return rangeA1(parseAlamat(r));
    const meta: MetaRange | undefined = r?.[META];
    if (!meta?.pos) throw new Error("mock: bukan range");
    return rangeA1(meta.pos);
  }

  private matriks(s: LembarModel, pos: RangePos, f: (c: SelModel | undefined) => unknown): unknown[][] {
    const out: unknown[][] = [];
    for (let r = pos.top; r <= pos.bottom; r++) {
      const row: unknown[] = [];
      for (let c = pos.left; c <= pos.right; c++) row.push(f(s.get(r, c)));
      out.push(row);
    }
    return out;
  }

  private proksiRange(s: LembarModel | null, pos: RangePos | null): any {
    this.rangeProxies++;
    const nyata = s && pos;
    const seed: Record<string, unknown> = {
      address: nyata ? `${sheetRef(s.name)}!${rangeA1(pos)}` : "",
      rowCount: nyata ? pos.bottom - pos.top + 1 : 0,
      columnCount: nyata ? pos.right - pos.left + 1 : 0,
      select: () =>
        this.padaLembar(s, (m) => {
          if (!pos) throw galat("InvalidObjectPath", "mock: select pada range null");
          if (this.active !== m) throw galat("InvalidSelection", "mock: select pada lembar yang tidak aktif");
          this.selection = { sheet: m.name, address: rangeA1(pos) };
        }),
      merge: (_across?: boolean) => this.padaLembar(s, (m) => m.merges.push(rangeA1(pos!))),
    };
    if (nyata && (pos.bottom - pos.top + 1) * (pos.right - pos.left + 1) <= MAX_SEL_MUAT) {
      seed.values = this.matriks(s, pos, (c) => c?.value ?? "");
      seed.formulas = this.matriks(s, pos, (c) => c?.formula ?? c?.value ?? "");
      seed.numberFormat = this.matriks(s, pos, (c) => c?.format ?? "General");
    }
    if (this.api >= 13) {
      seed.getMergedAreasOrNullObject = () => {
        const dalam = nyata
          ? s.merges.map((m) => parseAlamat(m)).filter((m) => m.top >= pos.top && m.bottom <= pos.bottom && m.left >= pos.left && m.right <= pos.right)
          : [];
        return this.baru({ address: dalam.map((m) => `${sheetRef(s!.name)}!${rangeA1(m)}`).join(", ") }, { isNullObject: dalam.length === 0 });
      };
    }
    const meta: MetaRange = { sheet: s, pos };
    const raw = this.baru(seed, { isNullObject: !nyata, [META]: meta });
    this.formatRange(raw, s, () => (pos ? teksAlamat(pos) : ""));
    (raw as any).conditionalFormats = {
      add: (type: string) => {
        this.proxies++;
        const rec = { range: rangeA1(pos!), type, props: {} as Record<string, unknown> };
        this.padaLembar(s, (m) => m.conditionalFormats.push(rec));
        return perekam(rec.props, {});
      },
    };
    return rekamTulis(raw, (path, v) => this.padaLembar(s, (m) => this.setRange(m, pos!, path, v)));
  }

  private proksiAreas(s: LembarModel | null, addr: string): any {
    this.rangeProxies++;
    const areas = addr.split(",").map((a) => parseAlamat(a));
    const alamat = areas.map((a) => rangeA1(a)).join(", ");
    const raw = this.baru({ address: s ? areas.map((a) => `${sheetRef(s.name)}!${rangeA1(a)}`).join(", ") : "", areaCount: areas.length }, {
      isNullObject: !s,
      [META]: { sheet: s, pos: null, areas } as MetaRange,
    });
    this.formatRange(raw, s, () => alamat);
    return rekamTulis(raw, (path) => {
      throw new Error(`mock: properti RangeAreas tidak dikenal: ${path}`);
    });
  }

  /** range.format: a recorder whose writes are stored on the sheet at the next sync. */
  private formatRange(raw: any, s: LembarModel | null, alamat: () => string): void {
    let rec: Record<string, unknown> | null = null;
    let objek: any = null;
    Object.defineProperty(raw, "format", {
      get: () => {
        if (!objek) {
          this.proxies++;
          const r: Record<string, unknown> = (rec = {});
          const metode: Record<string, (...a: any[]) => unknown> = {
            "borders/getItem": (tepi: string) => perekam(r, metode, `borders/${tepi}/`),
            autofitColumns: () => (r.autofitColumns = true),
          };
          objek = perekam(r, metode);
          this.padaLembar(s, (m) => {
            if (Object.keys(rec!).length) m.formats.push({ address: alamat(), props: rec! });
          });
        }
        return objek;
      },
    });
  }

  private setRange(s: LembarModel, pos: RangePos, path: string, v: unknown): void {
    if (path === "values" || path === "formulas") this.tulisIsi(s, pos, v);
    else if (path === "numberFormat") this.tulisFormat(s, pos, v);
    else if (path === "hyperlink") s.hyperlinks.set(rangeA1(pos), v as Excel.RangeHyperlink);
    else throw new Error(`mock: properti range tidak dikenal: ${path}`);
  }

  private bentuk(pos: RangePos, v: unknown): (i: number, j: number) => unknown {
    const rows = pos.bottom - pos.top + 1;
    const cols = pos.right - pos.left + 1;
    if (!Array.isArray(v)) return () => v;
    if (v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw galat("InvalidArgument", `mock: array ${v.length}×${(v[0] as unknown[])?.length} tidak cocok dengan range ${rows}×${cols}`);
    }
    return (i, j) => (v as unknown[][])[i][j];
  }

  private tulisFormat(s: LembarModel, pos: RangePos, v: unknown): void {
    const ambil = this.bentuk(pos, v);
    for (let r = pos.top; r <= pos.bottom; r++) {
      for (let c = pos.left; c <= pos.right; c++) {
        const x = ambil(r - pos.top, c - pos.left);
        if (x === null || x === undefined) continue;
        const sel = s.get(r, c) ?? { value: null, formula: null, format: "General" };
        s.set(r, c, { ...sel, format: String(x) });
      }
    }
  }

  /** Excel's parsing of input written through values/formulas. */
  private tulisIsi(s: LembarModel, pos: RangePos, v: unknown): void {
    const ambil = this.bentuk(pos, v);
    for (let r = pos.top; r <= pos.bottom; r++) {
      for (let c = pos.left; c <= pos.right; c++) {
        const x = ambil(r - pos.top, c - pos.left);
        if (x === null || x === undefined) continue;
        const sel = { ...(s.get(r, c) ?? { value: null, formula: null, format: "General" }) };
        sel.formula = null;
        if (typeof x !== "string") sel.value = x as CellValue;
        else if (x === "") sel.value = null;
        else if (sel.format === "@") sel.value = x;
        else if (x.startsWith("'")) sel.value = x.slice(1);
        else if (x.startsWith("=") && x.length > 1) {
          sel.formula = x;
          sel.value = null;
        } else if (/^[+\-@]./.test(x) && !angka(x)) {
          sel.formula = `=${x}`;
          sel.value = null;
        } else sel.value = angka(x) ? Number(x) : x;
        s.set(r, c, sel);
      }
    }
  }

  // ---------------------------------------------------------------- tables and charts

  private tabelBaru(s: LembarModel | null, r: any, hasHeaders: boolean): any {
    this.proxies++;
    const rec = { name: `Table${++this.nomorTabel}`, range: this.alamat(r), hasHeaders } as LembarModel["tables"][number];
    this.padaLembar(s, (m) => m.tables.push(rec));
    return new Proxy(
      {},
      {
        get: () => undefined,
        set: (_t, p, v) => {
          this.padaLembar(s, () => {
            if (p === "name") {
              const sama = this.sheets.some((x) => x.tables.some((t) => t !== rec && t.name.toLowerCase() === String(v).toLowerCase()));
              if (sama) throw galat("InvalidArgument", `mock: nama tabel '${String(v)}' sudah dipakai`);
              rec.name = String(v);
            } else if (p === "style") rec.style = String(v);
            else throw new Error(`mock: properti tabel tidak dikenal: ${String(p)}`);
          });
          return true;
        },
      },
    );
  }

  private grafikBaru(s: LembarModel | null, type: string, r: any, by?: string): any {
    this.proxies++;
    const rec: RekamGrafik = { type, source: this.alamat(r), seriesBy: by, series: [{ values: this.alamat(r) }] };
    this.padaLembar(s, (m) => m.charts.push(rec));
    const seri = (x: RekamGrafik["series"][number]) =>
      new Proxy(
        {},
        {
          get: (_t, p) =>
            p === "setValues" ? (g: any) => (x.values = this.alamat(g)) : p === "setXAxisValues" ? (g: any) => (x.xAxis = this.alamat(g)) : undefined,
          set: (_t, p, v) => {
            if (p !== "name" && p !== "chartType" && p !== "axisGroup") throw new Error(`mock: properti seri tidak dikenal: ${String(p)}`);
            (x as Record<string, unknown>)[p] = String(v);
            return true;
          },
        },
      );
    return perekam(rec, {
      setPosition: (a: any, b?: any) => (rec.position = [this.alamat(a), b === undefined ? undefined : this.alamat(b)]),
      "series/getItemAt": (i: number) => seri(rec.series[i]),
      "series/add": (name?: string) => {
        const x = { name };
        rec.series.push(x);
        return seri(x);
      },
    });
  }
}

class NullNoop extends Error {}

/** Every string in a value tree that is one of the mock's "not loaded" errors (should be none). */
export function cariGalatMuat(x: unknown, jalur = "$", out: string[] = []): string[] {
  if (typeof x === "string") {
    if (GALAT.has(x)) out.push(jalur);
  } else if (Array.isArray(x)) x.forEach((v, i) => cariGalatMuat(v, `${jalur}[${i}]`, out));
  else if (x && typeof x === "object") for (const [k, v] of Object.entries(x)) cariGalatMuat(v, `${jalur}.${k}`, out);
  return out;
}
