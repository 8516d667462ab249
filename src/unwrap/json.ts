import type { SourceLine, WrapperMeta } from "../model/draft.js";
import type { Note } from "./types.js";
import { isOrganisation, similar } from "./evidence.js";
import { htmlToBlocks, isHtmlDocument } from "./html.js";
import { unixDate } from "../text/dates.js";

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/**
 * A date an export gives as fields or as text: {year, month, day}, "1966-10-14", a Unix time in
 * seconds or milliseconds (read in Beijing time), or a list of them (the first).
 */
function dateOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.map(dateOf).find(Boolean);
  const unix = unixDate(v);
  if (unix) return unix;
  if (typeof v === "string") return /\d{4}/.test(v) ? v.trim() : undefined;
  if (v && typeof v === "object") {
    const { year, month, day } = v as Record<string, unknown>;
    const n = (x: unknown) => (typeof x === "number" || (typeof x === "string" && /^\d+$/.test(x)) ? +x : NaN);
    if ([year, month, day].every((x) => Number.isInteger(n(x))))
      return `${n(year)}-${String(n(month)).padStart(2, "0")}-${String(n(day)).padStart(2, "0")}`;
  }
  return undefined;
}

/**
 * Where exports keep the text, and its date: scrapers name them as their authors please (keys are
 * read in lower case). A feed's description holds an item's text when no other field does.
 */
const TEXT_FIELDS = ["content", "text", "body", "article", "content_text", "description"];
const DATE_FIELDS = [
  "date",
  "dates",
  "display_date",
  "displaytime",
  "first_publish_date",
  "published",
  "pubdate",
  "publish_date",
  "pub_time",
  "publish_time",
  "pubtime",
  "ctime",
  "create_time",
  "created_date",
];
/** A text that opens on a block's tag is markup; a "<" that opens no tag of an article's ("x<y") is text. */
const MARKUP = /^\s*<(?:p|div|section)\b[^>]*>/i;
const NOT_A_TAG =
  /<(?!\/?(?:p|br|div|section|span|strong|b|em|i|u|a|img|h[1-6]|ul|ol|li|table|tbody|thead|tr|td|th|figure|figcaption|blockquote)\b)/gi;

type Obj = Record<string, unknown>;
/** Keys of an object holding the article's fields apart from its text. */
const META_ENVELOPE = /^(?:meta|meta_?info|metadata|info|article_?info|attributes)$/;
/** A source's credit: "本文来源：某某", "来源：某某". */
const SOURCE_CREDIT = /^\s*(?:本文)?来源\s*[:：]\s*([^\s，,。]{2,20})/;
const isObj = (v: unknown): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);

/** An export with its keys in lower case: a CMS's feed writes TITLE and PUBDATE, another pubDate. The first of two spellings stands. */
const lowerKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(lowerKeys)
    : isObj(v)
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k.toLowerCase(), lowerKeys(x)]),
        )
      : v;

/** A text an export keeps with its markup: its blocks' texts, a "<" that opens no article's tag kept as text. */
const markupParagraphs = (html: string): string[] => htmlToBlocks(html.replace(NOT_A_TAG, "&lt;")).blocks.map((b) => b.text);

/** A block's text as a CMS exports it: its content, text or html field. */
const blockText = (b: Obj): string | undefined => str(b.content) ?? str(b.text) ?? str(b.html);

/**
 * A CMS's list of body blocks (Arc's content_elements, contentBlocks, blocks): the array of
 * objects, most of them with a text, holding the most text.
 */
function blockList(o: Obj): Obj[] | null {
  let best: Obj[] | null = null;
  let most = 0;
  for (const v of Object.values(o)) {
    if (!Array.isArray(v) || v.length === 0 || !v.every(isObj)) continue;
    const texts = v.map(blockText).filter((t): t is string => !!t);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    if (texts.length >= v.length / 2 && chars > most) [best, most] = [v, chars];
  }
  return best;
}

/** Block types that carry no words of the article: players, embeds, code, dividers. */
const EMBED = /^(?:raw_html|custom_embed|oembed|oembed_response|video|audio|gallery|divider|interstitial_link|ad|code)$/i;

/** A block list read as paragraphs: headers and a block's sub-head as headings, images' captions as captions, embeds reported. */
function blockLines(blocks: Obj[], note: Note): SourceLine[] {
  const lines: SourceLine[] = [];
  const add = (text: string | undefined, hint?: SourceLine["hint"]) => {
    if (!text) return;
    const inline = /<[a-z]/i.test(text) ? markupParagraphs(text) : [text];
    for (const t of inline) lines.push({ text: "", line: 1 }, { text: t, line: 1, ...(hint ? { hint } : {}) });
  };
  for (const b of blocks) {
    const type = str(b.type) ?? "text";
    const text = blockText(b);
    if (EMBED.test(type)) {
      if (text && /[\u4e00-\u9fff]{4}/.test(text))
        note(
          1,
          `导出文件中嵌入的${type}内容，不属正文：${htmlToBlocks(text)
            .blocks.map((x) => x.text)
            .join(" ")}`,
        );
      continue;
    }
    add(str(b.subhead) ?? str(b.subtitle_heading), "heading");
    if (/^(?:image|photo|picture)$/i.test(type)) add(str(b.caption), "caption");
    else if (/^(?:header|heading|subheading|title)$/i.test(type)) add(text, "heading");
    else if (type === "list" && Array.isArray(b.items)) for (const item of b.items.filter(isObj)) add(blockText(item));
    else add(text);
    if (Array.isArray(b.photos)) for (const photo of b.photos.filter(isObj)) add(str(photo.caption), "caption");
  }
  return lines;
}

/** A field that may hold its text under "basic" (Arc's headlines.basic, subheadlines.basic). */
const basic = (v: unknown): string | undefined => str(v) ?? (isObj(v) ? str(v.basic) : undefined);
/** A headline as a CMS stores it, with its line break as markup ("上一行　<br/>下一行"). */
const headlineText = (v: unknown): string | undefined =>
  basic(v)
    ?.replace(/<[^>]*>/g, " ")
    .replace(/[\s\u3000]+/g, " ")
    .trim() || undefined;

/** The article an export wraps in an envelope ({"data": {…}}, {"article": {…}}): the object holding a text. */
function record(o: Obj): Obj {
  const holds = (x: Obj) =>
    Array.isArray(x.parts) || Array.isArray(x.paragraphs) || TEXT_FIELDS.some((k) => typeof x[k] === "string") || !!blockList(x);
  if (holds(o)) return o;
  const inner = Object.values(o).find((v): v is Obj => isObj(v) && holds(v));
  return inner ?? o;
}

/** Names an export gives as a list or as one text. */
const namesOf = (v: unknown): string[] =>
  (Array.isArray(v) ? v : typeof v === "string" ? v.split(/[,，、;；]/) : [])
    .map((x) => (typeof x === "string" ? x : str((x as { name?: unknown })?.name)))
    .filter((x): x is string => !!x?.trim())
    .map((x) => x.trim());

/**
 * A document exported as JSON (OCR and scraper output): a title and either a list of parts with
 * text, or one text field; its date from `date`, `dates` (fields or text), `published`; its source
 * from `source`; `authors` that name an institution are its publication, not its writers. The
 * title and those names printed again at the top of the text (as OCR read them, 编鼎部 for 编辑部)
 * are the header, not the text: they leave the lines with a note. Anything else is not taken for
 * JSON, and the reason is returned.
 */
export function jsonDocument(
  text: string,
  note: Note = () => {},
): { lines: SourceLine[]; meta: WrapperMeta } | { page: string; field: string } | string {
  let data: unknown;
  try {
    data = /^\s*[[{]/.test(text) ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  // A crawler writes its items as a list: a list of one is that one record.
  if (Array.isArray(data)) {
    if (data.length !== 1 || !isObj(data[0]))
      return data.length > 1 ? `JSON 中有 ${data.length} 条记录，应每篇文章一个文件` : "JSON 列表中没有记录";
    data = data[0];
  }
  if (!isObj(data)) return "文件不是可以解析的 JSON 对象";
  const keyed = lowerKeys(data) as Obj;
  const page = pageInside(keyed);
  if (page) return page;
  const o = record(keyed);
  const parts = Array.isArray(o.parts) ? o.parts : Array.isArray(o.paragraphs) ? o.paragraphs : null;
  const body = TEXT_FIELDS.map((k) => o[k]).find((v): v is string => typeof v === "string");
  const blocks = parts || body ? null : blockList(o);
  const paragraphs = blocks ? [] : paragraphsOf(parts, body);
  const lines = blocks ? blockLines(blocks, note) : [];
  if (!paragraphs.length && !lines.length) return "JSON 中没有正文字段（parts、paragraphs、content、text、body、article 或正文块的列表）";
  const { meta, title, names } = jsonMeta(o);
  // OCR's marks: parts typed by the layout analysis that found them on the page, or the scan's pages.
  if (parts?.some((p) => typeof (p as { type?: unknown })?.type === "string") || "page_start" in o) meta.scanned = true;
  return { lines: blocks ? lines : textLines(paragraphs, title, names, note), meta };
}

/**
 * The whole page a crawler's record keeps as it fetched it (raw_response.content, html, body): the
 * longest text, at most three levels down, that is an HTML document. The page is what the crawler's
 * own fields (its title, its extracted text) were read from, and says more than they do.
 */
function pageInside(o: Obj): { page: string; field: string } | null {
  let best: { page: string; field: string } | null = null;
  const visit = (v: unknown, path: string, depth: number): void => {
    if (typeof v === "string") {
      if (v.length > (best?.page.length ?? 0) && isHtmlDocument(v)) best = { page: v, field: path };
    } else if (depth < 3 && isObj(v)) for (const [k, x] of Object.entries(v)) visit(x, path ? `${path}.${k}` : k, depth + 1);
  };
  visit(o, "", 0);
  return best;
}

/** An export's parts (strings or objects with a text) or its one text field, as paragraphs. */
function paragraphsOf(parts: unknown[] | null, body: string | undefined): string[] {
  if (parts)
    return parts
      .map((p) => (typeof p === "string" ? p : typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : ""))
      .filter(Boolean);
  // A scraper keeps the text's markup as often as not: its paragraphs are its blocks.
  return !body ? [] : MARKUP.test(body) ? markupParagraphs(body) : body.split(/\n+/);
}

/** What an export states: its title, subtitle, date, source, authors (an institution among them is the publication), tags and address. */
function jsonMeta(record: Obj): { meta: WrapperMeta; title: string | undefined; names: string[] } {
  // A crawler's fields about the article kept apart from its text ({"meta_info": {"publish_time": …}}).
  const envelopes = Object.entries(record).filter(([k, v]) => META_ENVELOPE.test(k) && isObj(v));
  const o: Obj = Object.assign({}, ...envelopes.map(([, v]) => v), record);
  const meta: WrapperMeta = {};
  const from: NonNullable<WrapperMeta["from"]> = {};
  const title = headlineText(o.title) ?? headlineText(o.headline) ?? headlineText(o.headlines);
  const subtitle = headlineText(o.subtitle) ?? headlineText(o.subheadlines);
  if (subtitle) meta.subtitle = subtitle;
  if (title) [meta.title, from.title] = [title, "JSON title"];
  for (const k of DATE_FIELDS) {
    const d = dateOf(o[k]);
    if (d) {
      [meta.date, from.date] = [d, `JSON ${k}`];
      break;
    }
  }
  const source = str(o.source) ?? str(o.publication) ?? str(o.publisher) ?? str(o.media) ?? str(o.site_name);
  if (source) [meta.publication, from.publication] = [source, "JSON source"];
  const credited = o.authors ?? o.author ?? o.author_name ?? (isObj(o.credits) ? o.credits.by : undefined);
  // An author field holding the source's credit ("本文来源：某某广播 …编辑工号"): the source, and no writer.
  const sourceCredit = typeof credited === "string" ? credited.match(SOURCE_CREDIT)?.[1] : undefined;
  if (sourceCredit && !meta.publication) [meta.publication, from.publication] = [sourceCredit, "JSON author field (a source's credit)"];
  const names = sourceCredit ? [] : namesOf(credited);
  const tags = namesOf(
    o.tags ?? (isObj(o.taxonomy) ? (o.taxonomy.tags as unknown[] | undefined)?.map((t) => (isObj(t) ? str(t.text) : t)) : undefined),
  );
  if (tags.length) meta.tags = tags;
  const people = names.filter((n) => !isOrganisation(n));
  const bodies = names.filter(isOrganisation);
  if (people.length) [meta.authors, from.authors] = [people, "JSON authors"];
  if (bodies.length && !meta.publication) [meta.publication, from.publication] = [bodies[0]!, "JSON authors (an institution)"];
  const url = [o.url, o.link, o.source_url, isObj(o.sharing) ? o.sharing.url : undefined].find((v): v is string => typeof v === "string");
  if (url) meta.url = url;
  if (Object.keys(from).length) meta.from = from;
  return { meta, title, names };
}

/**
 * An export's paragraphs as lines, less the header printed at the top of the text (the title, and
 * the issuer under it), each noted.
 */
function textLines(paragraphs: string[], title: string | undefined, names: string[], note: Note): SourceLine[] {
  const header = [title, ...names].filter((h): h is string => !!h);
  const printedAs = (p: string, h: string) => p.length <= h.length * 1.5 + 2 && similar(p, h) >= 0.7;
  const printed = new Set(paragraphs.flatMap((p, i) => (i < 5 && header.some((h) => printedAs(p, h)) ? [i] : [])));
  for (const i of printed) note(1, `导出文件的标题或发文单位在正文开头又印了一遍，未收入：${paragraphs[i]}`);
  // What the print sets above its title is an epigraph (a quotation boxed over the headline), never a heading.
  const titleAt = (title && [...printed].find((i) => printedAs(paragraphs[i]!, title))) || 0;
  // JSON has no useful line numbers: every paragraph points at line 1.
  return paragraphs.flatMap((t, i) =>
    printed.has(i) ? [] : [{ text: "", line: 1 }, i < titleAt ? { text: t, line: 1, hint: "quote" as const } : { text: t, line: 1 }],
  );
}
