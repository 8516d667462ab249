// One cleaning worker: cleans its share of documents into the cache (see clean-pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import { cleanDocument } from "./pipeline.js";
import { CleanCache } from "./cache.js";
import type { CleanJob } from "./clean-pool.js";

const { jobs, cacheDir, version } = workerData as { jobs: CleanJob[]; cacheDir: string; version: string };
const cache = new CleanCache(cacheDir, version);
let cleaned = 0;
for (const { file, options } of jobs) {
  try {
    cache.set(cache.key(file.name, file.bytes, options), cleanDocument(file.name, file.bytes, options));
    cleaned++;
  } catch {
    // The build cleans it again and reports why it fails.
  }
}
parentPort!.postMessage(cleaned);
