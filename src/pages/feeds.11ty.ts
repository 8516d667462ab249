import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { renderFeed, renderRobots, renderSitemap } from "../render/feed.js";
import { sitePaths } from "../site/model.js";
import { siteFeed } from "../site/feeds.js";
import { FEED_PATH, ROBOTS_PATH, SITEMAP_PATH } from "../site/urls.js";

interface Data {
  file: typeof FEED_PATH | typeof SITEMAP_PATH | typeof ROBOTS_PATH;
  siteModel: SiteModel;
  site: SiteInfo;
  pathPrefix: string;
}

/** The machine-read files beside the pages: the Atom feed, the sitemap and robots.txt. */
export const data = {
  pagination: { data: "files", size: 1, alias: "file" },
  files: [FEED_PATH, SITEMAP_PATH, ROBOTS_PATH],
  permalink: (d: Data) => d.file,
  eleventyExcludeFromCollections: true,
};

export function render({ file, siteModel, site, pathPrefix }: Data): string {
  if (file === FEED_PATH) return renderFeed(siteFeed(siteModel.articles), site, pathPrefix);
  if (file === SITEMAP_PATH) return renderSitemap(sitePaths(siteModel), site, pathPrefix);
  return renderRobots(site, pathPrefix);
}
