import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildFrom, type TestFile } from "./build.js";
import { axeViolations, launchChromium } from "./chromium.js";
import { checkLinks } from "./links.js";
import { serve } from "./serve.js";
import { SITE_ORIGIN } from "./setup/build-site.js";

/**
 * An archive of more articles than an index page lists: 110 reports of 2021 from two counties of
 * 黑龙江省 in one paper under one tag, and three undated interviews, built as a project site.
 */
const PREFIX = "/archive/";
const HAN =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";
/** Sentence j of article i: 18 characters drawn the same way every run, so no two articles share text. */
const sentence = (i: number, j: number) => {
  let x = ((i * 1000 + j) * 2654435761) % 2 ** 32;
  return Array.from({ length: 18 }, () => HAN[(x = (Math.imul(x, 1664525) + 1013904223) >>> 0) % HAN.length]).join("");
};
const text = (title: string, county: string, i: number) =>
  `${title}\n\n${[0, 1, 2, 3].map((j) => `${county}${sentence(i, j)}，${sentence(i, j + 4)}。`).join("\n\n")}\n`;
const COUNTIES = { 林甸县: "黑龙江省/大庆市/林甸县", 鸡东县: "黑龙江省/鸡西市/鸡东县" };
const files: Record<string, TestFile> = {};
for (let i = 0; i < 110; i++) {
  const county = i % 3 ? "林甸县" : "鸡东县";
  const name = `n${String(i).padStart(3, "0")}.txt`;
  const day = new Date(Date.UTC(2021, 0, 1 + i * 3)).toISOString().slice(0, 10);
  files[name] = text(`${county}第${i + 1}次推进会召开`, county, i);
  files[`${name}.meta.yaml`] = `date: ${day}\nplace: ${COUNTIES[county]}\npublication: 黑龙江日报\ntags: [走流程]\n`;
}
for (let i = 0; i < 3; i++) {
  files[`u${i}.txt`] = text(`林甸县访谈之${i + 1}`, "林甸县", 200 + i);
  files[`u${i}.txt.meta.yaml`] = `date: null\nplace: ${COUNTIES.林甸县}\n`;
}
const site = buildFrom(files, ["--strict"], { PATH_PREFIX: PREFIX, SITE_URL: SITE_ORIGIN });
const articles = site.manifest();
const inCounty = (county: string) => articles.filter((a) => a.place && (a.place as { county: string }).county === county);
const titles = (list: { title: string }[]) => list.map((a) => a.title);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let base: string;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serve(site.dir, PREFIX);
  base = server.url + PREFIX;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const listed = (page: Page) => page.locator("main .article-list > li > a").allTextContents();
const pager = (page: Page) => page.getByRole("navigation", { name: "分页" });
/** Follows a link of the pager and waits for the page it leads to. */
async function follow(page: Page, name: string, path: string): Promise<void> {
  await pager(page).getByRole("link", { name, exact: true }).click();
  await expect.poll(() => page.url()).toBe(base + path);
  await page.waitForLoadState("load");
}

describe("an archive of more articles than an index page lists", () => {
  it("builds every document, newest first, undated last", () => {
    expect(site.status, site.log).toBe(0);
    expect(articles).toHaveLength(113);
    expect(articles.slice(-3).map((a) => a.date)).toEqual([null, null, null]);
  });

  it("shows the articles after the first 50 on page 2 of an index, at its stable URL", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${base}places/heilongjiang/daqing/lindian/page/2/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toBe("林甸县");
    const lindian = inCounty("林甸县");
    expect(lindian).toHaveLength(76);
    expect(await listed(page)).toEqual(titles(lindian.slice(50)));
    expect(await page.title()).toBe("林甸县 · 第 2 页 · 能力作风建设新闻档案");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(
      `${SITE_ORIGIN}${PREFIX}places/heilongjiang/daqing/lindian/page/2/`,
    );
    const sitemap = site.read("sitemap.xml");
    for (const path of ["places/heilongjiang/daqing/lindian/page/2/", "dates/2021/page/3/", "latest/page/3/", "tags/zouliucheng/page/3/"])
      expect(sitemap).toContain(`<loc>${SITE_ORIGIN}${PREFIX}${path}</loc>`);
    await page.close();
  });

  it("leads from page to page by previous, next and numbered links, the current page marked", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}dates/2021/`);
    const current = () => pager(page).locator('[aria-current="page"]').textContent();
    expect(await current()).toBe("第 1 页");
    expect(await pager(page).getByRole("link", { name: "上一页" }).count()).toBe(0);
    await follow(page, "下一页", "dates/2021/page/2/");
    expect(await current()).toBe("第 2 页");
    expect(await listed(page)).toEqual(titles(articles.slice(50, 100)));
    await follow(page, "第 3 页", "dates/2021/page/3/");
    expect(await current()).toBe("第 3 页");
    expect(await listed(page)).toEqual(titles(articles.slice(100, 110)));
    expect(await pager(page).getByRole("link", { name: "下一页" }).count()).toBe(0);
    await follow(page, "上一页", "dates/2021/page/2/");
    await follow(page, "第 1 页", "dates/2021/");
    // The trail of a later page leads back to the index's first page.
    await page.goto(`${base}dates/2021/page/3/`);
    await page.locator(".crumbs").getByRole("link", { name: "2021年" }).click();
    await expect.poll(() => page.url()).toBe(`${base}dates/2021/`);
    await page.close();
  });

  it("goes on from the home page's latest articles, by 更多, through every article newest first", async () => {
    const page = await browser.newPage();
    await page.goto(base);
    expect(await listed(page)).toEqual(titles(articles.slice(0, 10)));
    await page.locator("main").getByRole("link", { name: "更多文章" }).click();
    await expect.poll(() => page.url()).toBe(`${base}latest/`);
    expect(await page.locator("h1").textContent()).toBe("全部文章");
    expect(await listed(page)).toEqual(titles(articles.slice(0, 50)));
    await follow(page, "第 3 页", "latest/page/3/");
    expect(await listed(page)).toEqual(titles(articles.slice(100)));
    await page.close();
  });

  it("links a place's page to its Atom feed, which parses and lists the place's newest dated articles", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}places/heilongjiang/jixi/jidong/`);
    const feed = `${PREFIX}places/heilongjiang/jixi/jidong/feed.xml`;
    expect(
      await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute("href"))),
    ).toEqual([`${PREFIX}feed.xml`, feed]);
    expect(await page.locator("main").getByRole("link", { name: "订阅新文章（Atom）" }).getAttribute("href")).toBe(feed);
    const response = await page.request.get(server.url + feed);
    expect(response.status()).toBe(200);
    const parsed = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        const root = doc.documentElement;
        const text = (e: Element, name: string) => [...e.children].find((c) => c.localName === name)?.textContent ?? null;
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: [root.namespaceURI, root.localName],
          title: text(root, "title"),
          self: root.querySelector('link[rel="self"]')?.getAttribute("href"),
          entries: [...root.children]
            .filter((c) => c.localName === "entry")
            .map((e) => ({ title: text(e, "title"), link: e.querySelector("link")?.getAttribute("href") })),
        };
      },
      await response.text(),
    );
    expect(parsed.error).toBeNull();
    expect(parsed.root).toEqual(["http://www.w3.org/2005/Atom", "feed"]);
    expect(parsed.title).toBe("鸡东县 · 能力作风建设新闻档案");
    expect(parsed.self).toBe(SITE_ORIGIN + feed);
    const jidong = inCounty("鸡东县").slice(0, 20);
    expect(parsed.entries).toEqual(jidong.map((a) => ({ title: a.title, link: SITE_ORIGIN + a.url })));
    await page.close();
  });

  it("keeps undated articles out of the dated chain: they lead only to one another, as their labels say", async () => {
    const page = await browser.newPage();
    const [u0, u1, u2] = articles.slice(-3).map((a) => a.url);
    await page.goto(server.url + u1);
    const neighbours = () =>
      page
        .locator(".pager a")
        .evaluateAll((as) => as.map((a) => [a.querySelector("span")!.textContent, new URL((a as HTMLAnchorElement).href).pathname]));
    expect(await neighbours()).toEqual([
      ["上一篇（同为未注明日期）", u0],
      ["下一篇（同为未注明日期）", u2],
    ]);
    await page.goto(server.url + u0);
    expect(await neighbours()).toEqual([["下一篇（同为未注明日期）", u1]]);
    // The oldest dated article leads to no undated one.
    const oldest = articles[109]!;
    expect(oldest.date).toBe("2021-01-01");
    await page.goto(server.url + oldest.url);
    expect(await neighbours()).toEqual([["下一篇（更新）", articles[108]!.url]]);
    await page.close();
  });

  it("fits a paginated index on a desk and a phone, its page links 44 px targets, with no accessibility violations", async () => {
    for (const [width, height, label, scheme] of [
      [1280, 860, "desktop", "light"],
      [390, 844, "phone", "dark"],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(`${base}places/heilongjiang/page/2/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const sizes = await pager(page)
        .getByRole("link")
        .evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
      await page.screenshot({ path: `test-results/browse-pages-${label}-top.png` });
      await pager(page).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/browse-pages-${label}-pager.png` });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it("links every page and feed so that each resolves under the path prefix", () => {
    const { checked, broken } = checkLinks(site.dir, { origin: SITE_ORIGIN, prefix: PREFIX });
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
    expect(readFileSync(join(site.dir, "places/heilongjiang/feed.xml"), "utf8")).toContain(
      `<link href="${SITE_ORIGIN}${PREFIX}places/heilongjiang/"/>`,
    );
  });
});
