import { absoluteUrl, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Article } from "../model/types.js";
import type { SiteInfo } from "./layout.js";
import { esc } from "../text/html.js";
import { brokenOff, renderBody } from "./article.js";
import { articlePath, FEED_PATH, SITEMAP_PATH, siteRoot } from "../site/urls.js";
import { knownDay } from "../site/dates.js";

/** An Atom feed of the newest articles dated to the day, with absolute URLs that carry the path prefix. */
export function renderFeed(articles: Article[], site: SiteInfo, pathPrefix: string, limit = 50): string {
  const base = siteRoot(site.url, pathPrefix);
  const dated = articles.filter((a) => knownDay(a)).slice(0, limit);
  const stamp = (a: Article) => dateToRfc3339(new Date(`${knownDay(a)}T00:00:00+08:00`));
  const updated = dated[0] ? stamp(dated[0]) : dateToRfc3339(new Date(0));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>${esc(site.title)}</title>
<subtitle>${esc(site.description)}</subtitle>
<link href="${absoluteUrl(FEED_PATH.slice(1), base)}" rel="self"/>
<link href="${base}"/>
<updated>${updated}</updated>
<id>${base}</id>
${dated
  .map((a) => {
    const url = absoluteUrl(articlePath(a.slug).slice(1), base);
    return `<entry>
<title>${esc(a.title)}</title>
<link href="${url}"/>
<updated>${stamp(a)}</updated>
<id>${url}</id>
${a.authors.map((n) => `<author><name>${esc(n)}</name></author>`).join("")}
<content type="html">${esc(renderBody(a.blocks, brokenOff(a)))}</content>
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
