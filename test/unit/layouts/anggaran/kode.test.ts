import { bacaKode, kodeDariAngka, PohonKode } from "../../../../src/core/layouts/anggaran/kode";
import { REF } from "./laporan";

function tempatkanSemua(baris: [string, boolean?][]) {
  const p = new PohonKode();
  const out = baris.map(([t, polos], i) => {
    const k = bacaKode(t, !!polos);
    return k ? p.tempatkan(k, i) : null;
  });
  return { out, anak: p.punyaAnak };
}

describe("bacaKode", () => {
  test("full codes, program codes and the text after them", () => {
    expect(bacaKode("6077.BAD.036.052.C Layanan", false)).toEqual({
      segmen: ["6077", "BAD", "036", "052", "C"],
      relatif: false,
      program: false,
      sisa: "Layanan",
    });
    expect(bacaKode("019.07.EC Program Nilai Tambah", false)?.program).toBe(true);
    expect(bacaKode("6077 Pengembangan", false)?.segmen).toEqual(["6077"]);
  });
  test("a space typed for a dot (6042.EBC 954.051.B) still reads as one code", () => {
    const q = REF.realisasi_per_ro.rows.find((r: { quirk?: string }) => r.quirk);
    const k = bacaKode(`${q.kode_raw.raw} ${q.uraian}`, false)!;
    expect(k.segmen.join(".")).toBe(q.kode);
    expect(k.sisa).toBe(q.uraian);
  });
  test("suffixes and bare segments", () => {
    expect(bacaKode(".036", false)).toMatchObject({ segmen: ["036"], relatif: true });
    expect(bacaKode("AEC Kerja Sama", false)).toMatchObject({ segmen: ["AEC"], relatif: true, sisa: "Kerja Sama" });
    expect(bacaKode("C", true)).toMatchObject({ segmen: ["C"], relatif: true });
    expect(bacaKode("C", false)).toBeNull();
  });
  test("words, outline numbers and sentences are not codes", () => {
    expect(bacaKode("Belanja Pegawai", false)).toBeNull();
    expect(bacaKode("1.1 Pelatihan", false)).toBeNull();
    expect(bacaKode("Total", false)).toBeNull();
    expect(bacaKode("1 Gaji Pegawai", false)).toBeNull();
    expect(bacaKode("", true)).toBeNull();
  });
  test("numbers in a Kode column", () => {
    expect(kodeDariAngka(52)).toBe("052");
    expect(kodeDariAngka(6077)).toBe("6077");
    expect(kodeDariAngka(521211)).toBe("521211");
    expect(kodeDariAngka(1.5)).toBeNull();
  });
});

describe("PohonKode", () => {
  test("suffixes resolve against the rows above: 019.07.EC → 6077 → 6077.BAD → .036 → .052 → .C", () => {
    const { out, anak } = tempatkanSemua([["019.07.EC"], ["6077"], ["6077.BAD"], [".036"], [".052"], [".C"], [".D"]]);
    expect(out.map((t) => t?.kode)).toEqual([
      "019.07.EC",
      "6077",
      "6077.BAD",
      "6077.BAD.036",
      "6077.BAD.036.052",
      "6077.BAD.036.052.C",
      "6077.BAD.036.052.D",
    ]);
    expect(out.map((t) => t?.level)).toEqual([0, 1, 2, 3, 4, 5, 5]);
    expect([...anak].sort()).toEqual([0, 1, 2, 3, 4]);
  });
  test("a 3-digit suffix after a komponen is a sibling komponen; a full RO opens a new RO", () => {
    const { out } = tempatkanSemua([["6077.BAD.036"], [".051"], [".A"], [".052"], ["6077.BAD.058"], [".051"]]);
    expect(out.map((t) => t?.kode)).toEqual([
      "6077.BAD.036",
      "6077.BAD.036.051",
      "6077.BAD.036.051.A",
      "6077.BAD.036.052",
      "6077.BAD.058",
      "6077.BAD.058.051",
    ]);
  });
  test("bare KRO letters under a kegiatan (Tabel 3.105) and bare codes in a Kode column", () => {
    const { out, anak } = tempatkanSemua([["019.07.EC"], ["6077"], ["AEC"], ["AEF"], ["019.07.WA"], ["6042"], ["EBA"], ["052", true], ["A", true]]);
    expect(out.map((t) => t?.kode)).toEqual([
      "019.07.EC",
      "6077",
      "6077.AEC",
      "6077.AEF",
      "019.07.WA",
      "6042",
      "6042.EBA",
      "6042.EBA.052",
      undefined,
    ]);
    expect(anak.has(2)).toBe(false);
    expect(anak.has(1)).toBe(true);
  });
  test("leaf rows of Tabel 3.106 out of order keep their own parents", () => {
    const { out, anak } = tempatkanSemua([["6077"], ["6077.BAD.075.051.A"], ["6077.BAD.058.052.A"]]);
    expect(out.map((t) => t?.induk)).toEqual([-1, 0, 0]);
    expect([...anak]).toEqual([0]);
  });
  test("a suffix with nothing above it has no place", () => {
    expect(tempatkanSemua([[".036"]]).out).toEqual([null]);
  });
});
