import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { withReader } from "./chromium.js";

const site = inject("site");
const reader = withReader(site.dir);
// The seeds' interview: a 目录, interview questions, a place trail and related articles.
const LINDIAN = "/articles/000_d4019421061fcf21/";
const PINGYUAN = "/articles/002_f5d6362a3da3be2b/";

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe("the 繁體 reading of an article", () => {
  it("is the whole page in Traditional characters at its own address, which ?hant leads to", async () => {
    const page = await reader.browser.newPage();
    await page.goto(`${reader.server.url}${LINDIAN}?hant#s2`);
    await page.waitForURL(`${reader.server.url}${LINDIAN}hant/#s2`);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-Hant");
    expect(await page.locator("h1").textContent()).toBe("能力作風建設沒有休止符");
    expect(await page.locator(".toc .wide summary").textContent()).toBe("目錄");
    expect(await page.locator(".toc a").first().textContent()).toBe("踏石留印 抓鐵有痕");
    expect(await texts(page, ".crumbs a")).toEqual(["首頁", "黑龍江省", "大慶市", "林甸縣", "2022年", "6月"]);
    expect(await texts(page, ".facts dt")).toEqual(["日期", "來源", "作者", "地點", "閱讀"]);
    expect(await page.locator(".site-nav").textContent()).toContain("報刊");
    // An interview question keeps its class, and so its weight.
    const question = page.locator(".article-body .turn.ask").first();
    expect(await question.textContent()).toMatch(/^記者：作為一位縣委書記/);
    expect(await question.evaluate((e) => getComputedStyle(e).fontWeight)).toBe("600");
    // The way back says 简体, in Simplified.
    expect(await page.locator(".script-switch").textContent()).toBe("简体");
    await page.close();
  });

  it("is remembered for the next article once chosen, until 简体 is chosen", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + PINGYUAN);
    await page.locator(".script-switch").click();
    await page.waitForURL(`${reader.server.url}${PINGYUAN}hant/`);
    expect(await page.locator(".article-body").textContent()).toContain("幹部是決定因素");
    await page.goto(reader.server.url + LINDIAN);
    await page.waitForURL(`${reader.server.url}${LINDIAN}hant/`);
    await page.locator(".script-switch").click();
    await page.waitForURL(reader.server.url + LINDIAN);
    expect(await page.locator("h1").textContent()).toBe("能力作风建设没有休止符");
    await page.goto(reader.server.url + PINGYUAN);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await page.close();
  });

  it("leaves the Simplified page whole without script, its switch a plain link", async () => {
    const context = await reader.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${reader.server.url}${LINDIAN}?hant`);
    expect(await page.locator("h1").textContent()).toBe("能力作风建设没有休止符");
    expect(await page.locator(".article-body").textContent()).toContain("能力作风建设");
    expect(await page.locator(".copy-link").isVisible()).toBe(false);
    await page.locator(".script-switch").click();
    await page.waitForURL(`${reader.server.url}${LINDIAN}hant/`);
    expect(await page.locator("h1").textContent()).toBe("能力作風建設沒有休止符");
    await context.close();
  });
});

describe("the 目录", () => {
  it("is folded on a phone and open on a desk, with or without script", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await reader.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      const phone = await context.newPage();
      await phone.goto(reader.server.url + LINDIAN);
      const shown = phone.locator(".toc details:visible");
      expect(await shown.count()).toBe(1);
      expect(await shown.getAttribute("open")).toBeNull();
      expect(await phone.locator(".toc a:visible").count()).toBe(0);
      await shown.locator("summary").click();
      expect(await phone.locator(".toc a:visible").count()).toBeGreaterThan(3);
      // A wrapped entry starts on the line of its number.
      const starts = await shown
        .locator("li")
        .evaluateAll((lis) => lis.map((li) => li.querySelector("a")!.getBoundingClientRect().top - li.getBoundingClientRect().top));
      expect(Math.max(...starts)).toBeLessThan(2);
      await phone.setViewportSize({ width: 1280, height: 900 });
      await phone.reload();
      expect(await phone.locator(".toc details:visible").getAttribute("open")).toBe("");
      expect(await phone.locator(".toc a:visible").count()).toBeGreaterThan(3);
      await context.close();
    }
  });
});

describe("headlines", () => {
  it("wrap between words on a small phone, never inside one", async () => {
    const page = await reader.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(reader.server.url + LINDIAN);
    // Each word between two <wbr> sits on one line, and the headline takes more than one.
    const lines = await page.locator("h1").evaluate((h1) =>
      [...h1.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => {
          const range = document.createRange();
          range.selectNodeContents(n);
          return [...new Set([...range.getClientRects()].map((r) => Math.round(r.top)))];
        }),
    );
    expect(lines.every((tops) => tops.length === 1)).toBe(true);
    expect(new Set(lines.flat()).size).toBeGreaterThan(1);
    await page.close();
  });
});

describe("links to an article's sections and to the article", () => {
  it("give each heading an anchor to its own id, named in Chinese, which the 目录 links to", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + LINDIAN);
    const anchors = await page
      .locator(".article-body .anchor")
      .evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.closest("h2, h3")!.id, a.getAttribute("aria-label")]));
    expect(anchors.length).toBeGreaterThan(3);
    for (const [href, id, name] of anchors) {
      expect(href).toBe(`#${id}`);
      expect(name).toBe("本节链接");
    }
    const toc = await page.locator(".toc a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(toc.every((href) => anchors.some(([h]) => h === href))).toBe(true);
    await page.locator(".article-body .anchor").nth(2).click();
    expect(new URL(page.url()).hash).toBe(anchors[2]![0]);
    expect(await page.locator(`${anchors[2]![0]}`).evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(50);
    await page.close();
  });

  it("copy the article's address with the button, and a section's with its anchor", async () => {
    const context = await reader.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(`${reader.server.url}${LINDIAN}?hl=${encodeURIComponent("林甸")}`);
    await page.locator(".copy-link").click();
    await expect.poll(() => page.locator(".copy-link").textContent()).toBe("已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reader.server.url + LINDIAN);
    const anchor = page.locator(".article-body .anchor").first();
    const href = await anchor.getAttribute("href");
    await anchor.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${reader.server.url}${LINDIAN}${href}`);
    await context.close();
  });
});

describe("related articles", () => {
  it("link to other articles' pages, never the article itself, at most five", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + LINDIAN);
    const hrefs = await page.locator(".related a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.length).toBeLessThanOrEqual(5);
    expect(hrefs).not.toContain(LINDIAN);
    for (const href of hrefs) {
      const title = await page.locator(`.related a[href="${href}"]`).textContent();
      const other = await reader.browser.newPage();
      const response = await other.goto(reader.server.url + href);
      expect(response!.status()).toBe(200);
      expect(await other.locator("h1").textContent()).toBe(title);
      expect(await other.locator(".article-body").count()).toBe(1);
      await other.close();
    }
    // On the Traditional page they lead to Traditional pages.
    await page.goto(`${reader.server.url}${LINDIAN}hant/`);
    const traditional = await page.locator(".related a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(traditional).toEqual(hrefs.map((h) => `${h}hant/`));
    await page.close();
  });
});

describe("the site's furniture", () => {
  it("has one search box on the search page", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + "/search/");
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.close();
  });

  it("sets an index page's current breadcrumb on the baseline of the links", async () => {
    const page = await reader.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(reader.server.url + "/places/heilongjiang/daqing/");
    const bottoms = await page.locator(".crumbs li").evaluateAll((lis) =>
      lis.map((li) => {
        const range = document.createRange();
        range.selectNodeContents(li.querySelector("a") ?? li);
        return Math.round(range.getClientRects()[0]!.bottom);
      }),
    );
    expect(new Set(bottoms).size).toBe(1);
    await page.close();
  });
});
