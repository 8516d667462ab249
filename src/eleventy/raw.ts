import { join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { publishedSources } from "../site/model.js";
import { publishRaw } from "../site/raw.js";
import type { SiteBuild } from "./site.js";

/** After each build, every raw document the archive holds is published as received, under raw/ (see site/raw.ts). */
export function rawFiles(eleventyConfig: UserConfig, site: SiteBuild): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    publishRaw(site.config.contentDir, publishedSources(await site.model()), join(directories.output, "raw"));
  });
}
