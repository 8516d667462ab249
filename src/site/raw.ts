import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readRegularFile } from "../read/files.js";
import { quoted } from "../text/quote.js";

/**
 * Publishes the raw files the archive holds (name in content/ → slug) under raw/ in the site, as
 * received, as `<slug>.bin`; files the build refused are not published. Only files new or changed
 * since the last copy are copied, and copies no longer wanted are deleted, so a rebuild while
 * watching copies the one file edited. (Eleventy's passthrough copy would do the copying, but
 * under --incremental it then takes an edit to a raw file for a copy alone and renders no page.)
 */
export function publishRaw(contentDir: string, sources: Map<string, string>, rawDir: string, log = console.error): number {
  mkdirSync(rawDir, { recursive: true });
  const wanted = new Set<string>();
  let copied = 0;
  for (const [name, slug] of sources) {
    const [from, to] = [join(contentDir, name), join(rawDir, `${slug}.bin`)];
    wanted.add(`${slug}.bin`);
    try {
      const source = lstatSync(from);
      const copy = existsSync(to) ? statSync(to) : null;
      // The copy carries the original's time (to within a millisecond, as it is set through a
      // floating-point number of seconds), which tells the next build it is current.
      if (copy && copy.size === source.size && Math.abs(copy.mtimeMs - source.mtimeMs) < 1) continue;
      writeFileSync(to, readRegularFile(from));
      utimesSync(to, source.atime, source.mtime);
      copied++;
    } catch (e) {
      // Replaced by a link or removed since the build read it: not published, and said so.
      rmSync(to, { force: true });
      log(`[raw] ERROR ${quoted(name)}: not published (${(e as Error).message}); build again`);
    }
  }
  for (const name of readdirSync(rawDir)) if (name.endsWith(".bin") && !wanted.has(name)) rmSync(join(rawDir, name), { force: true });
  return copied;
}
