import type { SiteInfo } from "../render/layout.js";
import type { IndexPage } from "../site/indexes.js";
import { layout } from "../render/layout.js";
import { siteRoot, withPrefix } from "../site/urls.js";
import { renderIndexPage } from "../render/indexPage.js";

interface Data {
  index: IndexPage;
  site: SiteInfo;
  pathPrefix: string;
}

export const data = {
  pagination: { data: "siteModel.render.indexPages", size: 1, alias: "index", addAllPagesToCollections: false },
  permalink: (d: Data) => d.index.path,
};

export function render({ index, site, pathPrefix }: Data): string {
  const canonical = withPrefix(siteRoot(site.url, pathPrefix), index.path);
  return layout({ site, title: index.heading, canonical, body: renderIndexPage(index) });
}
