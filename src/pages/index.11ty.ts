import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { layout } from "../render/layout.js";
import { renderHome } from "../render/home.js";

export const data = { permalink: "/" };

export function render({ archive, site }: { archive: SiteModel; site: SiteInfo }): string {
  return layout({ site, title: site.title, body: renderHome(archive, site) });
}
