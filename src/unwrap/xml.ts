import { DomUtils, parseDocument } from "htmlparser2";
import type { AnyNode, Element } from "domhandler";
import type { WrapperMeta } from "../model/draft.js";
import { findDate, findFeedDate } from "../text/dates.js";
import { htmlToBlocks, type HtmlBlock } from "./html.js";
import type { Note } from "./types.js";
import { UnreadableDocument } from "../read/decode.js";
import { fieldNamed } from "./fields.js";

// XML that readers save an article in: a feed's item, an Evernote export, a corpus's or a crawler's record.

/**
 * The name of an XML document's root element, past the declaration, processing instructions,
 * comments and a doctype with its internal subset; null when the text does not open so. One pass,
 * no backtracking: the text may be anything.
 */
function xmlRoot(text: string): string | null {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    const skip = (close: string) => {
      const end = text.indexOf(close, i);
      return end < 0 ? -1 : end + close.length;
    };
    if (text.startsWith("<?", i)) i = skip("?>");
    else if (text.startsWith("<!--", i)) i = skip("-->");
    else if (text.slice(i, i + 9).toUpperCase() === "<!DOCTYPE") {
      const bracket = text.indexOf("[", i);
      const close = text.indexOf(">", i);
      if (bracket >= 0 && (close < 0 || bracket < close)) i = skip("]");
      if (i >= 0) i = skip(">");
    } else return text.slice(i, i + 64).match(/^<([A-Za-z][\w:.-]*)[\s>/]/)?.[1] ?? null;
    if (i < 0) return null;
  }
}

/** An element of the parsed XML (in XML mode every element is a "tag", whatever its name). */
const isTag = (n: AnyNode): n is Element => n.type === "tag";

const parseXml = (text: string) => parseDocument(text, { xmlMode: true, decodeEntities: true, withStartIndices: true });

/** An element's HTML content read as blocks, each pointing at its line in the file from the line where the content starts. */
function contentBlocks(text: string, content: { at: number }, html: string, note: Note): HtmlBlock[] {
  const line = text.slice(0, content.at).split("\n").length;
  return htmlToBlocks(html, note).blocks.map((b) => ({ ...b, line: line + b.line - 1 }));
}

/** A corpus's or a crawler's record saved without an XML declaration: SogouCS's <doc>, a <record>. */
const RECORD_ROOT = /^(?:doc|document|record|article|news)$/;

/**
 * A feed's item or an Evernote note, told by the file's root element, as the document: its blocks,
 * what it states and its wrapper; null for any other file, or one of these that holds no article.
 */
export function xmlDocument(
  text: string,
  note: Note,
): { wrapper: "feed item" | "note export" | "xml record"; blocks: HtmlBlock[]; meta: WrapperMeta } | null {
  const root = xmlRoot(text)?.toLowerCase();
  const read =
    root && /^(?:rss|feed|item|entry|rdf:rdf)$/.test(root)
      ? { wrapper: "feed item" as const, document: feedDocument(text, note) }
      : root === "en-export"
        ? { wrapper: "note export" as const, document: evernoteDocument(text, note) }
        : root && !/^(?:html|svg)$/.test(root) && (text.trimStart().startsWith("<?xml") || RECORD_ROOT.test(root))
          ? { wrapper: "xml record" as const, document: recordDocument(text, note) }
          : null;
  return read?.document ? { wrapper: read.wrapper, ...read.document } : null;
}

// ---------------------------------------------------------------------------------------------
// A feed's item saved as a file: an RSS 2.0 <item> or an Atom <entry>, with the feed around it or
// alone, as feed readers and archivers of feeds save an article.

/** The text of a child element by its names, first found first ("content:encoded", "description"). */
function childText(el: Element, names: string[]): { text: string; at: number } | null {
  for (const name of names) {
    const child = el.children.find((c): c is Element => isTag(c) && c.name.toLowerCase() === name);
    if (!child) continue;
    const text = DomUtils.textContent(child).trim();
    if (text) return { text, at: child.startIndex ?? 0 };
  }
  return null;
}

/** An Atom link's address, or an RSS link's text. */
const linkOf = (el: Element): string | undefined => {
  const links = el.children.filter((c): c is Element => isTag(c) && c.name.toLowerCase() === "link");
  const alternate = links.find((l) => !l.attribs.rel || l.attribs.rel === "alternate");
  return alternate?.attribs.href ?? (alternate ? DomUtils.textContent(alternate).trim() : undefined) ?? undefined;
};

/**
 * A feed's one item as the document: its title, link, date (pubDate, published, updated, dc:date),
 * authors (author, dc:creator; an Atom author's name) and the feed's title as the publication; its
 * text the item's full content (content:encoded, Atom content) or else its description, read as
 * HTML. A feed of several items is a list of articles, not one, and is refused with what to do; with
 * no item, or none with a text, null: the file is read as any other.
 */
function feedDocument(text: string, note: Note): { blocks: HtmlBlock[]; meta: WrapperMeta } | null {
  const doc = parseXml(text);
  const items = DomUtils.getElements({ tag_name: (n: string) => n === "item" || n === "entry" }, doc.children, true).filter(isTag);
  if (items.length === 0) return null;
  if (items.length > 1)
    throw new UnreadableDocument(`the feed holds ${items.length} items, a list of articles`, "save each item as a file of its own");
  const item = items[0]!;
  const meta: WrapperMeta = {};
  const from: NonNullable<WrapperMeta["from"]> = {};
  const title = childText(item, ["title"]);
  if (title) [meta.title, from.title] = [title.text, "feed item title"];
  const when = childText(item, ["pubdate", "published", "dc:date", "updated"]);
  const date = when && (findFeedDate(when.text) ?? findDate(when.text));
  if (date) [meta.date, from.date] = [date, "feed item date"];
  const authors = [
    ...DomUtils.getElements({ tag_name: (n: string) => n === "dc:creator" || n === "author" }, item.children, true)
      .filter(isTag)
      .map((a) => (childText(a, ["name"])?.text ?? DomUtils.textContent(a)).trim()),
  ].filter((a) => a && !/@/.test(a));
  if (authors.length) [meta.authors, from.authors] = [authors, "feed item author"];
  const channel = item.parent && isTag(item.parent) ? item.parent : null;
  const feedTitle = channel ? childText(channel, ["title"]) : null;
  if (feedTitle) [meta.publication, from.publication] = [feedTitle.text, "the feed's title"];
  const url = linkOf(item);
  if (url) meta.url = url;
  if (Object.keys(from).length) meta.from = from;
  const content = childText(item, ["content:encoded", "content", "description", "summary"]);
  if (!content) return null;
  return { blocks: contentBlocks(text, content, content.text, note), meta };
}

// ---------------------------------------------------------------------------------------------
// A note exported from Evernote or 印象笔记 (.enex): the clipped page inside its note.

/**
 * An Evernote export's one note as the document: its title, the address it was clipped from
 * (source-url), and its content (the clipped page as HTML inside <en-note>). When it was created is
 * when it was clipped, and its author is the archivist's account: neither is the article's. An
 * export of several notes is refused with what to do; with no note, or one without content, null.
 */
function evernoteDocument(text: string, note: Note): { blocks: HtmlBlock[]; meta: WrapperMeta } | null {
  const doc = parseXml(text);
  const notes = DomUtils.getElements({ tag_name: "note" }, doc.children, true).filter(isTag);
  if (notes.length === 0) return null;
  if (notes.length > 1)
    throw new UnreadableDocument(`the Evernote export holds ${notes.length} notes`, "export each note as a file of its own");
  const item = notes[0]!;
  const meta: WrapperMeta = {};
  const title = childText(item, ["title"]);
  if (title) [meta.title, meta.from] = [title.text, { title: "Evernote note title" }];
  const attributes = item.children.find((c): c is Element => isTag(c) && c.name === "note-attributes");
  const url = attributes && childText(attributes, ["source-url"]);
  if (url) meta.url = url.text;
  const content = childText(item, ["content"]);
  if (!content) return null;
  const html = content.text.replace(/^(?:\s|<\?xml[^>]*\?>|<!DOCTYPE[^>]*>)*/i, "");
  return { blocks: contentBlocks(text, content, html, note), meta };
}

// ---------------------------------------------------------------------------------------------
// A record of one article in XML of its own: a corpus's (<Title>, <ReportTime>, <Content> with
// <Paragraph>s, annotation elements inside the sentences) or a crawler's (<title>, <pubdate>, <content>).

/**
 * An element's text as it reads: the white space markup puts between a sentence's pieces is no
 * text, save between a Han character and a Latin word ("使用 YouTube"), which Chinese text sets apart.
 */
const readText = (el: Element): string => readLine(DomUtils.textContent(el));

/** A line's text as it reads; an ideographic space (U+3000) is the writer's, set between a headline's parts. */
const readLine = (text: string): string =>
  text
    .replace(/[^\S\u3000]+/g, " ")
    .replace(
      /(?<=[^\x00-\x7f]) (?=[^\x00-\x7f]|[!-@[-`{-~])|(?<=[!-@[-`{-~]) (?=[^\x00-\x7f])|(?<=[\u3000-\u303f\uff00-\uffef]) | (?=[\u3000-\u303f\uff00-\uffef])/g,
      "",
    )
    .trim();

/** Elements that hold a paragraph each. */
const PARAGRAPH = /^(?:p|para|paragraph|段落?)$/i;

/**
 * A record's fields, told by its elements' names as a text dump's labels are (title, author,
 * source, date; a name ending in time or date holding one, as ReportTime), and its text: the
 * text element holding most, a block for each paragraph element in it, or its content read as HTML
 * when it holds markup as text. Null when no element holds the text: the file is read as any other.
 */
function recordDocument(text: string, note: Note): { blocks: HtmlBlock[]; meta: WrapperMeta } | null {
  const doc = parseXml(text);
  const root = doc.children.find(isTag);
  if (!root) return null;
  const meta: WrapperMeta = {};
  const from: NonNullable<WrapperMeta["from"]> = {};
  let body: Element | null = null;
  for (const el of DomUtils.getElements({ tag_name: () => true }, root.children, true).filter(isTag)) {
    const name = el.name.replace(/^[\w-]+:/, "");
    const field = fieldNamed(name) ?? (/(?:time|date)$/i.test(name) ? "date" : undefined);
    if (field === "text") {
      if (!body || DomUtils.textContent(el).length > DomUtils.textContent(body).length) body = el;
      continue;
    }
    const value = readText(el);
    if (!value || el.children.some(isTag)) continue;
    if (field === "date") {
      const date = findDate(value) ?? findFeedDate(value);
      if (date && !meta.date) [meta.date, from.date] = [date, `the record's <${el.name}>`];
    } else if (field === "title" || field === "subtitle" || field === "publication") {
      if (!meta[field]) [meta[field], from[field]] = [value, `the record's <${el.name}>`];
    } else if (field === "authors" && !meta.authors) [meta.authors, from.authors] = [[value], `the record's <${el.name}>`];
    else if (field === "url") meta.url ??= value;
  }
  if (!body) return null;
  if (Object.keys(from).length) meta.from = from;
  if (!body.children.some(isTag) && /<[a-z][^>]*>/i.test(DomUtils.textContent(body)))
    return { blocks: contentBlocks(text, { at: body.startIndex ?? 0 }, DomUtils.textContent(body), note), meta };
  const paragraphs = DomUtils.getElements({ tag_name: (n: string) => PARAGRAPH.test(n) }, body.children, true).filter(isTag);
  const lineAt = (at: number) => text.slice(0, at).split("\n").length;
  // Without paragraph elements, the text's own lines are its paragraphs (a crawler's <content>).
  const start = lineAt(body.startIndex ?? 0);
  const blocks = (
    paragraphs.length
      ? paragraphs.map((el) => ({ text: readText(el), line: lineAt(el.startIndex ?? 0), linkChars: 0 }))
      : DomUtils.textContent(body)
          .split("\n")
          .map((l, i) => ({ text: readLine(l), line: start + i, linkChars: 0 }))
  ).filter((b) => b.text);
  return blocks.length ? { blocks, meta } : null;
}
