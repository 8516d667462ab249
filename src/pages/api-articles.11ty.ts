import type { SiteModel } from "../site/model.js";
import { manifest } from "../site/manifest.js";

export const data = { permalink: "/api/articles.json", eleventyExcludeFromCollections: true };

export function render({ archive, pathPrefix }: { archive: SiteModel; pathPrefix: string }): string {
  return JSON.stringify(manifest(archive, pathPrefix), null, 1);
}
