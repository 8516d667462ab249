import { isMap, isSeq } from "yaml";
import type { WrapperMeta } from "../model/draft.js";
import { readYaml, textOf } from "../text/yaml.js";
import { httpUrl } from "../text/url.js";
import { unixDate } from "../text/dates.js";
import { isOrganisation } from "./evidence.js";
import { startsWithSurname } from "../text/names.js";

export interface FrontMatter {
  meta: WrapperMeta;
  /** Text after the closing fence. */
  body: string;
  /** Lines the front matter took, so body line numbers stay true to the source. */
  lineOffset: number;
  /** Why the front matter was not read, and on which line of the document. */
  error?: { line: number; text: string };
}

// Blank lines may stand before the opening fence: a blog's generator skips them, and so does the archive.
const FENCE = /^(?:[ \t]*\n)*---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const str = (node: unknown): string | undefined => textOf(node)?.trim() || undefined;

/** A note-taking app's link around a name ("[[王小明]]", as Obsidian's clipper writes authors): the name. */
const unlinked = (s: string): string => s.replace(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/, "$1").trim();

/** A list written as a YAML list or as one text with separators, without empty items; undefined when empty. */
const list = (node: unknown): string[] | undefined => {
  const items = isSeq(node) ? node.items.map(str) : (str(node)?.split(/[,，、;；\s]+/) ?? []);
  const texts = items
    .filter((s): s is string => !!s)
    .map(unlinked)
    .filter(Boolean);
  return texts.length ? texts : undefined;
};

/** The tags a web clipper puts on everything it saves: its own, not the article's. */
const CLIPPER_TAGS = /^(clippings?|web-?clips?|剪藏|网页剪藏|收藏)$/i;

/** Splits YAML front matter off a document and maps the key names people use onto ours. */
export function splitFrontMatter(text: string): FrontMatter | null {
  const m = text.match(FENCE);
  if (!m) return null;
  const lineOffset = m[0].split("\n").length - 1;
  const body = text.slice(m[0].length);
  const yaml = readYaml(m[1]!);
  if ("error" in yaml)
    // The opening fence is line 1 of the document.
    return { meta: {}, body, lineOffset, error: { line: yaml.line + 1, text: `文件头信息无法解析：${yaml.error}` } };
  if (!yaml.root) return { meta: {}, body, lineOffset };
  // Prose between two horizontal rules is not front matter: it stays the document's text.
  if (!isMap(yaml.root)) return null;
  const o = new Map<string, unknown>();
  for (const { key, value } of yaml.root.items) {
    const name = textOf(key)?.toLowerCase();
    if (name && !o.has(name)) o.set(name, value);
  }
  const first = <T>(read: (node: unknown) => T | undefined, keys: string[]): T | undefined =>
    keys.map((k) => read(o.get(k))).find((v) => v !== undefined);
  const source = first(str, ["source", "publication", "publisher", "media", "newspaper", "来源"]);
  const sourceIsUrl = !!httpUrl(source);
  // The first address a reader may follow; failing that the first written, which describe reports.
  const addresses = ["original_url", "originalurl", "filedSourceurl", "url", "link", "canonical", "原文链接"]
    .map((k) => str(o.get(k)))
    .concat(sourceIsUrl ? source : undefined)
    .filter((u): u is string => !!u);
  // A line of names stays whole: the names' reader knows "付  文" spaced out as printed is one name.
  const names = (node: unknown) => {
    const line = isSeq(node) ? undefined : str(node);
    return line ? [unlinked(line)].filter(Boolean) : list(node);
  };
  const authors = first(names, ["authors", "author", "byline", "作者"]);
  const tags = first(list, ["tags", "keywords", "tag", "关键词", "标签"])?.filter((t) => !CLIPPER_TAGS.test(t));
  const site = first(str, ["site", "site_name", "sitename", "网站"]);
  const meta: WrapperMeta = {
    title: first(str, ["title", "标题"]),
    subtitle: first(str, ["subtitle", "subheading", "副标题"]),
    // A clipper's "created" or "clipped" is when the page was saved, not when it was published.
    date: first(str, [
      "date",
      "published",
      "pubdate",
      "publish_date",
      "published_at",
      "date_published",
      "datepublished",
      "time",
      // WeChat exporters' names for when the account posted it.
      "publish_time",
      "pub_time",
      "create_time",
      "日期",
      "发布日期",
      "发布时间",
    ]),
    publication: sourceIsUrl ? undefined : source,
    url: addresses.find((u) => httpUrl(u)) ?? addresses[0],
  };
  // A mirror files its posts under their source: an author that is also one of the post's
  // categories or tags, and opens on no surname ("author: 法广", "categories: [news, 法广]"), is that source.
  const filed = [...(tags ?? []), ...(first(list, ["categories", "category"]) ?? [])];
  const filedSource = authors?.length === 1 && filed.includes(authors[0]!) && !startsWithSurname(authors[0]!);
  if (authors && !filedSource) meta.authors = authors;
  // An outlet in the author field ("author: 某某新闻"): it published the text, no one wrote it under that name.
  const outlet = authors?.length === 1 && (isOrganisation(authors[0]!) || filedSource) ? authors[0] : undefined;
  if (outlet && !meta.publication) meta.publication = outlet;
  if (tags?.length) meta.tags = tags;
  if (site && !httpUrl(site)) meta.site = site;
  // The account a post was exported from (a WeChat exporter's "nickname"): the publication when nothing else names one.
  const account = first(str, ["account", "nickname", "mp_name", "公众号"]);
  if (account) meta.account = account;
  // A Unix time, as exporters write it, is read in Beijing time.
  if (meta.date) meta.date = unixDate(meta.date) ?? meta.date;
  return { meta, body, lineOffset };
}
