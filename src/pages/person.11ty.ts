import type { SiteInfo } from "../render/layout.js";
import type { Person } from "../site/people.js";
import { layout } from "../render/layout.js";
import { renderPerson } from "../render/person.js";
import { personPath, siteRoot, withPrefix } from "../site/urls.js";

interface Data {
  person: Person;
  site: SiteInfo;
  pathPrefix: string;
}

export const data = {
  pagination: { data: "siteModel.people.people", size: 1, alias: "person", addAllPagesToCollections: false },
  permalink: (d: Data) => personPath(d.person.slug),
};

export function render({ person, site, pathPrefix }: Data): string {
  const canonical = withPrefix(siteRoot(site.url, pathPrefix), personPath(person.slug));
  return layout({ site, title: person.name, canonical, body: renderPerson(person) });
}
