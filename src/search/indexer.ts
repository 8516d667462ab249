import * as pagefind from "pagefind";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../types.js";
import { searchRecord } from "./records.js";

export interface IndexOptions {
  /** The built site's folder; bundles go to pagefind/ and pagefind/shards/N/. */
  siteDir: string;
  /** Articles per Pagefind run: its memory grows with the text it holds, so big archives index in parts. */
  shardSize?: number;
}

export interface IndexStats {
  articles: number;
  shards: number;
  seconds: number;
}

/** Where shard n's bundle lives, relative to the main bundle (shard 0 is the main bundle itself). */
export const shardPath = (n: number): string => (n === 0 ? "" : `shards/${n}/`);

/**
 * Indexes the articles with Pagefind after the pages are written, in shards of shardSize articles,
 * one Pagefind process at a time. pagefind/shards.json lists the extra bundles the search page
 * merges in.
 */
export async function writeSearchIndex(articles: Article[], { siteDir, shardSize = 500 }: IndexOptions): Promise<IndexStats> {
  const started = Date.now();
  const bundle = join(siteDir, "pagefind");
  // A fresh bundle: shards of an earlier, bigger build must not linger.
  rmSync(bundle, { recursive: true, force: true });
  const shards = Math.max(1, Math.ceil(articles.length / shardSize));
  for (let n = 0; n < shards; n++) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind did not start: ${errors.join("; ")}`);
    for (const a of articles.slice(n * shardSize, (n + 1) * shardSize)) {
      const added = await index.addCustomRecord(searchRecord(a));
      if (added.errors.length) throw new Error(`Pagefind refused ${a.source}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(bundle, shardPath(n)) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    // Ending the Pagefind process returns its memory before the next shard.
    await pagefind.close();
  }
  writeFileSync(join(bundle, "shards.json"), JSON.stringify(Array.from({ length: shards - 1 }, (_, i) => shardPath(i + 1))));
  return { articles: articles.length, shards, seconds: (Date.now() - started) / 1000 };
}
