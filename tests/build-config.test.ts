import { describe, expect, it } from "vitest";
import { readBuildConfig } from "../src/eleventy/config.js";

describe("the build configuration", () => {
  it("takes the defaults from an empty environment", () => {
    expect(readBuildConfig({})).toEqual({
      contentDir: "content",
      outputDir: "_site",
      cacheDir: ".cache",
      pathPrefix: "/",
      siteUrl: null,
      strict: false,
      years: null,
      search: { shardSize: undefined, firstLoad: undefined, parts: [] },
    });
  });

  it("reads every variable the build is given", () => {
    const env = {
      ARCHIVE_CONTENT: "/tmp/content",
      ARCHIVE_OUTPUT: "/tmp/_site",
      ARCHIVE_CACHE: "/tmp/cache",
      PATH_PREFIX: "/news-archive/",
      SITE_URL: "https://archive.example",
      ARCHIVE_YEARS: "2022, undated",
      SEARCH_SHARD_SIZE: "1",
      SEARCH_FIRST_LOAD: "2",
      SEARCH_PARTS: "/parts/2023/,/parts/undated/",
      // Never from the environment: only `npm run build -- --strict` builds strictly.
      ARCHIVE_STRICT: "1",
    };
    expect(readBuildConfig(env)).toEqual({
      contentDir: "/tmp/content",
      outputDir: "/tmp/_site",
      cacheDir: "/tmp/cache",
      pathPrefix: "/news-archive/",
      siteUrl: "https://archive.example",
      strict: false,
      years: ["2022", "undated"],
      search: { shardSize: 1, firstLoad: 2, parts: ["/parts/2023/", "/parts/undated/"] },
    });
  });

  it("leaves the defaults for counts that are not positive numbers and for an empty SITE_URL", () => {
    const { search, siteUrl } = readBuildConfig({ SEARCH_SHARD_SIZE: "", SEARCH_FIRST_LOAD: "many", SITE_URL: "" });
    expect([search.shardSize, search.firstLoad, siteUrl]).toEqual([undefined, undefined, null]);
  });
});
