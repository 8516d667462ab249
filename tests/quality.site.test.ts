import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { axeViolations, withReader } from "./chromium.js";

const site = inject("site");

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith(".html") ? [p] : [];
  });

describe("the HTML of every page", () => {
  it("validates with no errors", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const files = htmlFiles(site.dir);
    expect(files.length).toBeGreaterThan(40);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${file.slice(site.dir.length)}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});

describe("accessibility (axe-core in Chromium)", () => {
  const reader = withReader(site.dir);

  const pages = [
    "/",
    "/latest/",
    "/articles/000_d4019421061fcf21/",
    "/articles/000_d4019421061fcf21/hant/",
    "/articles/003_fe954e35177b84ce/",
    "/dates/",
    "/dates/2022/",
    "/dates/2022/06/",
    "/dates/undated/",
    "/places/",
    "/places/heilongjiang/",
    "/places/heilongjiang/jixi/jidong/",
    "/tags/",
    "/tags/zouliucheng/",
    "/publications/",
    "/publications/heilongjiangribao/",
    "/search/?q=%E7%95%9C%E7%89%A7",
    "/404.html",
  ];
  for (const scheme of ["light", "dark"] as const)
    it(`finds no violations on any kind of page in the ${scheme} theme`, async () => {
      const page = await reader.browser.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(reader.server.url + path);
        if (path.startsWith("/search/"))
          await page.waitForFunction(() => /找到/.test(document.querySelector("#search-status")?.textContent ?? ""));
        found.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
      }
      expect(found).toEqual([]);
      await page.close();
    });
});
