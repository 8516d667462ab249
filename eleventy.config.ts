import * as yaml from "js-yaml";
import { loadArchive } from "./src/site/load.js";

/**
 * Eleventy only wires things together: the archive (built by src/) becomes global data, pages in
 * src/pages render it with functions from src/render.
 */
export default function (eleventyConfig: any) {
  // TypeScript templates, run through tsx: https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  // YAML files in _data/: https://www.11ty.dev/docs/data-custom/
  eleventyConfig.addDataExtension("yaml", (contents: string) => yaml.load(contents));
  // The cleaned archive, once per build: https://www.11ty.dev/docs/data-global-custom/
  // ARCHIVE_CONTENT points a build at another folder of raw documents (the tests use it).
  const contentDir = process.env.ARCHIVE_CONTENT ?? "content";
  eleventyConfig.addGlobalData("archive", () => loadArchive({ contentDir, vocabularyFile: "_data/vocabulary.yaml" }));
  eleventyConfig.addGlobalData("pathPrefix", process.env.PATH_PREFIX ?? "/");
  eleventyConfig.addPassthroughCopy({ "src/styles": "assets" });
  eleventyConfig.addWatchTarget(contentDir);
  eleventyConfig.addWatchTarget("src/");

  return {
    templateFormats: ["11ty.ts"],
    pathPrefix: process.env.PATH_PREFIX ?? "/",
    dir: { input: "src/pages", data: "../../_data", output: "_site" },
  };
}
