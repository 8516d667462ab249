import { readdirSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { withReader } from "./chromium.js";
import { ALLOWED_WORDS, documentWords, latinWords } from "./latin.js";

const site = inject("site");
const workflow = inject("workflow");

/** Every page a reader can open: the HTML pages and the feeds, by their paths. */
const pagesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") || f.endsWith("feed.xml"))
    .map((f) => `/${f}`.replace(/index\.html$/, ""));

/**
 * What a reader sees of the page open: its title, the body's text and the labels read out or shown
 * on hovering. The BibTeX record is for reference managers: its field names are the format's.
 */
const visibleText = () => {
  document.querySelector("#cite-bib")?.remove();
  const attributes = [...document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")].flatMap((e) =>
    ["aria-label", "title", "alt", "placeholder"].map((a) => e.getAttribute(a) ?? ""),
  );
  return [document.title, document.body?.innerText ?? document.documentElement.textContent ?? "", ...attributes].join("\n");
};

for (const [name, built] of [
  ["the seeds", site],
  ["an archivist's folder", workflow],
] as const)
  describe(`every word a reader sees on a site of ${name}`, () => {
    const reader = withReader(built.dir);

    it("is Chinese, but for proper names, addresses, file names, digests and the documents' own words", async () => {
      const allowed = new Set([...ALLOWED_WORDS, ...documentWords(built.content)]);
      const paths = [...pagesOf(built.dir), "/search/?q=%E4%BC%9A%E8%AE%AE"];
      expect(paths.length).toBeGreaterThan(20);
      const page = await reader.browser.newPage();
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(reader.server.url + path);
        if (path.includes("?q="))
          await page.waitForFunction(() => /找到/.test(document.querySelector("#search-status")?.textContent ?? ""));
        const words = latinWords(await page.evaluate(visibleText), allowed);
        if (words.length) found.push(`${path}: ${words.join(" ")}`);
      }
      expect(found).toEqual([]);
      await page.close();
    });
  });
