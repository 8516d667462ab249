import type { Element } from "domhandler";
import { EVIDENCE, LABELLED } from "./evidence.js";
import { key } from "./title.js";
import { DECK_HOST, type Piece } from "./walk.js";
import { bylineNames, isPersonName } from "../text/names.js";

// ---------------------------------------------------------------------------------------------
// The article region, chosen on the page's structure.

const POSITIVE = /article|content|body|entry|main|post|text|story|detail|txt|zw|正文/i;
const NEGATIVE =
  /comment|footer|foot|sidebar|side|share|related|recommend|hot|rank|nav|menu|breadcrumb|crumb|copyright|banner|advert|sponsor|widget|popup|login|toolbar|social|subscribe|qrcode|header|top-?bar/i;

function classWeight(el: Element): number {
  const names = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
  if (!names.trim()) return 0;
  return (NEGATIVE.test(names) ? -25 : 0) + (POSITIVE.test(names) ? 25 : 0);
}

function tagWeight(el: Element): number {
  const n = el.name.toLowerCase();
  if (n === "div" || n === "article" || n === "section" || n === "main") return 5;
  if (n === "pre" || n === "td" || n === "blockquote") return 3;
  if (["address", "ol", "ul", "dl", "dd", "dt", "li", "form"].includes(n)) return -3;
  if (/^h[1-6]$/.test(n) || n === "th") return -5;
  return 0;
}

const PUNCT = /[，。！？；、：,!?;]/g;

/** The first piece at or after offset `from`, by binary search over the pieces' offsets. */
function firstAt(pieces: Piece[], from: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.at < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The pieces an element holds, as a range of indices. */
const rangeOf = (pieces: Piece[], el: Element): { start: number; end: number } => ({
  start: firstAt(pieces, el.startIndex ?? 0),
  end: firstAt(pieces, (el.endIndex ?? 0) + 1),
});

/**
 * The article region of a whole web page, chosen on its structure as Readability does: every block
 * that reads as text (its own characters out of links, its commas and stops) scores the element
 * that holds it, and less each ancestor above; an element's score is cut by the share of its text
 * inside links. The best element's blocks are the article, with the siblings beside it that read
 * as text too. With a headline, an element that starts under it is preferred to one elsewhere.
 */
export function articleRegion(pieces: Piece[], headline = -1): { start: number; end: number } {
  if (!pieces.length) return { start: 0, end: 0 };
  const perHost = new Map<Element | null, number>();
  for (const p of pieces) perHost.set(p.host, (perHost.get(p.host) ?? 0) + 1);
  const scores = new Map<Element, number>();
  const touch = (el: Element) => scores.get(el) ?? (scores.set(el, tagWeight(el) + classWeight(el)), scores.get(el)!);
  for (const p of pieces) {
    const own = p.chars - p.linkChars;
    if (own < 10 || !p.host) continue;
    const s = 1 + (p.text.match(PUNCT)?.length ?? 0) + Math.min(Math.floor(own / 40), 3);
    // A block alone in its element is a paragraph of the element above; a run of text among others
    // (text beside <br> and <div><img></div>) is a paragraph of the element that holds it.
    let el: Element | null = perHost.get(p.host) === 1 ? (p.host.parent as Element | null) : p.host;
    for (let level = 0; el && el.type === "tag" && level < 5; level++, el = el.parent as Element | null)
      scores.set(el, touch(el) + s / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
  }
  // Link density from prefix sums of the pieces' characters.
  const chars = [0];
  const links = [0];
  for (const p of pieces) {
    chars.push(chars[chars.length - 1]! + p.chars);
    links.push(links[links.length - 1]! + Math.min(p.linkChars, p.chars));
  }
  const density = (r: { start: number; end: number }) => {
    const c = chars[r.end]! - chars[r.start]!;
    return c ? (links[r.end]! - links[r.start]!) / c : 1;
  };
  const ranked = [...scores]
    .map(([el, score]) => {
      const range = rangeOf(pieces, el);
      return { el, range, score: score * (1 - density(range)) };
    })
    .filter((c) => c.range.end > c.range.start)
    .sort((a, b) => b.score - a.score);
  if (!ranked.length) return { start: 0, end: pieces.length };
  let top = ranked[0]!;
  if (headline >= 0) {
    // The article starts under its headline: prefer the best element that starts within a few
    // dozen blocks below it, unless it scores far below the best.
    const near = (c: (typeof ranked)[number]) => c.range.start >= headline - 2 && c.range.start <= headline + 40;
    if (!near(top) && !(top.range.start <= headline && top.range.end > headline)) {
      const alt = ranked.find((c) => near(c) && c.score >= top.score * 0.3);
      if (alt) top = alt;
    }
  }
  // Several good candidates under one ancestor: the ancestor is the article (Readability's rule).
  const good = ranked.filter((c) => c !== top && c.score >= top.score * 0.75).slice(0, 5);
  if (good.length >= 2) {
    for (let el = top.el.parent as Element | null; el && el.type === "tag"; el = el.parent as Element | null) {
      const r = rangeOf(pieces, el);
      const inside = good.filter((c) => c.range.start >= r.start && c.range.end <= r.end).length;
      if (inside >= 2) {
        top = { el, range: r, score: top.score };
        break;
      }
      if (r.end - r.start > (top.range.end - top.range.start) * 4) break;
    }
  }
  let { start, end } = top.range;
  // Siblings that read as text join it.
  const parent = top.el.parent as Element | null;
  if (parent && parent.type === "tag") {
    const siblings = parent.children.filter((c): c is Element => c.type === "tag");
    const at = siblings.indexOf(top.el);
    const threshold = Math.max(10, top.score * 0.2);
    const qualifies = (el: Element): boolean | null => {
      const r = rangeOf(pieces, el);
      if (r.end <= r.start) return null;
      const score = (scores.get(el) ?? 0) * (1 - density(r));
      if (score >= threshold) return true;
      const text = pieces.slice(r.start, r.end);
      const own = text.reduce((n, p) => n + p.chars - p.linkChars, 0);
      const ld = density(r);
      return (own >= 80 && ld < 0.25) || (own > 10 && ld === 0 && text.every((p) => /[。！？”]$/.test(p.text)));
    };
    for (let i = at - 1; i >= 0; i--) {
      const q = qualifies(siblings[i]!);
      if (q === false) break;
      if (q) start = Math.min(start, rangeOf(pieces, siblings[i]!).start);
    }
    for (let i = at + 1; i < siblings.length; i++) {
      const q = qualifies(siblings[i]!);
      if (q === false) break;
      if (q) end = Math.max(end, rangeOf(pieces, siblings[i]!).end);
    }
  }
  return { start, end };
}

/** A block that reads as the article's text: Han words out of links, ending a sentence (or long enough to be prose). */
export function textLike(p: Piece): boolean {
  const own = p.chars - p.linkChars;
  if (own < 4 || p.linkChars > p.chars * 0.5) return false;
  return own >= 40 || /[。！？!?…][”’」』"')）]*$/.test(p.text) || /[。！？][（(][^()（）]{1,24}[)）]$/.test(p.text);
}

/** A line of prose, whole or one phrase of it: a sentence, a clause that goes on, or a long run of text. */
const proseLike = (p: Piece): boolean =>
  textLike(p) || (p.chars - p.linkChars >= 20 && p.linkChars < p.chars * 0.3) || /[\u4e00-\u9fff][，、：；,:;]$/.test(p.text);

/**
 * The blocks a page's article is made of: the region, with its headline and the header lines
 * between them that state something (date, source, byline) or read as text, but not the tools
 * (字号, 分享, 关注 …); and after the last block that reads as text, only the closing lines that
 * state something.
 */
export function articleBlocks(pieces: Piece[], region: { start: number; end: number }, headline: number, account?: string): Piece[] {
  let start = region.start;
  if (headline >= region.start && headline < region.end) {
    // The headline inside the region: its header runs to the first line of prose.
    start = headline + 1;
    while (start < region.end && (!proseLike(pieces[start]!) || pieces[start]!.hidden)) start++;
  } else if (headline >= 0 && headline < start && start - headline <= 30) {
    // The headline above the region: the text may open before the region does, on a line of prose
    // with only words from it down to the region, nothing hidden, linked or a player's (a motto).
    const words = (p: Piece) => !p.hidden && p.linkChars <= p.chars * 0.5 && /[\u4e00-\u9fff]{2}/.test(p.text) && !EVIDENCE.test(p.text);
    let first = headline + 1;
    while (first < start && !(proseLike(pieces[first]!) && words(pieces[first]!) && !pieces[first]!.linkChars)) first++;
    if (first < start && pieces.slice(first, start).every(words)) start = first;
  }
  const header =
    headline >= 0 && headline < start && start - headline <= 30
      ? pieces.slice(headline, start).filter((p, i) => {
          if (i === 0) return true;
          if (EVIDENCE.test(p.text)) return true;
          // A profile card, a share panel: shown on demand, or naming the account.
          if (p.hidden || (account && key(p.text) === key(account))) return false;
          return DECK_HOST.test(p.host?.name ?? "") || textLike(p) || deckLike(p);
        })
      : [];
  let body = pieces.slice(start, region.end);
  // Above the text, what the page does not show (a profile card, a share panel) and widgets' labels
  // ("图集", "音频": short, no punctuation, nothing stated, no markup that marks a heading).
  let first = 0;
  while (first < body.length && (!textLike(body[first]!) || body[first]!.hidden)) first++;
  body = body.filter(
    (p, i) =>
      i >= first ||
      (!p.hidden && p.hint) ||
      EVIDENCE.test(p.text) ||
      (!p.hidden && (p.centred || p.boldChars > 0 || p.text.length > 12 || /[，。！？；：,.!?;:、…—]/.test(p.text))),
  );
  // The text runs to where what follows weighs less than nothing (a footer's notices, a list of
  // links), or to a run of credits late in it with a desk's among them ("作者：…", "编辑|…",
  // "责编|…", "校对|…": what follows is the site's or the account's trailer); then back to the last
  // block that reads as text.
  let sum = 0;
  let best = 0;
  let end = body.length;
  body.forEach((p, i) => {
    sum += (p.chars - p.linkChars) * (FURNITURE.test(p.text) ? -3 : 1) + (/[。！？；，]/.test(p.text) ? 20 : 0) - 10 - p.linkChars;
    if (sum >= best) [best, end] = [sum, i + 1];
  });
  const total = body.reduce((n, p) => n + p.chars, 0);
  for (let k = 0, before = 0; k + 1 < end;) {
    if (before < total * 0.5 || !closingCredit(body[k]!)) {
      before += body[k++]!.chars;
      continue;
    }
    // A run of two credits or more, a desk's among them: the writer's byline alone may open a part.
    let j = k;
    let desk = false;
    for (; j < end && closingCredit(body[j]!); j++) desk ||= DESK_CREDIT.test(body[j]!.text) || EMPTY_DESK.test(body[j]!.text);
    if (j - k >= 2 && desk) {
      end = k;
      break;
    }
    for (; k < j; k++) before += body[k]!.chars;
  }
  let last = end - 1;
  // A sentence with a few words run on after it ("…回升。再给自己一次机会") is text too: the rules after
  // this read what was run on, and keep it or name it.
  const sentenceIn = (p: Piece) => !p.linkChars && p.chars >= 20 && /[。！？!?][”’」』"')）]*\S/.test(p.text);
  while (last >= 0 && !textLike(body[last]!) && !sentenceIn(body[last]!)) last--;
  if (last < 0) return [...header, ...body.slice(0, end)];
  // After the text, the lines that state something: a source or byline ("某报记者 某某"), a signature's date (and the signer above it).
  const closing = body.slice(last + 1, last + 7).filter((p, i, tail) => {
    if (p.text.length > 120 || FURNITURE.test(p.text)) return false;
    if (LABELLED.test(p.text) || WHOLE_DATE.test(p.text) || SIGNED.test(p.text) || NAME_CREDIT.test(p.text) || bylineNames(p.text))
      return true;
    const next = tail[i + 1];
    return !!next && WHOLE_DATE.test(next.text) && p.text.length <= 30;
  });
  // A dated line the page prints just after the article's element ("发布日期：… 责任编辑：…") is its
  // date line, an author's label there ("[作者：某某 责任编辑：某某]") its byline, a source's its source: when the element
  // ends with the text, or with closing lines and a pager's links.
  const ended =
    (last + 1 >= end && end >= body.length) ||
    body.slice(last + 1).every((p) => closing.includes(p) || (p.linkChars > 0 && p.linkChars >= p.chars * 0.5));
  const next = ended ? pieces.slice(region.end, region.end + 8) : [];
  const after = [next.find(datedLabel), next.find(authorLabel), next.find(sourceLabel)].filter(
    (p, i, all): p is Piece => !!p && all.indexOf(p) === i,
  );
  return [...header, ...body.slice(0, last + 1), ...closing, ...after];
}

/** Notices of the site, not of the article. */
const FURNITURE = /(免责|郑重声明|版权所有|举报电话|客服电话|ICP|公网安备|联系我们|广告服务|Copyright)/i;

/** A desk's credit line: a role and a name or two, no sentence. */
const DESK_CREDIT =
  /^[（(【\[]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|审签|监制|统筹|美编|排版|版式|制作|出品|来源|图片|文字|摄影|视频)\s*[|｜丨:：/／]\s*[^。！？，,]{1,30}$/;

/** A desk's role with no name after it: "责任编辑：". */
const EMPTY_DESK = /^[（(【\[]?\s*(?:责任编辑|责编|编辑|校对|审核|审校)\s*[:：]?\s*[)）】\]]?$/;
/** A writer's credit: "作者：某某", "执笔/某某", "采写：某报记者 某某", "某某/文". */
const WRITER_CREDIT = /^[（(【\[]?\s*(?:作者|执笔|采写|主笔|撰文|撰稿|文)\s*[:：/／]|[/／]\s*文[)）】\]]?$/;
/** A line of the credits that close an article: the writer's or a desk's, no sentence in it. */
const closingCredit = (p: Piece): boolean =>
  DESK_CREDIT.test(p.text) ||
  EMPTY_DESK.test(p.text) ||
  authorLabel(p) ||
  (p.text.length <= 40 && WRITER_CREDIT.test(p.text) && !/[。！？]/.test(p.text));

/** A line that opens on a full date, with its time if it has one. */
export const DATE_OPENING = /^\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;

/** A short line that labels a full date: "发布日期：2019-03-06", "时间：2019年10月31日". */
const datedLabel = (p: Piece): boolean =>
  p.text.length <= 80 &&
  /(?:发布|发稿|更新)?(?:时间|日期)\s*[:：]\s*\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}/.test(p.text) &&
  !FURNITURE.test(p.text);

/** A short line that labels the article's author: "作者：某某", "[作者: 某某 责任编辑: 某某]". */
const authorLabel = (p: Piece): boolean =>
  p.text.length <= 60 && /^[\[【（(]?\s*(?:作者|撰稿|撰文)\s*[:：]\s*[\p{Script=Han}·]{2,}/u.test(p.text) && !/[。！？]/.test(p.text);

/** A short line that labels the article's source, alone or in a row of credits: "来源：某某日报", "编辑：某甲　来源：某某报　作者：某乙". */
const sourceLabel = (p: Piece): boolean =>
  p.text.length <= 80 &&
  /(?:^|[\s　])[\[【（(]?\s*(?:来源|稿源|出处)\s*[:：]\s*[\p{Script=Han}\w·《》]{2,}/u.test(p.text) &&
  !/[。！？]/.test(p.text) &&
  !FURNITURE.test(p.text);

/** A writer's name over the credit of the copy in brackets: "某某（某某社供本报特稿）". */
const NAME_CREDIT = /^\s*[\p{Script=Han}·]{2,4}\s*[（(][\p{Script=Han}]{2,12}(?:供稿|特稿|专稿|撰稿)[)）]\s*$/u;

/** A body signing the text in brackets on a line of its own: "（某某县统计局）". */
const SIGNED = /^\s*[（(][\p{Script=Han}·]{2,30}[)）]\s*$/u;

/** A line that is a date and nothing else: a notice's or a letter's closing date. */
const WHOLE_DATE =
  /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇一二三四五六七八九零○Ｏ]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*$/;

/** A deck under a headline, by its markup's name for it ("subtitle", "sub-title", "deck", "lead") or its opening dash. */
function deckLike(p: Piece): boolean {
  if (p.linkChars > 0 || p.text.length < 4 || p.text.length > 80 || !/[\u4e00-\u9fff]/.test(p.text)) return false;
  const names = `${p.host?.attribs.class ?? ""} ${p.host?.attribs.id ?? ""}`;
  return /^\s*(?:——|--|—)/.test(p.text) || /sub-?title|subhead|deck|lead|intro|summary|abstract|yinti|futi/i.test(names);
}

/** A follow button beside an account's name ("+关注", "订阅"). */
const FOLLOW = /^[+＋]?\s*(关注|订阅|关注我们|加关注)$/;

/** The markup's name for the slot that says who wrote or posted an article ("author-name", "writer"). */
const AUTHOR_SLOT = /(?:^|[\s_-])(?:author|writer|auth|zuozhe)(?:[_-]?name|[_-]?txt|[_-]?info)?(?:$|\s)/i;

/**
 * The name in the slot the markup names for the author, right under the headline, when it is no
 * person's: the account that posted the article (a person's name there is a byline, read as such).
 */
export function authorSlotAccount(pieces: Piece[], headline: number): string | undefined {
  for (let i = headline + 1; i < Math.min(pieces.length, headline + 4); i++) {
    const p = pieces[i]!;
    const t = p.text.trim();
    const slot = `${p.host?.attribs.class ?? ""} ${p.host?.attribs.id ?? ""}`;
    if (AUTHOR_SLOT.test(slot) && t.length >= 2 && t.length <= 20 && /[\u4e00-\u9fff]/.test(t) && !/[:：，。]/.test(t) && !isPersonName(t))
      return t;
  }
  return undefined;
}

/** The name a platform shows beside its follow button under the headline: a short link a line or three above it. */
export function followedAccount(pieces: Piece[], headline: number): string | undefined {
  for (let i = headline + 1; i < Math.min(pieces.length, headline + 15); i++) {
    // The name and its button in one line: "某县融媒 + 关注", the name a link.
    const inline = pieces[i]!.text.match(/^(\S.{1,19}?)\s*[+＋]?\s*(?:关注|订阅)$/);
    if (inline && pieces[i]!.linkChars >= inline[1]!.replace(/\s+/g, "").length * 0.8 && /[\u4e00-\u9fff]/.test(inline[1]!))
      return inline[1]!.trim();
    if (!FOLLOW.test(pieces[i]!.text)) continue;
    for (let j = i - 1; j > headline && j >= i - 3; j--) {
      const p = pieces[j]!;
      if (p.text.length <= 20 && p.linkChars >= p.chars * 0.5 && /[\u4e00-\u9fff]/.test(p.text)) return p.text;
    }
    return undefined;
  }
  return undefined;
}
