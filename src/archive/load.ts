import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Article } from "../model/types.js";
import { readContent } from "../read/files.js";
import { CleanCache, pipelineVersion } from "./cache.js";
import { buildArchive, cleanJobs, logLine, summary, type Archive } from "./index.js";
import { warmCache } from "./pool.js";
import { formatMessage, quoted } from "../text/quote.js";

/** The archive's topic phrases (`_data/vocabulary.yaml`), which become tags where the text uses them. */
export function readVocabulary(file: string): string[] {
  // Failsafe: a phrase is the text written, never a number or a boolean.
  const phrases: unknown = parse(readFileSync(file, "utf8"), { schema: "failsafe" }) ?? [];
  if (!Array.isArray(phrases) || !phrases.every((p) => typeof p === "string"))
    throw new Error(`${file}: expected a list of phrases, one per line starting with "- "`);
  return phrases.map((p) => p.trim()).filter(Boolean);
}

/** The words officials are found by (`_data/officials.yaml`): posts, and how organs' names end. */
export function readOfficialTerms(file: string): { posts: string[]; organs: string[] } {
  const terms: unknown = parse(readFileSync(file, "utf8"), { schema: "failsafe" });
  const words = (k: string) => (terms as Record<string, unknown> | null)?.[k];
  const list = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === "string" && w.trim());
  if (!list(words("posts")) || !list(words("organs")))
    throw new Error(`${file}: expected "posts:" and "organs:", each a list of words starting with "- "`);
  return { posts: (words("posts") as string[]).map((w) => w.trim()), organs: (words("organs") as string[]).map((w) => w.trim()) };
}

export interface LoadOptions {
  contentDir: string;
  vocabularyFile: string;
  log?: (line: string) => void;
  /** Treat warnings as errors: the build fails after logging them all. */
  strict?: boolean;
  /** Where cleaned articles are kept between builds; null cleans everything every time. */
  cacheDir?: string | null;
  /** Keep cleaned articles in memory too, for the next build in this process (while watching). */
  keepInMemory?: boolean;
  /** The articles this build renders, held whole; the others are read for duplicates only (a part's build). */
  hold?: (a: Article) => boolean;
}

// The caches kept in memory, by folder and pipeline version.
const inMemory = new Map<string, CleanCache>();

/**
 * Reads content/, cleans every document (on every core when many are new) and logs one line per
 * article plus every problem.
 */
export async function loadArchive({
  contentDir,
  vocabularyFile,
  log = console.log,
  strict = false,
  cacheDir = ".cache/clean",
  keepInMemory = false,
  hold,
}: LoadOptions): Promise<Archive> {
  const vocabulary = readVocabulary(vocabularyFile);
  const started = Date.now();
  const { documents, overrides, skipped } = readContent(contentDir);
  const version = pipelineVersion();
  const kept = `${version} ${cacheDir}`;
  const cache = !cacheDir
    ? undefined
    : keepInMemory
      ? (inMemory.get(kept) ?? inMemory.set(kept, new CleanCache(cacheDir, version, true)).get(kept)!)
      : new CleanCache(cacheDir, version);
  if (cache) await warmCache(cleanJobs(documents, vocabulary, overrides), cache);
  const archive = buildArchive(documents, vocabulary, overrides, cache, hold);
  archive.problems.unshift(...skipped);
  for (const a of archive.articles) log(`[archive] ${logLine(a)}`);
  for (const m of archive.merged) log(`[archive] MERGED ${quoted(m.source)}: ${m.why} as ${quoted(m.into)}; listed among its sources`);
  for (const p of archive.problems) log(`[archive] ${formatMessage(p)}`);
  log(`[archive] ${summary(archive)} (read and cleaned in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const errors = archive.problems.filter((p) => p.severity === "error").length;
  if (strict && archive.problems.length)
    throw new Error(
      `--strict: ${archive.problems.length} problems in content/ (${errors} errors); fix them or add corrections (<file>.meta.yaml)`,
    );
  return archive;
}
