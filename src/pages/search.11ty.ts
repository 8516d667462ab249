import type { SiteInfo } from "../render/layout.js";
import { layout } from "../render/layout.js";
import { SEARCH_PATH, siteRoot, withPrefix } from "../site/urls.js";
import { renderSearchPage } from "../render/search.js";

export const data = { permalink: SEARCH_PATH };

export function render({ site, pathPrefix }: { site: SiteInfo; pathPrefix: string }): string {
  return layout({
    site,
    title: "搜索",
    canonical: withPrefix(siteRoot(site.url, pathPrefix), SEARCH_PATH),
    searchBox: false,
    body: renderSearchPage(),
  });
}
