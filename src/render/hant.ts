import { createHash } from "node:crypto";
import { DiskCache } from "../archive/cache.js";
import { packageVersion } from "../archive/imports.js";
import { TRADITIONAL, toTraditional } from "../text/opencc.js";

// Read on first use, not at import.
let openccVersion: string | null = null;

/** A tag, a comment or a doctype; text is what lies between them. */
const TAG = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|<!--[\s\S]*?-->|<![^>]*>/g;
/**
 * The attributes a reader sees or hears, never an address or an id; data-text-* hold what the
 * page's script shows (a button's "已复制").
 */
const SHOWN_ATTRIBUTE = /(\s(?:title|aria-label|placeholder|alt|content|data-text-[\w-]+)=")([^"]*)"/g;
/** Text that is not the page's own words: code, citations as written, data. */
const KEPT_ELEMENTS = new Set(["script", "style", "pre", "code"]);
/** Elements that say they are Simplified (the 简体 switch) or not words at all (file names). */
const KEPT_ATTRIBUTE = /\s(?:lang="zh-Hans"|translate="no")/;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * A page's words in Traditional characters: its text and the attributes read aloud, outside the
 * elements kept as written. OpenCC converts by phrase, so a text run is converted whole across the
 * `<wbr>` put between its words, which go back at the same places.
 */
export function convertPage(html: string, convert: (text: string) => string = toTraditional): string {
  const out: string[] = [];
  let run = "";
  let breaks: number[] = [];
  let kept: { name: string; depth: number } | null = null;
  const flush = () => {
    const text = kept ? run : convert(run);
    // OpenCC maps character for character; were a phrase to change length, its breaks would be lost.
    const at = text.length === run.length ? breaks : [];
    out.push(at.reduceRight((t, i) => `${t.slice(0, i)}<wbr>${t.slice(i)}`, text));
    [run, breaks] = ["", []];
  };
  let at = 0;
  for (const m of html.matchAll(TAG)) {
    run += html.slice(at, m.index);
    at = m.index + m[0].length;
    const [tag, close, name = "", attributes = ""] = m;
    const element = name.toLowerCase();
    if (element === "wbr") {
      breaks.push(run.length);
      continue;
    }
    flush();
    if (kept) {
      if (element === kept.name) kept.depth += close ? -1 : 1;
      if (!kept.depth) kept = null;
      out.push(tag);
      continue;
    }
    if (!close && !VOID.has(element) && (KEPT_ELEMENTS.has(element) || KEPT_ATTRIBUTE.test(attributes))) kept = { name: element, depth: 1 };
    out.push(kept || close ? tag : tag.replace(SHOWN_ATTRIBUTE, (_, key: string, value: string) => `${key}${convert(value)}"`));
  }
  run += html.slice(at);
  flush();
  return out.join("");
}

const caches = new Map<string, DiskCache<{ html: string }>>();

/**
 * A whole page in Traditional characters, for an article's 繁體 reading. OpenCC's conversion
 * takes longer than rendering the page, so converted pages are kept in `cacheDir` by the page,
 * OpenCC's version and the conversion.
 */
export function traditionalPage(html: string, cacheDir?: string): string {
  const cache = cacheDir ? (caches.get(cacheDir) ?? caches.set(cacheDir, new DiskCache(cacheDir)).get(cacheDir)!) : null;
  const key = createHash("sha256")
    .update(`${(openccVersion ??= packageVersion("opencc-js", import.meta.url))} ${TRADITIONAL.from}>${TRADITIONAL.to}\n`)
    .update(html)
    .digest("hex");
  const cached = cache?.get(key);
  if (cached) return cached.html;
  const converted = convertPage(html);
  cache?.set(key, { html: converted });
  return converted;
}
