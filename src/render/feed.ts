import { absoluteUrl, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Article } from "../model/types.js";
import type { SiteInfo } from "./layout.js";
import { esc } from "../text/html.js";
import { brokenOff, renderBody } from "./article.js";
import { firstLine } from "./lists.js";
import { articlePath, FEED_STYLESHEET_PATH, SITEMAP_PATH, siteRoot, withPrefix } from "../site/urls.js";
import { knownDay } from "../site/dates.js";
import type { Feed } from "../site/feeds.js";

/** A feed's title: the site's, or what it follows within the site. */
export const feedTitle = (name: string | null, site: SiteInfo): string => (name ? `${name} · ${site.title}` : site.title);

/**
 * An Atom feed (RFC 4287) with absolute URLs that carry the path prefix: the site's, of whole
 * articles, or a place's, tag's or publication's, of first lines. The archive is the author of
 * any entry that names none. Entries are stamped at midnight in China, the papers' time zone, with
 * its offset, so that the feed's stylesheet reads the day off the stamp. A browser opening the feed
 * shows it through that stylesheet (feed readers ignore it).
 */
export function renderFeed(feed: Feed, site: SiteInfo, pathPrefix: string): string {
  const base = siteRoot(site.url, pathPrefix);
  const url = (path: string) => absoluteUrl(path.slice(1), base);
  const stamp = (a: Article) => `${knownDay(a)}T00:00:00+08:00`;
  const updated = feed.entries[0] ? stamp(feed.entries[0]) : dateToRfc3339(new Date(0));
  return `<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="${withPrefix(pathPrefix, FEED_STYLESHEET_PATH)}"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>${esc(feedTitle(feed.name, site))}</title>
<subtitle>${esc(site.description)}</subtitle>
<link href="${url(feed.path)}" rel="self"/>
<link href="${url(feed.page)}"/>
<updated>${updated}</updated>
<id>${url(feed.page)}</id>
<author><name>${esc(site.title)}</name></author>
${feed.entries
  .map((a) => {
    const link = url(articlePath(a.slug));
    const text = feed.full
      ? `<content type="html">${esc(renderBody(a.blocks, brokenOff(a)))}</content>`
      : `<summary>${esc(firstLine(a))}</summary>`;
    return `<entry>
<title>${esc(a.title)}</title>
<link href="${link}"/>
<updated>${stamp(a)}</updated>
<id>${link}</id>
${a.authors.map((n) => `<author><name>${esc(n)}</name></author>`).join("")}
${text}
</entry>`;
  })
  .join("\n")}
</feed>
`;
}

/** sitemap.xml: every page's absolute URL. */
export function renderSitemap(paths: string[], site: SiteInfo, pathPrefix: string): string {
  const base = siteRoot(site.url, pathPrefix);
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `<url><loc>${esc(absoluteUrl(p.slice(1), base))}</loc></url>`).join("\n")}
</urlset>
`;
}

/** robots.txt: everything may be crawled; the sitemap's absolute URL. */
export function renderRobots(site: SiteInfo, pathPrefix: string): string {
  const base = siteRoot(site.url, pathPrefix);
  return `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(SITEMAP_PATH.slice(1), base)}\n`;
}
