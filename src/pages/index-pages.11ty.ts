import type { SiteInfo } from "../render/layout.js";
import type { ListingPage } from "../site/paging.js";
import type { SiteModel } from "../site/model.js";
import { esc } from "../text/html.js";
import { layout } from "../render/layout.js";
import { siteRoot, withPrefix } from "../site/urls.js";
import { pageName, renderIndexPage } from "../render/indexPage.js";
import { feedTitle } from "../render/feed.js";

interface Data {
  listing: ListingPage;
  siteModel: SiteModel;
  site: SiteInfo;
  pathPrefix: string;
}

/**
 * Every page of every index, one per item: the site model has already cut each index into pages
 * (site/paging.ts), since the sitemap and the page hashes of a rebuild must know them too, and
 * Eleventy paginates one data set per template, not each index apart.
 */
export const data = {
  pagination: { data: "siteModel.render.indexPages", size: 1, alias: "listing", addAllPagesToCollections: false },
  permalink: (d: Data) => d.listing.path,
};

export function render({ listing, siteModel, site, pathPrefix }: Data): string {
  const { heading, feed } = listing.index;
  const title = listing.number > 1 ? `${heading} · ${pageName(listing.number)}` : heading;
  const canonical = withPrefix(siteRoot(site.url, pathPrefix), listing.path);
  const head = feed ? `<link rel="alternate" type="application/atom+xml" title="${esc(feedTitle(heading, site))}" href="${feed}">\n` : "";
  return layout({ site, title, canonical, head, body: renderIndexPage(listing, siteModel.placeOfficials.get(listing.index.path)) });
}
