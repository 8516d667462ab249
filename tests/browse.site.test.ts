import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { serve } from "./serve.js";

const site = inject("site");
const prefixed = inject("prefixed");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks links by their visible text, in order, from the home page, and returns the page reached. */
async function clickThrough(page: Page, root: string, steps: (string | RegExp)[]): Promise<Page> {
  await page.goto(root);
  for (const name of steps) {
    const before = page.url();
    await page
      .locator("main")
      .getByRole("link", { name, exact: typeof name === "string" })
      .first()
      .click();
    await expect.poll(() => page.url()).not.toBe(before);
    // The URL changes before the new page has loaded its stylesheet: wait for it.
    await page.waitForLoadState("load");
  }
  return page;
}

const LINDIAN = "能力作风建设没有休止符";

describe("a reader browsing", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(site.dir);
  });
  afterAll(async () => {
    await server?.close();
  });

  const routes: [string, (string | RegExp)[], string][] = [
    ["date", ["按日期", "2022年", "6月", LINDIAN], "2022年6月"],
    ["place", ["按地点", "黑龙江省", "大庆市", "林甸县", LINDIAN], "林甸县"],
    ["tag", ["按标签", "走流程", LINDIAN], "标签：走流程"],
    ["publication", ["按报刊", "黑龙江日报", LINDIAN], "黑龙江日报"],
  ];
  for (const [kind, steps, indexHeading] of routes)
    it(`reaches an article from the home page by ${kind}`, async () => {
      const page = await browser.newPage();
      await clickThrough(page, server.url + "/", steps.slice(0, -1));
      expect(await page.locator("h1").textContent()).toBe(indexHeading);
      await page.screenshot({ path: `test-results/index-${kind}.png`, fullPage: true });
      await page.locator("main").getByRole("link", { name: LINDIAN, exact: true }).click();
      await expect.poll(() => page.locator("h1").textContent()).toBe(LINDIAN);
      expect(page.url()).toBe(server.url + "/articles/000_d4019421061fcf21/");
      await page.close();
    });

  it("follows an article's breadcrumbs, tags and neighbours", async () => {
    const page = await browser.newPage();
    await page.goto(server.url + "/articles/000_d4019421061fcf21/");
    expect(await page.locator(".crumbs").textContent()).toMatch(/首页.*黑龙江省.*大庆市.*林甸县.*2022年.*6月/s);
    await page.locator(".pager .next").click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("“五劲”齐发激活力 勇毅前行谱新篇");
    // An estimated date is browsed by its year only, and says so.
    expect(await page.locator(".facts").textContent()).toContain("约2023年");
    await page.locator(".crumbs").getByRole("link", { name: "2023年" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("2023年");
    expect(await page.locator(".article-list").textContent()).toContain("约2023年");
    await page.goto(server.url + "/articles/000_d4019421061fcf21/");
    await page.locator(".tags").getByRole("link", { name: "能力作风建设", exact: true }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("标签：能力作风建设");
    expect(await page.locator(".article-list > li").count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it("lists articles that only mention a place apart from the place's own", async () => {
    const page = await browser.newPage();
    await page.goto(server.url + "/places/");
    await page.screenshot({ path: "test-results/places.png", fullPage: true });
    await page.getByRole("link", { name: "鸡东县" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("鸡东县");
    expect(await page.locator("main h2").allTextContents()).toEqual(["文章（0）", "也提到鸡东县的文章"]);
    await page.close();
  });

  it("answers a missing page with the 404 page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(server.url + "/articles/no-such-article/");
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("找不到这个页面");
    await page.close();
  });
});

describe("a reader of the project site under a path prefix", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(prefixed.dir, prefixed.prefix);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("browses from the home page to an article with styles loaded", async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(r.url()));
    await clickThrough(page, server.url + prefixed.prefix, ["按地点", "黑龙江省", "大庆市", "林甸县", LINDIAN]);
    expect(page.url()).toBe(`${server.url}${prefixed.prefix}articles/000_d4019421061fcf21/`);
    const accent = await page.evaluate(() => getComputedStyle(document.querySelector(".site-name")!).fontWeight);
    expect(accent).toBe("700");
    // The 404 page links home under the prefix, from any depth.
    await page.goto(`${server.url}${prefixed.prefix}a/b/c/missing`);
    await page.locator("main").getByRole("link", { name: "首页" }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}${prefixed.prefix}`);
    expect(failed.filter((u) => !u.includes("/a/b/c/missing"))).toEqual([]);
    await page.close();
  });
});
