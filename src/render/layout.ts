import { esc } from "../text/html.js";
import {
  DATES_PATH,
  FAVICON_PATH,
  FEED_PATH,
  HOME_PATH,
  MANIFEST_PATH,
  PEOPLE_PATH,
  PLACES_PATH,
  PUBLICATIONS_PATH,
  SEARCH_PATH,
  STYLESHEET_PATH,
  TAGS_PATH,
} from "../site/urls.js";

export interface SiteInfo {
  title: string;
  description: string;
  /** The site's public address without the path prefix, for the feed and canonical links. */
  url: string;
}

export interface PageShell {
  site: SiteInfo;
  title: string;
  description?: string;
  /** The page's absolute public address, for the canonical link and Open Graph. */
  canonical?: string;
  /** Extra elements for <head> (structured data). */
  head?: string;
  /** Open Graph type: "article" on article pages. */
  ogType?: string;
  /** The script the page is written in: an article's 繁體 reading is "zh-Hant". */
  lang?: "zh-CN" | "zh-Hant";
  /** The header's search box; the search page has its own. */
  searchBox?: boolean;
  body: string;
}

const NAV = [
  [DATES_PATH, "日期"],
  [PLACES_PATH, "地点"],
  [TAGS_PATH, "标签"],
  [PUBLICATIONS_PATH, "报刊"],
  [PEOPLE_PATH, "人物"],
];

/** The shell every page shares. Links are site-absolute; the HTML base plugin adds the path prefix. */
export function layout({
  site,
  title,
  description,
  canonical,
  head,
  ogType = "website",
  lang = "zh-CN",
  searchBox = true,
  body,
}: PageShell): string {
  const full = title === site.title ? title : `${title} · ${site.title}`;
  const summary = description ?? site.description;
  const og = [
    ["og:type", ogType],
    ["og:title", title],
    ["og:description", summary],
    ["og:site_name", site.title],
    ["og:locale", lang === "zh-Hant" ? "zh_TW" : "zh_CN"],
    ...(canonical ? [["og:url", canonical]] : []),
  ]
    .map(([p, c]) => `<meta property="${p}" content="${esc(c!)}">`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(full)}</title>
<meta name="description" content="${esc(summary)}">
${canonical ? `<link rel="canonical" href="${esc(canonical)}">\n` : ""}${og}
<link rel="icon" href="${FAVICON_PATH}" type="image/svg+xml">
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="alternate" type="application/atom+xml" title="${esc(site.title)}" href="${FEED_PATH}">
${head ?? ""}</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site-header">
<a class="site-name" href="${HOME_PATH}">${esc(site.title)}</a>
<nav class="site-nav" aria-label="浏览">
${NAV.map(([href, name]) => `<a href="${href}">${name}</a>`).join("\n")}
</nav>
${
  searchBox
    ? `<form class="site-search" role="search" aria-label="全站搜索" action="${SEARCH_PATH}">
<input name="q" type="search" aria-label="搜索文章" placeholder="搜索">
<button type="submit">搜索</button>
</form>\n`
    : ""
}</header>
<main id="main">
${canonical ? `<p class="print-only">${esc(site.title)}　本页地址：${esc(canonical)}</p>\n` : ""}${body}
</main>
<footer class="site-footer">
<p>${esc(site.description)}</p>
<p><a href="${FEED_PATH}">订阅（Atom）</a> · <a href="${MANIFEST_PATH}">数据接口（JSON）</a></p>
</footer>
</body>
</html>
`;
}

/** A breadcrumb trail: 首页 › steps › current. */
export function breadcrumbs(steps: { name: string; path: string }[], current?: string): string {
  const items = [{ name: "首页", path: HOME_PATH }, ...steps].map((s) => `<li><a href="${s.path}">${esc(s.name)}</a></li>`);
  if (current) items.push(`<li aria-current="page">${esc(current)}</li>`);
  return `<nav class="crumbs" aria-label="位置"><ol>${items.join("")}</ol></nav>`;
}
