import type { Article } from "../model/types.js";
import type { IndexPage } from "./indexes.js";
import { pagePath } from "./urls.js";

/**
 * Most articles one index page lists: a page a reader can scan, about 30 KB of HTML, where a year
 * or a province of a large archive would otherwise list thousands.
 */
export const ARTICLES_PER_PAGE = 50;

/** One page of an index as published: its share of the index's articles and its place among the index's pages. */
export interface ListingPage {
  index: IndexPage;
  path: string;
  /** Counted from 1. */
  number: number;
  /** How many pages the index has. */
  count: number;
  /** This page's share of the index's articles, then of those that only mention its place. */
  articles: Article[];
  alsoMentioned: Article[];
}

/**
 * An index cut into pages of `size` articles: its own articles first, then those that only
 * mention its place, in one run, so no page lists more than `size`. An index with no articles
 * still has its one page.
 */
export function listingPages(index: IndexPage, size = ARTICLES_PER_PAGE): ListingPage[] {
  const own = index.articles.length;
  const count = Math.max(1, Math.ceil((own + index.alsoMentioned.length) / size));
  return Array.from({ length: count }, (_, i) => {
    const [from, to] = [i * size, (i + 1) * size];
    return {
      index,
      path: pagePath(index.path, i + 1),
      number: i + 1,
      count,
      articles: index.articles.slice(from, to),
      alsoMentioned: index.alsoMentioned.slice(Math.max(0, from - own), Math.max(0, to - own)),
    };
  });
}

/**
 * The page numbers a page links to: the first and last, and `around` either side of the current
 * one; null where numbers are left out. A gap of a single page shows that page instead.
 */
export function pageNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown = [1, count];
  for (let n = current - around; n <= current + around; n++) if (n > 1 && n < count) shown.push(n);
  const numbers: (number | null)[] = [];
  let last = 0;
  for (const n of [...new Set(shown)].sort((x, y) => x - y)) {
    if (n - last === 2) numbers.push(n - 1);
    else if (n - last > 2) numbers.push(null);
    numbers.push(n);
    last = n;
  }
  return numbers;
}
