/** The column schema places what builders declare: letters, header rows, group merges, widths, totals. */
import { Lembar } from "../../../src/core/lembar/sel";
import { letakkanKolom, lebarTerbesar, type Kolom } from "../../../src/core/lembar/kolom";

interface Baris {
  nama: string;
  pagu: number;
  real: number;
}

const KOLOM: Kolom<Baris>[] = [
  { kepala: "Uraian", lebar: 30, isi: (r) => r.nama, jumlah: () => "Jumlah" },
  { kunci: "pagu", kepala: ["Anggaran", "Pagu (Rp)"], lebar: 18, format: "#,##0", isi: (r) => r.pagu, jumlah: (k) => ({ at: k.at, formula: `=SUM(${k.rentang("pagu")})` }) },
  { kunci: "real", kepala: ["Anggaran", "Realisasi (Rp)"], lebar: 18, format: "#,##0", isi: (r) => r.real },
  { kepala: "Penyerapan", lebar: 12, isi: (r, k) => ({ at: k.at, formula: `=${k.sel("real")}/${k.sel("pagu")}`, value: r.real / r.pagu, format: "0.00%" }) },
];

const BARIS: Baris[] = [
  { nama: "Layanan", pagu: 1000, real: 900 },
  { nama: "Dukungan", pagu: 500, real: 250 },
];

describe("letakkanKolom", () => {
  test("two header rows with the group merged, formulas by key, a total row", () => {
    const l = new Lembar();
    const t = letakkanKolom(l, KOLOM, BARIS, { kepala: 5, jumlah: true, kolomAwal: 2 });
    const sel = new Map(l.cells.map((c) => [c.at, c]));
    expect([t.kepalaAtas, t.kepalaBawah, t.awal, t.akhir, t.jumlah]).toEqual([4, 5, 6, 7, 8]);
    expect(sel.get("C4")?.value).toBe("Anggaran");
    expect(sel.get("D4")?.value).toBeNull();
    expect(sel.get("D5")?.value).toBe("Realisasi (Rp)");
    expect(sel.get("B5")?.value).toBe("Uraian");
    expect(t.merges).toEqual(["C4:D4"]);
    expect(sel.get("E7")?.formula).toBe("=D7/C7");
    expect(sel.get("E7")?.value).toBe(0.5);
    expect(sel.get("C6")).toMatchObject({ value: 1000, format: "#,##0" });
    expect(sel.get("C8")?.formula).toBe("=SUM(C6:C7)");
    expect(sel.get("B8")?.value).toBe("Jumlah");
    expect(sel.get("D8")?.value).toBeNull();
    expect(t.huruf("Penyerapan")).toBe("E");
    expect(t.rentang("real")).toBe("D6:D7");
    expect(t.lebar).toEqual([0, 30, 18, 18, 12]);
    expect(t.barisJudul).toBe("4:5");
    expect(t.rentangTabel).toBe("B5:E7");
  });

  test("a column without a group is merged down over both header rows when asked", () => {
    const l = new Lembar();
    const t = letakkanKolom(l, KOLOM, [], { kepala: 5, gabungTegak: true });
    expect(t.merges).toEqual(["A4:A5", "B4:C4", "D4:D5"]);
    expect(l.cells.find((c) => c.at === "A4")?.value).toBe("Uraian");
    expect(t.akhir).toBe(5);
    expect(t.rentangTabel).toBe("A5:D5");
  });

  test("an unknown key is an error, not a wrong letter", () => {
    const salah: Kolom<Baris>[] = [{ kepala: "X", lebar: 5, isi: (_, k) => k.sel("tidak-ada") }];
    expect(() => letakkanKolom(new Lembar(), salah, BARIS, { kepala: 4 })).toThrow("tidak-ada");
  });

  test("lebarTerbesar keeps the widest per column", () => {
    expect(lebarTerbesar([6, 26, 48], [0, 30], [5, 1, 1, 11])).toEqual([6, 30, 48, 11]);
  });
});
