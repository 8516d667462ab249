import { describe, expect, it } from "vitest";
import type { Article } from "../src/model/types.js";
import { byDateDesc } from "../src/archive/index.js";
import { buildSite } from "../src/site/model.js";
import { PageTracker } from "../src/site/changes.js";
import { makeArticle } from "./helpers.js";

const place = { province: "河北省", prefecture: "唐山市", county: "迁安市" };
const archive = (articles: Article[]) =>
  buildSite({
    articles: [...articles].sort(byDateDesc),
    problems: [],
    merged: [],
    sourceSlugs: new Map(articles.map((a) => [a.source, a.slug])),
  });
const start = () => [
  makeArticle("a", { date: "2022-06-29", place }),
  makeArticle("b", { date: "2022-05-10" }),
  makeArticle("c", { date: "2021-03-01", tags: ["走流程"] }),
  makeArticle("d", { date: "2020-01-01" }),
];
const edit = (articles: Article[], source: string, fields: Partial<Article>) =>
  articles.map((a) => (a.source === source ? { ...a, ...fields } : a));

/** Paths of the article and index pages a rebuild renders after the archive went from `before` to `after`. */
function rebuilt(before: Article[], after: Article[]) {
  const tracker = new PageTracker();
  const first = tracker.next(archive(before));
  // The first build renders everything.
  expect(first.render.articles).toHaveLength(before.length);
  const { render, removed } = tracker.next(archive(after));
  return { articles: render.articles.map((a) => a.slug).sort(), indexes: render.indexPages.map((p) => p.path).sort(), removed };
}

describe("rendering only what an edit changed, while watching", () => {
  it("renders nothing again when nothing changed", () => {
    expect(rebuilt(start(), start())).toEqual({ articles: [], indexes: [], removed: [] });
  });

  it("renders an article whose text changed, its neighbours by date and the indexes that list it", () => {
    const after = edit(start(), "c", { blocks: [{ kind: "paragraph", text: "改过的正文", line: 1 }] });
    const { articles, indexes } = rebuilt(start(), after);
    expect(articles).toEqual(["b", "c", "d"]);
    // The overviews (/dates/, /tags/) show counts, which stay the same; /latest/ lists every article.
    expect(indexes).toEqual(["/dates/2021/", "/dates/2021/03/", "/latest/", "/tags/zouliucheng/"]);
  });

  it("moves a redated article: its new year and month are rendered, its old ones, now empty, are gone", () => {
    const after = edit(start(), "d", { date: "2022-05-01" });
    const { articles, indexes, removed } = rebuilt(start(), after);
    expect(articles).toEqual(expect.arrayContaining(["d", "b", "c"]));
    expect(articles).not.toContain("a");
    expect(indexes).toEqual(["/dates/", "/dates/2022/", "/dates/2022/05/", "/latest/"]);
    expect(removed).toEqual(["/dates/2020/", "/dates/2020/01/"]);
  });

  it("names the pages of a removed article and of indexes left empty, and renders a new article's", () => {
    const after = [...start().filter((a) => a.source !== "a"), makeArticle("e", { date: "2019-09-09" })];
    const { articles, indexes, removed } = rebuilt(start(), after);
    expect(articles).toEqual(expect.arrayContaining(["e", "d", "b"]));
    expect(indexes).toEqual(expect.arrayContaining(["/dates/2019/", "/dates/2019/09/"]));
    expect(removed).toEqual(expect.arrayContaining(["/articles/a/", "/dates/2022/06/", "/places/hebei/tangshan/qianan/"]));
    expect(removed).not.toContain("/articles/b/");
  });

  it("renders every page again after a reset (code, layout or site data changed)", () => {
    const tracker = new PageTracker();
    tracker.next(archive(start()));
    tracker.reset();
    expect(tracker.next(archive(start())).render.articles).toHaveLength(4);
  });
});
