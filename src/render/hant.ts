import { createHash } from "node:crypto";
import type { Article } from "../model/types.js";
import { DiskCache } from "../archive/cache.js";
import { packageVersion } from "../archive/imports.js";
import { TRADITIONAL, toTraditional } from "../text/opencc.js";
import { brokenOff, renderBody } from "./article.js";

// Read on first use, not at import.
let openccVersion: string | null = null;

/** The text of an article that is shown, in Traditional characters. */
interface Converted {
  title: string;
  subtitle: string | null;
  blocks: { text: string; speaker?: string; kicker?: string }[];
}

function convert(a: Article): Converted {
  return {
    title: toTraditional(a.title),
    subtitle: a.subtitle ? toTraditional(a.subtitle) : null,
    blocks: a.blocks.map((b) => ({
      text: toTraditional(b.text),
      ...(b.speaker ? { speaker: toTraditional(b.speaker) } : {}),
      ...(b.kicker ? { kicker: toTraditional(b.kicker) } : {}),
    })),
  };
}

const caches = new Map<string, DiskCache<Converted>>();

/**
 * An article's headline and body in Traditional characters, for the page's 繁體 switch. OpenCC's
 * conversion took a third of the page rendering, so converted text is kept in `cacheDir` by the
 * text, OpenCC's version and the conversion; the HTML is rendered afresh every time.
 */
export function traditionalVersion(a: Article, cacheDir?: string): string {
  const cache = cacheDir ? (caches.get(cacheDir) ?? caches.set(cacheDir, new DiskCache<Converted>(cacheDir)).get(cacheDir)!) : null;
  const key = createHash("sha256")
    .update(`${(openccVersion ??= packageVersion("opencc-js", import.meta.url))} ${TRADITIONAL.from}>${TRADITIONAL.to}`)
    .update(JSON.stringify([a.title, a.subtitle, a.blocks.map((b) => [b.text, b.speaker, b.kicker])]))
    .digest("hex");
  let converted = cache?.get(key);
  if (!converted) {
    converted = convert(a);
    cache?.set(key, converted);
  }
  return JSON.stringify({
    title: converted.title,
    subtitle: converted.subtitle,
    body: renderBody(
      a.blocks.map((b, i) => ({ ...b, ...converted.blocks[i] })),
      brokenOff(a),
    ),
  });
}
