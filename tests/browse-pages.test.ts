import { describe, expect, it } from "vitest";
import type { Article } from "../src/model/types.js";
import { byDateDesc } from "../src/archive/index.js";
import { articleLinks, buildSite, neighbourChains } from "../src/site/model.js";
import { renderArticle } from "../src/render/article.js";
import { makeArticle } from "./helpers.js";

const site = (articles: Article[]) =>
  buildSite({
    articles: [...articles].sort(byDateDesc),
    problems: [],
    merged: [],
    sourceSlugs: new Map(articles.map((a) => [a.source, a.slug])),
  });

describe("the older and newer article", () => {
  const articles = [
    makeArticle("new", { date: "2023-05-17" }),
    makeArticle("estimated", { date: "2023-01-01", dateEstimated: true }),
    makeArticle("old", { date: "2007-03-01" }),
    makeArticle("interview a"),
    makeArticle("interview b"),
    makeArticle("interview c"),
  ].sort(byDateDesc);
  const chains = neighbourChains(articles);
  const of = (s: string) => {
    const n = chains.get(s)!;
    return [n.previous?.source ?? null, n.next?.source ?? null];
  };

  it("chain dated articles by date, an estimated year among them, and lead from none to an undated one", () => {
    expect(of("new")).toEqual(["estimated", null]);
    expect(of("estimated")).toEqual(["old", "new"]);
    expect(of("old")).toEqual([null, "estimated"]);
  });

  it("chain undated articles among themselves, in their index's order, and lead from none to a dated one", () => {
    expect(of("interview a")).toEqual([null, "interview b"]);
    expect(of("interview b")).toEqual(["interview a", "interview c"]);
    expect(of("interview c")).toEqual(["interview b", null]);
  });

  it("label an undated article's neighbours as undated, and give an article alone in its chain none", () => {
    const model = site(articles);
    const html = (s: string) =>
      renderArticle(
        model.articles.find((a) => a.source === s)!,
        articleLinks(
          model.articles.find((a) => a.source === s)!,
          model,
          "/",
        ),
      );
    expect(html("interview b")).toContain("<span>上一篇（同为未注明日期）</span>标题interview a");
    expect(html("interview b")).toContain("<span>下一篇（同为未注明日期）</span>标题interview c");
    expect(html("old")).not.toContain("上一篇");
    expect(html("old")).toContain("<span>下一篇（更新）</span>标题estimated");
    const alone = site([makeArticle("only")]);
    expect(renderArticle(alone.articles[0]!, articleLinks(alone.articles[0]!, alone, "/"))).not.toContain('class="pager"');
  });
});
