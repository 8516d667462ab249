import { describe, expect, it } from "vitest";
import { buildFrom } from "./build.js";
import { withReader } from "./chromium.js";

// Two reports a year apart naming one county secretary; a third names someone of the same name elsewhere.
const site = buildFrom({
  "平原调研.txt":
    "平原县召开作风建设推进会\n\n2022年3月1日，平原县召开作风建设推进会。平原县委书记王建国在会上说，要把作风建设抓在日常。平原县各部门负责人参加会议。\n",
  "平原走访.txt": "平原县委书记走访企业\n\n2023年5月8日，平原县委书记王建国走访县内企业，听取企业意见。他说，平原县要为企业办实事。\n",
  "鸡冠会议.txt": "鸡冠区召开会议\n\n2023年6月2日，鸡西市鸡冠区召开会议。鸡冠区委书记王建国说，鸡冠区要抓落实。鸡冠区各街道参加。\n",
});

describe("the people pages of a small archive", () => {
  const reader = withReader(site.dir);

  it("builds a page per person, two for one name at two places, and lists them in the API", () => {
    expect(site.status, site.log).toBe(0);
    const people = JSON.parse(site.read("api/people.json")) as { people: { name: string; url: string; articles: unknown[] }[] };
    expect(people.people.map((p) => [p.name, p.url, p.articles.length])).toEqual([
      ["王建国", "/people/wangjianguo-jiguan/", 1],
      ["王建国", "/people/wangjianguo-pingyuan/", 2],
    ]);
    const record = site.manifest().find((a) => a.source === "平原走访.txt")!;
    expect(record.officials).toEqual([
      {
        name: "王建国",
        post: "书记",
        organ: "县委",
        place: { province: "山东省", prefecture: "德州市", county: "平原县" },
        person: "/people/wangjianguo-pingyuan/",
      },
    ]);
    expect(site.read("places/shandong/dezhou/pingyuan/index.html")).toMatch(
      /县委书记 <a href="\/people\/wangjianguo-pingyuan\/">王建国<\/a>/,
    );
  });

  it("leads a reader from an article to the person and on to another article naming them", async () => {
    const page = await reader.browser.newPage();
    await page.goto(`${reader.server.url}/articles/ping-yuan-diao-yan/`);
    await page.locator(".officials a", { hasText: "王建国" }).click();
    await page.waitForURL(/\/people\/wangjianguo-pingyuan\/$/);
    expect(await page.locator("h1").textContent()).toBe("王建国");
    await expect
      .poll(() => page.locator(".mentions blockquote").allTextContents())
      .toEqual(["平原县委书记王建国在会上说，要把作风建设抓在日常。", "2023年5月8日，平原县委书记王建国走访县内企业，听取企业意见。"]);
    await page.locator(".mentions a", { hasText: "平原县委书记走访企业" }).click();
    await page.waitForURL(/\/articles\/ping-yuan-zou-fang\/$/);
    expect(await page.locator("h1").textContent()).toBe("平原县委书记走访企业");
    await page.close();
  });
});
