import type { Message } from "../model/types.js";
import { isPageWrapper, type SourceLine, type Step, type WrapperMeta } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { message } from "../model/messages.js";
import type { Note, Unwrapped } from "./types.js";
import { splitFrontMatter } from "./frontMatter.js";
import { withoutControls } from "../read/decode.js";
import { hanCount } from "../text/chars.js";
import { htmlKind, htmlToBlocks, isHtmlDocument, readPage, type HtmlBlock } from "./html.js";
import { jsonDocument } from "./json.js";
import { markdownBlocks } from "./markdown.js";
import { fileTitle, reconcileStatedTitle } from "./title.js";
import { fieldHeader } from "./fields.js";
import { webArchivePage } from "./mhtml.js";
import { isLinkList, layoutPieces, textPageRegion } from "./textRegion.js";
import { xmlDocument } from "./xml.js";

/** What a wrapper gives: the body's lines and what it stated; its problems go to a Note. */
type Body = Omit<Unwrapped, "messages">;

const MARKDOWN_SIGNS = /^(#{1,6}\s|>\s|!\[|\*\*|[-*]\s|\d+\.\s)|\]\(|<https?:/m;

/** Blocks → lines with a blank line between blocks, so each block stays one paragraph. */
function blockLines(blocks: HtmlBlock[]): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const b of blocks) {
    const ratio = b.text.length ? b.linkChars / b.text.length : 0;
    const line: SourceLine = { text: b.text, line: b.line };
    if (b.hint) line.hint = b.hint;
    if (ratio) line.linkRatio = ratio;
    lines.push({ text: "", line: b.line }, line);
  }
  return lines;
}

function plainLines(text: string, offset = 0): SourceLine[] {
  return text.split("\n").map((t, i) => ({ text: t, line: i + 1 + offset }));
}

/** Markdown → lines and what its wrapper (a clipper's address line) stated; plain text when it cannot be read as Markdown. */
function markdownLines(source: string, offset: number, note: Note): { lines: SourceLine[]; meta: WrapperMeta } {
  const read = markdownBlocks(source, offset, note);
  return "plain" in read
    ? { lines: plainLines(source, offset), meta: {} }
    : { lines: pageRegion(blockLines(read.blocks), note), meta: read.meta };
}

/** Link lists enough for a page's menus: an article's text links a word here and there. */
const PAGE_MENUS = 3;

/**
 * A whole page turned to Markdown (a converter's or a reader service's copy) keeps the page's menus
 * and link lists as lines of links, a menu over the text: its article's region is found as a page saved
 * as text has its. A post with links only after its text (the account's other posts) is read whole,
 * its trailer left to the rules that know it.
 */
function pageRegion(lines: SourceLine[], note: Note): SourceLine[] {
  const text = lines.findIndex((l) => /[。！？]/.test(l.text) && hanCount(l.text, 20) >= 20 && !isLinkList(l));
  const over = lines.slice(0, Math.max(0, text)).some(isLinkList);
  return over && lines.filter(isLinkList).length >= PAGE_MENUS ? textPageRegion(lines, note) : lines;
}

function htmlPage(text: string, note: Note): Body {
  const { blocks, meta, outside } = readPage(text, note);
  if (outside) note(1, `正文之外的网页导航和杂项共 ${outside} 块，未收入`);
  return { wrapper: "html page", lines: blockLines(blocks), meta };
}

function htmlFragment(text: string, note: Note): Body {
  const { blocks, meta } = htmlToBlocks(text, note);
  return { wrapper: "html fragment", lines: blockLines(blocks), meta };
}

/** Plain text; a whole page saved as text keeps only its article's region. */
const plain = (text: string, note: Note): Body => ({
  wrapper: "plain",
  lines: textPageRegion(layoutPieces(plainLines(text), note), note),
  meta: {},
});

/** A line of nothing but unreadable characters. */
const GARBLED = /^[\ufffd\s]*\ufffd[\ufffd\s]*$/;

/**
 * Detects the wrapper a document came in and returns its body as lines plus what the wrapper stated.
 * The extension decides: in a .txt or .json a "<" is text, and only a whole HTML document in a .txt
 * or a .md is read as HTML. Files with other extensions or none are sniffed.
 */
export function unwrap(text: string, fileName: string): Unwrapped {
  const messages: Message[] = [];
  const u = detect(text, fileName, (line, note, warn) =>
    messages.push(message(fileName, warn ? RULES.wrapper : RULES.wrapperNote, line, note)),
  );
  // Escapes in JSON, YAML and HTML make control characters the decoder never saw.
  const meta = Object.fromEntries(
    Object.entries(u.meta).map(([k, v]) => [k, Array.isArray(v) ? v.map(withoutControls) : typeof v === "string" ? withoutControls(v) : v]),
  );
  // Nearly every line holds none: it keeps its object.
  const lines = u.lines.map((l) => {
    const text = withoutControls(l.text);
    return text === l.text ? l : { ...l, text };
  });
  // Runs of unreadable characters alone on a line (emoji lost to a wrong encoding) are no text.
  const garbled = lines.filter((l) => GARBLED.test(l.text));
  if (garbled.length)
    messages.push(message(fileName, RULES.wrapperNote, garbled[0]!.line, `${garbled.length} 行全是无法识读的字符（�），未收入`));
  return { ...u, lines: garbled.length ? lines.filter((l) => !garbled.includes(l)) : lines, meta, messages };
}

/** The unwrap step: the document's body as lines, what its wrapper stated, and the wrapper's problems. */
export const unwrapDocument: Step = (d) => {
  const u = unwrap(d.text, d.source);
  return { ...d, wrapper: u.wrapper, stated: u.meta, lines: u.lines, messages: [...d.messages, ...u.messages] };
};

function detect(text: string, fileName: string, note: Note): Body {
  const raw = read(text, fileName, note);
  // A text dump's labelled fields over its text ("标题：…", "【作者】…") are what it states.
  const fielded = raw.wrapper === "plain" || raw.wrapper === "markdown" ? fieldHeader(raw.lines, note) : null;
  const body = fielded ? { ...raw, lines: fielded.lines, meta: { ...fielded.meta, ...definedOf(raw.meta) } } : raw;
  // A title as stated is checked against the text (a clipper's "标题_站点" over the text's "# 标题");
  // with no title stated, the file's name may be the page's title, as clippers and browsers save it.
  const meta = reconcileStatedTitle(body.meta, body.lines, isPageWrapper(body.wrapper));
  if (!meta.title && body.wrapper !== "json") {
    const named = fileTitle(fileName, body.lines);
    if (named) [meta.title, meta.from] = [named, { ...meta.from, title: "file name" }];
  }
  return { ...body, meta };
}

function read(text: string, fileName: string, note: Note): Body {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  // A page saved as one file (MHTML): the page inside it, its lines those of the decoded page.
  const archive = webArchivePage(text);
  if (archive) {
    note(1, "网页存档文件（MHTML）：读取其中的网页；以下行号为解码后网页的行号");
    if (archive.frames) note(1, `存档中另有 ${archive.frames} 个内嵌网页（框架），未读取`);
    const page = htmlPage(archive.html, note);
    return { ...page, wrapper: "web archive", meta: { ...page.meta, url: page.meta.url ?? archive.url } };
  }
  // A feed's item saved as a file (.xml, .rss, .atom or any name), or a note clipped into Evernote
  // or 印象笔记 and exported (.enex): the item or the note is the document.
  const xml = xmlDocument(text, note);
  if (xml) return { wrapper: xml.wrapper, lines: blockLines(xml.blocks), meta: xml.meta };
  const fm = splitFrontMatter(text);
  if (fm) {
    if (fm.error) note(fm.error.line, fm.error.text, true);
    const md = markdownLines(fm.body, fm.lineOffset, note);
    return { wrapper: "front matter", lines: md.lines, meta: { ...md.meta, ...definedOf(fm.meta) } };
  }
  const markdown = (): Body => ({ wrapper: "markdown", ...markdownLines(text, 0, note) });
  switch (ext) {
    case "html":
    case "htm":
    case "xhtml":
      return htmlKind(text) === "fragment" ? htmlFragment(text, note) : htmlPage(text, note);
    case "txt":
      return isHtmlDocument(text) ? htmlPage(text, note) : plain(text, note);
    case "md":
    case "markdown":
      // A whole page saved under a Markdown name is the page, as in a .txt.
      return isHtmlDocument(text) ? htmlPage(text, note) : markdown();
    case "json": {
      const json = jsonRead(text, note);
      if (typeof json !== "string") return json;
      note(1, `${json}，按纯文本读取`, true);
      return plain(text, note);
    }
  }
  // A JSON document is unambiguous, whatever markup its text holds.
  const json = jsonRead(text, note);
  if (typeof json !== "string") return json;
  const kind = htmlKind(text);
  if (kind === "page") return htmlPage(text, note);
  if (kind === "fragment") return htmlFragment(text, note);
  return MARKDOWN_SIGNS.test(text) ? markdown() : plain(text, note);
}

/** A JSON document's body (a crawler's record: the page it keeps), or why the text is none. */
function jsonRead(text: string, note: Note): Body | string {
  const json = jsonDocument(text, note);
  if (typeof json === "string") return json;
  if ("lines" in json) return { wrapper: "json", lines: json.lines, meta: json.meta };
  note(1, `爬虫记录：读取其中保存的网页（${json.field}）；记录的其他字段是从该网页取出的，未收入；以下行号为该网页的行号`);
  return { ...htmlPage(json.page, note), wrapper: "crawl record" };
}

/** The fields of a meta that hold a value: front matter's own win over what the body's wrapper stated. */
const definedOf = (meta: WrapperMeta): WrapperMeta =>
  Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as WrapperMeta;
