import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Latin words a Chinese reader may meet on the archive's pages: the proper names of standards,
 * formats and encodings, which are written so in Chinese too. Lower case.
 */
export const ALLOWED_WORDS = new Set([
  "utf",
  "gb",
  "gbk",
  "big",
  "sha",
  "rss",
  "atom",
  "json",
  "api",
  "xml",
  "html",
  "mhtml",
  "markdown",
  "ocr",
  "bibtex",
  "eb",
  "ol",
  "n",
  "t",
]);

/**
 * What names things rather than says them, taken out before words are counted: addresses with a
 * scheme, host names, paths, file names, hex digests, and encoding names with their numbers
 * (UTF-8, GB18030, GB/T 7714).
 */
const SPARED = [
  /\bhttps?:\/\/[^\s"'<>）)，。]+/g,
  /(?:^|\s|[：:（(])\/[^\s，。）)]*/g,
  /\b[\w.-]+\.(?:com|cn|net|org|xyz|example|gov|edu)(?:\/[^\s，。）)]*)?/gi,
  /[^\s/：:（(“]+\.(?:txt|md|markdown|html?|xhtml|mht|mhtml|json|bin|ya?ml|xml)\b/gi,
  /\b[0-9a-f]{16,}\b/gi,
  /\b[A-Za-z]+[-/]?\d+(?:LE|BE)?\b/gi,
];

/** The Latin words of a text not on the allowed list, each once, in the order met. */
export function latinWords(text: string, allowed: ReadonlySet<string> = ALLOWED_WORDS): string[] {
  const rest = SPARED.reduce((t, re) => t.replace(re, " "), text);
  const words = rest.match(/[A-Za-z\u00c0-\u024f]+/g) ?? [];
  return [...new Set(words)].filter((w) => !allowed.has(w.toLowerCase()));
}

/** The Latin words of the documents a site was built from and of their names, lower case: theirs to print, not the site's. */
export const documentWords = (content: string): Set<string> =>
  new Set(
    readdirSync(content, { recursive: true, encoding: "utf8" })
      .filter((f) => statSync(join(content, f)).isFile())
      .flatMap((f) => `${f}\n${readFileSync(join(content, f)).toString("utf8")}`.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? []),
  );
