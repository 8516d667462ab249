import MarkdownIt from "markdown-it";
import type { Message } from "../model/types.js";
import type { SourceLine, Step, WrapperMeta } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { message } from "../model/messages.js";
import type { Note, Unwrapped } from "./types.js";
import { splitFrontMatter } from "./frontMatter.js";
import { withoutControls } from "../read/decode.js";
import { articleRegion, htmlKind, htmlToBlocks, isHtmlDocument, type HtmlBlock } from "./html.js";

// Raw HTML passes through Markdown so Jekyll posts with <p> bodies work; every line break is kept
// as a break, because the cleaner decides what joins.
const md = new MarkdownIt({ html: true, breaks: true, linkify: false });

/** What a wrapper gives: the body's lines and what it stated; its problems go to a Note. */
type Body = Omit<Unwrapped, "messages">;

const MARKDOWN_SIGNS = /^(#{1,6}\s|>\s|!\[|\*\*|[-*]\s|\d+\.\s)|\]\(|<https?:/m;

/** Blocks → lines with a blank line between blocks, so each block stays one paragraph. */
function blockLines(blocks: HtmlBlock[]): SourceLine[] {
  return blocks.flatMap((b) => {
    const ratio = b.text.length ? b.linkChars / b.text.length : 0;
    const line: SourceLine = { text: b.text, line: b.line, ...(b.hint ? { hint: b.hint } : {}), ...(ratio ? { linkRatio: ratio } : {}) };
    return [{ text: "", line: b.line }, line];
  });
}

function plainLines(text: string, offset = 0): SourceLine[] {
  return text.split("\n").map((t, i) => ({ text: t, line: i + 1 + offset }));
}

/** A page's title: the first <h1> when the <title> repeats it, else the <title> less its site suffix. */
function pageTitle(blocks: HtmlBlock[], meta: WrapperMeta): string | undefined {
  const h1 = blocks.find((b) => b.hint === "title")?.text;
  if (h1 && (!meta.title || meta.title.replace(/\s/g, "").includes(h1.replace(/\s/g, "")))) return h1;
  return meta.title?.replace(/\s*[_|｜\-–—]\s*[^_|｜\-–—]{1,16}$/, "").trim() || h1;
}

/** Where an HTML comment opens that nothing closes, or -1. */
function unclosedComment(s: string): number {
  for (let i = s.indexOf("<!--"); i >= 0; i = s.indexOf("<!--", i)) {
    const end = s.indexOf("-->", i + 4);
    if (end < 0) return i;
    i = end + 3;
  }
  return -1;
}

/**
 * Markdown → lines. An HTML comment left open would hide the rest of the document: then every
 * "<!--" from the first unclosed one on is shown as text. Past markdown-it's nesting limit the rest
 * of the document is dropped: then the whole is read as plain text. A note says which.
 */
function markdownLines(source: string, offset: number, note: Note): SourceLine[] {
  const render = (s: string) => {
    const tokens = md.parse(s, {});
    return { tokens, html: md.renderer.render(tokens, md.options, {}) };
  };
  let { tokens, html } = render(source);
  // Checked on the rendered HTML, where "<!--" in code is escaped already.
  const at = unclosedComment(html) < 0 ? -1 : unclosedComment(source);
  if (at >= 0) {
    const line = source.slice(0, at).split("\n").length + offset;
    note(line, `an HTML comment is never closed: the text after it is kept and "<!--" shown as text`);
    ({ tokens, html } = render(source.slice(0, at) + source.slice(at).replaceAll("<!--", "&lt;!--")));
  }
  const deep = tokens.find((t) => t.nesting === 1 && t.level >= md.options.maxNesting - 1);
  if (deep) {
    note(
      (deep.map?.[0] ?? 0) + 1 + offset,
      `the Markdown nests quotes or lists more than ${md.options.maxNesting} levels deep: read as plain text`,
    );
    return plainLines(source, offset);
  }
  // markdown-it loses source positions; count lines by matching each block back to the source.
  return locate(htmlToBlocks(html).blocks, source, offset);
}

function htmlPage(text: string, note: Note): Body {
  const { blocks, meta } = htmlToBlocks(text, note);
  const title = pageTitle(blocks, meta);
  const h1 = blocks.findIndex((b) => b.hint === "title");
  const region = articleRegion(blocks, h1);
  // The headline and its date/source line sit just above the text: start there, so they are read.
  const start = h1 >= 0 && h1 < region.start && region.start - h1 <= 12 ? h1 : region.start;
  const body = blocks.slice(start, region.end);
  const outside = blocks.length - body.length;
  if (outside) note(1, `${outside} blocks of page navigation and furniture outside the article were left out`);
  return { wrapper: "html page", lines: blockLines(body), meta: { ...meta, ...(title ? { title } : {}) } };
}

function htmlFragment(text: string, note: Note): Body {
  const { blocks, meta } = htmlToBlocks(text, note);
  return { wrapper: "html fragment", lines: blockLines(blocks), meta };
}

const plain = (text: string): Body => ({ wrapper: "plain", lines: plainLines(text), meta: {} });

/**
 * Detects the wrapper a document came in and returns its body as lines plus what the wrapper stated.
 * The extension decides: in a .txt or .json a "<" is text, and only a whole HTML document in a .txt
 * is read as HTML. Files with other extensions or none are sniffed.
 */
export function unwrap(text: string, fileName: string): Unwrapped {
  const messages: Message[] = [];
  const u = detect(text, fileName, (line, note) => messages.push(message(fileName, RULES.wrapper, line, note)));
  // Escapes in JSON, YAML and HTML make control characters the decoder never saw.
  const meta = Object.fromEntries(
    Object.entries(u.meta).map(([k, v]) => [k, Array.isArray(v) ? v.map(withoutControls) : typeof v === "string" ? withoutControls(v) : v]),
  );
  return { ...u, lines: u.lines.map((l) => ({ ...l, text: withoutControls(l.text) })), meta, messages };
}

/** The unwrap step: the document's body as lines, what its wrapper stated, and the wrapper's problems. */
export const unwrapDocument: Step = (d) => {
  const u = unwrap(d.text, d.source);
  return { ...d, wrapper: u.wrapper, stated: u.meta, lines: u.lines, messages: [...d.messages, ...u.messages] };
};

function detect(text: string, fileName: string, note: Note): Body {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const fm = splitFrontMatter(text);
  if (fm) {
    if (fm.error) note(fm.error.line, fm.error.text);
    return { wrapper: "front matter", lines: markdownLines(fm.body, fm.lineOffset, note), meta: fm.meta };
  }
  const markdown = (): Body => ({ wrapper: "markdown", lines: markdownLines(text, 0, note), meta: {} });
  switch (ext) {
    case "html":
    case "htm":
    case "xhtml":
      return htmlKind(text) === "fragment" ? htmlFragment(text, note) : htmlPage(text, note);
    case "txt":
      return isHtmlDocument(text) ? htmlPage(text, note) : plain(text);
    case "md":
    case "markdown":
      return markdown();
    case "json": {
      const json = jsonDocument(text);
      if (typeof json !== "string") return { wrapper: "json", lines: json.lines, meta: json.meta };
      note(1, `${json}: read as plain text`);
      return plain(text);
    }
  }
  // A JSON document is unambiguous, whatever markup its text holds.
  const json = jsonDocument(text);
  if (typeof json !== "string") return { wrapper: "json", lines: json.lines, meta: json.meta };
  const kind = htmlKind(text);
  if (kind === "page") return htmlPage(text, note);
  if (kind === "fragment") return htmlFragment(text, note);
  return MARKDOWN_SIGNS.test(text) ? markdown() : plain(text);
}

/** Source line numbers for blocks rendered from Markdown: where their first characters occur. */
function locate(blocks: HtmlBlock[], source: string, offset: number): SourceLine[] {
  const lines = source.split("\n");
  let from = 0;
  const placed = blocks.map((b) => {
    const probe = b.text.slice(0, 6);
    for (let i = from; i < lines.length; i++) {
      if (lines[i]!.includes(probe)) {
        from = i;
        return { ...b, line: i + 1 + offset };
      }
    }
    return { ...b, line: from + 1 + offset };
  });
  return blockLines(placed);
}

/**
 * A document exported as JSON (OCR and scraper output): a title and either a list of parts with
 * text, or one text field. Anything else is not taken for JSON, and the reason is returned.
 */
function jsonDocument(text: string): { lines: SourceLine[]; meta: WrapperMeta } | string {
  let data: unknown;
  try {
    data = /^\s*\{/.test(text) ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!data) return "the file does not parse as a JSON object";
  const o = data as Record<string, unknown>;
  const parts = Array.isArray(o.parts) ? o.parts : Array.isArray(o.paragraphs) ? o.paragraphs : null;
  const paragraphs = parts
    ? parts
        .map((p) => (typeof p === "string" ? p : typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : ""))
        .filter(Boolean)
    : [o.content, o.text, o.body].find((v): v is string => typeof v === "string")?.split(/\n+/);
  if (!paragraphs?.length) return "the JSON has no text fields (parts, paragraphs, content, text or body)";
  const meta: WrapperMeta = {};
  if (typeof o.title === "string" && o.title.trim()) meta.title = o.title.trim();
  for (const k of ["date", "published", "pubdate"]) if (typeof o[k] === "string") meta.date ??= o[k] as string;
  if (typeof o.source === "string") meta.publication = o.source;
  if (typeof o.url === "string") meta.url = o.url;
  // JSON has no useful line numbers: every paragraph points at line 1.
  return {
    lines: paragraphs.flatMap((t) => [
      { text: "", line: 1 },
      { text: t, line: 1 },
    ]),
    meta,
  };
}
