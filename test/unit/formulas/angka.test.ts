/** Number text in the shapes the LAKIP report prints (seed-anggaran §0, seed-indicators §5). */
import fc from "fast-check";
import { bacaAngka, formatAngka, formatPersen, type Angka } from "../../../src/core/angka";
import { bulat } from "../../../src/core/rumus";

const nilai = (a: Angka) => (a.kind === "angka" ? a.value : a.kind);

describe("bacaAngka: formats from the report", () => {
  test.each([
    ["20.535.869.000", 20535869000, { persen: false, desimal: 0 }],
    ["123,33%", 123.33, { persen: true, desimal: 2 }],
    ["123, 33%", 123.33, { persen: true, desimal: 2 }],
    ["82, 25", 82.25, { persen: false, desimal: 2 }],
    ["3.66", 3.66, { desimal: 2 }],
    ["Rp. 9.512.859.000", 9512859000, { rupiah: true }],
    ["Rp        65.345.000,00", 65345000, { rupiah: true, desimal: 2 }],
    ["Rp . 47.741.925", 47741925, { rupiah: true }],
    ["Rp .77.200.000", 77200000, { rupiah: true }],
    ["Rp2.041.930.950", 2041930950, { rupiah: true }],
    ["5.186.827.000,-", 5186827000, {}],
    ["Rp. 5.186.827.000,-", 5186827000, { rupiah: true }],
    ["Rp.9.418.780.-", 9418780, { rupiah: true }],
    ["(- 4.024.000)", -4024000, {}],
    ["(-4.024.000)", -4024000, {}],
    ["(98.84%)", 98.84, { persen: true }],
    ["(99,78%)", 99.78, { persen: true }],
    ["-35,34%", -35.34, { persen: true }],
    ["96,97%%", 96.97, { persen: true }],
    ["100 %", 100, { persen: true }],
    ["37 Persen", 37, { persen: true, satuan: "Persen" }],
    ["3,68 Persen", 3.68, { satuan: "Persen" }],
    ["4.0 Kesepakatan", 4, { satuan: "Kesepakatan", desimal: 1 }],
    ["1,530,589,950", 1530589950, {}],
    ["0.00", 0, { desimal: 2 }],
    ["25.05%", 25.05, { persen: true }],
    ["1.234", 1234, { desimal: 0 }],
    ["1.234,5", 1234.5, { desimal: 1 }],
    ["102,222%", 102.222, { desimal: 3 }],
    ["3, 0644", 3.0644, { desimal: 4 }],
    ["123,\n33%", 123.33, {}],
    ["Rp. 4.883.298.000 (Revisi)", 4883298000, { catatan: "Revisi" }],
    ["4.57 (A)", 4.57, { catatan: "A" }],
    ["1 (Perusahaan)", 1, { satuan: "Perusahaan" }],
    ["3,68.", 3.68, {}],
  ])("%j → %p", (raw, harap, sifat) => {
    const a = bacaAngka(raw);
    expect(a.kind).toBe("angka");
    if (a.kind !== "angka") return;
    expect(a.value).toBe(harap);
    expect(a.teks).toBe(true);
    expect(a).toMatchObject(sifat);
  });

  test.each([["N/A"], ["N/a"], ["n/a"], ["#N/A"]])("%j → na", (raw) => {
    expect(bacaAngka(raw)).toEqual({ kind: "na" });
  });

  test.each([["-"], [""], ["   "], [null]])("%j → kosong", (raw) => {
    expect(bacaAngka(raw)).toEqual({ kind: "kosong" });
  });

  test.each([
    ["4..147.659.000", /pemisah ganda/i],
    ["107,.69%", /pemisah ganda/i],
    ["12,3,4", /ribuan tidak teratur/i],
    ["1.23.456", /ribuan tidak teratur/i],
    ["abc", /bukan angka/i],
    ["Total 265%", /teks sebelum angka/i],
    ["2,6 – 3,0644", /lebih dari satu angka/i],
    ["1 234", /lebih dari satu angka/i],
    ["1.234,5,6", /campuran|ribuan/i],
    ["Rp000", /ribuan rupiah/i],
    ["#DIV/0!", /galat excel/i],
  ])("%j → rusak with an Indonesian reason", (raw, alasan) => {
    const a = bacaAngka(raw);
    expect(a.kind).toBe("rusak");
    if (a.kind === "rusak") {
      expect(a.teks).toBe(raw);
      expect(a.alasan).toMatch(alasan);
    }
  });

  test("numbers pass through; desimal counts shown decimals", () => {
    expect(bacaAngka(82.25)).toEqual({ kind: "angka", value: 82.25, persen: false, desimal: 2, teks: false });
    expect(bacaAngka(20535869000)).toMatchObject({ value: 20535869000, desimal: 0 });
    expect(bacaAngka(0.1 + 0.2)).toMatchObject({ desimal: 1 });
    expect(bacaAngka(1 / 3)).toMatchObject({ desimal: 10 });
    expect(bacaAngka(NaN).kind).toBe("rusak");
    expect(bacaAngka(true).kind).toBe("rusak");
  });
});

describe("formatAngka / formatPersen", () => {
  test("Indonesian separators, half-up like Excel", () => {
    expect(formatAngka(20535869000)).toBe("20.535.869.000");
    expect(formatAngka(123.333, 2)).toBe("123,33");
    expect(formatAngka(98.735, 2)).toBe("98,74");
    expect(formatAngka((68.23 / 40) * 100, 2)).toBe("170,58");
    expect(formatAngka(4489428568.4, 2)).toBe("4.489.428.568,40");
    expect(formatAngka(-4024000)).toBe("-4.024.000");
    expect(formatAngka(-0.001, 2)).toBe("0,00");
    expect(formatAngka(3.68)).toBe("3,68");
    expect(formatPersen(123.333)).toBe("123,33 %");
    expect(formatPersen(99.77, 2)).toBe("99,77 %");
    expect(formatAngka(Infinity)).toBe("#NUM!");
  });
});

describe("properties: format then read gives the number back", () => {
  const desimal = fc.integer({ min: 0, max: 4 });
  const sama = (a: number, b: number) => a === b || (a === 0 && b === 0);
  const baca = (s: string) => {
    const a = bacaAngka(s);
    if (a.kind !== "angka") throw new Error(`${JSON.stringify(s)} → ${JSON.stringify(a)}`);
    return a;
  };
  const bilangan = fc.oneof(
    fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
    fc.double({ min: -1e14, max: 1e14, noNaN: true }).map(Math.trunc),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc.double({ min: -1000, max: 1000, noNaN: true }),
  );

  test("plain", () => {
    fc.assert(
      fc.property(bilangan, desimal, (n, d) => {
        const s = formatAngka(n, d);
        const a = baca(s);
        return sama(a.value, bulat(n, d)) && a.desimal === d;
      }),
      { numRuns: 3000 },
    );
  });

  test("text formatted by the platform's own id-ID formatter (Intl) reads as the en-US form of the same digits", () => {
    // An independent formatter: ICU groups with "." and writes "," before the decimals.
    fc.assert(
      fc.property(bilangan, desimal, (n, d) => {
        const opsi = { minimumFractionDigits: d, maximumFractionDigits: d };
        const id = n.toLocaleString("id-ID", opsi);
        const en = Number(n.toLocaleString("en-US", { ...opsi, useGrouping: false }));
        const a = baca(id);
        return sama(a.value, en) && a.desimal === d;
      }),
      { numRuns: 3000 },
    );
  });

  test('"Rp " prefix and "Rp." prefix', () => {
    fc.assert(
      fc.property(bilangan.map(Math.abs), desimal, fc.constantFrom("Rp ", "Rp.", "Rp. ", "Rp        "), (n, d, rp) => {
        const a = baca(rp + formatAngka(n, d));
        return sama(a.value, bulat(n, d)) && a.rupiah === true;
      }),
      { numRuns: 1000 },
    );
  });

  test('"%" suffix (formatPersen and a bare "%")', () => {
    fc.assert(
      fc.property(bilangan, desimal, fc.boolean(), (n, d, spasi) => {
        const s = spasi ? formatPersen(n, d) : `${formatAngka(n, d)}%`;
        const a = baca(s);
        return sama(a.value, bulat(n, d)) && a.persen === true;
      }),
      { numRuns: 1000 },
    );
  });

  test("negative in parentheses with a minus; parentheses alone keep the sign", () => {
    fc.assert(
      fc.property(bilangan.map(Math.abs), desimal, (n, d) => {
        const s = formatAngka(n, d);
        return sama(baca(`(-${s})`).value, -bulat(n, d)) && sama(baca(`(${s})`).value, bulat(n, d));
      }),
      { numRuns: 1000 },
    );
  });

  test("garbage never becomes a number silently: doubled separators are rusak", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom("..", ",,", ".,", ",."), fc.integer({ min: 0, max: 999 }), (a, sep, b) => {
        return nilai(bacaAngka(`${a}${sep}${String(b).padStart(3, "0")}`)) === "rusak";
      }),
    );
  });
});
