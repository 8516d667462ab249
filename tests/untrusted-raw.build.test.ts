import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { serve } from "./serve.js";
import { article, buildFrom, gbkText } from "./build.js";

// Each capture runs script the moment a browser renders it, and every script calls home.
// Each capture holds an article of its own (the same text in two files would be merged).
const text = (place: string) =>
  `${place}召开全体干部大会，部署今年的重点工作任务，要求各部门抓好落实。会议强调，${place}要坚持问题导向，真抓实干。`;
const ARTICLE = text("林甸县");
const files = {
  "capture.html": `<!doctype html><html><head><title>某县召开会议</title><script>window.pwned = "head"; fetch("/beacon/html")</script></head>
<body><h1>某县召开会议</h1><p>${text("甲县")}</p><img src="x" onerror="fetch('/beacon/img')"><iframe src="https://tracker.example/"></iframe></body></html>`,
  "logo.svg": `<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/beacon/svg")</script><text>某县召开会议</text><text>${text("乙县")}</text></svg>`,
  "page.xhtml": `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>某县召开会议</title></head><body><script>fetch("/beacon/xhtml")</script><h1>某县召开会议</h1><p>${text("丙县")}</p></body></html>`,
  "feed.xml": `<?xml version="1.0"?><rss><channel><title>某县召开会议</title><description>${text("丁县")}</description></channel><x:script xmlns:x="http://www.w3.org/1999/xhtml">fetch("/beacon/xml")</x:script></rss>`,
  // A service worker that would answer every raw file with the attacker's page, and the page that registers it.
  "sw.js": `// ${text("戊县")}\nself.addEventListener("fetch", (e) => e.respondWith(new Response("<script>fetch('/beacon/sw')</script>", { headers: { "content-type": "text/html" } })));\n`,
  "sw-install.html": `<!doctype html><html><body><h1>某县召开会议</h1><p>${text("己县")}</p><script>navigator.serviceWorker.register("/raw/sw.js", { scope: "/raw/" }); navigator.serviceWorker.register("/raw/sw.bin", { scope: "/raw/" }); fetch("/beacon/install")</script></body></html>`,
  "林甸 GBK.txt": Buffer.concat([gbkText("林甸县召开会议"), Buffer.from("\n\n"), gbkText(ARTICLE), Buffer.from("\n")]),
  "迁安.txt": article("迁安市"),
  // Files the build refuses: none of them may get an address on the site.
  "tracker.js": `fetch("/beacon/rejected-js"); document.cookie;`,
  "empty.txt": "",
  "scan.bin": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]),
};

const site = buildFrom(files);

describe("raw copies of hostile captures", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  const calls: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serve(site.dir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records every request it makes beyond the site's own files, and every dialog. */
  async function watched(): Promise<Page> {
    const page = await browser.newPage();
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.origin !== server.url || url.pathname.startsWith("/beacon")) calls.push(r.url());
    });
    page.on("dialog", (d) => {
      calls.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    return page;
  }

  it("builds every accepted capture and names each refused file, with no address for it", () => {
    expect(site.status).toBe(0);
    const sources = site.manifest().map((a) => a.source);
    for (const name of ["capture.html", "logo.svg", "page.xhtml", "feed.xml", "sw.js", "sw-install.html", "林甸 GBK.txt", "迁安.txt"])
      expect(sources).toContain(name);
    for (const name of ["tracker.js", "empty.txt", "scan.bin"]) {
      expect(sources).not.toContain(name);
      expect(site.log).toMatch(new RegExp(`ERROR "${name.replace(".", "\\.")}": `));
    }
    // No file of the site holds the bytes of a refused file.
    const published = readdirSync(join(site.dir, "raw"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".bin"));
    const refused = ["tracker.js", "scan.bin"].map((n) => readFileSync(join(site.content, n)));
    for (const f of published) for (const bytes of refused) expect(readFileSync(join(site.dir, "raw", f)).equals(bytes)).toBe(false);
  });

  it("publishes every raw file byte for byte as .bin, which GitHub Pages serves as application/octet-stream", () => {
    const entries = readdirSync(join(site.dir, "raw"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    // Nothing under raw/ but the copies and their readable views.
    expect(entries.every((e) => e.name.endsWith(".bin") || e.name === "index.html")).toBe(true);
    for (const a of site.manifest())
      for (const f of a.files) expect(readFileSync(join(site.dir, f.raw)).equals(readFileSync(join(site.content, f.source)))).toBe(true);
  });

  it("runs no script of any capture when a reader opens its raw copy or its view, and registers no service worker", async () => {
    const page = await watched();
    const opened: string[] = [];
    for (const a of site.manifest())
      for (const f of a.files)
        for (const url of [f.raw, f.view]) {
          const response = await page.goto(server.url + url).catch((e: Error) => {
            // The browser downloads an application/octet-stream copy rather than render it.
            expect(e.message).toMatch(/Download is starting|ERR_ABORTED/);
            return null;
          });
          if (response) expect(response.headers()["content-type"]).toMatch(/^text\/html/);
          if (response) expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
          opened.push(url);
        }
    expect(opened.length).toBeGreaterThanOrEqual(16);
    // The old addresses by file name and extension answer with the 404 page only.
    for (const name of ["capture.html", "logo.svg", "sw.js"]) {
      const response = await page.goto(`${server.url}/raw/${name}`);
      expect(response!.status()).toBe(404);
    }
    // From a page of the site's own origin, no raw copy can be registered as a service worker.
    await page.goto(server.url + "/");
    const sw = site.manifest().find((a) => a.source === "sw.js")!.files[0]!.raw;
    const refused = await page.evaluate(async (url) => {
      try {
        await navigator.serviceWorker.register(url, { scope: "/raw/" });
        return "registered";
      } catch (e) {
        return (e as Error).message;
      }
    }, sw);
    expect(refused).toMatch(/MIME type/);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(calls).toEqual([]);
    await page.close();
  });

  it("shows each raw file decoded to UTF-8 and escaped, with numbered lines the cleaning report links to", async () => {
    const page = await watched();
    const gbkRecord = site.manifest().find((a) => a.source === "林甸 GBK.txt")!;
    await page.goto(server.url + gbkRecord.files[0]!.view);
    expect(await page.locator("#L1").textContent()).toBe("林甸县召开会议");
    expect(await page.locator("#L3").textContent()).toBe(ARTICLE);
    expect(await page.locator(".facts").textContent()).toMatch(/GB18030/);
    // The capture's markup is text on its view, not elements.
    const capture = site.manifest().find((a) => a.source === "capture.html")!;
    await page.goto(server.url + capture.files[0]!.view);
    expect(await page.locator("script:not([type])").count()).toBe(0);
    expect(await page.locator(".source-lines").textContent()).toContain('<script>window.pwned = "head"; fetch("/beacon/html")</script>');
    // Every line the cleaning report names is a line of the view.
    await page.goto(server.url + capture.url);
    const lines = await page.locator(".report a[href*='#L']").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of lines) {
      await page.goto(href);
      expect(await page.locator(new URL(href).hash).count()).toBe(1);
    }
    await page.screenshot({ path: "test-results/raw-view.png", fullPage: true });
    expect(calls).toEqual([]);
    await page.close();
  });
});
