import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { article, buildFrom } from "./build.js";

const md = (front: string, place: string) => `---\n${front}\n---\n\n${article(place)}`;

describe("output that stays well-formed", () => {
  const site = buildFrom({
    "control.txt": `某县召开会议\n\n会议\u0001部署今年的\u000c重点工作任务，要求\t各部门抓好落实。\u001b会议强调，要坚持问题导向，真抓实干。\n`,
    // Escapes in JSON and YAML strings make control characters after decoding, too.
    "escaped.json": JSON.stringify({
      title: "某市召开\u0001会议",
      date: "2022-05-02",
      content: "会议\u0002部署今年的重点工作任务，要求各部门抓好落实。会议强调，要坚持问题导向。",
    }),
    "escaped.md": md('title: "某区召开\\x01会议"\ndate: 2022-05-03', "南岗区"),
    "offset.md": md("title: 林甸县召开会议\ndate: 2022-06-30T20:00:00-10:00", "林甸县"),
    "ancient.md": md("title: 肇源县召开会议\ndate: 0001-01-01", "肇源县"),
    "ancient corrections.txt": article("迁安市"),
    "ancient corrections.txt.meta.yaml": "date: 0001-01-01\n",
    "numbers.md": md("title: 123456789012345678901234567890\ntags: [.inf, 0x1F, yes]", "呼兰区"),
    "script url.md": md("title: 鸡西市召开会议\nurl: javascript:alert(document.domain)", "鸡西市"),
    "good.md": md("title: 密山市召开会议\ndate: 2022-05-01\nurl: https://example.org/news/1.html", "密山市"),
  });
  const record = (source: string) => site.manifest().find((a) => a.source === source)!;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("builds every document", () => {
    expect(site.status).toBe(0);
    expect(site.manifest()).toHaveLength(9);
  });

  it("strips control characters from text, keeping tabs and line ends, so the feed parses as XML", async () => {
    const page = await browser.newPage();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? null, entries: doc.querySelectorAll("entry").length };
    }, site.read("feed.xml"));
    expect(parsed).toEqual({ error: null, entries: 4 });
    await page.close();
    const html = site.read(join(record("control.txt").url, "index.html"));
    expect(html).toContain("会议部署今年的重点工作任务");
    expect(html).not.toMatch(/[\u0001\u000c\u001b]/);
  });

  it("takes a stated date with an offset as the Beijing date", () => {
    expect(record("offset.md").date).toBe("2022-07-01");
  });

  it("warns of a stated date outside the archive's range, in front matter and corrections alike", () => {
    expect(record("ancient.md").date === null || record("ancient.md").dateEstimated).toBe(true);
    expect(site.log).toMatch(/WARNING "ancient\.md": line \d+: .*0001-01-01.* \[describe: date out of range\]/);
    expect(site.log).toMatch(/ERROR "ancient corrections\.txt\.meta\.yaml": line 1: date: .*1900/);
    expect(record("ancient corrections.txt").date).not.toBe("0001-01-01");
  });

  it("takes YAML values as the text the author wrote", () => {
    expect(record("numbers.md").title).toBe("123456789012345678901234567890");
    expect(record("numbers.md").tags).toEqual(expect.arrayContaining([".inf", "0x1F", "yes"]));
  });

  it("keeps only http(s) addresses", () => {
    expect(record("script url.md").originalUrl).toBeNull();
    const html = site.read(join(record("script url.md").url, "index.html"));
    // Named in the cleaning report as text, never a link or structured data.
    expect(html).not.toMatch(/href="javascript:|"isBasedOn":"javascript:/);
    expect(html).toContain("不是网页地址，未保留：javascript:alert(document.domain)");
    expect(record("good.md").originalUrl).toBe("https://example.org/news/1.html");
  });
});
