import { describe, expect, it } from "vitest";
import { buildFrom } from "./build.js";
import { withReader } from "./chromium.js";
import { ocrExport, scraperExport } from "./ocr.js";

const site = buildFrom({ "扫描件.json": ocrExport("某县召开春耕生产会议"), "导出.json": scraperExport("某县召开春耕动员会议") });
const pathOf = (source: string) => site.manifest().find((a) => a.source === source)!.url;

describe("an article machine-read off a scan", () => {
  const reader = withReader(site.dir);

  it("says over its text that the text is machine-read and uncorrected, on screen and on paper", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + pathOf("扫描件.json"));
    const notice = page.locator('.notice.scanned[role="note"]');
    expect(await notice.textContent()).toMatch(/^本文是机器从扫描件识读出的文字，未经人工校对/);
    expect(await notice.isVisible()).toBe(true);
    // Above the text, where a reader starts.
    expect(
      await page.evaluate(
        () =>
          !!(
            document.querySelector(".notice.scanned")!.compareDocumentPosition(document.querySelector(".article-body")!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      ),
    ).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await notice.isVisible()).toBe(true);
    await page.goto(reader.server.url + pathOf("导出.json"));
    expect(await page.locator(".notice.scanned").count()).toBe(0);
    await page.close();
  });
});
