import * as pagefind from "pagefind";
import type { Article } from "../../model/types.js";
import { searchRecord } from "./records.js";

/** Indexes articles with Pagefind into one bundle folder, then ends the Pagefind process to return its memory. */
export async function indexShard(articles: Article[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind did not start: ${errors.join("; ")}`);
  for (const a of articles) {
    const added = await index.addCustomRecord(searchRecord(a));
    if (added.errors.length) throw new Error(`Pagefind refused ${a.source}: ${added.errors.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  await pagefind.close();
}
