import type { Article, Message } from "../model/types.js";
import { ruleOf, RULES, type Group } from "../model/rules.js";
import { message } from "../model/messages.js";
import { OVERRIDE_SUFFIX, type RawFile } from "../read/files.js";
import { cleanDocument, cleanDocuments, CLEAN_BATCH, type CleanInput, type PipelineOptions } from "../pipeline/index.js";
import { NoArticleText } from "../clean/drop.js";
import type { CleanCache } from "./cache.js";
import { UnreadableDocument } from "../read/decode.js";
import { applyOverride, readCorrections, type Override } from "./corrections.js";
import type { CleanJob } from "./pool.js";
import { findDuplicates, sketchOf } from "./duplicates.js";
import { placeChain } from "../describe/places.js";
import { slugFor, uniqueSlugs } from "../describe/slug.js";
import { quoted } from "../text/quote.js";

/** A raw file whose article another page holds. */
export interface Merge {
  source: string;
  into: string;
  why: "the same bytes" | "the same article";
}

export interface Archive {
  articles: Article[];
  /** What needs a look: the warnings and errors about files of content/. */
  problems: Message[];
  merged: Merge[];
  /** The slug of every raw file the archive holds (its article's own, and copies merged into it). */
  sourceSlugs: Map<string, string>;
}

/** Newest first; undated articles last, in file order. */
export function byDateDesc(a: Article, b: Article): number {
  if (a.date && b.date) return b.date.localeCompare(a.date) || a.source.localeCompare(b.source);
  return a.date ? -1 : b.date ? 1 : a.source.localeCompare(b.source);
}

/**
 * Cleans every raw file, applies the archivist's overrides and merges duplicates. A file that
 * cannot be read or has no article in it, and an override that does not check out, become errors
 * naming the file and what to do; the other files build regardless.
 *
 * @param overrides override files' text by the raw file name they belong to
 * @param hold which articles to hold whole; the others (another part's) keep no text
 */
export function buildArchive(
  files: RawFile[],
  vocabulary: string[],
  overrides = new Map<string, Uint8Array>(),
  cache?: CleanCache,
  hold: (a: Article) => boolean = () => true,
): Archive {
  let articles: Article[] = [];
  // Articles not held whole (another part of an archive built in parts renders them) become stubs
  // without text once their sketch is taken: 50,000 articles' text is ~0.7 GB.
  const stubs = new Map<Article, { sketch: Uint32Array; whole: () => Article }>();
  const problems: Message[] = [];
  const merged: Merge[] = [];
  const byHash = new Map<string, Article>();
  const names = new Set(files.map((f) => f.name));
  for (const name of overrides.keys())
    if (!names.has(name))
      problems.push(
        message(
          name + OVERRIDE_SUFFIX,
          RULES.correctionsOrphaned,
          null,
          `there is no raw file ${quoted(name)} in content/ for these corrections; rename the file or delete it`,
        ),
      );
  const cleanedAhead = batchCleaner(files, (f) => cleanOptions(vocabulary, correctionsOf(f.name, overrides).override), cache);
  for (const [i, file] of files.entries()) {
    const correctionsFile = file.name + OVERRIDE_SUFFIX;
    let { override, errors } = correctionsOf(file.name, overrides);
    for (const e of errors) problems.push({ ...e, text: `${e.text} — the document builds without these corrections` });
    const corrected = () => applyOverride(cleaned(file, cleanOptions(vocabulary, override), cache), override);
    let article: Article;
    try {
      try {
        article = applyOverride(cleanedAhead(i), override);
      } catch (e) {
        // Corrections that leave no article text are the corrections' fault, not the document's.
        if (!(e instanceof NoArticleText) || !override.drop?.length) throw e;
        problems.push(
          message(
            correctionsFile,
            RULES.correctionsEmptyText,
            null,
            "drop: leaves no article text (it removes every paragraph); the document builds without these corrections",
          ),
        );
        override = {};
        article = corrected();
      }
    } catch (e) {
      problems.push(refusal(file.name, e as Error));
      continue;
    }
    const twin = byHash.get(article.hash);
    if (twin) {
      twin.duplicates.push(file.name);
      merged.push({ source: file.name, into: twin.source, why: "the same bytes" });
      continue;
    }
    byHash.set(article.hash, article);
    // Warnings the archivist accepted in the corrections file stay in the cleaning report only.
    const accepted = new Set(override.accept);
    problems.push(...article.messages.filter((m) => m.severity === "error" || (m.severity === "warning" && !accepted.has(m.ruleId))));
    if (!hold(article)) {
      const stub: Article = { ...article, blocks: [] };
      stubs.set(stub, { sketch: sketchOf(article), whole: corrected });
      article = stub;
    }
    articles.push(article);
  }
  const found = findDuplicates(articles, undefined, {
    sketch: (a) => stubs.get(a)?.sketch ?? sketchOf(a),
    whole: (a) => stubs.get(a)?.whole() ?? a,
  });
  const bySource = new Map(articles.map((a) => [a.source, a]));
  for (const [gone, kept] of found.merged) {
    const a = bySource.get(gone)!;
    bySource.get(kept)!.duplicates.push(gone, ...a.duplicates);
    merged.push({ source: gone, into: kept, why: "the same article" });
  }
  for (const [a, b] of found.related) {
    bySource.get(a)!.seeAlso.push(b);
    bySource.get(b)!.seeAlso.push(a);
  }
  articles = articles.filter((a) => !found.merged.has(a.source));
  // Every raw file the archive holds gets a slug of its own, unique however its name is spelled.
  const sourceSlugs = uniqueSlugs(
    articles.flatMap((a) => [a.source, ...a.duplicates]),
    slugFor,
  );
  for (const a of articles) a.slug = sourceSlugs.get(a.source)!;
  articles.sort(byDateDesc);
  return { articles, problems, merged, sourceSlugs };
}

/** Why a document was not built: it could not be read, or has no article in it. */
function refusal(source: string, e: Error): Message {
  if (e instanceof UnreadableDocument) return message(source, RULES.refused, null, e.message);
  const advice = `${e.message}; check that it is a news article, or remove it from content/`;
  return message(source, e instanceof NoArticleText ? RULES.noArticleText : RULES.cleaningFailed, null, advice);
}

/** A document's corrections as content/ holds them, or none. */
const correctionsOf = (name: string, overrides: Map<string, Uint8Array>): { override: Override; errors: Message[] } => {
  const bytes = overrides.get(name);
  return bytes ? readCorrections(name, () => bytes) : { override: {}, errors: [] };
};

/** What cleaning one document depends on besides its bytes: the vocabulary and the lines to keep or drop. */
const cleanOptions = (vocabulary: string[], o: Override): PipelineOptions => ({ vocabulary, ...pick(o, "keep", "drop") });

/** Every document with the options it is cleaned with, for cleaning ahead on other cores. */
export function cleanJobs(files: RawFile[], vocabulary: string[], overrides: Map<string, Uint8Array>): CleanJob[] {
  return files.map((file) => ({ file, options: cleanOptions(vocabulary, correctionsOf(file.name, overrides).override) }));
}

/** The cached article stays as cleaned: a build adds duplicates and 另见 to its own copy. */
const copyOf = (hit: Article): Article => ({ ...hit, duplicates: [...hit.duplicates], seeAlso: [...hit.seeAlso] });

/** A document cleaned, or read back from the cache when nothing it depends on has changed. */
function cleaned(file: RawFile, options: PipelineOptions, cache?: CleanCache): Article {
  if (!cache) return cleanDocument(file.name, file.bytes, options);
  // The key and the article come from the same bytes, read once.
  const { key, bytes } = cache.keyOf(file, options);
  const hit = cache.get(key);
  if (hit) return copyOf(hit);
  const article = cleanDocument(file.name, bytes ?? file.bytes, options);
  cache.set(key, article);
  return article;
}

/**
 * The i-th document cleaned, or read back from the cache, as cleaned() does; the documents from
 * i on are cleaned a batch at a time, when the first of them is asked for. Throws what refused it.
 */
function batchCleaner(files: RawFile[], optionsOf: (f: RawFile) => PipelineOptions, cache?: CleanCache): (i: number) => Article {
  const done = new Map<number, Article | Error>();
  return (i) => {
    if (!done.has(i)) {
      const pending: { at: number; key?: string; input: CleanInput }[] = [];
      for (let k = i; k < Math.min(files.length, i + CLEAN_BATCH); k++) {
        const file = files[k]!;
        const options = optionsOf(file);
        const { key, bytes } = cache ? cache.keyOf(file, options) : { key: undefined, bytes: undefined };
        const hit = key === undefined ? undefined : cache!.get(key);
        if (hit) done.set(k, copyOf(hit));
        else pending.push({ at: k, key, input: { name: file.name, bytes: bytes ?? file.bytes, options } });
      }
      cleanDocuments(pending.map((p) => p.input)).forEach((r, j) => {
        const { at, key } = pending[j]!;
        if (key !== undefined && !(r instanceof Error)) cache!.set(key, r);
        done.set(at, r);
      });
    }
    const r = done.get(i)!;
    done.delete(i);
    if (r instanceof Error) throw r;
    return r;
  };
}

const pick = <T extends object, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;

const count = (a: Article, group: Group) => a.messages.filter((m) => ruleOf(m.ruleId).group === group).length;

/** One build log line per article: what was found, from where, and what was guessed. */
export function logLine(a: Article): string {
  const place = placeChain(a.place).join("/") || "no place";
  const guessed = [
    a.found.title === "estimated" && "title",
    a.dateEstimated && "date (year only)",
    !a.date && "no date",
    !a.publication && "no publication",
    !a.authors.length && "no authors",
    !a.place.province && "no place",
  ].filter(Boolean);
  // The proof that nothing was lost: sentences of the document neither on the page nor in its report.
  const unreported = a.messages.filter((m) => m.ruleId === RULES.sentenceLost.id).length;
  return [
    `${quoted(a.source)} [${a.wrapper}, ${a.encoding}]`,
    `《${a.title}》`,
    `${a.date ?? "undated"}${a.date ? ` (${a.found.date})` : ""}`,
    `${a.publication ?? "—"}${a.publication ? ` (${a.found.publication})` : ""}`,
    a.authors.join("、") || "—",
    place,
    `${a.blocks.length} blocks; removed ${count(a, "chrome")} chrome lines, ${count(a, "repeat")} repeats; joined ${count(a, "join")} breaks`,
    unreported ? `${unreported} sentences neither on the page nor reported` : "every sentence on the page or reported",
    guessed.length ? `guessed/missing: ${guessed.join(", ")}` : "nothing guessed",
  ].join(" · ");
}

/** The last line of every build: what was built and what needs a look. */
export function summary(archive: Archive): string {
  const errors = archive.problems.filter((p) => p.severity === "error").length;
  const warnings = archive.problems.length - errors;
  return `${archive.articles.length} articles built, ${warnings} warnings, ${errors} errors, ${archive.merged.length} duplicates merged`;
}
