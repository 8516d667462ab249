// npm run build [-- --strict]: the whole site into _site/, Eleventy then search.
// --strict fails the build on any warning about content/ (CI and publishing use it).
import Eleventy from "@11ty/eleventy";
import archiveSite from "../../eleventy.config.js";
import { readBuildConfig } from "../eleventy/config.js";

const args = process.argv.slice(2);
for (const arg of args)
  if (arg !== "--strict") {
    console.error(`unknown option ${arg}; the build takes only --strict`);
    process.exit(2);
  }
const build = { ...readBuildConfig(process.env), strict: args.includes("--strict") };

try {
  // The config file's function run with this build's configuration, in place of the file:
  // https://www.11ty.dev/docs/programmatic/
  await new Eleventy(undefined, undefined, {
    configPath: false,
    pathPrefix: build.pathPrefix,
    config: (eleventyConfig) => void archiveSite(eleventyConfig, build),
  }).write();
} catch (e) {
  console.error(`build failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
