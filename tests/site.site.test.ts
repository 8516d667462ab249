import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { Parser } from "htmlparser2";

const site = inject("site");
const read = (p: string) => readFileSync(join(site.dir, p), "utf8");
const manifest = () => JSON.parse(read("api/articles.json")) as { articles: { source: string; url: string; title: string }[] };

describe("the built site", () => {
  it("builds every good document and names each bad one with its reason", () => {
    expect(site.log).toMatch(/ERROR "empty\.txt": the file is empty/);
    expect(site.log).toMatch(/ERROR "扫描件 副本\.bin": .*(binary|none of UTF-8)/);
    expect(site.log).toMatch(/6 articles built, \d+ warnings, 2 errors/);
    expect(
      manifest()
        .articles.map((a) => a.source)
        .sort(),
    ).toEqual([
      "000_d4019421061fcf21.txt",
      "001_563726c68da262f3.txt",
      "002_f5d6362a3da3be2b.txt",
      "003_fe954e35177b84ce.txt",
      "004_736a2d626d106f43.txt",
      "hostile.html",
    ]);
  });

  it("logs one line per article with what was found and guessed", () => {
    expect(site.log).toMatch(
      /\[archive\] "000_d4019421061fcf21\.txt" \[plain, utf-8\] · 《能力作风建设没有休止符》 · 2022-06-29 \(issue line\) · 黑龙江日报 \(credit line\) · 刘楠、李民峰 · 黑龙江省\/大庆市\/林甸县/,
    );
    expect(site.log).toMatch(/"001_563726c68da262f3\.txt" .* guessed\/missing: no date, no publication, no authors/);
  });

  it("writes each article at its URL, in Chinese, with the body marked for search", () => {
    for (const a of manifest().articles) {
      const file = join(site.dir, a.url, "index.html");
      expect(existsSync(file), a.url).toBe(true);
      const html = readFileSync(file, "utf8");
      expect(html).toContain('<html lang="zh-CN">');
      expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    }
  });

  it("lets no markup from a raw document through", () => {
    const a = manifest().articles.find((x) => x.source === "hostile.html")!;
    const html = readFileSync(join(site.dir, a.url, "index.html"), "utf8");
    // Markup, not text: the raw document's tags and handlers must not become elements or attributes.
    const elements: { name: string; attrs: Record<string, string> }[] = [];
    const parser = new Parser({ onopentag: (name, attrs) => elements.push({ name, attrs }) });
    parser.end(html);
    expect(elements.filter((e) => ["img", "style", "iframe", "object"].includes(e.name))).toEqual([]);
    expect(elements.filter((e) => Object.keys(e.attrs).some((k) => k.startsWith("on")))).toEqual([]);
    // The only scripts are the archive's own: its structured data and its article script.
    expect(elements.filter((e) => e.name === "script").map((e) => e.attrs.src ?? e.attrs.type)).toEqual([
      "application/ld+json",
      "/assets/article.js",
    ]);
    expect(html).toContain("&lt;img src=x");
    expect(a.title).toBe("某县召开会议");
  });

  it("keeps permalinks to the raw file's name", () => {
    expect(manifest().articles.find((a) => a.source === "000_d4019421061fcf21.txt")!.url).toBe("/articles/000_d4019421061fcf21/");
  });

  it("publishes an Atom feed of the dated articles, newest first, with their cleaned text", () => {
    const feed = read("feed.xml");
    expect(feed).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<\?xml-stylesheet type="text\/xsl" href="\/assets\/feed.xsl"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<title>([^<]*)<\/title>[\s\S]*?<updated>([^<]*)<\/updated>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    // Midnight in China, the papers' time zone.
    expect(entries).toEqual([
      ["鸡西能力作风建设“实”字当头", "2023-05-17T00:00:00+08:00"],
      ["能力作风建设没有休止符", "2022-06-29T00:00:00+08:00"],
      ["平原：激活高质量发展原动力", "2022-02-15T00:00:00+08:00"],
    ]);
    expect(feed).toContain("&lt;p class=&quot;turn ask&quot;&gt;&lt;strong class=&quot;speaker&quot;&gt;记者&lt;/strong&gt;");
  });

  it("lists every page in the sitemap and points robots.txt at it", () => {
    const locs = [...read("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain("/");
    expect(locs).toContain("/places/heilongjiang/daqing/lindian/");
    expect(locs).toContain("/dates/undated/");
    expect(locs).toContain("/latest/");
    for (const a of manifest().articles) expect(locs).toContain(a.url);
    expect(new Set(locs).size).toBe(locs.length);
    expect(read("robots.txt")).toMatch(/^Sitemap: https:\/\/archive\.example\/sitemap\.xml$/m);
  });
});
