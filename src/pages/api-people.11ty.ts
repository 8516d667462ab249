import type { SiteModel } from "../site/model.js";
import { peopleManifest } from "../site/manifest.js";
import { PEOPLE_MANIFEST_PATH } from "../site/urls.js";

export const data = { permalink: PEOPLE_MANIFEST_PATH, eleventyExcludeFromCollections: true };

export function render({ siteModel, pathPrefix }: { siteModel: SiteModel; pathPrefix: string }): string {
  return JSON.stringify(peopleManifest(siteModel, pathPrefix), null, 1);
}
