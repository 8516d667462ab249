import { DomUtils, parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import type { SourceLine } from "../model/draft.js";
import type { Note } from "./types.js";
import { FORMULA, HAN_CLASS, hanCount, SHORT_QUESTIONS } from "../text/chars.js";
import { tag } from "../text/segmenter.js";
import { EVIDENCE } from "./evidence.js";
import { bylineNames, isPersonName } from "../text/names.js";

// The walk over a page's markup: one block per block element, and what marks each (links, bold,
// centring, images above it, hidden or quoted), with what the page states outside its text.

/** Markup that never carries article text. Its content is dropped, never rendered. */
/** Whether an element sets its own text centred (<center>, align="center", text-align: center), not a table round it. */
const centres = (el: Element | null | undefined): boolean =>
  !!el?.attribs &&
  (el.name === "center" || /^center$/i.test(el.attribs.align ?? "") || /text-align\s*:\s*center/i.test(el.attribs.style ?? ""));
const centredItself = (host: Element | null): boolean => centres(host) || centres(host?.parent as Element | null);

/** An empty block that holds a non-breaking space or a line break: a spacer, not where an image stood. */
const spacer = (el: Element): boolean =>
  DomUtils.textContent(el).includes("\u00a0") || !!DomUtils.findOne((n) => n.name === "br", el.children);

/** The elements crawlers and corpora wrap a saved page in: <text>, <doc>, <document>, <record>. */
const CRAWL_WRAPPER = new Set(["text", "doc", "document", "record"]);

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
/** An element that sets a heading under the headline: h2–h6, a CMS's own "…-subtitle". */
export const DECK_HOST = /^h[2-6]$|-(?:sub|pre)title$/;

/** A paragraph its class or label calls a heading in the text: an editor's "小标题" or "大标题", a CMS's "text-sm-title", "subhead". */
const HEADING_SLOT =
  /(?:^|[\s_-])(?:sm-title|big-title|section-title|subhead|sub-head|crosshead|cross-head|intertitle|inter-title)(?:$|[\s_-])|[大小]标题/i;

/** A custom element's name (a hyphen in it), as CMSs define their own. */
const CUSTOM_BLOCK = /^[a-z][a-z0-9]*-[a-z0-9-]+$/;

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
  /** Where the block's last link goes (a clipper's notice links its own site first, the page last). */
  href?: string;
  /** Inside a <blockquote>. */
  quoted?: boolean;
}

/** A block as the walk over the page found it: where it stands in the markup, and what marks it. */
export interface Piece extends HtmlBlock {
  /** Offset in the markup of the node that opened it: blocks inside an element lie between its start and end. */
  at: number;
  /** The innermost block element holding it. */
  host: Element | null;
  /** Characters (white space aside) of its text, inside <b>/<strong>, inside <em>/<i>. */
  chars: number;
  boldChars: number;
  italicChars: number;
  /** An image stands between the block before it and this one; `imageAlt`, the words it stands for. */
  afterImage: boolean;
  imageAlt?: string;
  /** A divider (a rule, or an image drawn as one) stands between the block before it and this one. */
  afterRule: boolean;
  /** Inside a <blockquote>: a quoted notice's bold items are its own, not the article's headings. */
  quoted: boolean;
  /** The number of an ordered list's item. */
  ordinal?: number;
  /** Set centred (<center>, align="center", text-align: center), as print headlines and captions are. */
  centred: boolean;
  /**
   * Inside an element the page does not show (display: none, hidden, aria-hidden): a pop-up's
   * profile card, a share panel. Only the header is judged by it; text so hidden inside the article
   * (WeChat hides its whole text until a script shows it, with visibility: hidden) stays the article.
   */
  hidden: boolean;
}

/** What a page states outside its text: meta elements, titles, JSON-LD, <time>, scripts' variables. */
export interface PageFacts {
  /** Meta elements by lower-cased name, property or itemprop: every value, in page order. */
  metas: Map<string, string[]>;
  titles: string[];
  canonical?: string;
  /** JSON-LD objects describing an article. */
  ld: Record<string, unknown>[];
  times: { value: string; at: number }[];
  /** Inline scripts' text, for the page variables of platforms that keep their metadata there (WeChat). */
  scripts: string[];
  /** Elements by id and class that platforms' page formats name (WeChat's #js_name, #js_content …). */
  ids: Map<string, Element>;
  /** Short elements the markup names as the slot of the source or the author ("where", "auth"), in page order. */
  slots: { kind: "source" | "author"; value: string; at: number }[];
}

/** A CMS's names for the slots of an article's source and author in its info line. */
const SOURCE_SLOT = /(?:^|[\s_-])(?:where|source|origin|laiyuan)(?:[_-]?(?:name|txt|info))?(?:$|\s)/i;
const AUTHOR_SLOT = /(?:^|[\s_-])(?:author|writer|auth|zuozhe)(?:[_-]?(?:name|txt|info))?(?:$|\s)/i;

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

/**
 * Joins text runs: no space between CJK characters that markup or source line breaks separated
 * (`<span>呼和浩特</span>\n市`); one between CJK and a digit or a Latin letter ("10:56:28 某某时报网"),
 * and wherever the page writes a no-break or ideographic space.
 */
export function joinRun(a: string, b: string): string {
  if (!a) return b.replace(/^\s+/, "");
  const left = a.replace(/\s+$/, "");
  const right = b.replace(/^\s+/, "");
  if (left.length === a.length && right.length === b.length)
    // A date printed against a word in the next element ("人民日报</a><span>2024-05-13") is two things.
    return (DATE_END.test(a.slice(-20)) && HAN_START.test(b)) || (HAN_END.test(a) && DATE_START.test(b.slice(0, 12))) ? `${a} ${b}` : a + b;
  const gap = a.slice(left.length) + b.slice(0, b.length - right.length);
  const l = left.slice(-1);
  const r = right.slice(0, 1);
  // White space alone (between two elements) is kept as one space until the next run decides.
  if (!r) return left + (/[\u00a0\u3000]/.test(gap) ? "\u00a0" : " ");
  if (!l) return left + right;
  if (/[\u00a0\u3000]/.test(gap)) return left + " " + right;
  return CJK.test(l) && CJK.test(r) ? left + right : left + " " + right;
}

const LEFT_EMPHASIS = /\*\*(?=\S)((?:(?!\*\*)[^\n])+?)\*\*/g;

const DATE_END = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DATE_START = /^\d{4}[-/.年]\d{1,2}[-/.月]/;
const HAN_END = new RegExp(`[${HAN_CLASS}]$`);
const HAN_START = new RegExp(`^[${HAN_CLASS}]`);

/** Line breaks inside a text node are source formatting: none between CJK characters, a space elsewhere. */
const unwrapLines = (s: string): string =>
  !s.includes("\n") ? s : s.replace(/(\S)[ \t]*\n\s*(?=(\S))/g, (_, l: string, r: string) => (CJK.test(l) || CJK.test(r) ? l : l + " "));

/** White space as `visible` counts it: tab to carriage return, space, no-break, the typographic and ideographic spaces, BOM. */
const WHITE = /[\t-\r \u00a0\u2000-\u200a\u3000\ufeff]/g;

/** Characters of a text that are not white space, counted without building a string. */
function visible(s: string): number {
  // The regex engine finds the few white-space characters faster than a loop looks at every one.
  let white = 0;
  WHITE.lastIndex = 0;
  while (WHITE.test(s)) white++;
  return s.length - white;
}

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

/** Whether markup holds MAX_NESTING "<" or fewer: then nothing nests deeper, and flattenDeep's scan of every tag is spared. */
function fewTags(html: string): boolean {
  let n = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) if (++n > MAX_NESTING) return false;
  return true;
}

export const textOfElement = (el: Element): string => {
  let out = "";
  const stack: ChildNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") out += n.data;
    else if (n.type === "tag") for (let i = (n as Element).children.length - 1; i >= 0; i--) stack.push((n as Element).children[i]!);
  }
  return out;
};

/** Elements by id that a platform's page format names: WeChat's text, account name and author. */
const PLATFORM_IDS = new Set(["js_content", "js_name", "js_author_name"]);

/** The ld+json types that describe one article. */
const LD_ARTICLE =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle)$/;

/** JSON as sites write it by hand: comments ("// 高度") and trailing commas, which JSON.parse refuses, left out. */
function looseJson(json: string): string {
  let out = "";
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < json.length && json[i] !== '"'; i++) if (json[i] === "\\") i++;
      out += json.slice(start, i + 1);
    } else if (c === "/" && json[i + 1] === "/") {
      while (i < json.length && json[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && json[i + 1] === "*") {
      const end = json.indexOf("*/", i + 2);
      i = end < 0 ? json.length : end + 1;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}

/** The article objects of a JSON-LD script, looking into lists and @graph. */
function ldArticles(json: string): Record<string, unknown>[] {
  if (json.length >= 500_000) return [];
  let data: unknown;
  try {
    data = JSON.parse(json.trim());
  } catch {
    try {
      data = JSON.parse(looseJson(json).trim());
    } catch {
      return [];
    }
  }
  const found: Record<string, unknown>[] = [];
  const stack = [data];
  for (let seen = 0; stack.length && seen < 1000; seen++) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o["@type"] ?? []);
      if (types.some((t) => typeof t === "string" && LD_ARTICLE.test(t))) found.push(o);
      if (o["@graph"]) stack.push(o["@graph"]);
    }
  }
  return found;
}

interface Walked {
  pieces: Piece[];
  facts: PageFacts;
}

/**
 * The walk over a page: one piece per block element (and per run of text that a <br> or a child
 * block ends), with headings, captions and quotes hinted, and what the page states outside its text.
 */
export function walk(html: string, note: Note, markdown = false): Walked {
  const flat = fewTags(html) ? { html, depth: 0, deepAt: -1 } : flattenDeep(html);
  const starts = lineStarts(html);
  if (flat.depth > MAX_NESTING)
    note(lineAt(starts, flat.deepAt), `网页标记嵌套 ${flat.depth} 层：第 ${MAX_NESTING} 层以下的标记不再解析，其中文字保留`, true);
  const doc = parseDocument(flat.html, { withStartIndices: true, withEndIndices: true, decodeEntities: true });
  const pieces: Piece[] = [];
  const facts: PageFacts = { metas: new Map(), titles: [], ld: [], times: [], scripts: [], ids: new Map(), slots: [] };
  let current: Piece | null = null;
  // Where the last image stood: the index the next block takes.
  let imageAt = -1;
  let imageAlt = "";
  // Where the last divider stood, likewise.
  let ruleAt = -1;
  // A list item's number, for the first block inside it (a loose list's <li><p>).
  let pendingOrdinal: number | undefined;

  const flush = () => {
    if (current) {
      current.text = current.text.replace(/[ \t\u00a0]+/g, " ").trim();
      if (current.ordinal !== undefined && !current.text) pendingOrdinal = current.ordinal;
      if (current.ordinal !== undefined && current.text && !/^[(（]?[\d一二三四五六七八九十]+[.、．)）]/.test(current.text))
        current.text = `${current.ordinal}. ${current.text}`;
      // A block of nothing but invisible joiners (an editor's paragraph of U+200D) holds no text.
      if (current.text && !/^[\u200b-\u200d\u2060\ufeff\s]+$/.test(current.text)) pieces.push(current);
    }
    current = null;
  };
  const open = (node: ChildNode, host: Element | null, centred: boolean, hidden: boolean, quoted: boolean, hint?: SourceLine["hint"]) => {
    flush();
    const piece: Piece = {
      text: "",
      line: lineAt(starts, node.startIndex ?? 0),
      linkChars: 0,
      at: node.startIndex ?? 0,
      host,
      chars: 0,
      boldChars: 0,
      italicChars: 0,
      afterImage: imageAt === pieces.length,
      imageAlt: imageAt === pieces.length && imageAlt ? imageAlt : undefined,
      afterRule: ruleAt === pieces.length,
      centred,
      hidden,
      quoted,
    };
    if (pendingOrdinal !== undefined) piece.ordinal = pendingOrdinal;
    if (hint) piece.hint = hint;
    current = piece;
    pendingOrdinal = undefined;
  };

  const readHead = (el: Element) => {
    if (el.name === "title") {
      const t = textOfElement(el).replace(/\s+/g, " ").trim();
      if (t) facts.titles.push(t);
      return;
    }
    if (el.name === "link" && /\bcanonical\b/i.test(el.attribs.rel ?? "") && el.attribs.href) facts.canonical ??= el.attribs.href;
    if (el.name !== "meta") return;
    const content = el.attribs.content?.replace(/\s+/g, " ").trim();
    if (!content) return;
    for (const key of [el.attribs.name, el.attribs.property, el.attribs.itemprop]) {
      const name = key?.trim().toLowerCase();
      if (!name) continue;
      const list = facts.metas.get(name) ?? facts.metas.set(name, []).get(name)!;
      list.push(content);
    }
  };

  // Documents may nest elements 100,000 deep: the tree is walked with a stack of its own, in
  // document order. `null` marks the end of a block element's children.
  /** What an element passes on to what it holds: shared by siblings, made anew only where it changes. */
  interface Ctx {
    inLink: boolean;
    href?: string;
    bold: boolean;
    italic: boolean;
    centred: boolean;
    hidden: boolean;
    quoted: boolean;
    host: Element | null;
  }
  /** The end of a block element's children: how many blocks there were when it opened, and the block if it is centred itself (empty, it may be where an image stood). */
  type End = { end: true; count: number; centred: Element | null };
  const nodes: (ChildNode | End)[] = [];
  const ctxs: Ctx[] = [];
  const push = (children: ChildNode[], ctx: Ctx) => {
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]!);
      ctxs.push(ctx);
    }
  };
  // An ordered list's items, counted as they come.
  const counted = new Map<Element, number>();
  push(doc.children, {
    inLink: false,
    href: undefined,
    bold: false,
    italic: false,
    centred: false,
    hidden: false,
    quoted: false,
    host: null,
  });
  while (nodes.length) {
    const node = nodes.pop()!;
    const ctx = ctxs.pop()!;
    if ("end" in node) {
      flush();
      // An empty centred block is where an image stood (a capture that dropped it): a caption may follow.
      if (node.centred && pieces.length === node.count && !spacer(node.centred)) [imageAt, imageAlt] = [pieces.length, ""];
      continue;
    }
    if (node.type === "text") {
      const add = (data: string, offset: number) => {
        if (!current) {
          open(node, ctx.host, ctx.centred, ctx.hidden, ctx.quoted, ctx.quoted ? "quote" : undefined);
          if (offset) current!.line = lineAt(starts, (node.startIndex ?? 0) + offset);
        }
        const piece: Piece = current!;
        // Emphasis CommonMark leaves as text next to CJK punctuation ("……之快”。**一名"): the marks go, the words stay.
        const added = unwrapLines(markdown && data.includes("**") ? data.replace(LEFT_EMPHASIS, "$1") : data);
        const n = visible(added);
        piece.text = joinRun(piece.text, added);
        piece.chars += n;
        if (ctx.inLink) {
          piece.linkChars += n;
          if (n && ctx.href) piece.href = ctx.href;
        }
        if (ctx.bold) piece.boldChars += n;
        if (ctx.italic) piece.italicChars += n;
      };
      // Preformatted text breaks where its lines do, as <br> would.
      if (ctx.host?.name === "pre" && node.data.includes("\n")) {
        let offset = 0;
        for (const [k, line] of node.data.split("\n").entries()) {
          if (k) flush();
          if (line.trim()) add(line, offset);
          offset += line.length + 1;
        }
      } else add(node.data, 0);
      continue;
    }
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const el = node as Element;
    const name = el.name.toLowerCase();
    const a = el.attribs;
    if (a.id && PLATFORM_IDS.has(a.id)) facts.ids.set(a.id, el);
    if (name === "head") {
      for (const n of tagsWithin(el))
        if (n.name === "script") readScript(n, facts);
        else readHead(n);
      continue;
    }
    if (name === "meta" || name === "link" || name === "title") {
      readHead(el);
      continue;
    }
    // A crawler's element round the page it saved, naming what it fetched: <text id="http://…" title="…">.
    if (CRAWL_WRAPPER.has(name) && a.title && (el.startIndex ?? 0) < 64) {
      facts.titles.push(a.title.replace(/\s+/g, " ").trim());
      const address = [a.id, a.url, a.href].find((x) => x && /^https?:\/\//i.test(x));
      if (address) facts.canonical ??= address;
    }
    if (name === "script") {
      readScript(el, facts);
      continue;
    }
    const slotName = a.class || a.id ? `${a.class ?? ""} ${a.id ?? ""}` : "";
    const kind = slotName ? (SOURCE_SLOT.test(slotName) ? "source" : AUTHOR_SLOT.test(slotName) ? "author" : null) : null;
    if (kind) {
      const value = DomUtils.textContent(el).replace(/\s+/g, " ").trim();
      if (value && value.length <= 30) facts.slots.push({ kind, value, at: el.startIndex ?? 0 });
    }
    if (name === "time" || a.itemprop === "datePublished") {
      const value = a.datetime ?? a.content;
      if (value) facts.times.push({ value, at: el.startIndex ?? 0 });
    }
    if (SKIP.has(name)) {
      if (SET_APART.has(name)) reportProse(el, name, (at) => lineAt(starts, at), note);
      continue;
    }
    // A social platform's post embedded in the article: the platform's text, quoted whole in the report.
    if (EMBEDDED_POST.test(a.class ?? "")) {
      const text = DomUtils.textContent(el).replace(/\s+/g, " ").trim();
      if (text) note(lineAt(starts, el.startIndex ?? 0), `嵌入的社交平台帖子，不属正文，未收入：${text}`);
      continue;
    }
    // A form is a widget (a search box, a poll), unless it holds an article's worth of prose: CMSs wrap whole articles in one.
    if (name === "form" && !holdsArticle(DomUtils.textContent(el))) continue;
    const hides = a.hidden !== undefined || a["aria-hidden"] === "true" || (a.style !== undefined && /display\s*:\s*none/i.test(a.style));
    const hidden = ctx.hidden || hides;
    if (name === "br") {
      flush();
      continue;
    }
    if (name === "img") {
      const cur = current as Piece | null;
      if (!cur || !cur.text.trim()) {
        imageAt = pieces.length;
        imageAlt = (a.alt ?? "").replace(/\s+/g, "");
        if (thinImage(a)) ruleAt = pieces.length;
        // The image opens its block: the text set after it there (<div><img><span>…</span></div>) is under it.
        if (cur && !thinImage(a) && !iconImage(a)) [cur.afterImage, cur.imageAlt] = [true, imageAlt || undefined];
      }
      // An icon between two runs of text parts them.
      else cur.text += "\u00a0";
      continue;
    }
    // A CMS's own elements ("<founder-title>", "<founder-content>", as e-papers print them) hold
    // blocks; one named a title is the headline's.
    const custom = CUSTOM_BLOCK.test(name);
    if (BLOCK.has(name) || custom) {
      // A quote's lines are hinted as quoted: a notice quoted whole keeps its form (its items are not the article's headings).
      const hint =
        name.length === 2 && name[0] === "h" && name[1]! >= "1" && name[1]! <= "6"
          ? name === "h1"
            ? "title"
            : "heading"
          : name === "figcaption" || name === "caption"
            ? "caption"
            : custom && /-(?:main)?title$/.test(name)
              ? "title"
              : (custom && DECK_HOST.test(name)) || (name === "p" && HEADING_SLOT.test(`${a.class ?? ""} ${a.label ?? ""}`))
                ? "heading"
                : undefined;
      const ownCentring = centres(el);
      const centred = ctx.centred || ownCentring;
      const quoted = ctx.quoted || name === "blockquote";
      open(el, el, centred, hidden, quoted, hint ?? (quoted ? "quote" : undefined));
      if (name === "hr") ruleAt = pieces.length;
      // An ordered list's item keeps its number, which the browser would print.
      const list = el.parent as Element | null;
      if (name === "li" && list?.type === "tag" && list.name.toLowerCase() === "ol") {
        const first = Number.parseInt(list.attribs.start ?? "1", 10);
        const n = counted.get(list) ?? (Number.isFinite(first) ? first : 1);
        counted.set(list, n + 1);
        (current as Piece | null)!.ordinal = n;
      }
      // Only a block centred itself marks where an image stood: inside a centred table, every empty paragraph would.
      nodes.push({ end: true, count: pieces.length, centred: ownCentring ? el : null });
      ctxs.push(ctx);
      push(el.children, { inLink: ctx.inLink, href: ctx.href, bold: ctx.bold, italic: ctx.italic, centred, hidden, quoted, host: el });
      continue;
    }
    const link = name === "a";
    const strong = name === "b" || name === "strong";
    const em = name === "em" || name === "i";
    // Every context has the same fields, in the same order (one shape for the engine), href perhaps undefined.
    push(
      el.children,
      link || (strong && !ctx.bold) || (em && !ctx.italic) || hides
        ? {
            inLink: ctx.inLink || link,
            href: link && a.href ? a.href : ctx.href,
            bold: ctx.bold || strong,
            italic: ctx.italic || em,
            centred: ctx.centred,
            hidden,
            quoted: ctx.quoted,
            host: ctx.host,
          }
        : ctx,
    );
  }
  flush();
  return { pieces, facts };
}

/** A size in pixels an element states in its attribute or its style. */
function pixels(a: Record<string, string>, side: "height" | "width"): number {
  const v = a[side] ?? a.style?.match(side === "height" ? /(?:^|[;\s])height\s*:\s*(\d+)px/i : /(?:^|[;\s])width\s*:\s*(\d+)px/i)?.[1];
  return v && /^\d+(?:px)?$/i.test(v.trim()) ? Number.parseInt(v, 10) : 0;
}

/** An image drawn as a rule: a few pixels tall and many times as wide. */
function thinImage(a: Record<string, string>): boolean {
  const h = pixels(a, "height");
  return h > 0 && h <= 20 && pixels(a, "width") >= 4 * h;
}

/** An icon: an image stated to be small both ways. */
function iconImage(a: Record<string, string>): boolean {
  const h = pixels(a, "height");
  const w = pixels(a, "width");
  return h > 0 && h <= 40 && w > 0 && w <= 40;
}

/** Markup that sets its content apart from the page's text (menus, sidebars, fallbacks): prose in it is left out, and named. */
const SET_APART = new Set(["nav", "aside", "noscript", "template"]);

/** The classes platforms' embed codes give a post they set in a page (a tweet, an Instagram or a TikTok post). */
const EMBEDDED_POST = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post)(?:\s|$)/;

/** Sentences rather than labels: twenty Han characters and a sentence's end. */
const readsAsProse = (text: string): boolean => hanCount(text, 20) >= 20 && /[。！？]/.test(text);

/** More than a widget's notice or a poll's question: a hundred Han characters in three sentences. */
const holdsArticle = (text: string): boolean => hanCount(text, 100) >= 100 && (text.match(/[。！？]/g)?.length ?? 0) >= 3;

/** Those elements in the report's words. */
const SET_APART_AS: Record<string, string> = { nav: "导航栏", aside: "边栏", noscript: "脚本不可用时才显示的内容", template: "网页模板" };

/** Text inside such markup that reads as sentences goes in the report: left out by its markup, not lost. */
function reportProse(el: Element, name: string, line: (at: number) => number, note: Note) {
  const text = DomUtils.textContent(el).replace(/\s+/g, " ").trim();
  if (readsAsProse(text)) note(line(el.startIndex ?? 0), `${SET_APART_AS[name]}里的文字，不属正文，未收入：${text}`);
}

/** JSON-LD articles, and the text of inline scripts (kept for the page variables a platform's format puts there). */
function readScript(el: Element, facts: PageFacts) {
  const text = el.children.map((c) => ("data" in c ? c.data : "")).join("");
  if (!text.trim()) return;
  if (/ld\+json/i.test(el.attribs.type ?? "")) facts.ld.push(...ldArticles(text));
  else if (!el.attribs.src) facts.scripts.push(text);
}

/**
 * A table keeps its rows: the cells of a row that each hold one short block are one line, the cells
 * parted by an ideographic space (a layout table, whose cells hold paragraphs, is left as it is).
 */
export function tableRows(pieces: Piece[]): Piece[] {
  // A cell's block may sit in a <p> or a <span> of it, as word processors' tables have it.
  const cellOf = (p: Piece): Element | null => {
    let el: Element | null = p.host;
    for (let up = 0; el && up < 3; up++, el = el.parent as Element | null) if (/^t[dh]$/i.test(el.name)) return el;
    return null;
  };
  const cells = pieces.map(cellOf);
  const perCell = new Map<Element, number>();
  for (const c of cells) if (c) perCell.set(c, (perCell.get(c) ?? 0) + 1);
  const cell = (i: number) => !!cells[i] && perCell.get(cells[i]!) === 1 && pieces[i]!.text.length <= 60;
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length;) {
    const p = pieces[i]!;
    let j = i + 1;
    if (cell(i)) while (j < pieces.length && cell(j) && cells[j]!.parent === cells[i]!.parent) j++;
    if (j - i >= 2) {
      const row = pieces.slice(i, j);
      out.push({
        ...p,
        hint: "row",
        text: row.map((c) => c.text).join("\u3000"),
        chars: row.reduce((n, c) => n + c.chars, 0),
        linkChars: row.reduce((n, c) => n + c.linkChars, 0),
        boldChars: row.reduce((n, c) => n + c.boldChars, 0),
      });
    } else out.push(p);
    i = j;
  }
  return out;
}

/**
 * A short line made of three words or more, each in an element of its own with white space between
 * them in the source ("<em>2018-04-06</em> <em>某某</em> <a>某某报</a>", "<b>记者</b> <b>王小明</b>
 * <b>李华</b>"), lists them: they keep a space apart, where text run across elements joins up.
 */
export function spacedWords(pieces: Piece[]): void {
  for (const p of pieces) {
    if (!p.host || p.text.length > 60 || SENTENCE_MARK.test(p.text)) continue;
    const words: string[] = [];
    let gaps = 0;
    let spaced = true;
    for (const c of p.host.children) {
      if (c.type === "text") {
        if (/\S/.test(c.data)) spaced = false;
        else if (words.length) gaps++;
      } else if (c.type === "tag" && !BLOCK.has(c.name)) {
        const t = DomUtils.textContent(c).replace(/\s+/g, " ").trim();
        if (t.length > 16) spaced = false;
        else if (t) words.push(t);
      }
      if (!spaced) break;
    }
    if (!spaced || words.length < 3 || gaps < words.length - 1) continue;
    const joined = words.join(" ");
    if (joined.replace(/\s+/g, "") === p.text.replace(/\s+/g, "")) p.text = joined;
  }
}

export const toBlock = (p: Piece): HtmlBlock => ({
  text: p.text,
  line: p.line,
  linkChars: Math.min(p.linkChars, p.chars),
  ...(p.hint ? { hint: p.hint } : {}),
  ...(p.href ? { href: p.href } : {}),
  ...(p.quoted ? { quoted: true } : {}),
});

/** The tag elements under an element, in document order, without recursion. */
function tagsWithin(root: Element): Element[] {
  const found: Element[] = [];
  const stack = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== "tag" && n.type !== "script") continue;
    found.push(n as Element);
    for (let i = (n as Element).children.length - 1; i >= 0; i--) stack.push((n as Element).children[i]!);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Hints the markup gives a block: a caption under an image, a heading set in bold.

export const SENTENCE_MARK = /[。！？!?；;…]/;
const PHOTO_CREDIT =
  /(摄|供图|图片来源\S*|资料图|图源\S*|配图)[)）]?$|^[（(]?\s*(?:图片|照片|图像|配图|封面图?)由.{1,20}(?:提供|生成|制作)/;
/** The mark a caption opens on: "▲某某会议现场". */
const CAPTION_MARK = /^[▲△]/;

/**
 * Captions and bold headings, from the markup around a block. A short line right under an image,
 * with no sentence in it (or one that ends in a photo credit), is the image's caption; in bold
 * only when centred, as captions are set. A run of short lines wholly in bold is a heading (or a
 * heading over two lines: "英国《泰晤士报》：" / its report's title) when none of its lines is a
 * sentence or a phrase that goes on ("，"), the line before it does not go on into it, and it does
 * not end on a colon that leads into the text under it.
 */
export function hintPieces(pieces: Piece[]) {
  const wholeBold = (p: Piece | undefined) => !!p && !p.hint && !p.quoted && p.chars > 0 && p.boldChars >= p.chars;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    // Editors that set paragraphs in heading elements: a long one with sentences in it is text.
    if ((p.hint === "heading" || p.hint === "title") && p.text.length > 60 && /[。！？](?=.)/.test(p.text)) delete p.hint;
    if (p.hint) continue;
    const t = p.text;
    // The line under an image that says what its alt text says is its caption, sentences and all;
    // so is a short line wholly in italics beside an image, over it or under it.
    const italic = p.chars > 0 && p.italicChars >= p.chars && t.length <= 60 && !SENTENCE_MARK.test(t);
    if (p.afterImage && p.imageAlt && t.length <= 150 && t.replace(/\s+/g, "") === p.imageAlt) p.hint = "caption";
    else if (italic && (p.afterImage || pieces[i + 1]?.afterImage)) p.hint = "caption";
    // A line under a picture opening on the caption's mark ("▲…") is its caption, sentences and all;
    // so is one centred under it, as a picture's caption is set, of a sentence or two.
    else if (p.afterImage && CAPTION_MARK.test(t) && t.length <= 200) p.hint = "caption";
    else if (
      p.afterImage &&
      centredItself(p.host) &&
      !wholeBold(p) &&
      t.length <= 120 &&
      (t.match(/[。！？]/g)?.length ?? 0) <= 2 &&
      // A sentence, a scene, or the name of whom the picture shows ("某某").
      (/[\u4e00-\u9fff]{4}/.test(t) || (/^[\u4e00-\u9fff·]{2,4}$/.test(t) && isPersonName(t)))
    )
      p.hint = "caption";
    else if (
      p.afterImage &&
      // In bold only when centred, or closed by a photo credit.
      (!wholeBold(p) || p.centred || PHOTO_CREDIT.test(t)) &&
      t.length <= 60 &&
      /[\u4e00-\u9fff]{4}/.test(t) &&
      // A section's label in brackets under a picture heads what follows it.
      !/^[【〔\[][^】〕\]]+[】〕\]]$/.test(t) &&
      !/^[\d\s.、一二三四五六七八九十]+$/.test(t) &&
      (!/[，,。！？；：:]/.test(t) || (PHOTO_CREDIT.test(t) && (t.match(/[。！？]/g)?.length ?? 0) <= 1))
    )
      p.hint = "caption";
  }
  // A summary right over the byline ("记者 | 某某"), set in bold or the page's first sentence: the
  // page's deck, though no element marks it as one. Only the headline step takes it, when it stands
  // right under the headline.
  let sentenceBefore = false;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const p = pieces[i]!;
    // A picture's caption over the byline ("▲…（图／记者某某摄）", "图为…") is none; a sentence in
    // bold under a picture is one, an opening sentence under the cover picture a summary.
    const first = !sentenceBefore;
    sentenceBefore ||= SENTENCE_MARK.test(p.text);
    const caption =
      (p.afterImage && !first) || p.hint === "caption" || CAPTION_MARK.test(p.text) || PHOTO_CREDIT.test(p.text) || /^图为/.test(p.text);
    if (
      (wholeBold(p) || first) &&
      !caption &&
      SENTENCE_MARK.test(p.text) &&
      p.text.length >= 15 &&
      p.text.length <= 200 &&
      bylineNames(pieces[i + 1]!.text)
    )
      p.hint = "deck";
  }
  const headingLine = (p: Piece) =>
    !EVIDENCE.test(p.text) &&
    p.linkChars < p.chars &&
    p.text.length >= 2 &&
    p.text.length <= 40 &&
    // A centred one may close on a full stop, as a feature's cross-heads do ("神奇，偶然掉在凡俗的临床上。").
    (!/[。！…!]/.test(p.text) || (p.centred && !p.afterImage && p.text.length <= 20 && /^[^。！…!]{4,}。$/.test(p.text))) &&
    // A question is a heading when it is labelled ("出国前：…？") or one of two or three short ones
    // ("为何要建？建在哪里？"), not when it is a sentence.
    (!/[？?]/.test(p.text) || /^[^？?]{1,8}[：:][^？?]+[？?]$/.test(p.text) || SHORT_QUESTIONS.test(p.text)) &&
    !/[，,、；;]$/.test(p.text) &&
    // A formula set in bold ("退休年龄=50+3×(…)/12") is worked, not a section's name.
    !FORMULA.test(p.text);
  // A heading set over two lines is one: a heading element broken by <br>, or two bold lines alone,
  // the first a clause ("骗局曝光后，" / "涉事高校紧张气氛弥漫").
  for (let i = 0; i + 1 < pieces.length; i++) {
    const [a, b] = [pieces[i]!, pieces[i + 1]!];
    const broken =
      a.hint === "heading" && (!b.hint || b.hint === "heading") && !!a.host && a.host === b.host && a.text.length + b.text.length <= 40;
    const clause =
      wholeBold(a) &&
      wholeBold(b) &&
      !wholeBold(pieces[i - 1]) &&
      !wholeBold(pieces[i + 2]) &&
      /^[^。！？!?，,；;：:]{2,16}[，,]$/.test(a.text) &&
      headingLine(b) &&
      b.text.length <= 20;
    if (!broken && !clause) continue;
    // A line broken in a heading parts two phrases, as a headline's space does.
    a.text = clause ? joinRun(a.text, b.text) : `${a.text.trimEnd()} ${b.text.trimStart()}`;
    for (const k of ["chars", "boldChars", "italicChars", "linkChars"] as const) a[k] += b[k];
    a.hint = "heading";
    pieces.splice(i + 1, 1);
  }
  for (let i = 0; i < pieces.length;) {
    if (!wholeBold(pieces[i]) || !headingLine(pieces[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && wholeBold(pieces[j]) && headingLine(pieces[j]!)) j++;
    const run = pieces.slice(i, j);
    const prev = pieces[i - 1];
    if (run.length <= 3 && !wholeBold(pieces[j]) && !/[:：]$/.test(run[run.length - 1]!.text) && !(prev && /[，,、；;]$/.test(prev.text)))
      for (const p of run) p.hint = "heading";
    i = j;
  }
  // Dividers with the section's text under them: a post that sets its sections so does it for each.
  const dividers = pieces.flatMap((p, k) => (k >= 2 && p.afterRule && (p.text.length > 30 || SENTENCE_MARK.test(p.text)) ? [k] : []));
  if (dividers.length >= 2) for (const k of dividers) sectionOpening(pieces, k);
}

/** A line of a section's opening: short, no sentence closed on it, nothing pointing on to what follows. */
const openingLine = (p: Piece) =>
  !p.hint && !p.quoted && p.linkChars < p.chars && p.text.length <= 30 && !/[。！!；;↓⬇👇:：]$/u.test(p.text);
/** A title of such an opening: a statement of some length, with no sentence mark in it. */
const SECTION_TITLE = new RegExp(`^(?=.*[${HAN_CLASS}])[^。！？!?；;…]{6,30}$`);
/** A line that opens on a verb carries on the line above it, its subject ("某某港" / "位于…"). */
const opensOnVerb = (t: string) => /^v[dgiq]?$/.test(tag(t.slice(0, 8))[0]?.tag ?? "");

/**
 * A post set one phrase a line opens a section with its title over a few lines of lead-in, and a
 * divider under them: the short lines above the divider at `k`, back to the last sentence, caption
 * or image, are such an opening, and its first line is the section's heading when it is a title
 * and the line under it does not go on with it.
 */
function sectionOpening(pieces: Piece[], k: number) {
  let s = k - 1;
  if (!openingLine(pieces[s]!)) return;
  while (s > 0 && !pieces[s]!.afterImage && !pieces[s]!.afterRule && openingLine(pieces[s - 1]!)) s--;
  const first = pieces[s]!;
  if (
    s < k - 1 &&
    SECTION_TITLE.test(first.text) &&
    !/[，,、]$/.test(first.text) &&
    !EVIDENCE.test(first.text) &&
    !opensOnVerb(pieces[s + 1]!.text)
  )
    first.hint = "heading";
}
