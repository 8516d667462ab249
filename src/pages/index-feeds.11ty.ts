import type { SiteInfo } from "../render/layout.js";
import type { Feed } from "../site/feeds.js";
import { renderFeed } from "../render/feed.js";

interface Data {
  feed: Feed;
  site: SiteInfo;
  pathPrefix: string;
}

/** The Atom feed of each place, tag and publication that this build renders, beside its index page. */
export const data = {
  pagination: { data: "siteModel.render.feeds", size: 1, alias: "feed", addAllPagesToCollections: false },
  permalink: (d: Data) => d.feed.path,
  eleventyExcludeFromCollections: true,
};

export function render({ feed, site, pathPrefix }: Data): string {
  return renderFeed(feed, site, pathPrefix);
}
