import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { renderFeed, renderRobots, renderSitemap } from "../render/feed.js";
import { sitePaths } from "../site/model.js";

interface Data {
  file: "feed.xml" | "sitemap.xml" | "robots.txt";
  archive: SiteModel;
  site: SiteInfo;
  pathPrefix: string;
}

/** The machine-read files beside the pages: the Atom feed, the sitemap and robots.txt. */
export const data = {
  pagination: { data: "files", size: 1, alias: "file" },
  files: ["feed.xml", "sitemap.xml", "robots.txt"],
  permalink: (d: Data) => `/${d.file}`,
  eleventyExcludeFromCollections: true,
};

export function render({ file, archive, site, pathPrefix }: Data): string {
  if (file === "feed.xml") return renderFeed(archive.articles, site, pathPrefix);
  if (file === "sitemap.xml") return renderSitemap(sitePaths(archive), site, pathPrefix);
  return renderRobots(site, pathPrefix);
}
