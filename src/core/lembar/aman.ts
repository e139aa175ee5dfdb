/**
 * Text that goes into a cell of a written file: control characters are not allowed in the
 * workbook XML (and can drive a terminal), and Excel holds at most 32.767 characters per cell.
 * Text from a planner's file passes through here before any plan is rendered. A number that is
 * not finite (a ratio over a denormal divisor) has no form in the file either: it is dropped, and
 * a formula keeps no cached result, so Excel computes it on opening.
 */
import type { PlanCell, SheetPlan } from "./plan";

export const BATAS_SEL = 32767;

// Tab, line feed and carriage return are ordinary in cell text; the other C0/C1 controls are not.
// eslint-disable-next-line no-control-regex
const KENDALI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const ADA_KENDALI = new RegExp(KENDALI.source);

export function tanpaKendali(s: string): string {
  return s.replace(KENDALI, "");
}

/** Code points no workbook XML can hold (U+FFFE, U+FFFF, half of a surrogate pair): replaced by U+FFFD. */
const TIDAK_SAH = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CATATAN_GANTI = "Teks asli memuat karakter yang tidak dapat disimpan di berkas Excel; karakter itu diganti dengan \uFFFD.";

export interface TeksAman {
  teks: string;
  /** Set when the text was cut to fit a cell. */
  catatan?: string;
}

export function teksSel(s: string): TeksAman {
  const tanpa = tanpaKendali(s);
  const bersih = tanpa.replace(TIDAK_SAH, "\uFFFD");
  const ganti = bersih !== tanpa ? CATATAN_GANTI : undefined;
  if (bersih.length <= BATAS_SEL) return ganti ? { teks: bersih, catatan: ganti } : { teks: bersih };
  const akhir = ` … [dipotong dari ${bersih.length} karakter]`;
  let potong = bersih.slice(0, BATAS_SEL - akhir.length);
  // Never leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(potong)) potong = potong.slice(0, -1);
  return {
    teks: potong + akhir,
    catatan:
      `Teks asli ${bersih.length} karakter; Excel hanya menampung ${BATAS_SEL} karakter per sel, sisanya dipotong.` + (ganti ? `\n${ganti}` : ""),
  };
}

function amankanSel(sel: PlanCell): PlanCell {
  let out = sel;
  if (typeof sel.value === "number" && !Number.isFinite(sel.value)) {
    out = { ...sel };
    if (sel.formula) delete out.value;
    else out.value = null;
  }
  if (typeof sel.value === "string") {
    const t = teksSel(sel.value);
    if (t.teks !== sel.value) {
      out = { ...sel, value: t.teks };
      if (t.catatan) out.note = out.note ? `${tanpaKendali(out.note)}\n${t.catatan}` : t.catatan;
    }
  }
  if (out.note && ADA_KENDALI.test(out.note)) out = { ...out, note: tanpaKendali(out.note) };
  return out;
}

/** A copy of the plans whose text values all fit a cell. */
export function amankanRencana(plans: SheetPlan[]): SheetPlan[] {
  return plans.map((p) => ({ ...p, cells: p.cells.map(amankanSel) }));
}
