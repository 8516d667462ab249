import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { serve } from "./serve.js";

const site = inject("site");
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(site.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a reader in Chromium", () => {
  it("goes from the home page to an interview and reads it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + "/");
    await page.getByRole("link", { name: "能力作风建设没有休止符" }).click();
    await expect.poll(() => page.url()).toContain("/articles/000_d4019421061fcf21/");
    await expect.poll(() => page.locator("h1").textContent()).toBe("能力作风建设没有休止符");
    expect(await page.locator(".subtitle").textContent()).toContain("林甸县委书记晋伟访谈");
    expect(await page.locator("[data-pagefind-body] strong.speaker").first().textContent()).toBe("记者");
    expect(await page.locator("[data-pagefind-body] h2").allTextContents()).toContain("反应迅速 高位推进");
    expect(await page.locator(".facts").textContent()).toMatch(/2022年6月29日.*黑龙江日报.*刘楠、李民峰.*黑龙江省 · 大庆市 · 林甸县/s);
    await page.screenshot({ path: "test-results/article-desktop.png" });
    await page.close();
  });

  it("fits a phone screen without sideways scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(server.url + "/articles/004_736a2d626d106f43/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("[data-pagefind-body] p")!).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
    await page.screenshot({ path: "test-results/article-phone.png" });
    await page.close();
  });

  it("links the original of a scraped page", async () => {
    const page = await browser.newPage();
    await page.goto(server.url + "/articles/002_f5d6362a3da3be2b/");
    expect(await page.locator(".facts a[rel~=nofollow]").getAttribute("href")).toBe(
      "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202202152276714370",
    );
    await page.close();
  });
});
