import { describe, expect, it } from "vitest";
import { DomUtils, parseDocument } from "htmlparser2";
import type { Article } from "../src/model/types.js";
import { byDateDesc } from "../src/archive/index.js";
import { buildSite, neighbourChains } from "../src/site/model.js";
import { buildIndexes, type IndexPage } from "../src/site/indexes.js";
import { ARTICLES_PER_PAGE, listingPages, pageNumbers } from "../src/site/paging.js";
import { indexFeeds, INDEX_FEED_ENTRIES, siteFeed } from "../src/site/feeds.js";
import { PageTracker } from "../src/site/changes.js";
import { feedPath, LATEST_PATH, pagePath } from "../src/site/urls.js";
import { renderIndexPage } from "../src/render/indexPage.js";
import { renderFeed } from "../src/render/feed.js";
import { renderHome } from "../src/render/home.js";
import { renderArticle } from "../src/render/article.js";
import { articleLinks } from "../src/site/model.js";
import { makeArticle } from "./helpers.js";

const place = { province: "黑龙江省", prefecture: "大庆市", county: "林甸县" };
/** Article i of n, dated a day apart from 2021-01-01, newest last in the list given. */
const dated = (n: number, fields: Partial<Article> = {}) =>
  Array.from({ length: n }, (_, i) =>
    makeArticle(`d${String(i).padStart(3, "0")}`, {
      date: new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10),
      ...fields,
    }),
  );
const site = (articles: Article[]) =>
  buildSite({
    articles: [...articles].sort(byDateDesc),
    problems: [],
    merged: [],
    sourceSlugs: new Map(articles.map((a) => [a.source, a.slug])),
  });
const indexAt = (pages: IndexPage[], path: string) => pages.find((p) => p.path === path)!;
const sources = (as: Article[]) => as.map((a) => a.source);
const info = { title: "档案", description: "说明", url: "https://archive.example" };

describe("an index cut into pages", () => {
  const articles = dated(120, { place }).sort(byDateDesc);
  const { pages } = buildIndexes(articles);

  it("puts page 1 at the index's own path and later pages below it", () => {
    expect([pagePath("/dates/2021/", 1), pagePath("/dates/2021/", 2), pagePath("/places/heilongjiang/", 12)]).toEqual([
      "/dates/2021/",
      "/dates/2021/page/2/",
      "/places/heilongjiang/page/12/",
    ]);
    expect(feedPath("/tags/zouliucheng/")).toBe("/tags/zouliucheng/feed.xml");
  });

  it(`lists at most ${ARTICLES_PER_PAGE} articles a page, newest first, every article once`, () => {
    const year = listingPages(indexAt(pages, "/dates/2021/"));
    expect(year.map((l) => [l.path, l.number, l.count, l.articles.length])).toEqual([
      ["/dates/2021/", 1, 3, 50],
      ["/dates/2021/page/2/", 2, 3, 50],
      ["/dates/2021/page/3/", 3, 3, 20],
    ]);
    expect(year.flatMap((l) => sources(l.articles))).toEqual(sources(articles));
    expect(sources(year[1]!.articles).slice(0, 2)).toEqual(["d069", "d068"]);
  });

  it("goes on with the articles that only mention a place after the place's own, in one run", () => {
    const index = { ...indexAt(pages, "/places/heilongjiang/"), articles: articles.slice(0, 70), alsoMentioned: articles.slice(70, 105) };
    const cut = listingPages(index);
    expect(cut.map((l) => [l.articles.length, l.alsoMentioned.length])).toEqual([
      [50, 0],
      [20, 30],
      [0, 5],
    ]);
    expect(cut.flatMap((l) => sources(l.alsoMentioned))).toEqual(sources(index.alsoMentioned));
  });

  it("keeps one page for an index with no articles", () => {
    const places = listingPages(indexAt(pages, "/places/"));
    expect(places.map((l) => [l.path, l.count, l.articles.length])).toEqual([["/places/", 1, 0]]);
  });

  it("numbers the first, the last and two pages either side of the current one", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    // A gap of one page shows the page.
    expect(pageNumbers(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
    expect(pageNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it("renders links to the previous, next and numbered pages, the current one marked", () => {
    const html = renderIndexPage(listingPages(indexAt(pages, "/dates/2021/"))[1]!);
    const doc = parseDocument(html);
    const nav = DomUtils.findOne((e) => e.attribs.class === "pages", doc.children)!;
    expect(nav.name).toBe("nav");
    expect(nav.attribs["aria-label"]).toBe("分页");
    const links = DomUtils.findAll((e) => e.name === "a", [nav]).map((a) => [
      DomUtils.textContent(a),
      a.attribs.href,
      a.attribs["aria-current"],
    ]);
    expect(links).toEqual([
      ["上一页", "/dates/2021/", undefined],
      ["第 1 页", "/dates/2021/", undefined],
      ["第 2 页", "/dates/2021/page/2/", "page"],
      ["第 3 页", "/dates/2021/page/3/", undefined],
      ["下一页", "/dates/2021/page/3/", undefined],
    ]);
    // The trail leads back to the index's first page.
    expect(DomUtils.textContent(DomUtils.findOne((e) => e.attribs.class === "crumbs", doc.children)!)).toBe("首页日期2021年第 2 页");
    expect(html).toContain("第 2 页，共 3 页。");
  });

  it("shows no pager on an index of one page", () => {
    expect(renderIndexPage(listingPages(indexAt(pages, "/dates/2021/01/"))[0]!)).not.toContain('class="pages"');
  });
});

describe("the pages and feeds a rebuild renders", () => {
  const before = dated(120, { tags: ["走流程"] });
  const first = new PageTracker().next(site(before));

  it("include every page of every index, and every feed, on the first build", () => {
    const paths = first.render.indexPages.map((l) => l.path);
    expect(paths).toEqual(expect.arrayContaining([LATEST_PATH, "/latest/page/3/", "/tags/zouliucheng/page/3/", "/dates/2021/page/2/"]));
    expect(first.render.feeds.map((f) => f.path)).toEqual(["/tags/zouliucheng/feed.xml"]);
  });

  it("remove the pages an index no longer fills, and render those whose articles moved", () => {
    const pages = new PageTracker();
    pages.next(site(before));
    // The twenty newest gone: every index of all 120 loses its third page, and the others shift.
    const { render, removed } = pages.next(site(before.slice(0, 100)));
    expect(removed).toEqual(
      expect.arrayContaining(["/articles/d119/", "/tags/zouliucheng/page/3/", "/latest/page/3/", "/dates/2021/page/3/"]),
    );
    expect(render.indexPages.map((l) => l.path)).toEqual(expect.arrayContaining(["/tags/zouliucheng/", "/tags/zouliucheng/page/2/"]));
    expect(render.feeds.map((f) => f.path)).toEqual(["/tags/zouliucheng/feed.xml"]);
  });

  it("leave the earlier pages of an index alone when an article on a later one changes", () => {
    const pages = new PageTracker();
    pages.next(site(before));
    const { render } = pages.next(site(before.map((a) => (a.source === "d000" ? { ...a, title: "改过的标题" } : a))));
    expect(render.indexPages.map((l) => l.path).sort()).toEqual([
      "/dates/2021/01/",
      "/dates/2021/page/3/",
      "/latest/page/3/",
      "/tags/zouliucheng/page/3/",
    ]);
    // The feed holds the 20 newest only.
    expect(render.feeds).toEqual([]);
  });

  it("remove a feed whose index is gone", () => {
    const pages = new PageTracker();
    pages.next(site(before));
    expect(pages.next(site(before.map((a) => ({ ...a, tags: [] })))).removed).toContain("/tags/zouliucheng/feed.xml");
  });
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

describe("feeds of places, tags and publications", () => {
  const articles = [
    ...dated(30, { place, publication: "黑龙江日报", tags: ["走流程"] }),
    makeArticle("estimated", { date: "2023-01-01", dateEstimated: true, place }),
    makeArticle("undated", { place }),
  ].sort(byDateDesc);
  const model = site(articles);
  const feeds = new Map(model.feeds.map((f) => [f.path, f]));

  it("follow each place level, tag and publication, with its newest articles dated to the day", () => {
    expect([...feeds.keys()].sort()).toEqual([
      "/places/heilongjiang/daqing/feed.xml",
      "/places/heilongjiang/daqing/lindian/feed.xml",
      "/places/heilongjiang/feed.xml",
      "/publications/heilongjiangribao/feed.xml",
      "/tags/zouliucheng/feed.xml",
    ]);
    const lindian = feeds.get("/places/heilongjiang/daqing/lindian/feed.xml")!;
    expect(lindian.entries).toHaveLength(INDEX_FEED_ENTRIES);
    expect(sources(lindian.entries).slice(0, 2)).toEqual(["d029", "d028"]);
    expect([lindian.page, lindian.name, lindian.full]).toEqual(["/places/heilongjiang/daqing/lindian/", "林甸县", false]);
    expect(siteFeed(model.articles).entries).toHaveLength(30);
  });

  it("are Atom documents with the feed's and each entry's required elements, under the path prefix", () => {
    const xml = renderFeed(feeds.get("/tags/zouliucheng/feed.xml")!, info, "/repo/");
    const doc = parseDocument(xml, { xmlMode: true });
    const feed = DomUtils.findOne((e) => e.name === "feed", doc.children)!;
    expect(feed.attribs.xmlns).toBe("http://www.w3.org/2005/Atom");
    const child = (e: typeof feed, name: string) => DomUtils.getElementsByTagName(name, e.children, false);
    for (const name of ["title", "id", "updated", "author"]) expect(child(feed, name), name).toHaveLength(1);
    expect(DomUtils.textContent(child(feed, "title")[0]!)).toBe("标签：走流程 · 档案");
    expect(DomUtils.textContent(child(feed, "id")[0]!)).toBe("https://archive.example/repo/tags/zouliucheng/");
    expect(child(feed, "link").map((l) => [l.attribs.href, l.attribs.rel])).toEqual([
      ["https://archive.example/repo/tags/zouliucheng/feed.xml", "self"],
      ["https://archive.example/repo/tags/zouliucheng/", undefined],
    ]);
    const entries = child(feed, "entry");
    expect(entries).toHaveLength(INDEX_FEED_ENTRIES);
    for (const e of entries) for (const name of ["title", "id", "updated", "link", "summary"]) expect(child(e, name), name).toHaveLength(1);
    expect(DomUtils.textContent(child(entries[0]!, "id")[0]!)).toBe("https://archive.example/repo/articles/d029/");
    expect(DomUtils.textContent(child(entries[0]!, "updated")[0]!)).toBe("2021-01-30T00:00:00+08:00");
    expect(xml).not.toContain("<content");
  });

  it("are linked from their index page", () => {
    const page = model.listings.find((l) => l.path === "/places/heilongjiang/")!;
    expect(renderIndexPage(page)).toContain(
      '<p class="feed"><a href="/places/heilongjiang/feed.xml" type="application/atom+xml">订阅新文章（Atom）</a></p>',
    );
    expect(renderIndexPage(model.listings.find((l) => l.path === "/dates/2021/")!)).not.toContain('class="feed"');
  });
});

describe("the home page's latest articles", () => {
  it("go on at the list of every article, newest first, when there are more than it shows", () => {
    const more = '<p class="more"><a href="/latest/">更多文章</a></p>';
    expect(renderHome(site(dated(11)), info)).toContain(more);
    expect(renderHome(site(dated(10)), info)).not.toContain(more);
    const latest = site([...dated(60), makeArticle("undated")]).listings.filter((l) => l.index.path === LATEST_PATH);
    expect(latest.map((l) => l.articles.length)).toEqual([50, 11]);
    expect(latest[1]!.articles.at(-1)!.source).toBe("undated");
  });
});
