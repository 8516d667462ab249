import type { Article } from "../model/types.js";
import type { IndexPage } from "./indexes.js";
import { knownDay } from "./dates.js";
import { FEED_PATH, HOME_PATH } from "./urls.js";

/** An Atom feed: where it is published, the page it follows and its newest articles. */
export interface Feed {
  path: string;
  /** The page the feed follows: the home page, or the index page of its place, tag or publication. */
  page: string;
  /** What it follows, for its title: null for the whole archive (the site's own title). */
  name: string | null;
  entries: Article[];
  /**
   * Whole articles, or their first lines and a link. An index's feed carries first lines: the
   * 1,072 feeds of the benchmark's 10,000 articles take 7 MB so, and would take 184 MB whole,
   * against GitHub Pages' 1 GB for the site.
   */
  full: boolean;
}

/** Articles in the site's feed, whole. */
export const SITE_FEED_ENTRIES = 50;
/** Articles in a place's, tag's or publication's feed. */
export const INDEX_FEED_ENTRIES = 20;

/** A feed's entries: the newest articles dated to the day (an entry is stamped with its day). */
const entries = (articles: Article[], limit: number): Article[] => articles.filter((a) => knownDay(a)).slice(0, limit);

export const siteFeed = (articles: Article[]): Feed => ({
  path: FEED_PATH,
  page: HOME_PATH,
  name: null,
  entries: entries(articles, SITE_FEED_ENTRIES),
  full: true,
});

/** The feed of each place, tag and publication, beside its index page. */
export const indexFeeds = (pages: IndexPage[]): Feed[] =>
  pages.flatMap((p) =>
    p.feed ? [{ path: p.feed, page: p.path, name: p.heading, entries: entries(p.articles, INDEX_FEED_ENTRIES), full: false }] : [],
  );
