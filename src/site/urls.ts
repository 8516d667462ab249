/** Site-absolute URLs. Pages use them as they are; the HTML base plugin adds the path prefix. */
export const articlePath = (slug: string): string => `/articles/${slug}/`;

/** A URL with the site's path prefix ("/repo/"), for output the HTML base plugin does not see (JSON). */
export function withPrefix(prefix: string, path: string): string {
  return prefix.replace(/\/+$/, "") + path;
}

/** The site's public root, path prefix included: https://example.org/repo/ */
export const siteRoot = (siteUrl: string, prefix: string): string => siteUrl.replace(/\/+$/, "") + withPrefix(prefix, "/");

/** Where a raw document is published, beside the pages. */
export const rawPath = (source: string): string => `/raw/${encodeURIComponent(source)}`;
