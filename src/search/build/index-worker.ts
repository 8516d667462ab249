// One search-indexing worker: indexes the shards it is sent, one at a time, each with a Pagefind
// process of its own (see indexer.ts).
import { parentPort } from "node:worker_threads";
import { indexShard } from "./pagefind-run.js";
import type { Article } from "../../model/types.js";

parentPort!.on("message", async ({ articles, outputPath }: { articles: Article[]; outputPath: string }) => {
  await indexShard(articles, outputPath);
  parentPort!.postMessage("done");
});
