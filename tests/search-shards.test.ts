import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shardArticles, shardSizes } from "../src/search/build/shards.js";
import { writeSearchIndex } from "../src/search/build/indexer.js";
import type { ShardList } from "../src/search/shard-list.js";
import { makeArticle } from "./helpers.js";

const items = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ slug: `a${from + i}` }));
const slugs = (shards: { slug: string }[][]) => shards.map((s) => s.map((x) => x.slug).join(","));

describe("search shards", () => {
  it("keep between min and max articles, the last excepted", () => {
    const sizes = shardSizes(40);
    const shards = shardArticles(items(1000), sizes);
    expect(shards.flat()).toHaveLength(1000);
    for (const s of shards.slice(0, -1)) expect(s.length).toBeGreaterThanOrEqual(sizes.min);
    for (const s of shards) expect(s.length).toBeLessThanOrEqual(sizes.max);
    expect(shardArticles([], sizes)).toEqual([[]]);
  });

  it("change only where an article is added or removed: the other shards stay as they were", () => {
    const sizes = shardSizes(40);
    const before = slugs(shardArticles(items(1000), sizes));
    const list = items(1000);
    list.splice(500, 0, { slug: "new" });
    const afterAdd = slugs(shardArticles(list, sizes));
    const changed = afterAdd.filter((s) => !before.includes(s));
    // Cutting by count would change every shard after the new article (about half of them); here
    // the shard that took it changes, and the next one or two when a cut at max moved.
    expect(before.length).toBeGreaterThan(20);
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(3);
    expect(changed[0]).toContain("new");
    const afterRemove = slugs(
      shardArticles(
        items(1000).filter((x) => x.slug !== "a10"),
        sizes,
      ),
    );
    expect(afterRemove.filter((s) => !before.includes(s)).length).toBeLessThanOrEqual(3);
  });
});

describe("the search index cache", () => {
  const article = (i: number, word = "会议") =>
    makeArticle(`d${i}`, {
      title: `第${i}号`,
      blocks: [{ kind: "paragraph", text: `全县召开第${i}次${word}，部署今年的重点工作。`, line: 1 }],
    });

  it("indexes only the shards whose articles changed, and the bundle still lists every shard", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "search-cache-"));
    const siteDir = mkdtempSync(join(tmpdir(), "search-site-"));
    const articles = Array.from({ length: 12 }, (_, i) => article(i));
    const first = await writeSearchIndex(articles, { siteDir, shardSize: 4, cacheDir });
    expect(first.shards).toBeGreaterThanOrEqual(3);
    expect(first.reused).toBe(0);
    expect(readdirSync(cacheDir)).toHaveLength(first.shards);
    const again = await writeSearchIndex(articles, { siteDir, shardSize: 4, cacheDir });
    expect(again.reused).toBe(first.shards);
    articles[5] = article(5, "座谈");
    const edited = await writeSearchIndex(articles, { siteDir, shardSize: 4, cacheDir });
    expect(edited.shards - edited.reused).toBe(1);
    const listed = JSON.parse(readFileSync(join(siteDir, "pagefind", "shards.json"), "utf8")) as ShardList;
    expect(listed.shards).toHaveLength(edited.shards);
    expect(listed.shards[0]!.path).toBe("");
    expect(listed.shards.reduce((n, s) => n + s.articles, 0)).toBe(12);
    for (const { path } of listed.shards) expect(existsSync(join(siteDir, "pagefind", path, "pagefind-entry.json"))).toBe(true);
    // The edited article's old shard stays in the cache (for a week) beside its new one.
    expect(readdirSync(cacheDir)).toHaveLength(first.shards + 1);
  });
});
