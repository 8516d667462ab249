import type { UserConfig } from "@11ty/eleventy";
import { oneAtATime } from "../search/build/background.js";
import { bundleSearchClient } from "../search/build/bundle.js";
import { writeSearchIndex } from "../search/build/indexer.js";
import type { SiteBuild } from "./site.js";

/**
 * Search: the search page's script, and Pagefind over the articles' cleaned text. Its records need
 * the cleaned archive, not the pages, so a build starts indexing as soon as the archive is ready
 * and Eleventy renders meanwhile (Pagefind runs in processes of its own: the two share the cores);
 * the build ends when both have. While watching (--serve, --watch) the index is made in the
 * background after the pages, so an edited page is served before its shard is indexed again.
 */
export function searchIndex(eleventyConfig: UserConfig, site: SiteBuild): void {
  const index = async (output: string) => {
    const { cacheDir, search } = site.config;
    const stats = await writeSearchIndex((await site.model()).articles, { siteDir: output, cacheDir: `${cacheDir}/search`, ...search });
    console.log(
      `[search] ${stats.articles} articles indexed in ${stats.shards} shard(s), ${stats.shards - stats.reused} indexed anew, ${stats.seconds.toFixed(1)} s`,
    );
  };
  const indexInBackground = oneAtATime(
    () => index(eleventyConfig.directories.output),
    (e) => console.error(`[search] failed: ${e.message}`),
  );
  let indexing: Promise<void> | null = null;
  eleventyConfig.on("eleventy.before", ({ runMode, directories }) => {
    if (runMode !== "build") return;
    indexing = index(directories.output);
    // Awaited after the pages; until then a failure must not count as unhandled.
    indexing.catch(() => {});
  });
  eleventyConfig.on("eleventy.after", async ({ runMode, directories }) => {
    await bundleSearchClient(`${directories.output}/assets/search.js`);
    if (runMode === "build") {
      const started = Date.now();
      await (indexing ?? index(directories.output));
      console.log(`[search] the pages waited ${((Date.now() - started) / 1000).toFixed(1)} s for the index`);
    } else indexInBackground();
  });
}
