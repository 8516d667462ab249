import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RawFile } from "../read/files.js";
import type { PipelineOptions } from "../pipeline/index.js";
import type { CleanCache } from "./cache.js";
import type { WorkerJob } from "./worker.js";

/** Below this many documents to clean, starting workers costs more than it saves. */
const MIN_FOR_WORKERS = 300;

export interface CleanJob {
  file: RawFile;
  options: PipelineOptions;
}

const toWorker = ({ file, options }: CleanJob): WorkerJob =>
  file.path ? { name: file.name, path: file.path, options } : { name: file.name, bytes: file.bytes, options };

/**
 * Cleans the documents the cache does not hold yet on every core (worker threads), and stores
 * them in the cache, so the build then reads every article from it. Documents that fail are left
 * for the build to clean again and report.
 */
export async function warmCache(jobs: CleanJob[], cache: CleanCache): Promise<number> {
  const missing = jobs.filter((j) => !cache.has(cache.keyOf(j.file, j.options).key));
  if (missing.length < MIN_FOR_WORKERS) return 0;
  const workers = Math.min(availableParallelism(), 8);
  const chunks = Array.from({ length: workers }, (_, w) => missing.filter((_, i) => i % workers === w));
  const done = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), {
            workerData: {
              entry: new URL("./worker.ts", import.meta.url).href,
              jobs: chunk.map(toWorker),
              cacheDir: cache.dir,
              version: cache.version,
            },
          });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return done.reduce((a, b) => a + b, 0);
}
