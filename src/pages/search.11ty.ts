import type { SiteInfo } from "../render/layout.js";
import { layout } from "../render/layout.js";
import { siteRoot } from "../site/urls.js";
import { renderSearchPage } from "../render/search.js";

export const data = { permalink: "/search/" };

export function render({ site, pathPrefix }: { site: SiteInfo; pathPrefix: string }): string {
  return layout({ site, title: "搜索", canonical: `${siteRoot(site.url, pathPrefix)}search/`, body: renderSearchPage() });
}
