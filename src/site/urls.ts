/** Site-absolute URLs. Pages use them as they are; the HTML base plugin adds the path prefix. */
export const articlePath = (slug: string): string => `/articles/${slug}/`;

/** A URL with the site's path prefix ("/repo/"), for output the HTML base plugin does not see (JSON). */
export function withPrefix(prefix: string, path: string): string {
  return prefix.replace(/\/+$/, "") + path;
}

/** The site's public root, path prefix included: https://example.org/repo/ */
export const siteRoot = (siteUrl: string, prefix: string): string => siteUrl.replace(/\/+$/, "") + withPrefix(prefix, "/");

/**
 * Where a raw document's bytes are published, as received, by the slug of its file. The ".bin"
 * makes GitHub Pages (which picks the content type by extension) serve every copy as
 * application/octet-stream: a captured page, SVG or script can never run on the archive's origin.
 */
export const rawPath = (sourceSlug: string): string => `/raw/${sourceSlug}.bin`;

/** The readable view of a raw document: its decoded text, escaped, with numbered lines. */
export const sourcePath = (sourceSlug: string): string => `/raw/${sourceSlug}/`;
