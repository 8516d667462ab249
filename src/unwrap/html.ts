import { DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { DAY_AT_END, findDate } from "../text/dates.js";
import { hanCount } from "../text/chars.js";
import type { WrapperMeta } from "../model/draft.js";
import type { Note } from "./types.js";
import { EVIDENCE, isChannelName, pullQuotes, statesMeta } from "./evidence.js";
import { BYLINE_FORM, disclosureMeta, disclosureTables, pageMeta } from "./pageMeta.js";
import { fullTitle, headlineBlock, pageHeadline, type PageHeadline } from "./pageTitle.js";
import { articleBlocks, articleRegion, authorSlotAccount, DATE_OPENING, followedAccount } from "./region.js";
import { key, leadsInto } from "./title.js";
import { DECK_HOST, hintPieces, joinRun, spacedWords, tableRows, toBlock, walk, type HtmlBlock, type Piece } from "./walk.js";

export { flattenDeep, type HtmlBlock } from "./walk.js";

/** HTML → one line per block element, with headings, captions and quotes hinted. */
export function htmlToBlocks(
  html: string,
  note: Note = () => {},
  options: { markdown?: boolean } = {},
): { blocks: HtmlBlock[]; meta: WrapperMeta } {
  const walked = walk(html, note, options.markdown);
  const facts = walked.facts;
  const pieces = tableRows(walked.pieces);
  spacedWords(pieces);
  hintPieces(pieces);
  return { blocks: pieces.map(toBlock), meta: pageMeta(facts, pieces, -1) };
}

/** Whether a text is a whole HTML document: a doctype or <html> first, after white space and comments. */
export const isHtmlDocument = (text: string): boolean => /^(?:\s|<!--(?:(?!-->)[\s\S])*-->)*<(?:!doctype\s+html|html[\s>])/i.test(text);

/** Whether a text is an HTML page or a fragment of one rather than text that mentions a tag. */
/** Links enough for a page's navigation: a fragment of an article's own text links a few words. */
const PAGE_LINKS = 12;

export function htmlKind(text: string): "page" | "fragment" | null {
  if (isHtmlDocument(text) || /<head[\s>]/i.test(text.slice(0, 4096))) return "page";
  // A page's body saved without its head still has the page's furniture: menus and lists of links.
  if ((text.match(/<a\s/gi)?.length ?? 0) >= PAGE_LINKS) return "page";
  const tags = text.match(/<\/?(p|div|br|span|h[1-6]|section|article|img|a|strong|table)\b[^>]*>/gi)?.length ?? 0;
  const lines = text.split("\n").filter((l) => l.trim()).length;
  return tags >= Math.max(3, lines * 0.3) ? "fragment" : null;
}

// ---------------------------------------------------------------------------------------------
// A whole page.

/** A class that names its element the title: "title", "article-title", "news_headline". */
const TITLE_CLASS = /(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])/i;

/**
 * A <title> that names only the page's channel or site ("新闻动态--某某学会", "某某网-辟谣文章", or the
 * `owner` its copyright line names): the heading the page prints just above the article's text,
 * over its date and source lines, is the headline. With none, it stands.
 */
function printedHeadline(head: PageHeadline, pieces: Piece[], owner: string | null): PageHeadline {
  const ownersName = head.at < 0 && !!owner && key(head.title ?? "") === owner;
  // With no <title> at all (a page's body saved alone), the heading over the text is the headline too.
  if (head.title && !(isChannelName(head.title) || head.onlySite || ownersName)) return head;
  const { start } = articleRegion(pieces, -1);
  const fits = (p: Piece, t: string) =>
    !p.hidden &&
    p.linkChars < p.chars * 0.5 &&
    t.length >= 6 &&
    t.length <= 80 &&
    !SENTENCE.test(t.slice(0, -1)) &&
    !t.endsWith("。") &&
    !statesMeta(t) &&
    !isChannelName(t);
  if (!head.title) {
    // No <title> to match: the page's <h1>, else an element its class names the title, over the text.
    const over = pieces.slice(0, start + 3);
    const named = (p: Piece) => TITLE_CLASS.test(p.host?.attribs.class ?? "") || TITLE_CLASS.test(p.host?.attribs.id ?? "");
    const at = [
      over.findIndex((p) => p.hint === "title" && fits(p, p.text.trim())),
      over.findIndex((p) => named(p) && fits(p, p.text.trim())),
    ].find((i) => i >= 0);
    if (at !== undefined)
      return {
        ...head,
        title: pieces[at]!.text.trim(),
        from: `<${pieces[at]!.host?.name ?? "text"}> over the text (the page has no <title>)`,
        at,
        length: 1,
      };
  }
  for (let i = Math.min(start, pieces.length - 1); i >= 0 && i >= start - 6; i--) {
    const p = pieces[i]!;
    const t = p.text.trim();
    if (p.linkChars >= p.chars * 0.5 || p.hidden) break;
    const next = pieces[i + 1]?.text ?? "";
    const marked =
      p.hint === "heading" ||
      p.hint === "title" ||
      /^h[1-6]$/.test(p.host?.name ?? "") ||
      p.centred ||
      TITLE_CLASS.test(p.host?.attribs.class ?? "") ||
      // Over its date line ("发稿时间：2021/6/9"), a line that no markup marks is the headline too.
      (EVIDENCE.test(next) && /\d{4}/.test(next) && next.length <= 80);
    if (marked && fits(p, t))
      return {
        ...head,
        title: t,
        from: `<${p.host?.name ?? "text"}> above the text (${head.title ? "the <title> names a channel or the site" : "the page has no <title>"})`,
        at: i,
        length: 1,
      };
    // Only the lines that state the date or the source, or a button's or a date's short label
    // ("分享", "21" over "2024年02月"), stand between the headline and the text.
    if (i < start && !EVIDENCE.test(t) && t.length > 8) break;
  }
  return head;
}

/** A day of the month alone, and a year with its month: a calendar leaf's two lines. */
const DAY = /^\s*(?:0?[1-9]|[12]\d|3[01])\s*$/;
/**
 * The properties block an e-paper's CMS writes in a comment: "<!--mpproperty <founder-date>…</founder-date> … /mpproperty-->",
 * or in its other edition "<!--enpproperty <date>…</date><subtitle>…</subtitle> … /enpproperty-->".
 */
const PROPERTIES = /<!--\s*(mp|enp)property([\s\S]{0,20000}?)\/?\1property\s*-->/i;

/** The date, subtitle and paper's name an e-paper's properties block states, those it fills in. */
function paperProperties(html: string): { date?: string; subtitle?: string; paper?: string } {
  const block = html.lastIndexOf("property") >= 0 ? html.match(PROPERTIES)?.[2] : undefined;
  if (!block) return {};
  const field = (name: string) =>
    block.match(new RegExp(`<(?:founder-)?${name}>([^<]*)</(?:founder-)?${name}>`, "i"))?.[1]!.trim() || undefined;
  const date = field("date");
  return { date: date && findDate(date) ? date : undefined, subtitle: field("subtitle"), paper: field("papername") };
}

const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i;

/** A paper's issue day with its weekday: "2023年05月06日 星期六". */
const ISSUE_DAY = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?=(?:星期|周)[一二三四五六日天])/;
const YEAR_MONTH = /^\s*(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*月?\s*$/;

/**
 * The page's owner, as its copyright line names it: "©2025 某某研究所 某ICP备…", "版权所有：某某网", "© 2020 版权所有 某某中心",
 * "© 版权所有2000-2006，某某公司",
 * or before the words: "某某日报社版权所有 未经授权…".
 */
const OWNER =
  /(?:©|\(c\)|Copyright|版权所有)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:版权所有)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[:：，,]?\s*(?!版权所有)([\p{Script=Han}（）()·]{4,30})/iu;
const OWNER_BEFORE = /(?:^|\s)([\p{Script=Han}（）()·]{2,30}?(?:社|报|网|台|中心|局|院|政府|委员会|公司|集团|大学|学校))\s*版权所有/u;

/** The page's copyright line, among its last pieces, and the owner it names (null when its words name none). */
function copyrightLine(pieces: Piece[]): { line: string; owner: string | null } | null {
  for (let i = pieces.length - 1; i >= 0 && i >= pieces.length - 40; i--) {
    const t = pieces[i]!.text;
    if (t.length > 120 || !COPYRIGHT.test(t)) continue;
    const m = t.match(OWNER_BEFORE) ?? t.match(OWNER);
    return { line: t, owner: m ? paperOf(m[1]!) : null };
  }
  return null;
}
const COPYRIGHT = /©|\(c\)|Copyright|版权所有/i;

/** A paper's or a site's company stands for it: "某某晚报有限公司" is 某某晚报. */
const paperOf = (owner: string): string => owner.replace(/(?<=[报网社台])(?:股份有限公司|有限责任公司|有限公司)$/, "");

/** A tag in brackets before a headline: "[某某商城]标题", "【专题】标题". */
const BRACKET_TAG = /^\s*([\[【［〔]([^\]】］〕]{1,20})[\]】］〕])\s*/;

/**
 * A tag in brackets before the headline that the page also states the headline without (another
 * title, "原标题：…", the headline restated) is no part of it: an advertiser's or a site's stamp. A
 * label the page prints with the headline everywhere (a campaign's 【…】) stays.
 */
function bracketTag(title: string, at: number, pieces: Piece[], titles: (string | undefined)[]): { title: string; tag: string } | null {
  const m = title.match(BRACKET_TAG);
  const rest = m ? title.slice(m[0].length).trim() : "";
  const k = key(rest);
  if (!m || k.length < 6) return null;
  const tag = key(m[2]!);
  const without = (text: string) => {
    const t = key(text);
    return t.length <= k.length * 2 + 10 && !t.includes(tag) && (t === k || t.endsWith(k) || t.startsWith(k));
  };
  const stated = titles.some((t) => !!t && without(t)) || pieces.some((p, i) => i !== at && without(p.text));
  return stated ? { title: rest, tag: m[1]! } : null;
}

/** A sentence's end inside a line: no headline's. */
const SENTENCE = /[。；]/;

export interface Page {
  blocks: HtmlBlock[];
  meta: WrapperMeta;
  /** Blocks of the page left out as navigation and furniture, before and after the article. */
  outside: number;
}

/**
 * A whole web page: its metadata, its headline reconciled, and the article region with the headline
 * and the lines between (date, source, byline) above it.
 */
export function readPage(html: string, note: Note): Page {
  const walked = walk(html, note);
  const facts = walked.facts;
  let pieces = walked.pieces;
  const tables = disclosureTables(pieces);
  if (tables.length) {
    for (const t of tables) {
      const first = [...t.pieces][0]!;
      note(first.line, `信息公开目录表读作元数据，不作正文：${[...t.fields].map(([k, v]) => `${k} ${v}`).join("；")}`);
    }
    pieces = pieces.filter((p) => !tables.some((t) => t.pieces.has(p)));
  }
  pieces = tableRows(pieces);
  spacedWords(pieces);
  hintPieces(pieces);
  let meta = pageMeta(facts, pieces, -1);
  const copyright = copyrightLine(pieces);
  const owner = copyright?.owner ?? null;
  let head = printedHeadline(pageHeadline(pieces, facts, meta), pieces, owner);
  const tagged = head.title ? bracketTag(head.title, head.at, pieces, [meta.title, ...facts.titles]) : null;
  if (tagged) {
    note(pieces[head.at]?.line ?? 1, `${tagged.tag}：标题前括号里的标签（网页另印有不带它的标题），未收入`);
    head = { ...head, title: tagged.title, from: `${head.from} less the tag before it` };
  }
  if (head.at >= 0) meta = pageMeta(facts, pieces, head.at);
  disclosureMeta(tables, meta);
  const from = { ...meta.from };
  if (head.title) [meta.title, from.title] = [head.title, head.from!];
  // A name the <title> sets before the headline yields to the copyright line's owner.
  if (!meta.site && head.site && !(head.siteFirst && owner)) [meta.site, from.site] = [head.site, "<title> site segment"];
  // The headline is printed on `head.length` blocks: one line, hinted as the title. A time printed
  // after it in its element ("标题 2014-12-08 06:49") stays as a line of its own, the date line under it.
  if (head.at >= 0) {
    const first = pieces[head.at]!;
    const printed = pieces.slice(head.at, head.at + head.length).reduce((t, p) => joinRun(t, ` ${p.text}`), "");
    const time = key(printed) === key(head.title!) ? null : printed.match(DAY_AT_END);
    first.text = head.title!;
    first.hint = "title";
    pieces.splice(head.at + 1, head.length - 1, ...(time ? [{ ...first, text: time[0].trim(), hint: undefined }] : []));
  }
  // The account beside its follow button, or in the author's slot, under the headline.
  if (!meta.account && head.at >= 0) {
    const followed = followedAccount(pieces, head.at);
    const slotted = followed ? undefined : authorSlotAccount(pieces, head.at);
    if (followed) [meta.account, from.account] = [followed, "the name beside a follow button"];
    else if (slotted) [meta.account, from.account] = [slotted, "the author's slot under the headline"];
  }
  const region = articleRegion(pieces, head.at);
  let body = articleBlocks(pieces, region, head.at, meta.account);
  // With no date in the page's metadata, a line under the headline that opens on a full date
  // ("2019-05-17·某某城市报道") is the page's date line.
  if (!meta.date && head.at >= 0) {
    const h = body.indexOf(pieces[head.at]!);
    const line = h < 0 ? undefined : body.slice(h + 1, h + 4).find((p) => p.text.length <= 60 && DATE_OPENING.test(p.text));
    if (line) [meta.date, from.date] = [line.text.match(DATE_OPENING)![0], "the date line under the headline"];
    // An e-paper's issue line over the page ("2023年05月06日 星期六"): the day of the paper.
    const issue = line
      ? undefined
      : pieces.slice(Math.max(0, head.at - 30), head.at).find((p) => p.text.length <= 80 && ISSUE_DAY.test(p.text));
    const day = issue ? findDate(issue.text.match(ISSUE_DAY)![0]) : null;
    if (day) [meta.date, from.date] = [day, "the issue line over the headline"];
    // A calendar leaf under the headline: the day over its year and month ("21" / "2024年02月").
    const leaf = pieces.slice(head.at + 1, head.at + 4).findIndex((p, k, a) => DAY.test(p.text) && YEAR_MONTH.test(a[k + 1]?.text ?? ""));
    if (!line && leaf >= 0) {
      const [, y, m] = pieces[head.at + 2 + leaf]!.text.match(YEAR_MONTH)!;
      const date = findDate(`${y}-${m}-${pieces[head.at + 1 + leaf]!.text.trim()}`);
      if (date) [meta.date, from.date] = [date, "the calendar leaf under the headline"];
    }
  }
  // With no site named, the page's owner as its copyright line names it.
  if (owner && !meta.site) [meta.site, from.site] = [owner, "the copyright line"];
  if (copyright) meta.copyright = copyright.line;
  // A headline cut short is made whole from the page; a line that only restated it goes.
  const full = meta.title ? fullTitle(meta.title, pieces) : null;
  if (full) {
    [meta.title, from.title] = [full.title, "the full headline the page prints"];
    if (full.at >= 0) {
      const line = pieces[full.at]!;
      body = body.filter((p) => p !== line);
      note(line.line, `正文开头重印的完整标题，取作标题：${line.text}`);
    }
    const h = body.find((p) => p.hint === "title");
    if (h) h.text = full.title;
  }
  // A deck printed right above or below the headline in a heading element.
  const hAt = body.findIndex((p) => p.hint === "title");
  const deckLike = (p: Piece | undefined) =>
    !!p &&
    DECK_HOST.test(p.host?.name ?? "") &&
    p.text.length >= 4 &&
    p.text.length <= 60 &&
    !/[。！？]/.test(p.text) &&
    !leadsInto(p.text) &&
    !statesMeta(p.text) &&
    p.linkChars < p.chars * 0.5 &&
    // The headline printed again is no deck of itself.
    key(p.text) !== key(head.title ?? "");
  if (hAt >= 0) {
    const next = body[hAt + 1];
    const above = head.at > 0 ? pieces[head.at - 1] : undefined;
    if (deckLike(next)) {
      [meta.subtitle, from.subtitle] = [next!.text, `<${next!.host!.name}> under the headline`];
      note(next!.line, `标题下的副题，取作副标题：${next!.text}`);
      body = body.filter((p) => p !== next);
    } else if (deckLike(above) && above!.host?.parent === pieces[head.at]!.host?.parent)
      [meta.subtitle, from.subtitle] = [above!.text, `<${above!.host!.name}> above the headline`];
    else if (above && kickerLike(above) && setRightAbove(above.host, pieces[head.at]!.host))
      [meta.subtitle, from.subtitle] = [above.text.trim(), `the kicker <${above.host!.name}> right above the headline`];
  }
  // The headline block a print page sets at the top of the text: its lines leave the text.
  if (head.title) {
    const textAt = body.findIndex((p) => p.at >= (pieces[region.start]?.at ?? Infinity));
    const block = textAt >= 0 ? headlineBlock(body, Math.max(textAt, hAt + 1), head.title) : null;
    if (block) {
      if (block.deck && !meta.subtitle) [meta.subtitle, from.subtitle] = [block.deck, "the headline block at the top of the text"];
      for (const p of block.taken) note(p.line, `正文开头印的标题，取作标题：${p.text}`);
      body = body.filter((p) => !block.taken.includes(p));
    }
  }
  const pulled = pullQuotes(body);
  for (const q of pulled) note(q.line, `重复正文一句话的摘句，只在正文原处保留：${q.text}`);
  if (pulled.size) body = body.filter((p) => !pulled.has(p));
  // A meta author is a writer only if the article prints the name (a byline, a signature): a name
  // the page shows only in its navigation or footer is the site's, or the desk's.
  if (meta.authors && from.authors?.startsWith("meta") && !from.authors.endsWith(BYLINE_FORM)) {
    const printed = body.map((p) => p.text.replace(/\s+/g, "")).join("\n");
    const kept = meta.authors.filter((n) => printed.includes(n.replace(/\s+/g, "")));
    if (kept.length) meta.authors = kept;
    else {
      delete meta.authors;
      delete from.authors;
    }
  }
  // A browser's "save page as" notes the address it saved from: "<!-- saved from url=(0083)http://… -->".
  const saved = meta.url ? null : html.slice(0, 4096).match(SAVED_FROM);
  if (saved) [meta.url, from.url] = [saved[1]!, "the browser's saved-from note"];
  // An e-paper's CMS keeps the article's properties in a comment after the page (founder-* fields).
  const props = paperProperties(html);
  if (props.date && !meta.date) [meta.date, from.date] = [props.date, "the e-paper's properties"];
  if (props.subtitle && !meta.subtitle) [meta.subtitle, from.subtitle] = [props.subtitle, "the e-paper's properties"];
  if (props.paper && !meta.publication) [meta.publication, from.publication] = [props.paper, "the e-paper's properties"];
  meta.from = from;
  return { blocks: body.map(toBlock), meta, outside: pieces.length - body.length };
}

/**
 * A print kicker (引题) a page sets in a plain paragraph over its headline: a phrase of eight Han
 * characters or more (a channel's or a site's name is shorter), no link, no figure, no label.
 */
function kickerLike(p: Piece): boolean {
  const t = p.text.trim();
  return t.length <= 40 && hanCount(t, 8) >= 8 && !/[\s，,。！？!?；;：:|｜\d]/.test(t) && !p.linkChars && !statesMeta(t);
}

/** Whether element a is the one right before the heading that holds b (empty elements and white space between). */
function setRightAbove(a: Element | null, b: Element | null): boolean {
  let heading: Element | null = b;
  while (heading && !/^h[1-6]$/.test(heading.name)) heading = heading.parent as Element | null;
  let prev = heading?.prev;
  while (prev && !(prev === a) && DomUtils.textContent(prev).trim() === "") prev = prev.prev;
  return !!a && prev === a;
}
