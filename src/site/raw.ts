import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";

/**
 * Publishes every file of content/ (raw documents and their corrections) under raw/ in the site,
 * as received. Only files new or changed since the last copy are copied, and copies of files
 * that are gone are deleted, so a rebuild while watching copies the one file edited. (Eleventy's
 * passthrough copy would do the copying, but under --incremental it then takes an edit to a raw
 * file for a copy alone and renders no page.)
 */
export function publishRaw(contentDir: string, rawDir: string): number {
  mkdirSync(rawDir, { recursive: true });
  const names = new Set(readdirSync(contentDir).filter((n) => !n.startsWith(".") && statSync(join(contentDir, n)).isFile()));
  let copied = 0;
  for (const name of names) {
    const [from, to] = [join(contentDir, name), join(rawDir, name)];
    const source = statSync(from);
    const copy = existsSync(to) ? statSync(to) : null;
    // The copy carries the original's time (to within a millisecond, as it is set through a
    // floating-point number of seconds), which tells the next build it is current.
    if (copy && copy.size === source.size && Math.abs(copy.mtimeMs - source.mtimeMs) < 1) continue;
    copyFileSync(from, to);
    utimesSync(to, source.atime, source.mtime);
    copied++;
  }
  for (const name of readdirSync(rawDir)) if (!names.has(name)) rmSync(join(rawDir, name), { force: true });
  return copied;
}
