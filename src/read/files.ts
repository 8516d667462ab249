import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { join } from "node:path";
import type { Message } from "../model/types.js";
import { RULES } from "../model/rules.js";
import { message } from "../model/messages.js";

/** A document's corrections sit beside it, as `<file name>.meta.yaml`. */
export const OVERRIDE_SUFFIX = ".meta.yaml";

export interface RawFile {
  /** The file's path inside content/, folders joined by "/" ("2022/林甸.txt"). */
  name: string;
  bytes: Uint8Array;
  /** The file on disk the bytes are read from, each time they are asked for (see readContent). */
  path?: string;
}

/**
 * A file's bytes, never through a symbolic link: a link swapped in after the walk (or a link
 * anywhere) would publish a file from outside content/, such as the checkout's .git/config.
 */
export function readRegularFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${path} is not a regular file`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A raw document on disk. Its bytes are read when asked for and not kept: 50,000 documents are
 * 0.8 GB, which a build needs only to hash each (its cache key) and to clean the new ones.
 */
const onDisk = (path: string, name: string): RawFile => ({
  name,
  path,
  get bytes() {
    return readRegularFile(path);
  },
});

export interface Content {
  documents: RawFile[];
  /** The archivist's corrections (`<raw file name>.meta.yaml`), by the raw file they correct. */
  overrides: Map<string, Uint8Array>;
  /** Files not read, each named with why: links, hidden and special files. */
  skipped: Message[];
}

/** What the walk makes of one entry that is not a folder to enter or a file to read. */
function skip(entry: Dirent, name: string): Message | null {
  if (entry.isSymbolicLink())
    return message(
      name,
      RULES.symbolicLink,
      null,
      "a symbolic link, never followed (it could publish a file from outside content/); copy the document itself into content/",
    );
  if (entry.name.startsWith("."))
    return message(name, RULES.hiddenFile, null, "a hidden file or folder, skipped; rename it without the leading dot to add it");
  if (!entry.isFile() && !entry.isDirectory())
    return message(name, RULES.specialFile, null, "not a regular file (a device, pipe or socket), skipped; remove it");
  return null;
}

/**
 * Every regular file under the content folder is a raw document, whatever its extension, and
 * subfolders are read too (archivists sort documents by year or source); corrections come back
 * by the raw file they correct. Nothing is followed out of the folder.
 */
export function readContent(dir: string): Content {
  const files: { name: string; path: string }[] = [];
  const skipped: Message[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const name = prefix + entry.name;
      const problem = skip(entry, name);
      if (problem) skipped.push(problem);
      else if (entry.isDirectory()) walk(join(folder, entry.name), `${name}/`);
      else files.push({ name, path: join(folder, entry.name) });
    }
  };
  walk(dir, "");
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  skipped.sort((a, b) => (a.source < b.source ? -1 : 1));
  const isOverride = (f: { name: string }) => f.name.endsWith(OVERRIDE_SUFFIX);
  const overrides = new Map<string, Uint8Array>();
  for (const f of files.filter(isOverride)) overrides.set(f.name.slice(0, -OVERRIDE_SUFFIX.length), readRegularFile(f.path));
  return { documents: files.filter((f) => !isOverride(f)).map((f) => onDisk(f.path, f.name)), overrides, skipped };
}
