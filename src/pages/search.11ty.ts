import type { SiteInfo } from "../render/layout.js";
import { layout } from "../render/layout.js";
import { renderSearchPage } from "../render/search.js";

export const data = { permalink: "/search/" };

export function render({ site }: { site: SiteInfo }): string {
  return layout({ site, title: "搜索", body: renderSearchPage() });
}
