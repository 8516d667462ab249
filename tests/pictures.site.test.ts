import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { withReader } from "./chromium.js";

const site = inject("site");
const prefixed = inject("prefixed");

interface Record {
  date: string | null;
  dateEstimated: boolean;
  place: { province: string | null } | null;
}
const articles = (dir: string): Record[] =>
  (JSON.parse(readFileSync(join(dir, "api/articles.json"), "utf8")) as { articles: Record[] }).articles;

/** The timeline's bars as a reader meets them: each link's name ("2022年6月：1 篇") and where it leads. */
async function bars(page: Page): Promise<{ year: string; month: number; count: number; href: string }[]> {
  const links = page.locator(".timeline").getByRole("link", { name: /^\d{4}年\d{1,2}月：\d+ 篇$/ });
  return Promise.all(
    (await links.all()).map(async (l) => {
      const [, year, month, count] = /^(\d{4})年(\d{1,2})月：(\d+) 篇$/.exec((await l.getAttribute("aria-label"))!)!;
      return { year: year!, month: +month!, count: +count!, href: (await l.getAttribute("href"))! };
    }),
  );
}

/** The table under the timeline, as rows of its year and twelve counts. */
async function table(page: Page): Promise<Map<string, number[]>> {
  const rows = page.getByRole("region", { name: "各月文章数表" }).getByRole("table").locator("tbody tr");
  const out = new Map<string, number[]>();
  for (const row of await rows.all()) {
    const year = (await row.getByRole("rowheader").textContent())!.replace("年", "");
    out.set(year, (await row.getByRole("cell").allTextContents()).map(Number));
  }
  return out;
}

/** The number an index page gives its articles: 文章（N）. */
const listed = async (page: Page) => Number(/文章（(\d+)）/.exec((await page.locator("main h2").allTextContents()).join(" "))?.[1] ?? 0);

/** Bars and table agree: a bar for every month the table counts, and the same count. */
async function expectTableMatchesBars(page: Page) {
  const [b, t] = [await bars(page), await table(page)];
  expect(b.length).toBeGreaterThan(0);
  for (const bar of b) expect(t.get(bar.year)?.[bar.month - 1], `${bar.year}-${bar.month}`).toBe(bar.count);
  const tableTotal = [...t.values()].flat().reduce((n, c) => n + c, 0);
  expect(tableTotal).toBe(b.reduce((n, bar) => n + bar.count, 0));
  return b;
}

describe("the timeline and the map, on the seeds' site", () => {
  const reader = withReader(site.dir);
  const all = articles(site.dir);

  it("on /dates/: a bar per month, each a link to its month's page listing as many articles, and the table holds the same counts", async () => {
    const page = await reader.browser.newPage();
    await page.goto(`${reader.server.url}/dates/`);
    expect(await page.locator("script").count()).toBe(0);
    const b = await expectTableMatchesBars(page);
    const byDay = all.filter((a) => a.date && !a.dateEstimated);
    expect(b.reduce((n, bar) => n + bar.count, 0)).toBe(byDay.length);
    for (const bar of b) {
      const month = String(bar.month).padStart(2, "0");
      expect(bar.href).toBe(`/dates/${bar.year}/${month}/`);
      await page.goto(reader.server.url + bar.href);
      expect(await page.locator("h1").textContent()).toBe(`${bar.year}年${bar.month}月`);
      expect(await listed(page)).toBe(bar.count);
      expect(bar.count).toBe(byDay.filter((a) => a.date!.startsWith(`${bar.year}-${month}`)).length);
    }
    await page.goto(`${reader.server.url}/dates/`);
    // What has no month is said in numbers, not drawn.
    const undated = all.filter((a) => !a.date).length;
    const estimated = all.filter((a) => a.dateEstimated).length;
    const note = await page.locator(".timeline .note").textContent();
    expect(note).toContain(`${undated} 篇未注明日期`);
    expect(note).toContain(`${estimated} 篇只能据正文推断年份`);
    await page.close();
  });

  it("on /places/: every province-level division a square, those with articles links to their page, which lists as many", async () => {
    const page = await reader.browser.newPage();
    await page.goto(`${reader.server.url}/places/`);
    expect(await page.locator("script").count()).toBe(0);
    const map = page.locator(".tilemap svg");
    const tiles = await map.getByRole("link").all();
    const empty = await map.getByRole("img").all();
    expect(tiles.length + empty.length).toBe(34);
    const provinces = new Map<string, number>();
    for (const a of all) if (a.place?.province) provinces.set(a.place.province, (provinces.get(a.place.province) ?? 0) + 1);
    expect(tiles).toHaveLength(provinces.size);
    const targets: [string, number, string][] = [];
    for (const tile of tiles) {
      const [, name, count] = /^(.+)：(\d+) 篇$/.exec((await tile.getAttribute("aria-label"))!)!;
      expect(provinces.get(name!), name).toBe(+count!);
      targets.push([name!, +count!, (await tile.getAttribute("href"))!]);
    }
    for (const e of empty) expect(await e.getAttribute("aria-label")).toMatch(/^.+：暂无文章$/);
    for (const [name, count, href] of targets) {
      await page.goto(reader.server.url + href);
      expect(await page.locator("h1").textContent()).toBe(name);
      expect(await listed(page)).toBe(count);
    }
    await page.close();
  });

  it("on a province: its prefectures as bars, each a link to its page, and its timeline linking to the months of /dates/", async () => {
    const page = await reader.browser.newPage();
    await page.goto(`${reader.server.url}/places/heilongjiang/`);
    const rows = await page.locator(".bar-list li").all();
    expect(rows.length).toBeGreaterThan(1);
    const targets: [string, string, string][] = [];
    for (const row of rows) {
      const link = row.getByRole("link");
      targets.push([(await link.textContent())!, (await link.getAttribute("href"))!, (await row.locator(".count").textContent())!]);
    }
    const b = await expectTableMatchesBars(page);
    const here = all.filter((a) => a.place?.province === "黑龙江省");
    expect(b.reduce((n, bar) => n + bar.count, 0)).toBe(here.filter((a) => a.date && !a.dateEstimated).length);
    for (const bar of b) expect(bar.href).toBe(`/dates/${bar.year}/${String(bar.month).padStart(2, "0")}/`);
    for (const [name, href, count] of targets) {
      await page.goto(reader.server.url + href);
      expect(await page.locator("h1").textContent()).toBe(name);
      // The count beside the bar is the prefecture's own articles (提及 N counts those that only mention it).
      expect(await listed(page)).toBe(Number(/^\d+/.exec(count)?.[0] ?? 0));
    }
    await page.close();
  });

  it("on a tag and a publication: a timeline whose table holds the same counts as its bars", async () => {
    const page = await reader.browser.newPage();
    for (const path of ["/tags/zouliucheng/", "/publications/heilongjiangribao/"]) {
      await page.goto(reader.server.url + path);
      await expectTableMatchesBars(page);
    }
    await page.close();
  });
});

describe("the timeline and the map under a path prefix", () => {
  const reader = withReader(prefixed.dir, prefixed.prefix);

  it("link bars and squares under the prefix, to pages that exist", async () => {
    const page = await reader.browser.newPage();
    for (const [path, marks] of [
      ["dates/", ".timeline svg a"],
      ["places/", ".tilemap svg a"],
    ] as const) {
      await page.goto(`${reader.server.url}${prefixed.prefix}${path}`);
      const hrefs = await page.locator(marks).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href.startsWith(prefixed.prefix), href).toBe(true);
        expect((await page.request.get(reader.server.url + href)).status(), href).toBe(200);
      }
    }
    await page.close();
  });
});
