import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { SearchFragment } from "./records.js";

/** How Pagefind 1.6 writes a fragment (undocumented; the version is pinned): gzip of this and the page's JSON. */
const SIGNATURE = "pagefind_dcd";

/**
 * Puts each article's readable body (records.ts, searchFragment) in its Pagefind fragment, in place
 * of the text Pagefind stored, which is the spelled tokens it indexed: about ten bytes a character
 * where the readable text is three, and nothing a reader could see without spelling it back. A
 * fragment is what a result downloads, only for its title, excerpt and filters; the index is
 * untouched, and so are the fragments' names, which only identify them.
 * tests/search-fragments.build.test.ts fails if a Pagefind release writes fragments otherwise.
 */
export function readableFragments(bundle: string, fragments: ReadonlyMap<string, SearchFragment>): void {
  const dir = join(bundle, "fragment");
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const bytes = gunzipSync(readFileSync(path));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`Pagefind wrote ${path} in a form not known here`);
    const page = JSON.parse(bytes.subarray(SIGNATURE.length).toString()) as { url: string };
    const fragment = fragments.get(page.url);
    if (!fragment) throw new Error(`Pagefind wrote ${path} for ${page.url}, which no article has`);
    writeFileSync(path, gzipSync(SIGNATURE + JSON.stringify({ ...page, ...fragment }), { level: 9 }));
  }
}
