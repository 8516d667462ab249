import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { checkLinks } from "./links.js";
import { SITE_ORIGIN } from "./setup/build-site.js";

const site = inject("site");
const prefixed = inject("prefixed");

describe("links in the built site", () => {
  it("all resolve at the site root", () => {
    const { checked, broken } = checkLinks(site.dir, { origin: SITE_ORIGIN });
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it("all resolve under a project site's path prefix", () => {
    const { checked, broken } = checkLinks(prefixed.dir, { origin: SITE_ORIGIN, prefix: prefixed.prefix });
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it("carry the prefix in the feed, the sitemap, robots.txt and the manifest", () => {
    const read = (p: string) => readFileSync(join(prefixed.dir, p), "utf8");
    const root = `${SITE_ORIGIN}${prefixed.prefix}`;
    expect(read("feed.xml")).toContain(`<link href="${root}feed.xml" rel="self"/>`);
    expect(read("feed.xml")).toContain(`<link href="${root}articles/000_d4019421061fcf21/"/>`);
    expect(read("sitemap.xml")).toContain(`<loc>${root}places/heilongjiang/daqing/lindian/</loc>`);
    const placeFeed = read("places/heilongjiang/daqing/lindian/feed.xml");
    expect(placeFeed).toContain(`<link href="${root}places/heilongjiang/daqing/lindian/feed.xml" rel="self"/>`);
    expect(placeFeed).toContain(`<link href="${root}articles/000_d4019421061fcf21/"/>`);
    expect(read("robots.txt")).toContain(`Sitemap: ${root}sitemap.xml`);
    const manifest = JSON.parse(read("api/articles.json")) as { articles: { url: string }[] };
    for (const a of manifest.articles) expect(a.url.startsWith(prefixed.prefix)).toBe(true);
  });

  it("catches a broken link, a link outside the prefix and a missing fragment", async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "links-"));
    mkdirSync(join(dir, "a"));
    writeFileSync(join(dir, "a", "index.html"), `<p id="here">x</p>`);
    writeFileSync(
      join(dir, "index.html"),
      `<a href="/p/a/">ok</a><a href="/p/a/#here">ok</a><a href="/p/b/">missing</a><a href="/a/">unprefixed</a><a href="/p/a/#gone">no id</a><a href="https://elsewhere.example/">external</a>`,
    );
    const { checked, broken } = checkLinks(dir, { origin: SITE_ORIGIN, prefix: "/p/" });
    expect(checked).toBe(5);
    expect(broken.map((b) => [b.href, b.reason])).toEqual([
      ["/p/b/", "no such file"],
      ["/a/", "outside the path prefix /p/"],
      ["/p/a/#gone", "no element with that id"],
    ]);
  });
});
