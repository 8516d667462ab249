import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { layout } from "../render/layout.js";
import { siteRoot } from "../site/urls.js";
import { renderHome } from "../render/home.js";

export const data = { permalink: "/" };

export function render({ archive, site, pathPrefix }: { archive: SiteModel; site: SiteInfo; pathPrefix: string }): string {
  return layout({ site, title: site.title, canonical: siteRoot(site.url, pathPrefix), body: renderHome(archive, site) });
}
