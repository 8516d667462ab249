import type { Article } from "./types.js";
import type { RawFile } from "./read/files.js";
import { cleanDocument } from "./pipeline.js";
import { UnreadableDocument } from "./read/decode.js";

export interface Problem {
  source: string;
  severity: "warning" | "error";
  message: string;
}

export interface Archive {
  articles: Article[];
  problems: Problem[];
}

/** Newest first; undated articles last, in file order. */
export function byDateDesc(a: Article, b: Article): number {
  if (a.date && b.date) return b.date.localeCompare(a.date) || a.source.localeCompare(b.source);
  return a.date ? -1 : b.date ? 1 : a.source.localeCompare(b.source);
}

/**
 * Cleans every raw file. A file that cannot be read or has no article in it becomes an error
 * naming the file and what to do; the other files build regardless.
 */
export function buildArchive(files: RawFile[], vocabulary: string[]): Archive {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  const byHash = new Map<string, string>();
  const slugs = new Set<string>();
  for (const file of files) {
    let article: Article;
    try {
      article = cleanDocument(file.name, file.bytes, { vocabulary });
    } catch (e) {
      const reason =
        e instanceof UnreadableDocument
          ? e.message
          : `${(e as Error).message}; check that it is a news article, or remove it from content/`;
      problems.push({ source: file.name, severity: "error", message: reason });
      continue;
    }
    const twin = byHash.get(article.hash);
    if (twin) {
      problems.push({
        source: file.name,
        severity: "warning",
        message: `the same bytes as ${twin}; built once, as ${twin} — delete one of the two`,
      });
      continue;
    }
    byHash.set(article.hash, file.name);
    // Two files whose names slug alike ("A b.txt", "a-b.md") keep apart by their hash.
    if (slugs.has(article.slug)) article.slug = `${article.slug}-${article.hash.slice(0, 6)}`;
    slugs.add(article.slug);
    for (const m of article.messages.filter((m) => m.severity !== "info"))
      problems.push({ source: file.name, severity: m.severity as Problem["severity"], message: `line ${m.line}: ${m.rule}: ${m.text}` });
    articles.push(article);
  }
  articles.sort(byDateDesc);
  return { articles, problems };
}

const count = (a: Article, prefix: string) => a.messages.filter((m) => m.rule.startsWith(prefix)).length;

/** One build log line per article: what was found, from where, and what was guessed. */
export function logLine(a: Article): string {
  const place = [a.place.province, a.place.prefecture, a.place.county].filter(Boolean).join("/") || "no place";
  const guessed = [
    a.found.title === "estimated" && "title",
    a.dateEstimated && "date (year only)",
    !a.date && "no date",
    !a.publication && "no publication",
    !a.authors.length && "no authors",
    !a.place.province && "no place",
  ].filter(Boolean);
  return [
    `${a.source} [${a.wrapper}, ${a.encoding}]`,
    `《${a.title}》`,
    `${a.date ?? "undated"}${a.date ? ` (${a.found.date})` : ""}`,
    `${a.publication ?? "—"}${a.publication ? ` (${a.found.publication})` : ""}`,
    a.authors.join("、") || "—",
    place,
    `${a.blocks.length} blocks; removed ${count(a, "chrome")} chrome lines, ${count(a, "repeat")} repeats; joined ${count(a, "join: line")} breaks`,
    guessed.length ? `guessed/missing: ${guessed.join(", ")}` : "nothing guessed",
  ].join(" · ");
}
