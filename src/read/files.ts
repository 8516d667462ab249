import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface RawFile {
  name: string;
  bytes: Uint8Array;
}

/** Every file in the content folder is a raw document, whatever its extension; hidden files are not. */
export function readContent(dir: string): RawFile[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}
