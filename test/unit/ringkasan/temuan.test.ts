import { temuan } from "../../../src/core/ringkasan/temuan";
import type { Issue } from "../../../src/core/tabel";
import { sel } from "./bantu";

const issues: Issue[] = [
  { rule: "angka-teks", severity: "warning", sheet: "PK 2024", cell: "G18", message: "Realisasi \"82, 25\" tersimpan sebagai teks." },
  { rule: "capaian-selisih", severity: "error", sheet: "PK 2024", cell: "H12", message: "Capaian tertulis 587,47 %, seharusnya 454,80 % (22,74 ÷ 5).", expected: 454.8, found: 587.47 },
  { rule: "duplikat", severity: "info", sheet: "O'Neil", cell: "B3", message: "=HYPERLINK(\"http://x\")" },
];

describe("Temuan", () => {
  const plan = temuan(issues);

  test("one row per issue, errors first, each linked to its cell", () => {
    expect(sel(plan, "B5").value).toBe("Galat");
    expect(sel(plan, "C5").value).toBe("Capaian tidak sesuai perhitungan");
    expect(sel(plan, "D5").value).toBe("capaian-selisih");
    expect(sel(plan, "F5")).toMatchObject({ value: "'PK 2024'!H12", link: { sheet: "PK 2024", cell: "H12" } });
    expect(sel(plan, "H5").value).toBe(454.8);
    expect(sel(plan, "B6").value).toBe("Peringatan");
    expect(sel(plan, "F7")).toMatchObject({ value: "'O''Neil'!B3", link: { sheet: "O'Neil", cell: "B3" } });
    expect(sel(plan, "G7").value).toBe("=HYPERLINK(\"http://x\")");
    expect(sel(plan, "G7").formula).toBeUndefined();
    expect(String(sel(plan, "A2").value)).toBe("3 temuan: 1 galat, 1 peringatan, 1 info. Klik alamat sel untuk membukanya.");
    expect(plan.table?.range).toBe("A4:I7");
  });

  test("no issues: says so", () => {
    const p = temuan([]);
    expect(sel(p, "A2").value).toBe("Tidak ada temuan.");
    expect(sel(p, "B5").value).toBe("Tidak ada temuan.");
  });
});
