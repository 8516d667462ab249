/** The files beside Pagefind's own in a search bundle, written at build time and read by the search page. */
export const SHARD_LIST = "shards.json";
/** The site roots of the other parts of an archive built in parts, whose bundles the search page merges. */
export const PARTS_LIST = "parts.json";

/** shards.json: every shard of this bundle, newest articles first, and how many to search at first. */
export interface ShardList {
  firstLoad: number;
  shards: { path: string; articles: number }[];
}
