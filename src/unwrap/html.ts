import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import type { SourceLine, WrapperMeta } from "../model/draft.js";
import type { Note } from "./types.js";
import { HAN_CLASS } from "../text/chars.js";

/** Markup that never carries article text. Its content is dropped, never rendered. */
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "nav",
  "aside",
  "form",
  "button",
  "select",
  "textarea",
  "object",
  "embed",
  "video",
  "audio",
  "map",
  "head",
]);
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "table",
  "tr",
  "td",
  "th",
  "blockquote",
  "figure",
  "figcaption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "hr",
  "address",
  "center",
  "body",
  "html",
  "tbody",
  "thead",
  "caption",
]);

export interface HtmlBlock extends SourceLine {
  /** Characters of the block that sit inside links: high ratios mean navigation. */
  linkChars: number;
}

function lineStarts(html: string): number[] {
  const starts = [0];
  for (let i = html.indexOf("\n"); i >= 0; i = html.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const CJK = new RegExp(`[\\u3000-\\u303f${HAN_CLASS}\\uff00-\\uffef“”‘’]`);

/** Joins text runs: no space between CJK characters that markup or source line breaks separated. */
function joinRun(a: string, b: string): string {
  if (!a) return b.replace(/^\s+/, "");
  const left = a.replace(/\s+$/, "");
  const right = b.replace(/^\s+/, "");
  if (left.length === a.length && right.length === b.length) return a + b;
  const l = left.slice(-1);
  const r = right.slice(0, 1);
  return !l || !r || CJK.test(l) || CJK.test(r) ? left + right : left + " " + right;
}

/** Line breaks inside a text node are source formatting: none between CJK characters, a space elsewhere. */
const unwrapLines = (s: string): string =>
  s.replace(/(\S)[ \t]*\n\s*(?=(\S))/g, (_, l: string, r: string) => (CJK.test(l) || CJK.test(r) ? l : l + " "));

/** Deeper than any real page (they nest a few dozen levels): beyond it the parser slows quadratically. */
const MAX_NESTING = 1000;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * Markup with the tags nested deeper than MAX_NESTING blanked out, each by as many spaces (so every
 * position and line stays where it was) and their text kept; and how deep it went. One linear scan
 * of the tags: htmlparser2 keeps its open elements in an array it shifts, so 200,000 nested
 * elements took it half a minute.
 */
export function flattenDeep(html: string): { html: string; depth: number; deepAt: number } {
  let depth = 0;
  let deepest = 0;
  const cuts: [number, number][] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g)) {
    if (!m[2] || VOID.has(m[2].toLowerCase()) || m[3]) continue;
    const closing = m[1] === "/";
    if (!closing) depth++;
    if (depth > MAX_NESTING) cuts.push([m.index, m.index + m[0].length]);
    deepest = Math.max(deepest, depth);
    if (closing) depth = Math.max(0, depth - 1);
  }
  if (!cuts.length) return { html, depth: deepest, deepAt: -1 };
  let out = "";
  let from = 0;
  for (const [a, b] of cuts) {
    out += html.slice(from, a) + html.slice(a, b).replace(/[^\n]/g, " ");
    from = b;
  }
  return { html: out + html.slice(from), depth: deepest, deepAt: cuts[0]![0] };
}

/** HTML → one line per block element, with headings, captions and quotes hinted. */
export function htmlToBlocks(html: string, note: Note = () => {}): { blocks: HtmlBlock[]; meta: WrapperMeta } {
  const flat = flattenDeep(html);
  const starts = lineStarts(html);
  if (flat.depth > MAX_NESTING)
    note(
      lineAt(starts, flat.deepAt),
      `the markup nests ${flat.depth} elements deep: tags below level ${MAX_NESTING} were ignored and their text kept`,
    );
  const doc = parseDocument(flat.html, { withStartIndices: true, decodeEntities: true });
  const blocks: HtmlBlock[] = [];
  const meta: WrapperMeta = {};
  let current: HtmlBlock | null = null;

  const flush = () => {
    if (current) {
      current.text = current.text.replace(/[ \t\u00a0]+/g, " ").trim();
      if (current.text) blocks.push(current);
    }
    current = null;
  };
  const open = (node: ChildNode, hint?: SourceLine["hint"]) => {
    flush();
    current = { text: "", line: lineAt(starts, node.startIndex ?? 0), linkChars: 0, ...(hint ? { hint } : {}) };
  };

  const readHead = (el: Element) => {
    const name = (el.attribs.name ?? el.attribs.property ?? el.attribs.itemprop ?? "").toLowerCase();
    const content = el.attribs.content?.trim();
    if (el.name === "title") {
      const t = el.children
        .map((c) => ("data" in c ? c.data : ""))
        .join("")
        .trim();
      if (t && !meta.title) meta.title = t;
    }
    if (el.name === "link" && el.attribs.rel === "canonical" && el.attribs.href && !meta.url) meta.url = el.attribs.href;
    if (el.name !== "meta" || !content) return;
    if (["og:title", "twitter:title"].includes(name)) meta.title = content;
    else if (
      ["article:published_time", "pubdate", "publishdate", "publish_date", "datepublished", "og:release_date", "date", "dc.date"].includes(
        name,
      )
    )
      meta.date ??= content;
    else if (["author", "article:author", "dc.creator"].includes(name)) meta.authors ??= [content];
    else if (["og:site_name", "source", "article:publisher", "publisher"].includes(name)) meta.publication ??= content;
    else if (name === "keywords" || name === "news_keywords") meta.tags ??= content.split(/[,，、;；\s]+/).filter(Boolean);
    else if (name === "og:url" && /^https?:/.test(content)) meta.url ??= content;
  };

  // Documents may nest elements 100,000 deep: the tree is walked with a stack of its own, in
  // document order. `null` marks the end of a block element's children.
  const stack: ({ node: ChildNode; inLink: boolean } | null)[] = [];
  const push = (nodes: ChildNode[], inLink: boolean) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, inLink });
  };
  push(doc.children, false);
  while (stack.length) {
    const step = stack.pop()!;
    if (!step) {
      flush();
      continue;
    }
    const { node, inLink } = step;
    if (node.type === "text") {
      if (!current) open(node);
      const before = current!.text.length;
      current!.text = joinRun(current!.text, unwrapLines(node.data));
      if (inLink) current!.linkChars += current!.text.length - before;
      continue;
    }
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (name === "head") {
      for (const n of tagsWithin(el)) readHead(n);
      continue;
    }
    if (name === "meta" || name === "link" || name === "title") {
      readHead(el);
      continue;
    }
    if (SKIP.has(name)) continue;
    if (name === "br") {
      flush();
      continue;
    }
    if (BLOCK.has(name)) {
      const hint = /^h[1-6]$/.test(name) ? (name === "h1" ? "title" : "heading") : name === "figcaption" ? "caption" : undefined;
      open(el, hint);
      stack.push(null);
      push(el.children, inLink);
      continue;
    }
    push(el.children, inLink || name === "a");
  }
  flush();
  return { blocks, meta };
}

/** The tag elements under an element, in document order, without recursion. */
function tagsWithin(root: Element): Element[] {
  const found: Element[] = [];
  const stack = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== "tag") continue;
    found.push(n as Element);
    for (let i = (n as Element).children.length - 1; i >= 0; i--) stack.push((n as Element).children[i]!);
  }
  return found;
}

/** Whether a text is a whole HTML document: a doctype or <html> first, after white space and comments. */
export const isHtmlDocument = (text: string): boolean => /^(?:\s|<!--(?:(?!-->)[\s\S])*-->)*<(?:!doctype\s+html|html[\s>])/i.test(text);

/** Whether a text is an HTML page or a fragment of one rather than text that mentions a tag. */
export function htmlKind(text: string): "page" | "fragment" | null {
  if (isHtmlDocument(text) || /<head[\s>]/i.test(text.slice(0, 4096))) return "page";
  const tags = text.match(/<\/?(p|div|br|span|h[1-6]|section|article|img|a|strong|table)\b[^>]*>/gi)?.length ?? 0;
  const lines = text.split("\n").filter((l) => l.trim()).length;
  return tags >= Math.max(3, lines * 0.3) ? "fragment" : null;
}

const FURNITURE = /(免责|郑重声明|版权所有|举报电话|客服电话|ICP|公网安备|联系我们|广告服务|Copyright)/i;

/** How much a block looks like article text: its own text, less links, less page furniture. */
function blockScore(b: HtmlBlock): number {
  const len = b.text.replace(/\s/g, "").length;
  const sentence = /[。！？；，]/.test(b.text) ? 20 : 0;
  const furniture = FURNITURE.test(b.text) ? 200 : 0;
  return len - b.linkChars + sentence - 30 - b.linkChars * 0.5 - furniture;
}

/**
 * The article region of a whole web page: the contiguous run of blocks with the most text that is
 * not inside links or page furniture (a maximum-sum run, as text-density extractors do). With a
 * headline, the run starts within a few blocks under it: a long footer cannot outweigh a short story.
 */
export function articleRegion(blocks: HtmlBlock[], headline = -1): { start: number; end: number } {
  const score = blocks.map(blockScore);
  const starts = headline >= 0 ? score.map((_, i) => i).filter((i) => i > headline && i <= headline + 12) : score.map((_, i) => i);
  let best = { start: 0, end: 0, sum: -Infinity };
  for (const start of starts) {
    let sum = 0;
    for (let i = start; i < score.length; i++) {
      sum += score[i]!;
      if (sum > best.sum) best = { start, end: i + 1, sum };
      if (sum < -300) break;
    }
  }
  return best.sum > 0 || headline < 0 ? { start: best.start, end: best.end } : articleRegion(blocks);
}
