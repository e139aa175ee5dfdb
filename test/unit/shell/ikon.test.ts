/* The committed icons are exactly what scripts/ikon.js draws, at the sizes the manifest names. */
import * as fs from "fs";
import * as path from "path";
import { ROOT, ukuranPng } from "./dist";

const { png, render } = require(path.join(ROOT, "scripts", "ikon.js")) as {
  png: (n: number, rgba: Buffer) => Buffer;
  render: (n: number) => Buffer;
};

describe.each([16, 32, 64, 80])("assets/icon-%i.png", (n) => {
  const file = path.join(ROOT, "assets", `icon-${n}.png`);

  test("ukuran benar dan sama dengan keluaran scripts/ikon.js", () => {
    expect(ukuranPng(file)).toEqual({ width: n, height: n });
    expect(png(n, render(n)).toString("base64")).toBe(fs.readFileSync(file).toString("base64"));
  });

  test("bukan gambar kosong: ada piksel biru #0F6CBD dan latar transparan", () => {
    const rgba = render(n);
    let biru = 0;
    let bening = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 255 && rgba[i] === 0x0f && rgba[i + 1] === 0x6c && rgba[i + 2] === 0xbd) biru++;
      if (rgba[i + 3] === 0) bening++;
    }
    expect(biru).toBeGreaterThan(n); // at least a bar's worth
    expect(bening).toBeGreaterThan((n * n) / 5);
  });
});
