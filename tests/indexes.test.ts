import { describe, expect, it } from "vitest";
import type { Article, Place } from "../src/model/types.js";
import { byDateDesc } from "../src/archive/index.js";
import { buildIndexes, type IndexPage } from "../src/site/indexes.js";
import { buildSite, articleLinks } from "../src/site/model.js";
import { assignTags, tagKey } from "../src/site/tags.js";
import { pinyinSlug, slugFor } from "../src/describe/slug.js";
import { placeSlug, uniqueNameSlugs } from "../src/site/slugs.js";
import { dateLabel, datePaths, knownDate, knownDay, weekday, yearLabel } from "../src/site/dates.js";
import {
  articlePath,
  below,
  MANIFEST_PATH,
  monthPath,
  PLACES_PATH,
  rawPath,
  SEARCH_PATH,
  siteRoot,
  sourcePath,
  traditionalPath,
  UNDATED_PATH,
  withPrefix,
  yearPath,
} from "../src/site/urls.js";
import { makeArticle } from "./helpers.js";

const place = (province: string | null, prefecture: string | null = null, county: string | null = null): Place => ({
  province,
  prefecture,
  county,
});

const sorted = (as: Article[]) => [...as].sort(byDateDesc);
const at = (pages: IndexPage[], path: string) => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`no index page at ${path}; have ${pages.map((x) => x.path).join(" ")}`);
  return p;
};
const sources = (as: Article[]) => as.map((a) => a.source);

describe("dates", () => {
  const day = { date: "2022-06-09", dateEstimated: false };
  const estimate = { date: "2023-01-01", dateEstimated: true };
  const none = { date: null, dateEstimated: false };

  it("show an estimated date by its year alone, marked 约, wherever a date is shown", () => {
    expect([day, estimate, none].map(knownDate)).toEqual(["2022-06-09", "2023", null]);
    expect([day, estimate, none].map(knownDay)).toEqual(["2022-06-09", null, null]);
    expect([day, estimate, none].map(dateLabel)).toEqual(["2022年6月9日", "约2023年", "未注明日期"]);
    expect([day, estimate, none].map(yearLabel)).toEqual(["2022年", "2023年", "未注明日期"]);
    expect(weekday("2022-06-29")).toBe("星期三");
  });

  it("are browsed by year and month, an estimate by its year only", () => {
    expect(datePaths(day)).toEqual([
      { name: "2022年", path: "/dates/2022/" },
      { name: "6月", path: "/dates/2022/06/" },
    ]);
    expect(datePaths(estimate)).toEqual([{ name: "2023年", path: "/dates/2023/" }]);
    expect(datePaths(none)).toEqual([{ name: "未注明日期", path: "/dates/undated/" }]);
  });
});

describe("site paths", () => {
  it("are site-absolute, a folder per level", () => {
    expect([articlePath("lin-dian"), traditionalPath("lin-dian"), sourcePath("lin-dian"), rawPath("lin-dian")]).toEqual([
      "/articles/lin-dian/",
      "/articles/lin-dian/hant/",
      "/raw/lin-dian/",
      "/raw/lin-dian.bin",
    ]);
    expect([yearPath("2022"), monthPath("2022", "06"), UNDATED_PATH]).toEqual(["/dates/2022/", "/dates/2022/06/", "/dates/undated/"]);
    expect(below(below(PLACES_PATH, "heilongjiang"), "daqing")).toBe("/places/heilongjiang/daqing/");
  });

  it("go under the path prefix or the public root where the HTML base plugin does not reach", () => {
    expect(withPrefix("/repo/", MANIFEST_PATH)).toBe("/repo/api/articles.json");
    expect(withPrefix("/", articlePath("a"))).toBe("/articles/a/");
    expect(siteRoot("https://archive.example/", "/repo")).toBe("https://archive.example/repo/");
    expect(withPrefix(siteRoot("https://archive.example", "/"), SEARCH_PATH)).toBe("https://archive.example/search/");
  });
});

describe("date indexes", () => {
  const articles = sorted([
    makeArticle("a", { date: "2022-06-29" }),
    makeArticle("b", { date: "2022-02-15" }),
    makeArticle("c", { date: "2023-01-01", dateEstimated: true }),
    makeArticle("d", { date: "2022-06-01" }),
    makeArticle("e"),
  ]);
  const { pages } = buildIndexes(articles);

  it("has a page per year and month, newest first, with counts", () => {
    expect(sources(at(pages, "/dates/2022/").articles)).toEqual(["a", "d", "b"]);
    expect(sources(at(pages, "/dates/2022/06/").articles)).toEqual(["a", "d"]);
    expect(at(pages, "/dates/2022/06/").heading).toBe("2022年6月");
    expect(at(pages, "/dates/").children.map((c) => [c.name, c.count])).toEqual([
      ["2023年", 1],
      ["2022年", 3],
      ["未注明日期", 1],
    ]);
    expect(at(pages, "/dates/2022/").children.map((c) => c.name)).toEqual(["6月", "2月"]);
  });

  it("lists an estimated date under its year only, and undated articles on their own page", () => {
    expect(sources(at(pages, "/dates/2023/").articles)).toEqual(["c"]);
    expect(pages.some((p) => p.path.startsWith("/dates/2023/01"))).toBe(false);
    expect(sources(at(pages, "/dates/undated/").articles)).toEqual(["e"]);
  });
});

describe("place indexes", () => {
  const articles = sorted([
    makeArticle("lindian", { date: "2022-06-29", place: place("黑龙江省", "大庆市", "林甸县") }),
    makeArticle("jixi", {
      date: "2023-05-17",
      place: place("黑龙江省", "鸡西市"),
      placesMentioned: [place("黑龙江省", "鸡西市", "鸡东县"), place("黑龙江省", "大庆市")],
    }),
    makeArticle("pingyuan", { date: "2022-02-15", place: place("山东省", "德州市", "平原县") }),
    makeArticle("province-only", { place: place("吉林省") }),
  ]);
  const { pages, placePaths } = buildIndexes(articles);

  it("nests pinyin paths province → prefecture → county", () => {
    expect(placePaths.get("黑龙江省/大庆市/林甸县")).toBe("/places/heilongjiang/daqing/lindian/");
    expect(placePaths.get("吉林省")).toBe("/places/jilin/");
  });

  it("lists on a province every article in any of its places", () => {
    expect(sources(at(pages, "/places/heilongjiang/").articles)).toEqual(["jixi", "lindian"]);
    expect(sources(at(pages, "/places/heilongjiang/daqing/").articles)).toEqual(["lindian"]);
  });

  it("lists an article that only mentions a place as also mentioned, not as its place", () => {
    const jidong = at(pages, "/places/heilongjiang/jixi/jidong/");
    expect(jidong.articles).toEqual([]);
    expect(sources(jidong.alsoMentioned)).toEqual(["jixi"]);
    expect(sources(at(pages, "/places/heilongjiang/daqing/").alsoMentioned)).toEqual(["jixi"]);
    // An article about Jixi that names a county of Jixi is not "also" in Jixi.
    expect(at(pages, "/places/heilongjiang/jixi/").alsoMentioned).toEqual([]);
  });

  it("shows the whole tree with counts on the all-places page", () => {
    const hlj = at(pages, "/places/").children.find((c) => c.name === "黑龙江省")!;
    expect(hlj.count).toBe(2);
    const jixi = hlj.children!.find((c) => c.name === "鸡西市")!;
    expect([jixi.count, jixi.mentioned]).toEqual([1, 0]);
    expect(jixi.children!.map((c) => [c.name, c.count, c.mentioned])).toEqual([["鸡东县", 0, 1]]);
  });
});

describe("place slugs", () => {
  it("drops the administrative suffix but keeps two-character names whole", () => {
    expect(placeSlug("黑龙江省")).toBe("heilongjiang");
    expect(placeSlug("内蒙古自治区")).toBe("neimenggu");
    expect(placeSlug("鸡冠区")).toBe("jiguan");
    expect(placeSlug("和县")).toBe("hexian");
  });

  it("numbers names whose pinyin collide, the same way every build", () => {
    const slugs = uniqueNameSlugs(["通州区", "同州区"], placeSlug);
    expect([...slugs.values()].sort()).toEqual(["tongzhou", "tongzhou-2"]);
    expect(uniqueNameSlugs(["同州区", "通州区"], placeSlug)).toEqual(slugs);
  });

  it("reads Chinese as file slugs do, with the syllables run together", () => {
    expect([pinyinSlug("林甸"), slugFor("林甸.txt")]).toEqual(["lindian", "lin-dian"]);
    // A file's ü is dropped, as its permalink was first published; an index name's is v.
    expect([pinyinSlug("吕梁"), slugFor("吕梁.txt")]).toEqual(["lvliang", "l-liang"]);
  });

  it("gives lower-case ASCII only, so no two URLs differ by case", () => {
    for (const n of ["ABC新区", "Ｋ线", "第2中学", "？？"]) expect(pinyinSlug(n)).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("tags", () => {
  it("treats simplified/traditional and full-/half-width forms as one tag", () => {
    expect(tagKey("營商環境")).toBe("营商环境");
    expect(tagKey("＃能力作风建设＃")).toBe("能力作风建设");
    expect(tagKey("ＡＩ应用")).toBe("AI应用");
  });

  it("makes a keyword a tag only where it gathers several articles", () => {
    const tagged = assignTags([
      makeArticle("1", { tags: ["營商環境"], keywords: ["项目", "服务"] }),
      makeArticle("2", { tags: ["营商环境"], keywords: ["项目", "民生"] }),
      makeArticle("3", { keywords: ["项目"] }),
    ]);
    expect(tagged.map((a) => a.tags)).toEqual([["营商环境", "项目"], ["营商环境", "项目"], ["项目"]]);
  });

  it("indexes each tag on one page, with the cloud sorted by count", () => {
    const { pages, tagPaths } = buildIndexes(
      assignTags([makeArticle("1", { tags: ["營商環境", "走流程"] }), makeArticle("2", { tags: ["营商环境"] })]),
    );
    expect(tagPaths.get("营商环境")).toBe("/tags/yingshanghuanjing/");
    expect(at(pages, "/tags/yingshanghuanjing/").heading).toBe("标签：营商环境");
    expect(at(pages, "/tags/").children.map((c) => [c.name, c.count])).toEqual([
      ["营商环境", 2],
      ["走流程", 1],
    ]);
  });
});

describe("an article's links", () => {
  const model = buildSite({
    articles: sorted([
      makeArticle("old", { date: "2021-01-01", publication: "大众日报", place: place("山东省", "德州市") }),
      makeArticle("mid", { date: "2022-06-29", publication: "黑龙江日报", tags: ["走流程"], place: place("黑龙江省", "大庆市", "林甸县") }),
      makeArticle("undated"),
    ]),
    problems: [],
    merged: [],
    sourceSlugs: new Map([
      ["mid", "mid"],
      ["林甸 访谈.txt", "lin-dian-fang-tan"],
    ]),
  });
  const mid = model.articles.find((a) => a.source === "mid")!;

  it("point to its place and date indexes, publication, tags, raw file and public address", () => {
    const links = articleLinks({ ...mid, source: "林甸 访谈.txt" }, model, "https://archive.example/repo/");
    expect(links.url).toBe("https://archive.example/repo/articles/mid/");
    expect(links.sources).toEqual([{ name: "林甸 访谈.txt", view: "/raw/lin-dian-fang-tan/", raw: "/raw/lin-dian-fang-tan.bin" }]);
    expect(links.places.map((p) => p.path)).toEqual([
      "/places/heilongjiang/",
      "/places/heilongjiang/daqing/",
      "/places/heilongjiang/daqing/lindian/",
    ]);
    expect(links.dates.map((d) => d.path)).toEqual(["/dates/2022/", "/dates/2022/06/"]);
    expect(links.publicationPath).toBe("/publications/heilongjiangribao/");
    expect(links.tagPath("走流程")).toBe("/tags/zouliucheng/");
  });

  it("lead to the older and newer article by date, and never from a dated article to an undated one", () => {
    const n = (s: string) =>
      articleLinks(
        model.articles.find((a) => a.source === s)!,
        model,
        "/",
      ).neighbours;
    expect([n("mid").previous?.source, n("mid").next?.source]).toEqual(["old", undefined]);
    expect([n("old").previous?.source, n("old").next?.source]).toEqual([undefined, "mid"]);
    expect(n("undated")).toEqual({ previous: null, next: null });
  });
});
