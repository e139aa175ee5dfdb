/** The summary of the sample rendered through LibreOffice to PDF and PNG pages, one set per summary sheet. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buatPratinjau } from "../../../scripts/preview-ringkasan";
import { KUNCI_RINGKASAN } from "../../../src/core/ringkasan";

const adaAlat = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

(adaAlat ? test : test.skip)(
  "every summary sheet of the sample becomes PNG pages a person can look at",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-pratinjau-"));
    try {
      const { ringkasan, png } = await buatPratinjau(path.join(__dirname, "../../../assets/contoh-lakip-2024.xlsx"), dir);
      expect(fs.existsSync(ringkasan)).toBe(true);
      for (const key of KUNCI_RINGKASAN) expect(png.some((f) => path.basename(f).startsWith(`${key}-`))).toBe(true);
      for (const f of png) {
        const b = fs.readFileSync(f);
        expect(b.subarray(1, 4).toString()).toBe("PNG");
        expect(b.length).toBeGreaterThan(5000);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  120_000,
);
