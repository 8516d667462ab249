import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { ShardList } from "../src/search/shard-list.js";
import type { Page } from "playwright-core";
import { withReader } from "./chromium.js";
import { serve } from "./serve.js";

const site = inject("site");
const prefixed = inject("prefixed");
const parts = inject("parts");
const reader = withReader(site.dir);

const LINDIAN = "/articles/000_d4019421061fcf21/";
const PINGYUAN = "/articles/002_f5d6362a3da3be2b/";
const QIANAN = "/articles/001_563726c68da262f3/";
const HULAN = "/articles/003_fe954e35177b84ce/";
const JIXI = "/articles/004_736a2d626d106f43/";

/** Waits until the search page has answered, then returns the result links in order. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /找到|没有找到|请输入/.test(document.querySelector("#search-status")?.textContent ?? ""));
  return page.locator("#search-results > li > a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function search(q: string, params = ""): Promise<{ page: Page; found: string[] }> {
  const page = await reader.browser.newPage();
  await page.goto(`${reader.server.url}/search/?q=${encodeURIComponent(q)}${params}`);
  return { page, found: await results(page) };
}

describe("searching in Chinese", () => {
  const firsts: [string, string][] = [
    ["畜牧", LINDIAN],
    ["迁安", QIANAN],
    ["萧红", HULAN],
    ["车头向前", PINGYUAN],
    ["晋伟", LINDIAN],
    // Across a word boundary: 县委|书记 in the text, 委书记 in the query.
    ["林甸县委书", LINDIAN],
  ];
  for (const [q, first] of firsts)
    it(`finds ${q} best in the article that is about it`, async () => {
      const { page, found } = await search(q);
      expect(found[0]).toBe(first);
      await page.close();
    });

  it("finds a query typed in Traditional characters", async () => {
    for (const [q, first] of [
      ["遷安", QIANAN],
      ["畜牧業", LINDIAN],
      ["蕭紅", HULAN],
    ]) {
      const { page, found } = await search(q!);
      expect(found[0], q).toBe(first);
      await page.close();
    }
  });

  it("lists every article that has the phrase, and none that only has its characters apart", async () => {
    const { page, found } = await search("晾晒");
    expect(found).toContain(JIXI);
    expect(found).not.toContain(PINGYUAN);
    const { page: other, found: none } = await search("晒晾");
    expect(none).toEqual([]);
    await page.close();
    await other.close();
  });

  it("finds nothing for a phrase whose pairs one article holds only far apart, and needs every phrase of a query", async () => {
    // The 林甸 interview holds 畜牧 and 法院, never 畜牧法院.
    const { page, found } = await search("畜牧法院");
    expect(found).toEqual([]);
    expect((await search("畜牧")).found).toContain(LINDIAN);
    expect((await search("法院")).found).toContain(LINDIAN);
    const both = await search("林甸 畜牧");
    expect(both.found).toEqual([LINDIAN]);
    // Facet counts are those of the articles found, not of either phrase alone.
    expect(await both.page.locator("#search-facets input[name='prefecture']").count()).toBe(1);
    expect(await both.page.locator("#search-facets input[name='prefecture'][value='大庆市'] ~ .count").textContent()).toBe("1");
    expect((await search("迁安 林甸")).found).toEqual([]);
    await page.close();
  });

  it("finds a number only where an article's text holds it whole: not a prefix of it, not its date", async () => {
    // No article holds 1987: Pagefind alone falls back to a prefix of it that one holds.
    const { page, found } = await search("1987");
    expect(found).toEqual([]);
    // The 平原 article is dated 2022 and names the year nowhere in its text; the 林甸 article does.
    const year = await search("2022");
    expect(year.found).toContain(LINDIAN);
    expect(year.found).not.toContain(PINGYUAN);
    await page.close();
    await year.page.close();
  });

  it("marks exactly the characters sought, and the article opened from a result marks them too, in view", async () => {
    const { page } = await search("林");
    const marks = await page.locator(".excerpt mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(["林"]));
    await page.goto(`${reader.server.url}/search/?q=${encodeURIComponent("车头向前")}`);
    await results(page);
    await page.locator("#search-results > li > a").first().click();
    await page.waitForURL(/\/articles\/.*\?hl=/);
    expect(new URL(page.url()).pathname).toBe(PINGYUAN);
    const sought = page.locator(".article-body mark.sought").first();
    expect(await sought.textContent()).toBe("车头向前");
    await expect
      .poll(() =>
        sought.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    await page.close();
  });

  it("shows title, date, place, publication and a highlighted excerpt", async () => {
    const { page } = await search("畜牧业");
    const first = page.locator("#search-results > li").first();
    expect(await first.locator("a").textContent()).toBe("能力作风建设没有休止符");
    expect(await first.locator(".meta").textContent()).toBe("2022年6月29日 · 黑龙江省 大庆市 林甸县 · 黑龙江日报");
    expect(await first.locator(".excerpt mark").first().textContent()).toBe("畜牧业");
    expect(await first.locator(".excerpt").textContent()).not.toMatch(/q[a-p]{4}/);
    await page.screenshot({ path: "test-results/search-desktop.png", fullPage: true });
    await page.close();
  });

  it("cuts excerpts from the body at sentence ends, never gluing the headline or a speaker label to the text", async () => {
    // 能力作风建设 opens the 林甸 interview's headline and its first question, asked by 记者.
    const { page } = await search("能力作风建设");
    const items = await page.locator("#search-results > li").all();
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) {
      const [title, excerpt] = [await item.locator("> a").textContent(), await item.locator("> .excerpt").textContent()];
      expect(excerpt, title!).not.toContain(title!);
      expect(excerpt, title!).toMatch(/[。！？；…”]$/);
    }
    const lindian = page.locator("#search-results > li", { has: page.locator(`a[href^="${LINDIAN}"]`) });
    expect(await lindian.locator("> .excerpt").textContent()).toBe("作为一位县委书记，您是如何领会机关“能力作风建设年”活动的重大意义的？");
    await page.close();
  });

  it("shows how the article opens when the query stands only in its headline", async () => {
    const { page, found } = await search("勇毅前行");
    expect(found).toEqual([HULAN]);
    const excerpt = (await page.locator("#search-results > li > .excerpt").textContent())!;
    expect(excerpt).not.toContain("勇毅前行");
    await page.goto(reader.server.url + HULAN);
    const opening = (await page.locator(".article-body p").first().textContent())!;
    expect(excerpt.length).toBeGreaterThan(20);
    expect(opening.startsWith(excerpt.replace(/…$/, ""))).toBe(true);
    await page.close();
  });

  it("lists the other sections of a long article that hold the query, each opening the article at its heading, marked", async () => {
    // 项目 stands in three sections of the 鸡西 article: the first's sentence is the excerpt.
    const { page } = await search("项目");
    const jixi = page.locator("#search-results > li", { has: page.locator(`a[href^="${JIXI}"]`) });
    const sections = jixi.locator(".sections > li");
    expect(await sections.locator("a").allTextContents()).toEqual(["鸡西速度+敲门行动", "晾晒制让干部紧起来"]);
    expect(await sections.first().locator(".excerpt mark").first().textContent()).toBe("项目");
    // An article whose matches are all in one section, or that has no headings, lists none.
    const qianan = page.locator("#search-results > li", { has: page.locator(`a[href^="${QIANAN}"]`) });
    expect(await qianan.locator(".sections").count()).toBe(0);
    await page.screenshot({ path: "test-results/search-sections.png", fullPage: true });
    await sections.first().locator("a").click();
    await page.waitForURL(/#s\d+$/);
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get("hl"), url.hash]).toEqual([JIXI, "项目", "#s23"]);
    const heading = page.locator("#s23");
    expect(await heading.textContent()).toBe("鸡西速度+敲门行动");
    // The section's first mark, after its heading, is in view, and so is the heading.
    const mark = page.locator("#s23 ~ p mark.sought").first();
    expect(await mark.textContent()).toBe("项目");
    const inView = (m: Element) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    };
    await expect.poll(() => mark.evaluate(inView)).toBe(true);
    expect(await heading.evaluate(inView)).toBe(true);
    await page.close();
  });

  it("says so when nothing matches, and offers a way on", async () => {
    const { page, found } = await search("量子计算机");
    expect(found).toEqual([]);
    expect(await page.locator("#search-status").textContent()).toMatch(/没有找到与“量子计算机”相符的文章/);
    expect(await page.locator("#search-status a").count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe("narrowing and ordering results", () => {
  it("filters by province with counts, keeping the filter in the URL", async () => {
    const { page, found } = await search("作风");
    expect(found.length).toBeGreaterThanOrEqual(4);
    const hebei = page.locator("#search-facets label", { hasText: "河北省" });
    expect(await hebei.locator(".count").textContent()).toBe("1");
    await hebei.locator("input").check();
    await expect.poll(() => page.locator("#search-results > li").count()).toBe(1);
    expect(new URL(page.url()).searchParams.getAll("province")).toEqual(["河北省"]);
    expect(await results(page)).toEqual([QIANAN]);
    // The filter in force is named in the status line and listed, with a way to lift it.
    expect(await page.locator("#search-status").textContent()).toContain("筛选：河北省");
    expect(await page.locator("#search-active button").allTextContents()).toEqual(["河北省 ×", "清除全部"]);
    const box = await page.locator("#search-active button").first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await page.locator("#search-active button", { hasText: "清除全部" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("province")).toEqual([]);
    expect((await results(page)).length).toBe(found.length);
    expect(await page.locator("#search-active").isHidden()).toBe(true);
    await page.close();
  });

  it("filters by year, publication and tag from the URL alone", async () => {
    const { page, found } = await search("作风", "&year=2022年&publication=黑龙江日报");
    expect(found).toEqual([LINDIAN]);
    const { page: tagged, found: byTag } = await search("", "&tag=走流程");
    expect(byTag).toEqual([LINDIAN]);
    await page.close();
    await tagged.close();
  });

  it("sorts by date both ways without dropping undated articles", async () => {
    const { page, found } = await search("干部", "&sort=newest");
    // 呼兰's year is estimated from its text (2023): it sorts as the start of that year.
    expect(found).toEqual([JIXI, HULAN, LINDIAN, PINGYUAN, QIANAN]);
    const { page: oldest, found: up } = await search("干部", "&sort=oldest");
    expect(up).toEqual([QIANAN, PINGYUAN, LINDIAN, HULAN, JIXI]);
    await page.close();
    await oldest.close();
  });

  it("keeps each search in the history, so the back button returns to the last one", async () => {
    const { page } = await search("畜牧");
    await page.locator("#search-q").fill("萧红");
    await page.locator("#search-form button").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("萧红");
    await expect.poll(() => results(page)).toEqual([HULAN]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("畜牧");
    await expect.poll(() => page.locator("#search-q").inputValue()).toBe("畜牧");
    expect((await results(page))[0]).toBe(LINDIAN);
    await page.close();
  });
});

describe("searching from anywhere", () => {
  it("takes a query from the header of an article page to the results", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + JIXI);
    await page.locator(".site-search input").fill("萧红");
    await page.locator(".site-search input").press("Enter");
    await expect.poll(() => results(page)).toEqual([HULAN]);
    await page.close();
  });

  it("lays out results on a phone without shifting them or scrolling sideways", async () => {
    const page = await reader.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${reader.server.url}/search/?q=${encodeURIComponent("作风建设")}`);
    expect((await results(page)).length).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator("#search-facets-box").getAttribute("open")).toBeNull();
    await page.screenshot({ path: "test-results/search-phone.png" });
    await page.close();
  });

  it("fetches the filter lists on a phone only when the reader opens the facets", async () => {
    const page = await reader.browser.newPage({ viewport: { width: 390, height: 844 } });
    const filterFiles: string[] = [];
    page.on("request", (r) => void (r.url().includes("/pagefind/filter/") && filterFiles.push(r.url())));
    await page.goto(`${reader.server.url}/search/?q=${encodeURIComponent("作风建设")}`);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(filterFiles).toEqual([]);
    expect(await page.locator("#search-facets input").count()).toBe(0);
    await page.locator("#search-facets-box summary").click();
    await expect.poll(() => page.locator("#search-facets input").count()).toBeGreaterThan(0);
    expect(filterFiles.length).toBeGreaterThan(0);
    // The opened facets lie over the results, within the screen, and the results have not moved.
    const panel = (await page.locator("#search-facets").boundingBox())!;
    const first = (await page.locator("#search-results > li").first().boundingBox())!;
    expect(panel.y + panel.height).toBeLessThanOrEqual(844 + 1);
    expect(panel.y).toBeLessThan(first.y + first.height);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("#search-facets")!).position)).toBe("fixed");
    await page.screenshot({ path: "test-results/search-phone-facets.png" });
    await page.locator("#search-facets .facets-close").click();
    expect(await page.locator("#search-facets-box").getAttribute("open")).toBeNull();
    expect(await page.locator("#search-facets label", { hasText: "黑龙江省" }).locator(".count").textContent()).toMatch(/^\d+$/);
    await page.close();
  });

  it("searches an archive built in two parts by year from either part, linking into the other", async () => {
    // Each part publishes its own years only.
    expect(existsSync(join(parts.dir, "2022", LINDIAN))).toBe(true);
    expect(existsSync(join(parts.dir, "2022", QIANAN))).toBe(false);
    expect(existsSync(join(parts.dir, "rest", QIANAN))).toBe(true);
    const srv = await serve(parts.dir, parts.prefix);
    const page = await reader.browser.newPage();
    const find = async (part: string, q: string) => {
      await page.goto(`${srv.url}/parts/${part}/search/?q=${encodeURIComponent(q)}`);
      return results(page);
    };
    // 迁安 is undated (the other part); 畜牧 is Lindian, 2022.
    expect((await find("2022", "迁安"))[0]).toBe(`/parts/rest${QIANAN}`);
    expect((await find("rest", "畜牧"))[0]).toBe(`/parts/2022${LINDIAN}`);
    const all = await find("2022", "工作");
    expect(all.filter((u) => u.startsWith("/parts/2022/"))).toHaveLength(2);
    expect(all.filter((u) => u.startsWith("/parts/rest/")).length).toBeGreaterThanOrEqual(3);
    // A result in the other part opens there.
    await find("2022", "迁安");
    await page.locator("#search-results > li > a").first().click();
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/迁安/);
    await page.close();
    await srv.close();
  });

  it("works on a project site under its path prefix, searching the newest shards first, then all", async () => {
    const list = JSON.parse(readFileSync(join(prefixed.dir, "pagefind", "shards.json"), "utf8")) as ShardList;
    expect(list.shards.length).toBeGreaterThanOrEqual(5);
    expect(list.firstLoad).toBe(2);
    const pfx = await serve(prefixed.dir, prefixed.prefix);
    const page = await reader.browser.newPage();
    // 工作 is in every seed. At first two articles are searched, and the page says so.
    await page.goto(`${pfx.url}${prefixed.prefix}search/?q=${encodeURIComponent("工作")}`);
    expect((await results(page)).length).toBeLessThanOrEqual(2);
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/在最新的 2 篇文章中（共 \d+ 篇）找到/);
    // Asked for everything, each shard's article is found and counted once.
    await page.locator("#search-all").click();
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^找到 \d+ 篇/);
    const all = await results(page);
    for (const a of [LINDIAN, PINGYUAN, QIANAN, HULAN, JIXI]) expect(all.filter((u) => u === prefixed.prefix + a.slice(1))).toHaveLength(1);
    expect(await page.locator("#search-all").isHidden()).toBe(true);
    // A filter is about the whole archive: it searches every shard at once.
    await page.goto(`${pfx.url}${prefixed.prefix}search/?q=${encodeURIComponent("工作")}&province=${encodeURIComponent("河北省")}`);
    expect(await results(page)).toEqual([`${prefixed.prefix}articles/001_563726c68da262f3/`]);
    // 迁安 is undated, so in the oldest shard: not found at first, found once all is searched.
    await page.goto(`${pfx.url}${prefixed.prefix}search/?q=${encodeURIComponent("迁安")}`);
    expect(await results(page)).toEqual([]);
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/在最新的 2 篇文章中.*没有找到/);
    await page.locator("#search-all").click();
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^找到/);
    expect((await results(page))[0]).toBe(`${prefixed.prefix}articles/001_563726c68da262f3/`);
    await page.locator("#search-results > li > a").first().click();
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/迁安/);
    await page.close();
    await pfx.close();
  });
});
