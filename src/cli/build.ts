// npm run build [-- --strict]: the whole site into _site/, Eleventy then search.
// --strict fails the build on any warning about content/ (CI and publishing use it).
import Eleventy from "@11ty/eleventy";

const args = process.argv.slice(2);
for (const arg of args)
  if (arg !== "--strict") {
    console.error(`unknown option ${arg}; the build takes only --strict`);
    process.exit(2);
  }
if (args.includes("--strict")) process.env.ARCHIVE_STRICT = "1";

try {
  await new Eleventy(undefined, undefined, { configPath: "eleventy.config.ts" }).write();
} catch (e) {
  console.error(`build failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
