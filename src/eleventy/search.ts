import type { UserConfig } from "@11ty/eleventy";
import { oneAtATime } from "../search/build/background.js";
import { bundleSearchClient } from "../search/build/bundle.js";
import { writeSearchIndex } from "../search/build/indexer.js";
import type { SiteBuild } from "./site.js";

/**
 * Search comes after the pages: the search page's script, then Pagefind over the articles'
 * cleaned text. While watching (--serve, --watch) the index is made in the background, so an
 * edited page is served before its shard is indexed again.
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
  eleventyConfig.on("eleventy.after", async ({ runMode, directories }) => {
    await bundleSearchClient(`${directories.output}/assets/search.js`);
    if (runMode === "build") await index(directories.output);
    else indexInBackground();
  });
}
