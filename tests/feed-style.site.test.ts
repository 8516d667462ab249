import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { serve } from "./serve.js";
import { renderFeed } from "../src/render/feed.js";
import { makeArticle } from "./helpers.js";

const prefixed = inject("prefixed");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** What a browser shows of a feed: its title, the text, the entries' links, and any element that could run or load something. */
async function open(url: string) {
  const page = await browser.newPage();
  await page.goto(url);
  const shown = await page.evaluate(() => ({
    title: document.title,
    heading: document.querySelector("h1")?.textContent ?? null,
    text: document.body?.innerText ?? "",
    links: [...document.querySelectorAll("li a")].map((a) => a.getAttribute("href")),
    active: document.querySelectorAll("script, img, iframe, object, embed, [onerror], [onclick]").length,
    ran: (window as unknown as { ran?: boolean }).ran ?? false,
  }));
  await page.close();
  return shown;
}

describe("a feed opened in a browser", () => {
  it("reads as a page in Chinese, its stylesheet served under the path prefix", async () => {
    const server = await serve(prefixed.dir, prefixed.prefix);
    const xml = readFileSync(join(prefixed.dir, "feed.xml"), "utf8");
    expect(xml).toContain(`<?xml-stylesheet type="text/xsl" href="${prefixed.prefix}assets/feed.xsl"?>`);
    const shown = await open(`${server.url}${prefixed.prefix}feed.xml`);
    await server.close();
    const title = xml.match(/<title>([^<]*)<\/title>/)![1]!;
    expect(shown.heading).toBe(title);
    expect(shown.title).toBe(`订阅源：${title}`);
    expect(shown.text).toContain("这是一个订阅源（Atom 格式）");
    // Every entry, linked to its article, dated by the day it is stamped with.
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"\/>\n<updated>(\d{4}-\d\d-\d\d)/g)];
    expect(entries.length).toBeGreaterThan(1);
    expect(shown.links).toEqual(entries.map((e) => e[1]));
    for (const e of entries) expect(shown.text).toContain(e[2]);
    expect(shown.text).toContain(`最新的 ${entries.length} 篇`);
    expect(shown.active).toBe(0);
  });

  it("shows an entry's markup as text, and runs nothing of it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "feed-style-"));
    mkdirSync(join(dir, "assets"));
    cpSync("src/assets/feed.xsl", join(dir, "assets/feed.xsl"));
    const hostile = `<img src=x onerror="window.ran=true">某县召开会议<script>window.ran=true</script>`;
    const a = makeArticle("a", { title: hostile, date: "2022-06-29", blocks: [{ kind: "paragraph", text: hostile, line: 1 }] });
    const site = { title: "某某档案", description: "某某档案的说明", url: "https://archive.example" };
    const feed = { path: "/feed.xml", page: "/", name: null, entries: [a], full: false };
    writeFileSync(join(dir, "feed.xml"), renderFeed(feed, site, "/"));
    const server = await serve(dir);
    const shown = await open(`${server.url}/feed.xml`);
    await server.close();
    expect(shown.heading).toBe("某某档案");
    expect(shown.text).toContain(hostile);
    expect(shown.text).toContain("2022-06-29");
    expect(shown.active).toBe(0);
    expect(shown.ran).toBe(false);
  });
});
