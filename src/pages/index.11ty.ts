import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { layout } from "../render/layout.js";
import { HOME_PATH, siteRoot } from "../site/urls.js";
import { renderHome } from "../render/home.js";

export const data = { permalink: HOME_PATH };

export function render({ siteModel, site, pathPrefix }: { siteModel: SiteModel; site: SiteInfo; pathPrefix: string }): string {
  return layout({ site, title: site.title, canonical: siteRoot(site.url, pathPrefix), body: renderHome(siteModel, site) });
}
