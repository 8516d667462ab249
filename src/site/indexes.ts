import type { Article, Place } from "../model/types.js";
import { byDateDesc } from "../archive/index.js";
import { pinyinSlug } from "../describe/slug.js";
import { placeSlug, uniqueNameSlugs } from "./slugs.js";
import {
  below,
  DATES_PATH,
  feedPath,
  LATEST_PATH,
  monthPath,
  PLACES_PATH,
  PUBLICATIONS_PATH,
  TAGS_PATH,
  UNDATED_PATH,
  yearPath,
} from "./urls.js";
import { knownDay, monthName, UNDATED, yearName } from "./dates.js";
import { monthTimeline, type Timeline } from "./timeline.js";
import { provinceTiles, type ProvinceTile } from "./provinceGrid.js";

/** A link to a narrower index, with how many articles it holds. */
export interface Child {
  name: string;
  path: string;
  count: number;
  /** Articles that only mention the place. */
  mentioned?: number;
  /** Narrower indexes under this one, on pages that show the whole tree. */
  children?: Child[];
}

/** One index page: its heading, the articles it lists (newest first) and where to go from it. */
export interface IndexPage {
  kind: "latest" | "years" | "year" | "month" | "undated" | "places" | "place" | "tags" | "tag" | "publications" | "publication";
  path: string;
  heading: string;
  /** Breadcrumb trail above the heading: each step's name and path. */
  trail: { name: string; path: string }[];
  articles: Article[];
  /** Articles that name the place without being about it. */
  alsoMentioned: Article[];
  children: Child[];
  /** Its Atom feed, for a place, tag or publication a reader may follow. */
  feed: string | null;
  /** Its articles per month: on /dates/ (the whole archive) and on each place, tag and publication. */
  timeline: Timeline | null;
  /** The tile map of provinces, on /places/. */
  tiles: ProvinceTile[] | null;
}

export interface Indexes {
  pages: IndexPage[];
  /** Paths of each article's place levels, year and month, tags and publication, for its own page. */
  placePaths: Map<string, string>;
  tagPaths: Map<string, string>;
  publicationPaths: Map<string, string>;
}

const page = (p: Partial<IndexPage> & Pick<IndexPage, "kind" | "path" | "heading">): IndexPage => ({
  trail: [],
  articles: [],
  alsoMentioned: [],
  children: [],
  feed: null,
  timeline: null,
  tiles: null,
  ...p,
});

const groupBy = <K>(items: Article[], key: (a: Article) => K[]): Map<K, Article[]> => {
  const m = new Map<K, Article[]>();
  for (const a of items) for (const k of new Set(key(a))) m.set(k, [...(m.get(k) ?? []), a]);
  return m;
};

function dateIndexes(articles: Article[]): IndexPage[] {
  const years = groupBy(articles, (a) => (a.date ? [a.date.slice(0, 4)] : []));
  const pages: IndexPage[] = [];
  const yearChildren: Child[] = [];
  const root = { name: "日期", path: DATES_PATH };
  for (const y of [...years.keys()].sort().reverse()) {
    const inYear = years.get(y)!;
    // Only a date known to the day is listed by month: an estimate by its year alone.
    const months = groupBy(inYear, (a) => (knownDay(a) ? [a.date!.slice(5, 7)] : []));
    const monthList = [...months.keys()].sort().reverse();
    const monthChildren = monthList.map((m) => ({ name: monthName(m), path: monthPath(y, m), count: months.get(m)!.length }));
    yearChildren.push({ name: yearName(y), path: yearPath(y), count: inYear.length, children: monthChildren });
    pages.push(page({ kind: "year", path: yearPath(y), heading: yearName(y), trail: [root], articles: inYear, children: monthChildren }));
    for (const m of monthList)
      pages.push(
        page({
          kind: "month",
          path: monthPath(y, m),
          heading: `${yearName(y)}${monthName(m)}`,
          trail: [root, { name: yearName(y), path: yearPath(y) }],
          articles: months.get(m)!,
        }),
      );
  }
  const undated = articles.filter((a) => !a.date);
  pages.unshift(
    page({
      kind: "years",
      path: DATES_PATH,
      heading: "按日期浏览",
      timeline: monthTimeline(articles),
      children: [...yearChildren, { name: UNDATED, path: UNDATED_PATH, count: undated.length }],
    }),
  );
  pages.push(page({ kind: "undated", path: UNDATED_PATH, heading: UNDATED, trail: [root], articles: undated }));
  return pages;
}

type Level = keyof Place;
const LEVELS: Level[] = ["province", "prefecture", "county"];

/** The chain of a place's names down to a level: the key of that level's index page. */
const chain = (p: Place, upTo: number): string[] | null => {
  const names = LEVELS.slice(0, upTo + 1).map((l) => p[l]);
  if (!names[upTo]) return null;
  return names.filter((n): n is string => !!n);
};

function placeIndexes(articles: Article[], placePaths: Map<string, string>): IndexPage[] {
  // Every place chain that some article is in or mentions, keyed "省/市/县".
  const keys = new Map<string, { names: string[]; articles: Set<Article>; also: Set<Article> }>();
  const add = (p: Place, a: Article, primary: boolean) => {
    for (let lvl = 0; lvl < 3; lvl++) {
      const names = chain(p, lvl);
      if (!names) continue;
      const key = names.join("/");
      const entry = keys.get(key) ?? keys.set(key, { names, articles: new Set(), also: new Set() }).get(key)!;
      (primary ? entry.articles : entry.also).add(a);
    }
  };
  for (const a of articles) {
    add(a.place, a, true);
    for (const m of a.placesMentioned) add(m, a, false);
  }
  // Slugs are unique among siblings: pinyin of the name without its suffix.
  const sorted = [...keys.keys()].sort((x, y) => x.split("/").length - y.split("/").length || x.localeCompare(y));
  for (const key of sorted) {
    const names = keys.get(key)!.names;
    const parentKey = names.slice(0, -1).join("/");
    const parentPath = names.length > 1 ? placePaths.get(parentKey)! : PLACES_PATH;
    const siblings = sorted
      .filter((k) => k !== key && k.split("/").slice(0, -1).join("/") === parentKey)
      .map((k) => keys.get(k)!.names.at(-1)!);
    const slugs = uniqueNameSlugs([names.at(-1)!, ...siblings], placeSlug);
    placePaths.set(key, below(parentPath, slugs.get(names.at(-1)!)!));
  }
  const pages: IndexPage[] = [];
  const childrenOf = (parentKey: string, depth: number, tree: boolean): Child[] =>
    sorted
      .filter((k) => k.split("/").length === depth && (depth === 1 || k.startsWith(parentKey + "/")))
      .map((k) => {
        const { names, articles: own, also } = keys.get(k)!;
        const mentioned = [...also].filter((a) => !own.has(a)).length;
        const narrower = tree ? childrenOf(k, depth + 1, true) : [];
        return {
          name: names.at(-1)!,
          path: placePaths.get(k)!,
          count: own.size,
          mentioned,
          ...(narrower.length ? { children: narrower } : {}),
        };
      })
      .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, "zh"));
  const provinces = childrenOf("", 1, true);
  pages.push(page({ kind: "places", path: PLACES_PATH, heading: "按地点浏览", children: provinces, tiles: provinceTiles(provinces) }));
  for (const key of sorted) {
    const { names, articles: own, also } = keys.get(key)!;
    const trail = [
      { name: "地点", path: PLACES_PATH },
      ...names.slice(0, -1).map((_, i) => ({ name: names[i]!, path: placePaths.get(names.slice(0, i + 1).join("/"))! })),
    ];
    pages.push(
      page({
        kind: "place",
        path: placePaths.get(key)!,
        heading: names.at(-1)!,
        trail,
        articles: [...own].sort(byDateDesc),
        alsoMentioned: [...also].filter((a) => !own.has(a)).sort(byDateDesc),
        children: childrenOf(key, names.length + 1, false),
        feed: feedPath(placePaths.get(key)!),
        timeline: monthTimeline([...own]),
      }),
    );
  }
  return pages;
}

function namedIndexes(
  articles: Article[],
  names: (a: Article) => string[],
  paths: Map<string, string>,
  kinds: { all: "tags" | "publications"; one: "tag" | "publication"; root: string; heading: string; prefix: string },
): IndexPage[] {
  const groups = groupBy(articles, names);
  const slugs = uniqueNameSlugs([...groups.keys()], pinyinSlug);
  for (const [name, slug] of slugs) paths.set(name, below(kinds.root, slug));
  const children = [...groups]
    .map(([name, list]) => ({ name, path: paths.get(name)!, count: list.length }))
    .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, "zh"));
  return [
    page({ kind: kinds.all, path: kinds.root, heading: kinds.heading, children }),
    ...[...groups].map(([name, list]) =>
      page({
        kind: kinds.one,
        path: paths.get(name)!,
        heading: `${kinds.prefix}${name}`,
        trail: [{ name: kinds.heading.replace(/^按|浏览$/g, ""), path: kinds.root }],
        articles: list,
        feed: feedPath(paths.get(name)!),
        timeline: monthTimeline(list),
      }),
    ),
  ];
}

/** Every index of the archive, computed from the articles alone. Articles come newest first. */
export function buildIndexes(articles: Article[]): Indexes {
  const placePaths = new Map<string, string>();
  const tagPaths = new Map<string, string>();
  const publicationPaths = new Map<string, string>();
  const pages = [
    page({ kind: "latest", path: LATEST_PATH, heading: "全部文章", articles }),
    ...dateIndexes(articles),
    ...placeIndexes(articles, placePaths),
    ...namedIndexes(articles, (a) => a.tags, tagPaths, {
      all: "tags",
      one: "tag",
      root: TAGS_PATH,
      heading: "按标签浏览",
      prefix: "标签：",
    }),
    ...namedIndexes(articles, (a) => (a.publication ? [a.publication] : []), publicationPaths, {
      all: "publications",
      one: "publication",
      root: PUBLICATIONS_PATH,
      heading: "按报刊浏览",
      prefix: "",
    }),
  ];
  return { pages, placePaths, tagPaths, publicationPaths };
}
