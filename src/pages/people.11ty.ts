import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { layout } from "../render/layout.js";
import { renderPeople } from "../render/person.js";
import { PEOPLE_PATH, siteRoot, withPrefix } from "../site/urls.js";

interface Data {
  siteModel: SiteModel;
  site: SiteInfo;
  pathPrefix: string;
}

export const data = { permalink: PEOPLE_PATH, eleventyExcludeFromCollections: true };

export function render({ siteModel, site, pathPrefix }: Data): string {
  const canonical = withPrefix(siteRoot(site.url, pathPrefix), PEOPLE_PATH);
  return layout({ site, title: "人物", canonical, body: renderPeople(siteModel.people.people) });
}
