/*
 * The pane in standalone mode refuses a zip bomb the way the CLI does: the same "Berkas terlalu
 * besar" sentence naming the part, within seconds, and the workbook already open stays.
 */
import { bom } from "../integration/berkas/bom";
import { BUILD_TIMEOUT, pastikanDist } from "../unit/shell/dist";
import { bukaPeramban, mulaiServer, potret, type Peramban, type Server } from "./peramban";

let server: Server;
let p: Peramban;
let bytes: Buffer;

beforeAll(async () => {
  bytes = await bom("customxml");
  await pastikanDist();
  server = await mulaiServer();
}, BUILD_TIMEOUT + 60_000);

afterAll(async () => {
  await p?.tutup();
  await server?.tutup();
});

test(
  "a 1 GB customXml bomb: refused with the part named, in seconds",
  async () => {
    p = await bukaPeramban(server);
    const { page } = p;
    await page.goto(server.url + "taskpane.html");
    await page.getByText("Mode mandiri (di luar Excel).").waitFor();
    const [pilih] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Buka berkas…" }).click()]);
    const mulai = Date.now();
    await pilih.setFiles({ name: "bom.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
    const galat = page.getByTestId("galat");
    await galat.waitFor({ timeout: 30_000 });
    const ms = Date.now() - mulai;
    await expect(galat.textContent()).resolves.toMatch(/Gagal membuka berkas bom\.xlsx.*Berkas terlalu besar: bagian customXml\/item1\.xml di dalam berkas lebih dari 64,0 MB/);
    expect(ms).toBeLessThan(5000);
    await potret(page, "galat-bom.png");
    expect(p.galatHalaman).toEqual([]);
  },
  120_000,
);
