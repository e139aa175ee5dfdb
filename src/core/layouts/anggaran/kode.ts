/**
 * Budget codes (kode anggaran) and their tree: Program → Kegiatan → KRO → RO → Komponen →
 * Sub-komponen → Akun. Sheets write codes in full ("6077.BAD.036.052.C") or as a suffix of the
 * row above (".036", "052", "C", a bare KRO "AEC" under its kegiatan); the tree resolves both.
 */

export const LEVEL = { program: 0, kegiatan: 1, kro: 2, ro: 3, komponen: 4, subkomponen: 5, akun: 6 } as const;

/** A code token read from a cell, before it is placed in the tree. */
export interface TokenKode {
  /** Segments as written ("6077","BAD","036" or, relative, "052","C"). */
  segmen: string[];
  /** Written as a suffix of the row above (leading dot, or a bare segment). */
  relatif: boolean;
  /** "019.07.EC" style program code. */
  program: boolean;
  /** Text after the code (the uraian when code and name share a cell). */
  sisa: string;
}

function digit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function besar(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** "036" → "d3", "BAD" → "L3", "C" → "L1"; anything else → "". */
function bentuk(s: string): string {
  if (s.length === 0 || s.length > 6) return "";
  const d = digit(s.charCodeAt(0));
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (d ? !digit(c) : !besar(c)) return "";
  }
  return (d ? "d" : "L") + s.length;
}

const PROGRAM = /^\d{3}\.\d{2}\.[A-Z]{2}$/;

/** Shapes a full code may take after its 4-digit kegiatan: KRO, RO, komponen, sub-komponen, akun. */
function levelPenuh(seg: string[]): number {
  if (bentuk(seg[0]) !== "d4") return -1;
  let level: number = LEVEL.kegiatan;
  for (let i = 1; i < seg.length; i++) {
    const b = bentuk(seg[i]);
    if (i === 1 && b === "L3") level = LEVEL.kro;
    else if (i === 2 && b === "d3") level = LEVEL.ro;
    else if (i === 3 && b === "d3") level = LEVEL.komponen;
    else if (i === 4 && (b === "L1" || b === "L2")) level = LEVEL.subkomponen;
    else if (i >= 4 && b === "d6" && level >= LEVEL.komponen && level < LEVEL.akun) level = LEVEL.akun;
    else return -1;
  }
  return level;
}

/**
 * Reads a code at the start of a text. `polos`: the cell is a Kode column, so a bare segment
 * ("AEC", "052", "C", a number 52) is a code; in a shared code+name cell only bare KRO letters
 * and 3-digit segments count, and only when the tree has a place for them (decided by the caller).
 */
export function bacaKode(teks: string, polos: boolean): TokenKode | null {
  const s = teks.trim();
  if (s.length === 0) return null;
  const c0 = s.charCodeAt(0);
  if (!(digit(c0) || c0 === 46 || besar(c0))) return null;
  let akhir = s.indexOf(" ");
  if (akhir < 0) akhir = s.length;
  let token = s.slice(0, akhir);
  let sisa = s.slice(akhir).trim();
  // "6042.EBC 954.051.B": a space typed for a dot between KRO and RO.
  if (/^\d{4}\.[A-Z]{3}$/.test(token)) {
    const m = /^(\d{3}(?:\.[0-9A-Z]{1,6})*)(?:\s+|$)/.exec(sisa);
    if (m) {
      token = `${token}.${m[1]}`;
      sisa = sisa.slice(m[0].length).trim();
    }
  }
  if (token.endsWith(".") && token.length > 1 && !token.startsWith(".")) token = token.slice(0, -1);
  if (PROGRAM.test(token)) return { segmen: [token], relatif: false, program: true, sisa };
  const relatif = token.startsWith(".");
  const seg = (relatif ? token.slice(1) : token).split(".");
  for (const x of seg) if (bentuk(x) === "") return null;
  if (!relatif && levelPenuh(seg) >= 0) return { segmen: seg, relatif: false, program: false, sisa };
  if (relatif) return { segmen: seg, relatif: true, program: false, sisa };
  // Bare segments: only a single one, and only in a Kode column or as KRO letters / 3 digits.
  if (seg.length !== 1) return null;
  const b = bentuk(seg[0]);
  if (polos || b === "L3" || b === "d3") return { segmen: seg, relatif: true, program: false, sisa };
  return null;
}

/** A Kode column may hold numbers: 6077, 52 (= "052"), 521211. */
export function kodeDariAngka(n: number): string | null {
  if (!Number.isInteger(n) || n < 0) return null;
  const s = String(n);
  if (s.length <= 3) return s.padStart(3, "0");
  if (s.length === 4 || s.length === 6) return s;
  return null;
}

interface Simpul {
  kode: string;
  level: number;
  /** Index of the row in the caller's list. */
  indeks: number;
}

export interface Tempat {
  kode: string;
  level: number;
  /** Index of the parent row, or -1. */
  induk: number;
}

/**
 * The tree as rows arrive top to bottom: a stack of the open ancestors. A row is a parent
 * (group or subtotal row) when the next coded row lands beneath it.
 */
export class PohonKode {
  private tumpukan: Simpul[] = [];
  /** Row indices that turned out to have children. */
  readonly punyaAnak = new Set<number>();

  /** Places a code read from row `indeks`; null when a suffix has nowhere to attach. */
  tempatkan(t: TokenKode, indeks: number): Tempat | null {
    let kode: string;
    let level: number;
    if (t.program) {
      kode = t.segmen[0];
      level = LEVEL.program;
      this.tumpukan = [];
    } else if (!t.relatif) {
      kode = t.segmen.join(".");
      level = levelPenuh(t.segmen);
      this.turunKe((s) => s.level === LEVEL.program || (s.level < level && kode.startsWith(s.kode + ".")));
    } else {
      level = this.levelRelatif(t.segmen);
      if (level < 0) return null;
      const lv = level;
      this.turunKe((s) => s.level < lv);
      const induk = this.tumpukan[this.tumpukan.length - 1];
      if (level === LEVEL.kegiatan) kode = t.segmen.join(".");
      else if (!induk || induk.level === LEVEL.program) return null;
      else kode = `${induk.kode}.${t.segmen.join(".")}`;
      level = level + t.segmen.length - 1;
    }
    const induk = this.tumpukan[this.tumpukan.length - 1];
    if (induk) this.punyaAnak.add(induk.indeks);
    this.tumpukan.push({ kode, level, indeks });
    return { kode, level, induk: induk ? induk.indeks : -1 };
  }

  /** A row without a code (a named item) sits beneath the deepest open code. */
  anakTanpaKode(): number {
    const induk = this.tumpukan[this.tumpukan.length - 1];
    if (!induk) return -1;
    this.punyaAnak.add(induk.indeks);
    return induk.indeks;
  }

  /** Totals close the tree. */
  tutup(): void {
    this.tumpukan = [];
  }

  /** Level of a suffix from its first segment's shape and the codes open above it. */
  private levelRelatif(seg: string[]): number {
    const b = bentuk(seg[0]);
    const dalam = this.tumpukan.length ? this.tumpukan[this.tumpukan.length - 1].level : -1;
    if (b === "d4") return LEVEL.kegiatan;
    if (b === "L3" && this.ada(LEVEL.kegiatan)) return LEVEL.kro;
    if (b === "d6") return dalam >= LEVEL.komponen ? LEVEL.akun : -1;
    if (b === "L1" || b === "L2") return dalam >= LEVEL.komponen ? LEVEL.subkomponen : -1;
    // A 3-digit suffix under a KRO is an RO; once an RO is open it is a komponen (a new RO
    // after a komponen has to be written with its KRO, as budget documents do).
    if (b === "d3") {
      if (this.ada(LEVEL.ro)) return LEVEL.komponen;
      if (this.ada(LEVEL.kro)) return LEVEL.ro;
      return -1;
    }
    return -1;
  }

  private ada(level: number): boolean {
    for (const s of this.tumpukan) if (s.level === level) return true;
    return false;
  }

  private turunKe(cocok: (s: Simpul) => boolean): void {
    while (this.tumpukan.length && !cocok(this.tumpukan[this.tumpukan.length - 1])) this.tumpukan.pop();
  }
}
