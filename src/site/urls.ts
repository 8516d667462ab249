/**
 * Every path of the site, site-absolute. Pages use them as they are (the HTML base plugin adds the
 * path prefix); output the plugin does not see (JSON, the feed, the search page's script) puts
 * them under a root with `withPrefix`.
 */

/** A page one level below another: /places/heilongjiang/ and daqing → /places/heilongjiang/daqing/. */
export const below = (path: string, slug: string): string => `${path}${slug}/`;

export const HOME_PATH = "/";
export const articlePath = (slug: string): string => below("/articles/", slug);
/** An article's page in Traditional characters, where its 繁體 switch and `?hant` lead. */
export const traditionalPath = (slug: string): string => below(articlePath(slug), "hant");
/** The id of an article's heading, by its block's index: the table of contents and search results link to #s3. */
export const sectionId = (block: number): string => `s${block}`;

// The indexes: each root lists what is below it.
export const DATES_PATH = "/dates/";
export const yearPath = (year: string): string => below(DATES_PATH, year);
export const monthPath = (year: string, month: string): string => below(yearPath(year), month);
export const UNDATED_PATH = below(DATES_PATH, "undated");
export const PLACES_PATH = "/places/";
export const TAGS_PATH = "/tags/";
export const PUBLICATIONS_PATH = "/publications/";
/** The officials the archive names, a page each. */
export const PEOPLE_PATH = "/people/";
export const personPath = (slug: string): string => below(PEOPLE_PATH, slug);
/** Every article, newest first: where the home page's latest articles go on. */
export const LATEST_PATH = "/latest/";

/**
 * Page `n` of an index: the first at the index's own path, later ones below it (/dates/2022/page/2/).
 * A place whose slug is "page" (帕格) does not clash: no slug below it is a bare number.
 */
export const pagePath = (indexPath: string, n: number): string => (n === 1 ? indexPath : below(below(indexPath, "page"), String(n)));
/** The Atom feed of a place, tag or publication, beside its index page. */
export const feedPath = (indexPath: string): string => `${indexPath}feed.xml`;

export const SEARCH_PATH = "/search/";
/** Pagefind's bundle: the search index and its script. */
export const SEARCH_INDEX_PATH = "/pagefind/";
export const NOT_FOUND_PATH = "/404.html";
export const FEED_PATH = "/feed.xml";
export const SITEMAP_PATH = "/sitemap.xml";
export const ROBOTS_PATH = "/robots.txt";
export const MANIFEST_PATH = "/api/articles.json";
export const PEOPLE_MANIFEST_PATH = "/api/people.json";

const asset = (file: string): string => `/assets/${file}`;
export const STYLESHEET_PATH = asset("site.css");
export const FAVICON_PATH = asset("favicon.svg");
export const ARTICLE_SCRIPT_PATH = asset("article.js");
export const SEARCH_SCRIPT_PATH = asset("search.js");
/** The XSLT stylesheet a browser opening a feed renders it with, as a page in Chinese. */
export const FEED_STYLESHEET_PATH = asset("feed.xsl");

const RAW_PATH = "/raw/";

/**
 * Where a raw document's bytes are published, as received, by the slug of its file. The ".bin"
 * makes GitHub Pages (which picks the content type by extension) serve every copy as
 * application/octet-stream: a captured page, SVG or script can never run on the archive's origin.
 */
export const rawPath = (sourceSlug: string): string => `${RAW_PATH}${sourceSlug}.bin`;

/** The readable view of a raw document: its decoded text, escaped, with numbered lines. */
export const sourcePath = (sourceSlug: string): string => below(RAW_PATH, sourceSlug);

/**
 * A path under a root: the site's path prefix ("/repo/") for JSON the HTML base plugin does not
 * see, or its public root (https://example.org/repo/) for absolute URLs.
 */
export function withPrefix(prefix: string, path: string): string {
  return prefix.replace(/\/+$/, "") + path;
}

/** The site's public root, path prefix included: https://example.org/repo/ */
export const siteRoot = (siteUrl: string, prefix: string): string => siteUrl.replace(/\/+$/, "") + withPrefix(prefix, HOME_PATH);
