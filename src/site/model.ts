import type { Article, Message } from "../model/types.js";
import type { Archive } from "../archive/index.js";
import { assignTags } from "./tags.js";
import { placeChain } from "../describe/places.js";
import { articlePath, HOME_PATH, PEOPLE_PATH, personPath, rawPath, sourcePath, withPrefix } from "./urls.js";
import { buildIndexes, type Indexes } from "./indexes.js";
import { listingPages, type ListingPage } from "./paging.js";
import { indexFeeds, type Feed } from "./feeds.js";
import { chinaDay, datePaths } from "./dates.js";
import { relatedArticles } from "./related.js";
import { buildPeople, NO_PEOPLE, officialsByPlace, type People, type PeopleInput, type PlaceOfficial } from "./people.js";

/** The pages of a build that are rendered: all of them, or while watching only those that changed. */
export interface RenderSet {
  articles: Article[];
  indexPages: ListingPage[];
  feeds: Feed[];
}

/**
 * The articles on either side of one, as its page links to them. Dated articles (an estimated
 * year counts) form one chain by date, the previous one older, the next newer; undated ones a
 * chain of their own, in the order their index lists them. Neither leads into the other: no
 * undated article comes before the oldest dated one, since nobody knows when it appeared.
 */
export interface Neighbours {
  previous: Article | null;
  next: Article | null;
}

/** A raw file as published: its name in content/, its readable view and its bytes. */
export interface SourceFile {
  name: string;
  view: string;
  raw: string;
}

/** Where an article sits in the archive: the index pages and neighbours its page links to. */
export interface ArticleLinks {
  places: { name: string; path: string }[];
  dates: { name: string; path: string }[];
  tagPath: (tag: string) => string;
  publicationPath: string | null;
  neighbours: Neighbours;
  /** The article's public address, for citations. */
  url: string;
  /** Every raw file this page holds: its own, then copies merged into it. */
  sources: SourceFile[];
  /** Articles that share much of this text but differ in substance. */
  seeAlso: { name: string; slug: string }[];
  /** The day the page was built, a citation's 引用日期. */
  cited: string;
  /** Other articles of the same place, tags or keywords, best first (site/related.ts). */
  related: Article[];
  /** The officials the article names, each with their page. */
  officials: { name: string; title: string; path: string }[];
}

/** Everything the pages need, computed once per build from the cleaned archive. */
export interface SiteModel {
  /** Newest first; undated last. */
  articles: Article[];
  problems: Message[];
  indexes: Indexes;
  /** The index pages as published, each index cut into pages of its articles. */
  listings: ListingPage[];
  /** The feeds of the places, tags and publications. */
  feeds: Feed[];
  /** Each article's neighbours, by source file name. */
  neighbours: Map<string, Neighbours>;
  /** Each article's related articles, by source file name. */
  related: Map<string, Article[]>;
  /** The article pages, index pages and feeds this build renders: all, or while watching the changed ones. */
  render: RenderSet;
  /** The slug of every raw file the archive holds, by its name in content/. */
  sourceSlugs: Map<string, string>;
  /** The officials the archive names, a page each, and each article's. */
  people: People;
  /** The officials each place's index lists, by the index's path. */
  placeOfficials: Map<string, PlaceOfficial[]>;
}

/** Every article's neighbours, from the articles newest first and undated last. */
export function neighbourChains(articles: Article[]): Map<string, Neighbours> {
  const chains = new Map<string, Neighbours>();
  const beside = (a: Article, b: Article | undefined) => (b && !!b.date === !!a.date ? b : null);
  articles.forEach((a, i) => {
    const [above, below] = [beside(a, articles[i - 1]), beside(a, articles[i + 1])];
    // Newest first, so the older article is the one below; undated ones read down their list.
    chains.set(a.source, a.date ? { previous: below, next: above } : { previous: above, next: below });
  });
  return chains;
}

export function buildSite(archive: Archive, officials: PeopleInput = NO_PEOPLE): SiteModel {
  const articles = assignTags(archive.articles);
  const indexes = buildIndexes(articles);
  const people = buildPeople(articles, officials);
  const listings = indexes.pages.flatMap((p) => listingPages(p));
  const feeds = indexFeeds(indexes.pages);
  return {
    articles,
    problems: archive.problems,
    indexes,
    listings,
    feeds,
    neighbours: neighbourChains(articles),
    related: relatedArticles(articles),
    render: { articles, indexPages: listings, feeds },
    sourceSlugs: archive.sourceSlugs,
    people,
    placeOfficials: officialsByPlace(people.people, indexes.placePaths),
  };
}

/** The index paths of an article's place, from province down. */
export function placeTrail(a: Article, indexes: Indexes): { name: string; path: string }[] {
  const names = placeChain(a.place);
  return names.map((name, i) => ({ name, path: indexes.placePaths.get(names.slice(0, i + 1).join("/"))! }));
}

/**
 * Everything an article's page links to: its place and date indexes, tags, publication,
 * neighbours, raw file, and its own public address under the site's root.
 */
export function articleLinks(a: Article, model: SiteModel, root: string): ArticleLinks {
  const { tagPaths, publicationPaths } = model.indexes;
  return {
    url: withPrefix(root, articlePath(a.slug)),
    sources: sourceFiles(a, model),
    seeAlso: a.seeAlso
      .map((s) => model.articles.find((x) => x.source === s))
      .filter((x): x is Article => !!x)
      .map((x) => ({ name: x.title, slug: x.slug })),
    places: placeTrail(a, model.indexes),
    dates: datePaths(a),
    tagPath: (t) => tagPaths.get(t)!,
    publicationPath: a.publication ? (publicationPaths.get(a.publication) ?? null) : null,
    neighbours: model.neighbours.get(a.source)!,
    cited: chinaDay(new Date()),
    related: model.related.get(a.source)!,
    officials: officialLinks(a, model),
  };
}

/** The officials an article names, once a person, each post as printed (县委书记), linking to their page. */
function officialLinks(a: Article, model: SiteModel): ArticleLinks["officials"] {
  const byPerson = new Map<string, ArticleLinks["officials"][number]>();
  for (const { official, person } of model.people.byArticle.get(a.source) ?? []) {
    const held = byPerson.get(person.slug);
    const title = official.organ + official.post;
    if (!held) byPerson.set(person.slug, { name: person.name, title, path: personPath(person.slug) });
    else if (!held.title.split("、").includes(title)) held.title += `、${title}`;
  }
  return [...byPerson.values()];
}

/** Every raw file an article's page holds (its own, then copies merged into it), where published. */
export function sourceFiles(a: Article, model: SiteModel): SourceFile[] {
  return [a.source, ...a.duplicates].map((name) => {
    const slug = model.sourceSlugs.get(name)!;
    return { name, view: sourcePath(slug), raw: rawPath(slug) };
  });
}

/** Every raw file the built articles hold, by name, with its slug: what raw/ publishes. */
export const publishedSources = (model: SiteModel): Map<string, string> =>
  new Map(model.articles.flatMap((a) => [a.source, ...a.duplicates]).map((name) => [name, model.sourceSlugs.get(name)!]));

/** Every HTML page of the site, for the sitemap. */
export function sitePaths(model: SiteModel): string[] {
  return [
    HOME_PATH,
    ...model.listings.map((p) => p.path),
    ...model.articles.map((a) => articlePath(a.slug)),
    PEOPLE_PATH,
    ...model.people.people.map((p) => personPath(p.slug)),
  ];
}
