import { createHash } from "node:crypto";
import { DiskCache } from "../archive/cache.js";
import { codeVersion } from "../archive/imports.js";
import { toTraditional } from "../text/opencc.js";

// This file's code, the conversion's and OpenCC's version: read on first use, not at import.
let version: string | null = null;

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

/** Text with `<wbr>` put back at its offsets; none if conversion changed its length. */
function withBreaks(text: string, breaks: number[], length: number): string {
  const at = text.length === length ? breaks : [];
  return at.reduceRight((t, i) => `${t.slice(0, i)}<wbr>${t.slice(i)}`, text);
}

/**
 * Every text converted in one call, joined by NUL, which no phrase spans and no page holds: a call
 * per text took five times as long. Should the join not split back into as many, one call each.
 */
function convertAll(texts: string[], convert: (text: string) => string): string[] {
  const converted = convert(texts.join("\0")).split("\0");
  return converted.length === texts.length ? converted : texts.map(convert);
}

/**
 * A page's words in Traditional characters: its text and the attributes read aloud, outside the
 * elements kept as written. OpenCC converts by phrase, so a text run is converted whole across the
 * `<wbr>` put between its words, which go back at the same places.
 */
export function convertPage(html: string, convert: (text: string) => string = toTraditional): string {
  const out: string[] = [];
  // The pieces of `out` still to convert, by index.
  const pending: { at: number; text: string; breaks: number[] }[] = [];
  const later = (text: string, breaks: number[] = []) => {
    pending.push({ at: out.length, text, breaks });
    out.push("");
  };
  let run = "";
  let breaks: number[] = [];
  let kept: { name: string; depth: number } | null = null;
  const flush = () => {
    if (kept || !run) out.push(withBreaks(run, breaks, run.length));
    else later(run, breaks);
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
    if (kept || close) {
      out.push(tag);
      continue;
    }
    let from = 0;
    for (const a of tag.matchAll(SHOWN_ATTRIBUTE)) {
      const value = a.index + a[1]!.length;
      out.push(tag.slice(from, value));
      later(a[2]!);
      from = value + a[2]!.length;
    }
    out.push(tag.slice(from));
  }
  run += html.slice(at);
  flush();
  const converted = convertAll(
    pending.map((p) => p.text),
    convert,
  );
  pending.forEach((p, i) => (out[p.at] = withBreaks(converted[i]!, p.breaks, p.text.length)));
  return out.join("");
}

const caches = new Map<string, DiskCache<{ html: string }>>();

/**
 * A whole page in Traditional characters, for an article's 繁體 reading. OpenCC's conversion
 * takes longer than rendering the page, so converted pages are kept in `cacheDir` by the page and
 * the version of the code converting it (this file's, the conversion's, OpenCC's).
 */
export function traditionalPage(html: string, cacheDir?: string): string {
  const cache = cacheDir ? (caches.get(cacheDir) ?? caches.set(cacheDir, new DiskCache(cacheDir)).get(cacheDir)!) : null;
  const key = createHash("sha256")
    .update(`${(version ??= codeVersion(new URL(import.meta.url)))}\n`)
    .update(html)
    .digest("hex");
  const cached = cache?.get(key);
  if (cached) return cached.html;
  const converted = convertPage(html);
  cache?.set(key, { html: converted });
  return converted;
}
