import { describe, expect, it } from "vitest";
import type { Article, Place } from "../src/model/types.js";
import { relatedArticles, RELATED_MAX } from "../src/site/related.js";
import { makeArticle } from "./helpers.js";

const place = (province: string | null, prefecture: string | null = null, county: string | null = null): Place => ({
  province,
  prefecture,
  county,
});
const slugsOf = (related: Map<string, Article[]>, source: string) => related.get(source)!.map((a) => a.slug);

describe("related articles", () => {
  it("rank a shared county over a shared prefecture over a shared province", () => {
    const articles = [
      makeArticle("own", { place: place("甲省", "乙市", "丙县") }),
      makeArticle("province", { place: place("甲省", "丁市") }),
      makeArticle("county", { place: place("甲省", "乙市", "丙县") }),
      makeArticle("prefecture", { place: place("甲省", "乙市", "戊县") }),
      makeArticle("elsewhere", { place: place("己省") }),
    ];
    expect(slugsOf(relatedArticles(articles), "own")).toEqual(["county", "prefecture", "province"]);
  });

  it("count shared tags above shared keywords, and not one shared keyword alone", () => {
    const articles = [
      makeArticle("own", { tags: ["走流程"], keywords: ["营商环境", "窗口", "帮办"] }),
      makeArticle("two-keywords", { keywords: ["营商环境", "窗口"] }),
      makeArticle("tag", { tags: ["走流程"] }),
      makeArticle("one-keyword", { keywords: ["帮办"] }),
    ];
    expect(slugsOf(relatedArticles(articles), "own")).toEqual(["tag", "two-keywords"]);
  });

  it("never list the article itself, its other versions or its merged copies", () => {
    const tags = ["走流程"];
    const articles = [
      makeArticle("own.txt", { tags, seeAlso: ["revised.txt"], duplicates: ["copy.txt"] }),
      makeArticle("revised.txt", { tags, seeAlso: ["own.txt"] }),
      makeArticle("copy.txt", { tags }),
      makeArticle("other.txt", { tags }),
    ];
    const related = relatedArticles(articles);
    expect(slugsOf(related, "own.txt")).toEqual(["other.txt"]);
    expect(slugsOf(related, "revised.txt")).not.toContain("own.txt");
  });

  it("list at most five, ties broken by date (newest first, undated last), then slug", () => {
    const tags = ["能力作风建设"];
    const others = ["b", "a", "c", "d", "e", "f"].map((slug, i) =>
      makeArticle(slug, { tags, date: i < 2 ? "2022-06-01" : i < 4 ? null : `2023-0${i}-01` }),
    );
    const related = relatedArticles([makeArticle("own", { tags }), ...others]);
    expect(related.get("own")).toHaveLength(RELATED_MAX);
    expect(slugsOf(related, "own")).toEqual(["f", "e", "a", "b", "c"]);
  });

  it("give an article that shares nothing an empty list", () => {
    const related = relatedArticles([makeArticle("a", { place: place("甲省") }), makeArticle("b", { place: place("乙省") })]);
    expect(related.get("a")).toEqual([]);
  });
});
