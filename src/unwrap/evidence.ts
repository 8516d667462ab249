import { bylineNames, givenLikeOutlet } from "../text/names.js";
import { YEAR_LAST } from "../text/dates.js";

/** What names an organisation rather than a person: sites, papers, offices, desks, party branches. */
const ORGANISATION = /(网|报|社|台|刊|新闻|消息|文摘|画报|财经|资讯|传媒|中心|媒体|客户端|公司|集团|政府|委员会|支部|办公室|编辑部)$/;
/** Endings of an office's name that a person's name of two or three characters may also have (李部, 王会). */
const OFFICE = /(部|局|厅|署|院|组|委|会|处|办|所|站|队|科|室)$/;

export const isOrganisation = (name: string): boolean => {
  const n = name.replace(/\s+/g, "");
  return (ORGANISATION.test(n) && !givenLikeOutlet(n)) || (n.length >= 4 && OFFICE.test(n));
};

/**
 * How alike two short texts are, white space aside: their longest common subsequence over the
 * longer one's length (1 for the same text; 0.9 for 编鼎部 read for 编辑部 in a ten-character title).
 * Quadratic in length: for headlines and names only (texts over 200 characters compare as unlike).
 */
export function similar(a: string, b: string): number {
  const x = a.replace(/\s+/g, "");
  const y = b.replace(/\s+/g, "");
  if (!x || !y || x.length > 200 || y.length > 200) return x === y ? 1 : 0;
  return common(x, y) / Math.max(x.length, y.length);
}

/** The length of the longest common subsequence of two short texts. */
function common(x: string, y: string): number {
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * Pull quotes: a short quoted block near the top of the text that repeats, nearly word for word, a
 * sentence printed further down (a WeChat post's 摘句 set large under its first image). It is the
 * page's furniture; the sentence is read once, where the text prints it.
 */
export function pullQuotes<T extends { text: string; quoted?: boolean }>(blocks: T[]): Set<T> {
  const found = new Set<T>();
  blocks.slice(0, 8).forEach((q, i) => {
    const t = q.text.replace(/\s+/g, "");
    if (!q.quoted || t.length < 12 || t.length > 160) return;
    for (const b of blocks.slice(i + 1)) {
      if (b.quoted || b.text.length <= t.length) continue;
      const text = b.text.replace(/\s+/g, "");
      for (const anchor of [t.slice(0, 6), t.slice(-6)]) {
        const at = text.indexOf(anchor);
        if (at < 0) continue;
        const from = anchor === t.slice(0, 6) ? at : Math.max(0, at + 6 - t.length - 4);
        // Most of the quote's characters, in order, within a stretch of the text as long as it.
        if (common(text.slice(from, from + t.length + 4), t) >= t.length * 0.85) {
          found.add(q);
          return;
        }
      }
    }
  });
  return found;
}

/** A labelled statement of a header or closing line: a source, an author, a publication date; a byline; a photo credit. */
export const LABELLED =
  /(?:来源于?|稿源|出处|作者|记者|通讯员|撰稿|撰文|发布时间|发布日期|发稿时间|时间|日期)\s*[:：]|^[（(【\[]?\s*(?:本报|本网|本刊|本台|新华社|中新社)?(?:全媒体|融媒体|特约|首席|资深|实习)?(?:记者|通讯员|撰稿人?)|^[（(]?\s*(?:文|执笔|采写|主笔)\s*[/／:：|丨]|^[\u4e00-\u9fff]{2,12}?(?:报|网|社|台|新闻|客户端)(?:全媒体|融媒体|特约|首席|见习|实习)?记者\s|^[（(]?\s*(?:文|图)\s*\/\s*图|[/／]\s*文[)）]?$|摄[)）]?$|供图[)）]?$/;
/** What a header line states that the later steps read: a date, or a labelled source, author or credit. */
export const EVIDENCE = new RegExp(`\\d{4}\\s*(?:年|[-/.])\\s*\\d{1,2}\\s*(?:月|[-/.])\\s*\\d{1,2}|${YEAR_LAST.source}|${LABELLED.source}`);

/** A channel's name, as a page's <title>, breadcrumb or menu gives it: "新闻动态", "通知公告", "时政新闻". */
export const CHANNEL_NAME = /^[\p{Script=Han}]{0,4}(?:动态|公告|通知|要闻|资讯|快讯|新闻|播报|专题|专栏|频道|栏目|公示|头条)$/u;
export const isChannelName = (t: string): boolean => t.trim().length <= 8 && CHANNEL_NAME.test(t.trim());

/** Counts a page sets by its headline: "1032人参与308评论", "阅读 2万", "… 1665 0" (views, comments). */
const COUNTS = /\d+\s*(?:人参与|人阅读|条评论|评论|次阅读|次浏览)|(?:阅读|浏览|点击)(?:量|数)?\s*[:：(（]?\s*\d|(?:\s+\d+){2,}$/;

/** A byline or a line of counts: what a page sets about its text, never a heading of it. */
export const creditsOrCounts = (t: string): boolean => COUNTS.test(t) || bylineNames(t) !== null;

/**
 * A line that states the page's facts (a date, a source, a byline, counts) or names a channel:
 * whatever its markup, never a headline's deck.
 */
export const statesMeta = (t: string): boolean => EVIDENCE.test(t) || COUNTS.test(t) || isChannelName(t) || bylineNames(t) !== null;
