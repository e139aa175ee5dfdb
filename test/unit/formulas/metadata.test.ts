/** functions.json is generated from the JSDoc of src/functions/functions.ts; the generator must accept it. */
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

type Param = { name: string; optional?: boolean; description?: string; dimensionality?: string; type?: string };
type Fungsi = { id: string; name: string; description: string; parameters: Param[]; result: { dimensionality?: string } };

const HARAP: Record<string, [string, boolean][]> = {
  CAPAIAN: [["target", false], ["realisasi", false], ["arah", true]],
  PRODUKTIVITAS: [["sebelum", false], ["sesudah", false]],
  EFISIENSI: [["sebelum", false], ["sesudah", false]],
  PERTUMBUHAN: [["lalu", false], ["kini", false]],
  PENYERAPAN: [["pagu", false], ["realisasi", false]],
  IBT: [["pagu", false], ["target", false]],
  IBR: [["realisasiAnggaran", false], ["realisasi", false]],
  "EFISIENSI.ANGGARAN": [["pagu", false], ["target", false], ["realisasiAnggaran", false], ["realisasi", false]],
  ANGKA: [["teks", false]],
  PREDIKAT: [["nilai", false], ["skala", false]],
};

// A few Indonesian words every description uses one of; English boilerplate would have none.
const INDONESIA = /\b(dibagi|atau|sebagai|pecahan|nilai|angka|anggaran|kinerja|sebelum|sesudah|tahun|teks|rentang|predikat|skala|rupiah|realisasi|target|pagu|misalnya)\b/i;

describe("custom-functions-metadata", () => {
  let hasil: { metadataJson: string; errors: string[] };
  beforeAll(async () => {
    hasil = await generateCustomFunctionsMetadata(["src/functions/functions.ts"]);
  });

  test("no errors, exactly the ten functions", () => {
    expect(hasil.errors).toEqual([]);
    const fs: Fungsi[] = JSON.parse(hasil.metadataJson).functions;
    expect(fs.map((f) => f.id).sort()).toEqual(Object.keys(HARAP).sort());
  });

  test.each(Object.keys(HARAP))("%s: parameters, ranges and Indonesian help", (id) => {
    const f = (JSON.parse(hasil.metadataJson).functions as Fungsi[]).find((x) => x.id === id)!;
    expect(f.name).toBe(id);
    expect(f.parameters.map((p) => [p.name, p.optional === true])).toEqual(HARAP[id]);
    expect(f.description).toMatch(INDONESIA);
    for (const p of f.parameters) {
      expect(p.description).toMatch(INDONESIA);
      expect(p.dimensionality).toBe("matrix");
      expect(p.type).toBe("any");
    }
    expect(f.result.dimensionality).toBe("matrix");
  });
});
