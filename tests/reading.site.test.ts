import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { renderArticle, readingMinutes } from "../src/render/article.js";
import type { ArticleLinks } from "../src/site/model.js";
import { bibtex, gbt7714 } from "../src/render/cite.js";
import { chinaDay } from "../src/site/dates.js";
import { newsArticleJsonLd } from "../src/render/jsonld.js";
import type { Block } from "../src/model/types.js";
import { RULES } from "../src/model/rules.js";
import { message } from "../src/model/messages.js";
import { withReader } from "./chromium.js";
import { makeArticle } from "./helpers.js";

const site = inject("site");
const para = (text: string, line = 1): Block => ({ kind: "paragraph", text, line });
const heading = (text: string, level?: 3): Block => ({ kind: "heading", text, line: 1, ...(level ? { level } : {}) });
const links: ArticleLinks = {
  places: [],
  dates: [{ name: "未注明日期", path: "/dates/undated/" }],
  tagPath: (t) => `/tags/${t}/`,
  publicationPath: null,
  neighbours: { previous: null, next: null },
  url: "https://archive.example/articles/a/",
  sources: [{ name: "a.txt", view: "/raw/a/", raw: "/raw/a.bin" }],
  seeAlso: [],
  cited: "2024-05-01",
  related: [],
  officials: [],
};

describe("an article page's reading aids", () => {
  it("gives reading time by characters, about 400 a minute", () => {
    expect(readingMinutes([para("字".repeat(4000))])).toBe(10);
    expect(readingMinutes([para("短")])).toBe(1);
  });

  it("adds a nested table of contents to long articles only", () => {
    const long = makeArticle("a", { blocks: [heading("一"), para("字".repeat(3100)), heading("一之一", 3), heading("二")] });
    const html = renderArticle(long, links);
    expect(html).toContain('<ol><li><a href="#s0">一</a><ol><li><a href="#s2">一之一</a></li></ol></li><li><a href="#s3">二</a></li></ol>');
    expect(html).toContain('<h3 id="s2">一之一<a class="anchor" href="#s2" aria-label="本节链接"></a></h3>');
    const short = makeArticle("b", { blocks: [heading("一"), para("短文。")] });
    expect(renderArticle(short, links)).not.toContain('class="toc"');
  });

  it("shows questions apart from answers in an interview", () => {
    const html = renderArticle(
      makeArticle("c", {
        blocks: [
          { ...para("怎么看？"), speaker: "记者" },
          { ...para("这样看。"), speaker: "晋伟" },
        ],
      }),
      links,
    );
    expect(html).toContain('<p class="turn ask"><strong class="speaker">记者</strong>：怎么看？</p>');
    expect(html).toContain('<p class="turn"><strong class="speaker">晋伟</strong>：这样看。</p>');
  });

  it("reports what cleaning changed, line by line, with the raw text linked", () => {
    const a = makeArticle("d", {
      messages: [
        message("d", RULES.breadcrumb, 1, "首页 > 新闻"),
        message("d", RULES.paragraphCollapsed, 40, "重复的一段"),
        message("d", RULES.paragraphCollapsed, 41, "又一段"),
      ],
    });
    const html = renderArticle(a, links);
    expect(html).toContain("清理记录：删除网页或版面杂项 1 处，折叠重复段落 2 处");
    expect(html).toContain('<a href="/raw/a/#L40">第 40 行</a>：重复的一段');
    expect(html).toContain('<a href="/raw/a/">原始文本</a>');
  });
});

describe("what the page says of the source", () => {
  it("says where the source itself breaks off, after the paragraph that does", () => {
    const a = makeArticle("e", {
      blocks: [para("全县推进帮扶措施精", 7), para("第二段从新的话题说起。", 9), para("另一段在同一行结束", 7)],
      messages: [message("e", RULES.breaksOff, 7, "…全县推进帮扶措施精")],
    });
    const html = renderArticle(a, links);
    expect(html).toContain('<p>全县推进帮扶措施精<span class="note breaks-off" data-pagefind-ignore>〔原文此处不全〕</span></p>');
    expect(html.split("〔原文此处不全〕").length - 1).toBe(1);
    expect(html).toContain("<p>另一段在同一行结束</p>");
  });

  it("claims every sentence kept only when the build's proof found each one on the page or in the report", () => {
    const kept = renderArticle(makeArticle("f", { messages: [message("f", RULES.breadcrumb, 1, "首页 > 新闻")] }), links);
    expect(kept).toContain("正文的每一句都保留了下来");
    const lost = makeArticle("g", {
      messages: [
        message("g", RULES.sentenceLost, 12, "既不在本页、也未列入记录：会议强调要抓好落实。"),
        message("g", RULES.sentenceLost, 14, "既不在本页、也未列入记录：各部门要及时报告。"),
      ],
    });
    const html = renderArticle(lost, links);
    expect(html).not.toContain("正文的每一句都保留了下来");
    expect(html).toContain("原文有 2 句既不在本页、也未列入删除记录，逐句列在下面的“未见于本页、也未列入记录的句子”里");
    expect(html).toContain('<a href="/raw/a/#L12">第 12 行</a>：既不在本页、也未列入记录：会议强调要抓好落实。');
  });
});

describe("citations", () => {
  const a = makeArticle("000_x", {
    title: "能力作风建设没有休止符",
    subtitle: "林甸县委书记晋伟访谈",
    authors: ["刘楠", "李民峰"],
    publication: "黑龙江日报",
    date: "2022-06-29",
  });
  const url = "https://archive.example/articles/000_x/";

  it("follow GB/T 7714-2015 for a newspaper article, and for a web page without a paper, each with the day it was cited", () => {
    expect(gbt7714(a, url, "2024-05-01")).toBe(
      `刘楠, 李民峰. 能力作风建设没有休止符: 林甸县委书记晋伟访谈[N/OL]. 黑龙江日报, 2022-06-29[2024-05-01]. ${url}.`,
    );
    const web = makeArticle("y", { title: "某文", date: "2023-01-01", dateEstimated: true, authors: ["甲", "乙", "丙", "丁"] });
    expect(gbt7714(web, url, "2024-05-01")).toBe(`甲, 乙, 丙, 等. 某文[EB/OL]. (2023)[2024-05-01]. ${url}.`);
    const undated = makeArticle("z", { title: "某文" });
    expect(gbt7714(undated, url, "2024-05-01")).toBe(`某文[EB/OL]. [2024-05-01]. ${url}.`);
  });

  it("are cited on the day in China the page was built", () => {
    expect(chinaDay(new Date("2024-04-30T16:00:00Z"))).toBe("2024-05-01");
    expect(chinaDay(new Date("2024-04-30T15:59:59Z"))).toBe("2024-04-30");
    const html = readFileSync(join(site.dir, "articles/000_d4019421061fcf21/index.html"), "utf8");
    const cited = html.match(
      /黑龙江日报, 2022-06-29\[(\d{4}-\d\d-\d\d)\]\. https:\/\/archive\.example\/articles\/000_d4019421061fcf21\/\./,
    )?.[1];
    // Built by this test run's setup: today in China, or yesterday when the run began before midnight.
    const now = Date.now();
    expect([chinaDay(new Date(now)), chinaDay(new Date(now - 86400_000))]).toContain(cited);
  });

  it("give BibTeX with a usable key", () => {
    expect(bibtex(a, url)).toBe(
      `@article{000_x,\n  title = {能力作风建设没有休止符——林甸县委书记晋伟访谈},\n  author = {刘楠 and 李民峰},\n  journal = {黑龙江日报},\n  date = {2022-06-29},\n  url = {${url}},\n  language = {chinese}\n}`,
    );
  });

  it("describe the article as schema.org NewsArticle without letting markup out", () => {
    const ld = newsArticleJsonLd({ ...a, title: "</script><b>x" }, url, "https://archive.example/raw/000_x.txt");
    expect(ld).not.toContain("</script><b>");
    const data = JSON.parse(ld.replace(/^<script[^>]*>|<\/script>$/g, ""));
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: "</script><b>x",
      datePublished: "2022-06-29",
      publisher: { name: "黑龙江日报" },
    });
    expect(data.author.map((p: { name: string }) => p.name)).toEqual(["刘楠", "李民峰"]);
  });
});

describe("the built article page", () => {
  const reader = withReader(site.dir);

  it("links the raw file's readable view, which publishes its bytes as received with their SHA-256", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + "/articles/000_d4019421061fcf21/");
    await page.locator(".provenance a").click();
    await page.waitForURL(/\/raw\/000_d4019421061fcf21\/$/);
    const original = readFileSync(join(site.content, "000_d4019421061fcf21.txt"));
    expect(await page.locator("code").textContent()).toBe(createHash("sha256").update(original).digest("hex"));
    // Line 1 of the view is line 1 of the file.
    expect(await page.locator("#L1").textContent()).toBe(original.toString("utf8").split(/\r?\n/)[0]);
    const href = await page.locator("a[download]").getAttribute("href");
    expect(href).toBe("/raw/000_d4019421061fcf21.bin");
    const raw = await page.request.get(reader.server.url + href);
    expect(Buffer.from(await raw.body()).equals(original)).toBe(true);
    await page.close();
  });

  it("carries a canonical address, Open Graph and NewsArticle data", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + "/articles/000_d4019421061fcf21/");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe("https://archive.example/articles/000_d4019421061fcf21/");
    expect(await page.locator('meta[property="og:type"]').getAttribute("content")).toBe("article");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.headline).toBe("能力作风建设没有休止符");
    await page.close();
  });

  it("copies a citation with one click", async () => {
    const context = await reader.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(reader.server.url + "/articles/000_d4019421061fcf21/");
    await page.locator('button[data-copy="cite-gbt"]').click();
    await expect.poll(() => page.locator('button[data-copy="cite-gbt"]').textContent()).toBe("已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^刘楠, 李民峰\. 能力作风建设没有休止符/);
    await context.close();
  });

  it("prints without navigation, with link addresses, headings kept with their text", async () => {
    const page = await reader.browser.newPage();
    await page.goto(reader.server.url + "/articles/002_f5d6362a3da3be2b/");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".pager").isVisible()).toBe(false);
    const after = await page.evaluate(() => getComputedStyle(document.querySelector(".facts a[rel~=nofollow]")!, "::after").content);
    expect(after).toContain("finews.zning.xyz");
    await page.goto(reader.server.url + "/articles/000_d4019421061fcf21/");
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".article-body h2")!).breakAfter)).toBe("avoid");
    await page.pdf({ path: "test-results/article-print.pdf" });
    await page.close();
  });
});
