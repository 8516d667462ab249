import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import { parse as parseYaml } from "yaml";
import { readBuildConfig, type BuildConfig } from "./src/eleventy/config.js";
import { SiteBuild } from "./src/eleventy/site.js";
import { globalData } from "./src/eleventy/data.js";
import { rawFiles } from "./src/eleventy/raw.js";
import { searchIndex } from "./src/eleventy/search.js";

/**
 * Eleventy only wires things together: the archive (built by src/) becomes global data, pages in
 * src/pages render it with functions from src/render. The build configuration comes from the
 * environment (src/eleventy/config.ts), or from src/cli/build.ts, which runs this as its config.
 */
export default function (eleventyConfig: UserConfig, build: BuildConfig = readBuildConfig(process.env)) {
  // Pages are TypeScript modules, run through tsx: https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.setTemplateFormats("11ty.ts");
  // https://www.11ty.dev/docs/config/#input-directory (data and output: the sections after it)
  eleventyConfig.setInputDirectory("src/pages");
  eleventyConfig.setDataDirectory("../../_data");
  eleventyConfig.setOutputDirectory(build.outputDir);
  // YAML files in _data/: https://www.11ty.dev/docs/data-custom/
  eleventyConfig.addDataExtension("yaml", (contents) => parseYaml(contents));

  // The cleaned archive as global data, made once per build and shared by the plugins below:
  // https://www.11ty.dev/docs/data-global-custom/ and https://www.11ty.dev/docs/events/
  const site = new SiteBuild(build);
  eleventyConfig.addPlugin(globalData, site);
  // After the pages (eleventy.after): the raw documents as received, and the search page's
  // script and Pagefind index, in the background while watching: https://www.11ty.dev/docs/events/
  eleventyConfig.addPlugin(rawFiles, site);
  eleventyConfig.addPlugin(searchIndex, site);

  // Pages link site-absolute ("/places/"); the base plugin prefixes every href and src with the
  // path prefix: https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // https://www.11ty.dev/docs/copy/
  eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
  // https://www.11ty.dev/docs/watch-serve/#add-your-own-watch-targets
  eleventyConfig.addWatchTarget(build.contentDir);
  eleventyConfig.addWatchTarget("src/");

  // Read when Eleventy loads this file (src/cli/build.ts passes it itself: what its config callback
  // returns is not read): https://www.11ty.dev/docs/config/#deploy-to-a-subdirectory-with-a-path-prefix
  return { pathPrefix: build.pathPrefix };
}
