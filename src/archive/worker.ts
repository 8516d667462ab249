// One cleaning worker: cleans its share of documents into the cache (see pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import { cleanDocuments, CLEAN_BATCH, type CleanInput, type PipelineOptions } from "../pipeline/index.js";
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
for (let at = 0; at < jobs.length; at += CLEAN_BATCH) {
  const inputs: CleanInput[] = [];
  for (const { name, path, bytes, options } of jobs.slice(at, at + CLEAN_BATCH)) {
    try {
      inputs.push({ name, bytes: path ? readRegularFile(path) : bytes!, options });
    } catch {
      // The build reads it again and reports why it cannot.
    }
  }
  cleanDocuments(inputs).forEach((article, k) => {
    const { name, bytes, options } = inputs[k]!;
    // One that fails the build cleans again, and reports why.
    if (article instanceof Error) return;
    cache.set(cache.key(name, bytes, options), article);
    cleaned++;
  });
}
parentPort!.postMessage(cleaned);
