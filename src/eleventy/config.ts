/**
 * Everything a build is told from outside the code: read from the environment once, here, and
 * handed to the plugins of eleventy.config.ts. (The tests and scripts read CHROMIUM_PATH, the
 * Chromium they drive; the build reads nothing else.)
 */
export interface BuildConfig {
  /** ARCHIVE_CONTENT: the folder of raw documents (default content/). */
  contentDir: string;
  /** ARCHIVE_OUTPUT: the folder the site is written to (default _site/; Eleventy's --output wins). */
  outputDir: string;
  /**
   * ARCHIVE_CACHE: where cleaned articles (clean/), their Traditional text (hant/) and search
   * shards (search/) are kept between builds (default .cache/; the benchmark keeps its own).
   */
  cacheDir: string;
  /** PATH_PREFIX: the site's path on its host, "/<repo>/" for a project site (default "/"). */
  pathPrefix: string;
  /** SITE_URL: the public origin for the feed and sitemap; null keeps `url` in _data/site.json. */
  siteUrl: string | null;
  /** Fail the build on any warning or error about content/: `npm run build -- --strict`, never the environment. */
  strict: boolean;
  /**
   * ARCHIVE_YEARS=2022,undated: build one part of an archive split by year, the articles of the
   * years named (`undated` for the undated ones); null builds every article.
   */
  years: string[] | null;
  search: {
    /** SEARCH_SHARD_SIZE: most articles per Pagefind run (default 300, see search/build/indexer.ts). */
    shardSize?: number;
    /** SEARCH_FIRST_LOAD: articles a search covers before the reader asks for all (default 600, FIRST_LOAD). */
    firstLoad?: number;
    /** SEARCH_PARTS=/parts/2023/,…: the other parts' site roots, whose search bundles the search page merges. */
    parts: string[];
  };
}

type Environment = Record<string, string | undefined>;

/** A comma-separated list, each item trimmed; null when the variable is not set. */
const list = (value: string | undefined): string[] | null => (value === undefined ? null : value.split(",").map((v) => v.trim()));

/** A positive number; anything else (unset, empty, not a number) leaves the default. */
const count = (value: string | undefined): number | undefined => (Number(value) > 0 ? Number(value) : undefined);

/** The build configuration the environment gives (`process.env`); src/cli/build.ts adds --strict. */
export function readBuildConfig(env: Environment): BuildConfig {
  return {
    contentDir: env.ARCHIVE_CONTENT ?? "content",
    outputDir: env.ARCHIVE_OUTPUT ?? "_site",
    cacheDir: env.ARCHIVE_CACHE ?? ".cache",
    pathPrefix: env.PATH_PREFIX ?? "/",
    siteUrl: env.SITE_URL || null,
    strict: false,
    years: list(env.ARCHIVE_YEARS),
    search: { shardSize: count(env.SEARCH_SHARD_SIZE), firstLoad: count(env.SEARCH_FIRST_LOAD), parts: list(env.SEARCH_PARTS) ?? [] },
  };
}
