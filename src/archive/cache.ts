import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { Article } from "../model/types.js";
import type { RawFile } from "../read/files.js";
import { codeVersion } from "./imports.js";

/**
 * JSON values on disk by key, each file written whole or not at all; with `memory`, also kept in
 * memory once read or written (for a process that builds again and again, as while watching).
 * Values read back are shared: callers copy what they change.
 */
export class DiskCache<T> {
  protected readonly memory: Map<string, T> | null;

  constructor(
    readonly dir: string,
    memory = false,
  ) {
    mkdirSync(dir, { recursive: true });
    this.memory = memory ? new Map() : null;
  }

  has(key: string): boolean {
    return !!this.memory?.has(key) || existsSync(join(this.dir, `${key}.json`));
  }

  get(key: string): T | null {
    const kept = this.memory?.get(key);
    if (kept) return kept;
    try {
      const value = JSON.parse(readFileSync(join(this.dir, `${key}.json`), "utf8")) as T;
      this.memory?.set(key, value);
      return value;
    } catch {
      return null;
    }
  }

  set(key: string, value: T): void {
    // A build stopped halfway leaves no half file to read back, and builds running at once over
    // one cache (two `npm run build` in one folder) each write their own temporary file.
    const file = join(this.dir, `${key}.json`);
    const temporary = `${file}.${process.pid}-${threadId}-${randomUUID()}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
    this.memory?.set(key, value);
  }
}

/**
 * Cleaned articles on disk, keyed by everything cleaning depends on: the raw bytes, the file name
 * (its extension picks the wrapper, its stem the slug), the options (vocabulary, keep and drop),
 * and the pipeline version. An unchanged document is not cleaned again.
 *
 * An article's `blocks` and `messages` arrays are never changed once cleaning has made them (a
 * correction or a build makes new arrays), so, kept in memory, they are the same arrays from one
 * build to the next: what is computed from them alone is kept by array (duplicates.ts's sketches,
 * site/changes.ts's page hashes).
 */
export class CleanCache extends DiskCache<Article> {
  constructor(
    dir: string,
    readonly version: string,
    memory = false,
  ) {
    super(dir, memory);
  }

  // Keys of files on disk by path, size, time and options, for as long as this cache lives.
  private readonly known = new Map<string, string>();

  /**
   * A raw file's key, and its bytes when they had to be read for it. A file on disk with the size
   * and time it had when this cache last read it keeps its key unread: a build reads and hashes
   * each document once (not again after cleaning ahead on other cores), and a rebuild while
   * watching (the cache kept in memory) reads only the files that changed. (Taken before the
   * read, a time that changes under it makes a new entry next time, never a wrong one.)
   */
  keyOf(file: RawFile, options: unknown): { key: string; bytes: Uint8Array | null } {
    const stat = file.path ? statSync(file.path) : null;
    const id = stat && `${file.path}\0${stat.size}\0${stat.mtimeMs}\0${JSON.stringify(options)}`;
    const known = id ? this.known.get(id) : undefined;
    if (known && this.has(known)) return { key: known, bytes: null };
    const bytes = file.bytes;
    const key = this.key(file.name, bytes, options);
    if (id) this.known.set(id, key);
    return { key, bytes };
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
}

/** The cleaning pipeline's version: every file src/pipeline/index.ts reaches through its imports, and the packages they use. */
export const pipelineVersion = (): string => codeVersion(new URL("../pipeline/index.ts", import.meta.url));
