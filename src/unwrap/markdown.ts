import MarkdownIt from "markdown-it";
import type { WrapperMeta } from "../model/draft.js";
import type { Note } from "./types.js";
import { htmlToBlocks, type HtmlBlock } from "./html.js";
import { pullQuotes } from "./evidence.js";
import { hanCount } from "../text/chars.js";
import { findDate, findEnglishDate } from "../text/dates.js";
import { fieldNamed } from "./fields.js";

// Raw HTML passes through Markdown so Jekyll posts with <p> bodies work; every line break is kept
// as a break, because the cleaner decides what joins.
const md = new MarkdownIt({ html: true, breaks: true, linkify: false });
// A link to a script ("[某某](javascript:void(0);)", an exported page's account name) is a link all
// the same: its words are the page's. This HTML is only read for its text, never published, and no
// address is taken from it unless it is a web address.
md.validateLink = () => true;
/** Kramdown's attribute lists after an image, a link or a block ("{: loading="lazy" }", "{:.note}"): markup, no text. */
const ATTRIBUTE_LIST = /\{:[^{}\n]*\}/g;
md.core.ruler.push("kramdown_attribute_lists", (state) => {
  for (const t of state.tokens)
    for (const c of t.children ?? []) if (c.type === "text" && c.content.includes("{:")) c.content = c.content.replace(ATTRIBUTE_LIST, "");
});

/** Where an HTML comment opens that nothing closes, or -1. */
function unclosedComment(s: string): number {
  for (let i = s.indexOf("<!--"); i >= 0; i = s.indexOf("<!--", i)) {
    const end = s.indexOf("-->", i + 4);
    if (end < 0) return i;
    i = end + 3;
  }
  return -1;
}

/** Markdown read: its blocks with their source lines, or the plain text when it could not be read as Markdown. */
export type MarkdownRead = { blocks: HtmlBlock[]; meta: WrapperMeta } | { plain: true };

/**
 * A line set in bold as exporters write it, with the space inside the marks ("**传谣 **") or the
 * marks doubled ("****代价 ****"): CommonMark reads neither as bold and prints the asterisks. The
 * marks move round the words. Runs of four or more (an exporter's empty bold elements between the
 * words: "**文********\\|******** ****某某****") mark nothing: they go, and a line that opened and closed
 * in bold stays bold.
 */
const tidyEmphasis = (s: string): string =>
  s.includes("**")
    ? s
        .replace(/^([ \t]*)(.*\*{4,}.*)$/gm, (line, indent: string, rest: string) => {
          const words = rest.replace(/\*{2,}/g, "").trim();
          if (!words || /^[*\s]+$/.test(rest)) return line;
          return indent + (/^\*{2}/.test(rest) && /\*{2}[ \t]*$/.test(rest) ? `**${words}**` : words);
        })
        .replace(/^([ \t]*)\*{2,}[ \t\u00a0\u3000]*([^*\n]*?[^*\s])[ \t\u00a0\u3000]*\*{2,}[ \t]*$/gm, "$1**$2**")
    : s;

/**
 * Wiki links as note-taking apps and wiki mirrors write them ("[[某某]]", "[[zh:某某]]",
 * "[[某某|某某某]]"): CommonMark prints the brackets; the page prints the words.
 */
function wikiLinks(s: string): string {
  return s.includes("[[")
    ? s.replace(
        /\[\[(?:[a-z]{2,3}:)?([^\[\]|\n]{1,40}?)(?:\|([^\[\]\n]{1,40}))?\]\]/g,
        (_, target: string, label?: string) => label ?? target,
      )
    : s;
}

/**
 * A post whose body is HTML (a feed's item saved by a blog's generator) indents its tags as HTML
 * is indented; CommonMark reads a line indented four spaces as code and prints the tags. In a text
 * that has HTML blocks, an indented line that opens on a tag, or holds a whole comment, is HTML too.
 */
function htmlUnindented(s: string): string {
  return /^<(?:div|p|section|article|table)[\s>]/im.test(s) ? s.replace(/^[ \t]{4,}(?=<[a-zA-Z/]|<!--.*-->)/gm, "") : s;
}

/**
 * Markdown → blocks. An HTML comment left open would hide the rest of the document: then every
 * "<!--" from the first unclosed one on is shown as text. Past markdown-it's nesting limit the rest
 * of the document is dropped: then the whole is read as plain text. A note says which. What web
 * clippers add around the text (their notice, the address line, rule lines) is read as the
 * wrapper's, not the article's (clipperBlocks).
 */
export function markdownBlocks(source: string, offset: number, note: Note): MarkdownRead {
  const render = (s: string) => {
    const tokens = md.parse(tidyEmphasis(htmlUnindented(wikiLinks(s))), {});
    return { tokens, html: md.renderer.render(tokens, md.options, {}) };
  };
  let { tokens, html } = render(source);
  // Checked on the rendered HTML, where "<!--" in code is escaped already.
  const at = unclosedComment(html) < 0 ? -1 : unclosedComment(source);
  if (at >= 0) {
    const line = source.slice(0, at).split("\n").length + offset;
    note(line, `HTML 注释没有结束：其后的文字保留，“<!--”照原样显示`, true);
    ({ tokens, html } = render(source.slice(0, at) + source.slice(at).replaceAll("<!--", "&lt;!--")));
  }
  const deep = tokens.find((t) => t.nesting === 1 && t.level >= md.options.maxNesting - 1);
  if (deep) {
    note((deep.map?.[0] ?? 0) + 1 + offset, `Markdown 的引用或列表嵌套超过 ${md.options.maxNesting} 层：按纯文本读取`, true);
    return { plain: true };
  }
  // The archive prints no images: an alt text in words (four Han characters, not a hash) is reported, not lost.
  for (const t of tokens)
    for (const c of t.children ?? [])
      if (c.type === "image" && hanCount(c.content, 4) >= 4) note((t.map?.[0] ?? 0) + 1 + offset, `图片的替代文字，不属正文：${c.content}`);
  // markdown-it loses source positions; count lines by matching each block back to the source.
  // What the page's markup left out (an embedded post, a <nav>) is reported at the line that prints it.
  const lines = source.split("\n");
  const noteLeftOut: Note = (_, text, warn) => {
    const quoted = text.slice(text.indexOf("：") + 1, text.indexOf("：") + 7);
    note(Math.max(0, lineWith(lines, quoted, 0)) + 1 + offset, text, warn);
  };
  const blocks = locate(htmlToBlocks(html, noteLeftOut, { markdown: true }).blocks, lines, offset);
  return clipperBlocks(blocks, note);
}

/** The first line at or after `from` that holds `probe`, or -1. */
const lineWith = (lines: readonly string[], probe: string, from: number): number => {
  for (let i = from; i < lines.length; i++) if (lines[i]!.includes(probe)) return i;
  return -1;
};

/** Source line numbers for blocks rendered from Markdown: where their first characters occur. */
function locate(blocks: HtmlBlock[], lines: string[], offset: number): HtmlBlock[] {
  let from = 0;
  return blocks.map((b) => {
    const at = lineWith(lines, b.text.slice(0, 6), from);
    if (at >= 0) from = at;
    return { ...b, line: from + 1 + offset };
  });
}

/** A rule line: a row of = - _ * ~ · that a clipper or a text editor draws under a title or between parts. */
const RULE_LINE = /^[=＝\-－—_＿*＊~～·•.。#\s]{3,}$/;
/** A static site's template tag on a line of its own (Hugo's "{{< video src=… >}}", Jekyll's "{% include … %}"): markup, no text. */
const TEMPLATE_TAG = /^(?:\{\{[<%][^{}]*[>%]\}\}|\{%[^{}]*%\}|\{\{[^{}]*\}\})$/;
/** A label that introduces the page's address, a note in brackets may follow it ("原文地址（需登录）："). */
const ADDRESS =
  /^[（(【\[]?\s*(?:网址|原文网址|原文地址|原网址|原文链接|原文连结|原始链接|原链接|文章链接|本文链接|文章地址|网页地址|页面地址|链接|连结|地址|URL|Source|Link|From|Original)\s*(?:[（(][^()（）]{1,12}[)）])?\s*[:：]?\s*(.*?)\s*[)）】\]]?$/i;
const URL_TEXT = /^<?((?:https?:)?\/\/[^\s<>]+)>?$/i;
const HOST_TEXT = /^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;
/** A clipper's notice of itself: "本文由 简悦 SimpRead 转码，原文地址 …", "Clipped from …". */
const CLIPPER_NOTICE =
  /^(?:>\s*)?(?:本文由|本页由|此页由|该文由|由).{0,24}(?:转码|剪藏|剪辑|保存|生成|导出)|^(?:clipped|saved|exported)\s+(?:from|with|by)\b/i;

/** A page's property as a note-taking app prints it, one a line: "Created: …", "Date Published: …", "source_url: …". */
const PROPERTY = /^([A-Za-z][A-Za-z_]*(?: [A-Z][a-z]+)?)\s*:(?:\s+([^。！？]*))?$/;

/**
 * A page's properties as a note-taking app exports them under its title or after its text, two
 * lines or more of "Key: value" (Notion's "Created: … / Tags: … / URL: …", Joplin's "id: … /
 * source_url: …"): how many blocks from `at` they take, and the values by their keys, lower-cased.
 */
function properties(blocks: HtmlBlock[], at: number): { count: number; values: Map<string, string> } | null {
  const values = new Map<string, string>();
  let j = at;
  for (; j < blocks.length; j++) {
    const m = blocks[j]!.text.trim().match(PROPERTY);
    if (!m) break;
    values.set(m[1]!.toLowerCase(), m[2]?.trim() ?? "");
  }
  return j - at >= 2 ? { count: j - at, values } : null;
}

/**
 * What a page's properties state, each key read as a text dump's field label is ("Title", "URL
 * Source", "Date published", "Author"): an address wherever a key for one holds it.
 */
function propertyMeta(props: Map<string, string>, meta: WrapperMeta): void {
  const list = (v: string) =>
    v
      .split(/[,，、;；]/)
      .map((a) => a.trim())
      .filter(Boolean);
  for (const [key, value] of props) {
    const field = fieldNamed(key);
    const address = value.match(/(?:https?:)?\/\/\S+/)?.[0];
    if (address && (field === "url" || key === "source")) meta.url ??= address;
    else if (!value || address) continue;
    else if (field === "date") meta.date ??= findDate(value) ?? findEnglishDate(value) ?? undefined;
    else if (field === "authors" || field === "tags") meta[field] ??= list(value);
    else if (field === "title" || field === "subtitle" || field === "publication") meta[field] ??= value;
  }
}

/**
 * The wrapper of a clipped page: a rule line is no text; an address line ("网址: …", "原文地址 …"
 * with its link) and a clipper's notice give the page's address and are not the article's; a
 * clipper's excerpt quoted above the text ("Excerpt", "摘要") is the page's description, printed
 * again in the text.
 */
function clipperBlocks(blocks: HtmlBlock[], note: Note): MarkdownRead {
  const meta: WrapperMeta = {};
  const kept: HtmlBlock[] = [];
  const address = (b: HtmlBlock, rest: string): string | null => {
    const url = rest.match(URL_TEXT)?.[1];
    if (url) return url;
    if ((!rest || HOST_TEXT.test(rest)) && b.href && /^(?:https?:)?\/\//i.test(b.href)) return b.href;
    return null;
  };
  const edge = (i: number) => i < 8 || i >= blocks.length - 4;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.text.trim();
    if (RULE_LINE.test(t)) continue;
    if (TEMPLATE_TAG.test(t)) {
      note(b.line, `静态网站模板的短代码（嵌入的视频、图片等），不属正文：${t}`);
      continue;
    }
    if (edge(i) && CLIPPER_NOTICE.test(t)) {
      if (b.href && /^(?:https?:)?\/\//i.test(b.href)) meta.url ??= b.href;
      note(b.line, `剪藏工具加的附注，不属文章：${t}`);
      continue;
    }
    // A headline that links to its page (a feed item saved as Markdown): the headline, and the page's address.
    if (i === 0 && b.hint === "heading" && b.href && /^https?:\/\//i.test(b.href) && b.linkChars >= t.replace(/\s+/g, "").length) {
      meta.url ??= b.href;
      note(b.line, `标题链接到原网页，取作原文地址：${b.href}`);
      kept.push({ ...b, linkChars: 0 });
      continue;
    }
    // A clipper's source line: the page's host as a link, the account that posted it after it
    // ("[mp.weixin.qq.com](…)某某发布", "…作者 某某公众号").
    const source =
      i < 8 && b.href && /^(?:https?:)?\/\//i.test(b.href) ? t.match(/^((?:[\w-]+\.)+[A-Za-z]{2,})\s*([^。！？，,]{0,30})$/) : null;
    if (source && b.href!.includes(source[1]!)) {
      meta.url ??= b.href;
      const account = source[2]!.trim().split(/\s+/).at(-1);
      if (account) meta.account ??= account;
      note(b.line, `剪藏工具记下的来源行，取作原文地址和发布账号：${t}`);
      continue;
    }
    // Under the title, or closing the file.
    const props = properties(blocks, i);
    if (props && (i < 8 || i + props.count >= blocks.length - 1)) {
      propertyMeta(props.values, meta);
      for (const p of blocks.slice(i, i + props.count)) note(p.line, `笔记软件记下的页面属性，读作文件所载信息：${p.text.trim()}`);
      i += props.count - 1;
      continue;
    }
    const m = edge(i) ? t.match(ADDRESS) : null;
    const url = m ? address(b, m[1]!) : null;
    if (url) {
      meta.url ??= url;
      note(b.line, `保存网页时记下的地址行，取作原文地址：${t}`);
      continue;
    }
    // A clipper's excerpt: "Excerpt" quoted above the text, and the quote under it.
    if (i < 6 && b.quoted && /^(excerpt|摘要|导语|description)[:：]?$/i.test(t)) {
      let j = i + 1;
      while (j < blocks.length && blocks[j]!.quoted) j++;
      for (const q of blocks.slice(i, j)) note(q.line, `剪藏工具摘录的网页内容，不属文章：${q.text}`);
      i = j - 1;
      continue;
    }
    kept.push(b);
  }
  if (meta.url) meta.from = { url: "the address line" };
  for (const k of ["date", "authors", "tags"] as const) if (meta[k]) meta.from = { ...meta.from, [k]: "the page's properties" };
  if (meta.account) meta.from = { ...meta.from, account: "the clipper's source line" };
  const pulled = pullQuotes(kept);
  for (const q of pulled) note(q.line, `重复正文一句话的摘句，只在正文原处保留：${q.text}`);
  return { blocks: pulled.size ? kept.filter((b) => !pulled.has(b)) : kept, meta };
}
