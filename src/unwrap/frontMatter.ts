import * as yaml from "js-yaml";
import type { WrapperMeta } from "./types.js";

export interface FrontMatter {
  meta: WrapperMeta;
  /** Text after the closing fence. */
  body: string;
  /** Lines the front matter took, so body line numbers stay true to the source. */
  lineOffset: number;
  error?: string;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const list = (v: unknown): string[] => {
  if (Array.isArray(v))
    return v
      .map(String)
      .map((s) => s.trim())
      .filter(Boolean);
  if (typeof v === "string")
    return v
      .split(/[,，、;；\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
};

const first = (o: Record<string, unknown>, keys: string[]): unknown => {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null && o[k] !== "") return o[k];
  return undefined;
};

const str = (v: unknown): string | undefined =>
  v === undefined ? undefined : v instanceof Date ? v.toISOString() : String(v).trim() || undefined;

const isUrl = (s: string | undefined): boolean => !!s && /^(https?:)?\/\//.test(s);

/** Splits YAML front matter off a document and maps the key names people use onto ours. */
export function splitFrontMatter(text: string): FrontMatter | null {
  const m = text.match(FENCE);
  if (!m) return null;
  const lineOffset = m[0].split("\n").length - 1;
  const body = text.slice(m[0].length);
  let data: unknown;
  try {
    // CORE_SCHEMA keeps dates as written: no time zone shifts from YAML timestamps.
    data = yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA });
  } catch (e) {
    return { meta: {}, body, lineOffset, error: `front matter does not parse as YAML (${(e as Error).message.split("\n")[0]})` };
  }
  if (!data || typeof data !== "object") return { meta: {}, body, lineOffset };
  const o = Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
  const source = str(first(o, ["source", "publication", "publisher", "media", "newspaper", "来源"]));
  const url =
    str(first(o, ["original_url", "originalurl", "source_url", "url", "link", "canonical", "原文链接"])) ??
    (isUrl(source) ? source : undefined);
  const authors = list(first(o, ["authors", "author", "byline", "作者"]));
  const tags = list(first(o, ["tags", "keywords", "tag", "关键词", "标签"]));
  const meta: WrapperMeta = {
    title: str(first(o, ["title", "标题"])),
    subtitle: str(first(o, ["subtitle", "subheading", "副标题"])),
    date: str(first(o, ["date", "published", "pubdate", "publish_date", "published_at", "time", "日期"])),
    publication: isUrl(source) ? undefined : source,
    url: isUrl(url) ? url : undefined,
  };
  if (authors.length) meta.authors = authors;
  if (tags.length) meta.tags = tags;
  return { meta, body, lineOffset };
}
