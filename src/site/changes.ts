import { createHash } from "node:crypto";
import type { Article } from "../model/types.js";
import { articleLinks, type RenderSet, type SiteModel } from "./model.js";
import { articlePath, traditionalPath } from "./urls.js";

const hash = (value: unknown): string => createHash("sha1").update(JSON.stringify(value)).digest("base64");

// By array: an article kept in memory between rebuilds keeps its blocks and messages (most of
// its size), which are never changed once made (see CleanCache), so their hash is taken once.
const partHashes = new WeakMap<unknown[], string>();
const hashOnce = (part: unknown[]): string => partHashes.get(part) ?? partHashes.set(part, hash(part)).get(part)!;
const articleHash = ({ blocks, messages, ...rest }: Article): string => hash([hashOnce(blocks), hashOnce(messages), rest]);

/**
 * What each article page, index page and feed is made from, as a hash, by path. An article's
 * page (and its 繁體 reading) shows the article, its neighbours, its related articles and the
 * paths of its indexes; an index page its index's
 * fields, how many articles and pages the index has, and the articles of its own page; a feed
 * its entries. Each listed article counts whole, so an edit anywhere in an article renders every
 * page that shows any of it again: more than needed, never less.
 */
export function pageHashes(model: SiteModel): Map<string, string> {
  const own = new Map(model.articles.map((a) => [a, articleHash(a)]));
  const ofArticle = (a: Article | null) => (a ? own.get(a) : null);
  const pages = new Map<string, string>();
  for (const a of model.articles) {
    const { tagPath, neighbours, related, ...links } = articleLinks(a, model, "/");
    const shown = [ofArticle(neighbours.previous), ofArticle(neighbours.next), related.map(ofArticle)];
    const page = hash([own.get(a), links, a.tags.map(tagPath), shown]);
    pages.set(articlePath(a.slug), page);
    pages.set(traditionalPath(a.slug), page);
    // The readable views of its raw files are rendered with it, and go with it.
    for (const f of links.sources) pages.set(f.view, page);
  }
  for (const { index, articles, alsoMentioned, ...page } of model.listings) {
    const { articles: all, alsoMentioned: _, ...fields } = index;
    const listed = { articles: articles.map(ofArticle), alsoMentioned: alsoMentioned.map(ofArticle) };
    pages.set(page.path, hash({ ...fields, ...page, total: all.length, ...listed }));
  }
  for (const f of model.feeds) pages.set(f.path, hash({ ...f, entries: f.entries.map(ofArticle) }));
  return pages;
}

/**
 * Remembers the pages of the last build so that a rebuild while watching renders only the pages
 * whose hash changed or that are new, and names the pages that are gone. The output folder
 * keeps the other pages from earlier builds, as Eleventy leaves it while watching.
 */
export class PageTracker {
  private last: Map<string, string> | null = null;

  /** The next build renders every page (after a change to code, layout or site data). */
  reset(): void {
    this.last = null;
  }

  next(model: SiteModel): { render: RenderSet; removed: string[] } {
    const pages = pageHashes(model);
    const last = this.last;
    this.last = pages;
    if (!last) return { render: { articles: model.articles, indexPages: model.listings, feeds: model.feeds }, removed: [] };
    const changed = (path: string) => last.get(path) !== pages.get(path);
    return {
      render: {
        articles: model.articles.filter((a) => changed(articlePath(a.slug))),
        indexPages: model.listings.filter((p) => changed(p.path)),
        feeds: model.feeds.filter((f) => changed(f.path)),
      },
      removed: [...last.keys()].filter((path) => !pages.has(path)),
    };
  }
}
