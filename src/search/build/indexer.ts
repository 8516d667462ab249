import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Article } from "../../model/types.js";
import { codeVersion } from "../../archive/imports.js";
import { indexShard } from "./pagefind-run.js";
import { shardArticles, shardSizes } from "./shards.js";
import { PARTS_LIST, SHARD_LIST, type ShardList } from "../shard-list.js";

/**
 * Articles a search covers before the reader asks for all. Each shard searched costs a query an
 * index chunk per character pair and its metadata: measured on 10,000 articles (BENCHMARKS.md),
 * the newest 600 keep a query of one to three pairs under 300 KB and of five under 400 KB; 1,000
 * cost 292–435 KB, 2,000 381–646 KB.
 */
export const FIRST_LOAD = 600;

export interface IndexOptions {
  /** The built site's folder; bundles go to pagefind/ and pagefind/shards/<id>/. */
  siteDir: string;
  /** Most articles per Pagefind run: its memory grows with the text it holds (~3 MB an article). */
  shardSize?: number;
  /** Where shard bundles are kept between builds, by content; null indexes every shard every time. */
  cacheDir?: string | null;
  /** Pagefind processes at once (default: one per core, at most two). */
  workers?: number;
  /** Site roots of the other parts of an archive built in parts, for the search page to merge. */
  parts?: string[];
  /** Articles the search page searches before a reader asks for all (default 2,000). */
  firstLoad?: number;
}

export interface IndexStats {
  articles: number;
  shards: number;
  /** Shards whose bundle came from the cache. */
  reused: number;
  seconds: number;
}

/** Unused cached shards are deleted after this long. */
const KEEP_UNUSED_MS = 7 * 24 * 3600 * 1000;

/**
 * Indexes the articles with Pagefind after the pages are written, in shards (see shards.ts).
 * A shard's bundle is cached under a hash of its articles and of the code and libraries that
 * make search records, so a rebuild indexes only the shards whose articles changed; the others
 * are linked from the cache. The first shard is the main bundle (pagefind/); pagefind/shards.json
 * lists every shard, and pagefind/parts.json the roots of other parts of the archive (their
 * bundles and shards). The search page merges shards, newest first, as far as it needs.
 */
export async function writeSearchIndex(
  articles: Article[],
  { siteDir, shardSize = 300, cacheDir = null, workers, parts = [], firstLoad = FIRST_LOAD }: IndexOptions,
): Promise<IndexStats> {
  const started = Date.now();
  const bundle = join(siteDir, "pagefind");
  const store = cacheDir ?? mkdtempSync(join(tmpdir(), "search-"));
  mkdirSync(store, { recursive: true });
  // A shard's bundle is made by indexShard and what it imports.
  const version = codeVersion(new URL("./pagefind-run.ts", import.meta.url));
  const shards = shardArticles(articles, shardSizes(shardSize)).map((list) => ({
    list,
    key: createHash("sha256").update(version).update(JSON.stringify(list)).digest("hex").slice(0, 24),
  }));
  const missing = shards.filter((s) => !existsSync(join(store, s.key)));
  await indexAll(
    missing.map((s) => ({ articles: s.list, outputPath: join(store, s.key) })),
    workers ?? Math.min(2, availableParallelism()),
  );
  // A fresh bundle put in place whole: shards of an earlier build must not linger, and a site being
  // served keeps searching the earlier bundle until then.
  const fresh = `${bundle}.${process.pid}.new`;
  rmSync(fresh, { recursive: true, force: true });
  const paths = shards.map((s, i) => (i === 0 ? "" : `shards/${s.key}/`));
  shards.forEach((s, i) => linkTree(join(store, s.key), join(fresh, paths[i]!)));
  const list: ShardList = { firstLoad, shards: shards.map((s, i) => ({ path: paths[i]!, articles: s.list.length })) };
  writeFileSync(join(fresh, SHARD_LIST), JSON.stringify(list));
  writeFileSync(join(fresh, PARTS_LIST), JSON.stringify(parts));
  swapIn(fresh, bundle);
  if (cacheDir) prune(store, new Set(shards.map((s) => s.key)));
  else rmSync(store, { recursive: true, force: true });
  return {
    articles: articles.length,
    shards: shards.length,
    reused: shards.length - missing.length,
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * Puts a folder in place of another. Two builds into one output folder may swap at once, so the
 * old bundle is first renamed aside (one atomic step, never a removal that another build's rename
 * can land in) and removed there; when the other's lands before this one's, this one's replaces it.
 */
function swapIn(fresh: string, bundle: string): void {
  const old = `${fresh}.old`;
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(bundle, old);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    rmSync(old, { recursive: true, force: true });
    try {
      renameSync(fresh, bundle);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== "ENOTEMPTY" && code !== "EEXIST")) throw e;
    }
  }
}

interface ShardJob {
  articles: Article[];
  outputPath: string;
}

/**
 * Indexes each shard into a temporary folder renamed into place when complete, so a build
 * stopped halfway leaves no half bundle in the cache. Several shards run at once in worker
 * threads, each with its own Pagefind process (Pagefind indexes on one core).
 */
async function indexAll(jobs: ShardJob[], workers: number): Promise<void> {
  const run = async (job: ShardJob, index: (j: ShardJob) => Promise<void>) => {
    const temporary = `${job.outputPath}.${process.pid}.tmp`;
    rmSync(temporary, { recursive: true, force: true });
    await index({ ...job, outputPath: temporary });
    try {
      renameSync(temporary, job.outputPath);
    } catch (e) {
      // Another build sharing the cache finished the same shard first: its bundle is as good.
      if (!existsSync(job.outputPath)) throw e;
      rmSync(temporary, { recursive: true, force: true });
    }
  };
  if (jobs.length < 2 || workers < 2) {
    for (const job of jobs) await run(job, (j) => indexShard(j.articles, j.outputPath));
    return;
  }
  const queue = [...jobs];
  const lane = async () => {
    const worker = new Worker(new URL("../../archive/worker-boot.mjs", import.meta.url), {
      workerData: { entry: new URL("./index-worker.ts", import.meta.url).href },
    });
    const index = (j: ShardJob) =>
      new Promise<void>((resolve, reject) => {
        const done = () => (worker.off("error", fail), resolve());
        const fail = (e: Error) => (worker.off("message", done), reject(e));
        worker.once("message", done);
        worker.once("error", fail);
        worker.postMessage(j);
      });
    try {
      for (let job = queue.shift(); job; job = queue.shift()) await run(job, index);
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, lane));
}

/** The same files under another folder: hard links (the bundle is never edited in place), copies across devices. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const [source, target] = [join(from, name), join(to, name)];
    if (statSync(source).isDirectory()) linkTree(source, target);
    else
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
  }
}

/** Marks the shards in use and deletes the ones no build has used for a week. */
function prune(store: string, inUse: Set<string>): void {
  const now = new Date();
  for (const name of readdirSync(store)) {
    const p = join(store, name);
    if (inUse.has(name)) utimesSync(p, now, now);
    else if (now.getTime() - statSync(p).mtimeMs > KEEP_UNUSED_MS) rmSync(p, { recursive: true, force: true });
  }
}
