import { bukaPeramban, mulaiServer } from "../test/e2e/peramban";
(async () => {
  const server = await mulaiServer();
  const p = await bukaPeramban(server);
  for (let k = 0; k < 3; k++) {
    const page = await p.context.newPage();
    await page.goto(server.url + "taskpane.html");
    await page.waitForFunction(() => performance.getEntriesByName("sakip-tampil")[0]?.startTime, null, { timeout: 30000 });
    const r = await page.evaluate(() => ({
      res: performance.getEntriesByType("resource").map((e: any) => `${e.name.replace(/.*\//, "")} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)} ${e.transferSize ?? ""}`),
      nav: (() => { const n: any = performance.getEntriesByType("navigation")[0]; return { dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }; })(),
      marks: performance.getEntriesByType("mark").map((m) => `${m.name} ${Math.round(m.startTime)}`),
      fcp: performance.getEntriesByType("paint").map((m) => `${m.name} ${Math.round(m.startTime)}`),
    }));
    console.log(JSON.stringify(r, null, 1));
    await page.close();
  }
  await p.tutup(); await server.tutup();
})();
