// One cleaning worker: cleans its share of documents into the cache (see pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import { cleanDocument, type PipelineOptions } from "../pipeline/index.js";
import { CleanCache } from "./cache.js";
import { readRegularFile } from "../read/files.js";

/**
 * One document as its worker gets it. A file on disk goes as its path, read there: posting the
 * bytes of every new document at once would hold them all in memory twice.
 */
export interface WorkerJob {
  name: string;
  path?: string;
  bytes?: Uint8Array;
  options: PipelineOptions;
}

const { jobs, cacheDir, version } = workerData as { jobs: WorkerJob[]; cacheDir: string; version: string };
const cache = new CleanCache(cacheDir, version);
let cleaned = 0;
for (const { name, path, bytes: given, options } of jobs) {
  try {
    const bytes = path ? readRegularFile(path) : given!;
    cache.set(cache.key(name, bytes, options), cleanDocument(name, bytes, options));
    cleaned++;
  } catch {
    // The build cleans it again and reports why it fails.
  }
}
parentPort!.postMessage(cleaned);
