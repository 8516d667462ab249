import { createHash } from "node:crypto";

export interface ShardSizes {
  /** No shard ends before it holds this many articles (but the last). */
  min: number;
  /** Past min, a shard ends after an article with probability 1/mean. */
  mean: number;
  /** No shard holds more: Pagefind's memory grows with the text it indexes at once. */
  max: number;
}

/** Shards of at most `max` articles, about 0.7 × max on average; about one in seven is cut at max. */
export const shardSizes = (max: number): ShardSizes => ({
  min: Math.max(1, Math.floor(max / 2)),
  mean: Math.max(1, Math.floor(max / 4)),
  max,
});

const boundary = (slug: string, mean: number): boolean => createHash("sha1").update(slug).digest().readUInt32BE(0) % mean === 0;

/**
 * Cuts the articles, in archive order, into shards whose ends are picked by the articles
 * themselves (a hash of the slug, as content-defined chunking does), not by counting. Adding,
 * removing or editing one article then changes the one shard that holds it, and the index of every
 * other shard can be reused from the last build.
 */
export function shardArticles<T extends { slug: string }>(items: T[], { min, mean, max }: ShardSizes): T[][] {
  const shards: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    current.push(item);
    if (current.length >= max || (current.length >= min && boundary(item.slug, mean))) {
      shards.push(current);
      current = [];
    }
  }
  if (current.length || !shards.length) shards.push(current);
  return shards;
}
