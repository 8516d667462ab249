import { describe, expect, inject, it } from "vitest";
import { withReader } from "./chromium.js";

const site = inject("site");

describe("an article printed", () => {
  const reader = withReader(site.dir);

  it("has no buttons, search box or navigation, and names the site and the article's address", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + "/articles/000_d4019421061fcf21/");
    const head = page.locator(".print-only");
    // On screen the page's own header names the site: the printed line is for paper only.
    expect(await head.isVisible()).toBe(false);
    expect(await page.locator(".script-switch").isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll("button, form, input, nav")]
        .filter((e) => (e as HTMLElement).checkVisibility())
        .map((e) => e.outerHTML.slice(0, 60)),
    );
    expect(shown).toEqual([]);
    expect(await head.isVisible()).toBe(true);
    expect(await head.textContent()).toBe("能力作风建设新闻档案　本页地址：https://archive.example/articles/000_d4019421061fcf21/");
    await page.screenshot({ path: "test-results/article-print.png" });
    await page.close();
  });
});
