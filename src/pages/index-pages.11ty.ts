import type { SiteInfo } from "../render/layout.js";
import type { IndexPage } from "../site/indexes.js";
import { layout } from "../render/layout.js";
import { renderIndexPage } from "../render/indexPage.js";

interface Data {
  index: IndexPage;
  site: SiteInfo;
}

export const data = {
  pagination: { data: "archive.indexes.pages", size: 1, alias: "index", addAllPagesToCollections: false },
  permalink: (d: Data) => d.index.path,
};

export function render({ index, site }: Data): string {
  return layout({ site, title: index.heading, body: renderIndexPage(index) });
}
