/** Text written to a cell: no control characters, at most 32.767 characters (Excel's limit), with a note when cut. */
import { amankanRencana, BATAS_SEL, teksSel } from "../../../src/core/lembar/aman";

describe("teksSel", () => {
  test("40.000 characters are cut to Excel's limit with a note saying so", () => {
    const t = teksSel("x".repeat(40000));
    expect(t.teks.length).toBe(BATAS_SEL);
    expect(t.teks).toMatch(/dipotong dari 40000 karakter\]$/);
    expect(t.catatan).toMatch(/32767/);
  });
  test("control characters are removed; tab and line breaks stay", () => {
    expect(teksSel("a\u0000b\u0007c\u001b[31md\te\nf\u0085").teks).toBe("abc[31md\te\nf");
    expect(teksSel("=HYPERLINK(\"http://evil\")").teks).toBe("=HYPERLINK(\"http://evil\")");
  });
  test("a surrogate pair is never split at the cut", () => {
    const t = teksSel("😀".repeat(20000));
    expect(t.teks.length).toBeLessThanOrEqual(BATAS_SEL);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(t.teks)).toBe(false);
  });
  test("a non-finite number (penyerapan over a denormal pagu) is not written; a formula keeps no cached result", () => {
    const [p] = amankanRencana([{ key: "k", name: "K", cells: [{ at: "A1", value: Infinity }, { at: "A2", value: -Infinity, formula: "=E9/D9" }] }]);
    expect(p.cells[0].value).toBeNull();
    expect(p.cells[1]).toEqual({ at: "A2", formula: "=E9/D9" });
  });
  test("plans: only text values change, the rest is kept", () => {
    const [p] = amankanRencana([{ key: "k", name: "K", cells: [{ at: "A1", value: "y".repeat(33000) }, { at: "A2", value: 5, formula: "=1+4" }] }]);
    expect((p.cells[0].value as string).length).toBe(BATAS_SEL);
    expect(p.cells[0].note).toMatch(/dipotong/);
    expect(p.cells[1]).toEqual({ at: "A2", value: 5, formula: "=1+4" });
  });
});
