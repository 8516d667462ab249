import * as pagefind from "pagefind";
import type { Article } from "../../model/types.js";
import { readableFragments } from "./fragments.js";
import { searchFragment, searchRecord, type SearchFragment } from "./records.js";

/**
 * Postings per index chunk. A reader's browser loads every chunk whose range of words holds a
 * query's pair, so a chunk's size is paid once per pair per shard searched: Pagefind's default
 * (about 20,000) cost 384–899 KB a query over 1,000 articles, 5,000 costs 313–459 KB, with
 * `pf_meta` not yet the larger part (2,000 was worse again). The setting is Pagefind's own,
 * undocumented (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, read by the Pagefind process it starts): the
 * version is pinned in package.json, and tests/search-chunks.build.test.ts fails if it is ignored.
 */
export const INDEX_CHUNK_SIZE = 5000;

/**
 * Indexes articles with Pagefind into one bundle folder, then ends the Pagefind process to return
 * its memory; the fragments then get the articles' readable text.
 */
export async function indexShard(articles: Article[], outputPath: string, chunkSize = INDEX_CHUNK_SIZE): Promise<void> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind did not start: ${errors.join("; ")}`);
  const fragments = new Map<string, SearchFragment>();
  for (const a of articles) {
    const record = searchRecord(a);
    fragments.set(record.url, searchFragment(a));
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`Pagefind refused ${a.source}: ${added.errors.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  await pagefind.close();
  readableFragments(outputPath, fragments);
}
