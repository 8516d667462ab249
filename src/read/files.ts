import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { OVERRIDE_SUFFIX } from "../overrides.js";

export interface RawFile {
  name: string;
  bytes: Uint8Array;
  /** The file on disk the bytes are read from, each time they are asked for (see readContent). */
  path?: string;
}

/**
 * A raw document on disk. Its bytes are read when asked for and not kept: 50,000 documents are
 * 0.8 GB, which a build needs only to hash each (its cache key) and to clean the new ones.
 */
const onDisk = (path: string, name: string): RawFile => ({
  name,
  path,
  get bytes() {
    return readFileSync(path);
  },
});

/**
 * Every file in the content folder is a raw document, whatever its extension, except hidden files
 * and the archivist's corrections (`<raw file name>.meta.yaml`), which come back by the raw file
 * they correct.
 */
export function readContent(dir: string): { documents: RawFile[]; overrides: Map<string, string> } {
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isFile())
    .sort();
  const isOverride = (name: string) => name.endsWith(OVERRIDE_SUFFIX);
  return {
    documents: names.filter((n) => !isOverride(n)).map((name) => onDisk(join(dir, name), name)),
    overrides: new Map(names.filter(isOverride).map((n) => [n.slice(0, -OVERRIDE_SUFFIX.length), readFileSync(join(dir, n), "utf8")])),
  };
}
