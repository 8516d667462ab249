import { join, resolve, sep } from "node:path";
import { parse as parseYaml } from "yaml";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { loadArchive } from "./src/archive/load.js";
import { buildSite, type SiteModel } from "./src/site/model.js";
import { PageTracker, renderChangesOnly } from "./src/site/changes.js";
import { writeSearchIndex } from "./src/search/build/indexer.js";
import { bundleSearchClient } from "./src/search/build/bundle.js";
import { oneAtATime } from "./src/search/build/background.js";
import { inYears, selectYears } from "./src/site/part.js";
import { publishRaw } from "./src/site/raw.js";
import { publishedSources } from "./src/site/model.js";

/**
 * Eleventy only wires things together: the archive (built by src/) becomes global data, pages in
 * src/pages render it with functions from src/render.
 *
 * Environment: ARCHIVE_CONTENT (folder of raw documents, default content/), PATH_PREFIX (a project
 * site's "/repo/"), SITE_URL (public origin for the feed and sitemap, overrides _data/site.json),
 * SEARCH_SHARD_SIZE (most articles per Pagefind run), SEARCH_FIRST_LOAD (articles a search covers
 * before the reader asks for all, default 2,000), ARCHIVE_OUTPUT (another folder than _site/),
 * ARCHIVE_STRICT=1 (fail on any warning), ARCHIVE_CACHE (where cleaned articles, their Traditional
 * text and search shards are kept between builds, default .cache/; the benchmark keeps its own).
 */
export default function (eleventyConfig: any) {
  // TypeScript templates, run through tsx: https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  // YAML files in _data/: https://www.11ty.dev/docs/data-custom/
  eleventyConfig.addDataExtension("yaml", (contents: string) => parseYaml(contents));
  // The cleaned archive and its indexes, once per build: https://www.11ty.dev/docs/data-global-custom/
  const contentDir = process.env.ARCHIVE_CONTENT ?? "content";
  let model: Promise<SiteModel> | null = null;
  // While watching, a rebuild renders only the article and index pages whose content changed.
  let watching = false;
  const pages = new PageTracker();
  eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
    watching = runMode !== "build";
    model = null;
  });
  // A change outside content/ (code, layout, site data) can change every page.
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    if (changed.some((file) => !resolve(file).startsWith(resolve(contentDir) + sep))) pages.reset();
  });
  // ARCHIVE_STRICT=1 (npm run build -- --strict) fails the build on any warning about content/.
  const strict = process.env.ARCHIVE_STRICT === "1";
  const cacheRoot = process.env.ARCHIVE_CACHE ?? ".cache";
  // ARCHIVE_YEARS=2022,undated builds one part of an archive split by year; SEARCH_PARTS lists the
  // other parts' site roots, whose search bundles the search page merges in.
  const years = process.env.ARCHIVE_YEARS?.split(",").map((y) => y.trim());
  const parts = process.env.SEARCH_PARTS?.split(",").map((p) => p.trim());
  const archive = () =>
    (model ??= loadArchive({
      contentDir,
      vocabularyFile: "_data/vocabulary.yaml",
      strict,
      cacheDir: `${cacheRoot}/clean`,
      keepInMemory: watching,
      ...(years ? { hold: inYears(years) } : {}),
    })
      .then((a) => (years ? selectYears(a, years) : a))
      .then(buildSite)
      .then((site) => (watching ? renderChangesOnly(site, pages, eleventyConfig.directories.output) : site)));
  eleventyConfig.addGlobalData("archive", archive);
  eleventyConfig.addGlobalData("cacheRoot", cacheRoot);
  eleventyConfig.addGlobalData("contentDir", contentDir);
  const pathPrefix = process.env.PATH_PREFIX ?? "/";
  // Search comes last: the page script, then Pagefind over the articles' cleaned text.
  const indexSearch = async (output: string) => {
    const shardSize = process.env.SEARCH_SHARD_SIZE ? Number(process.env.SEARCH_SHARD_SIZE) : undefined;
    const firstLoad = process.env.SEARCH_FIRST_LOAD ? Number(process.env.SEARCH_FIRST_LOAD) : undefined;
    const stats = await writeSearchIndex((await archive()).articles, {
      siteDir: output,
      cacheDir: `${cacheRoot}/search`,
      parts: parts ?? [],
      ...(shardSize ? { shardSize } : {}),
      ...(firstLoad ? { firstLoad } : {}),
    });
    console.log(
      `[search] ${stats.articles} articles indexed in ${stats.shards} shard(s), ${stats.shards - stats.reused} indexed anew, ${stats.seconds.toFixed(1)} s`,
    );
  };
  // While watching (--serve, --watch), search runs in the background, so an edited page is served
  // before its shard is re-indexed.
  const indexInBackground = oneAtATime(
    () => indexSearch(eleventyConfig.directories.output),
    (e) => console.error(`[search] failed: ${e.message}`),
  );
  // runMode is "build", "watch" or "serve": https://www.11ty.dev/docs/events/#event-arguments
  eleventyConfig.on("eleventy.after", async ({ runMode }: { runMode: string }) => {
    // The output folder as run (--output wins over the config): https://www.11ty.dev/docs/config/#directories
    const output: string = eleventyConfig.directories.output;
    // Every raw document the archive holds is published as received, beside the article made from it.
    publishRaw(contentDir, publishedSources(await archive()), join(output, "raw"));
    await bundleSearchClient(`${output}/assets/search.js`);
    if (runMode === "build") await indexSearch(output);
    else indexInBackground();
  });
  eleventyConfig.addGlobalData("pathPrefix", pathPrefix);
  // Config data outranks _data/ files and merges deeply: this replaces site.url alone.
  if (process.env.SITE_URL) eleventyConfig.addGlobalData("site.url", process.env.SITE_URL);
  // Pages link site-absolute ("/places/"); the base plugin prefixes every href and src with pathPrefix.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
  eleventyConfig.addWatchTarget(contentDir);
  eleventyConfig.addWatchTarget("src/");

  return {
    templateFormats: ["11ty.ts"],
    pathPrefix,
    dir: { input: "src/pages", data: "../../_data", output: process.env.ARCHIVE_OUTPUT ?? "_site" },
  };
}
