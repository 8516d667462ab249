import type { SiteModel } from "../site/model.js";
import { manifest } from "../site/manifest.js";
import { MANIFEST_PATH } from "../site/urls.js";

export const data = { permalink: MANIFEST_PATH, eleventyExcludeFromCollections: true };

export function render({ siteModel, pathPrefix }: { siteModel: SiteModel; pathPrefix: string }): string {
  return JSON.stringify(manifest(siteModel, pathPrefix), null, 1);
}
