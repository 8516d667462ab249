import type { UserConfig } from "@11ty/eleventy";
import type { SiteBuild } from "./site.js";

/**
 * What the pages read besides _data/: the site model of this build (`siteModel`, made when a page
 * first asks for it) and the settings of the build configuration they use.
 */
export function globalData(eleventyConfig: UserConfig, site: SiteBuild): void {
  eleventyConfig.on("eleventy.before", (event) => site.start(event));
  eleventyConfig.on("eleventy.beforeWatch", (changed) => site.changed(changed));
  eleventyConfig.addGlobalData("siteModel", () => site.model());
  const { contentDir, cacheDir, pathPrefix, siteUrl } = site.config;
  eleventyConfig.addGlobalData("contentDir", contentDir);
  eleventyConfig.addGlobalData("cacheRoot", cacheDir);
  eleventyConfig.addGlobalData("pathPrefix", pathPrefix);
  // Config data outranks _data/ files and merges deeply: this replaces site.url alone.
  if (siteUrl) eleventyConfig.addGlobalData("site.url", siteUrl);
}
