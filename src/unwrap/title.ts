import type { SourceLine, WrapperMeta } from "../model/draft.js";
import { HAN_CLASS } from "../text/chars.js";

/** A label leading into what follows ("关联稿件：", "相关阅读:"): it heads that, and is no deck of the headline. */
export const leadsInto = (t: string): boolean => /[：:]\s*$/.test(t);

/** Text compared as a reader compares it: NFKC, no white space. */
export const key = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");

/** A title's white space as one space; an ideographic space between Han and digits ("2007　年末") is layout, and goes. */
export const tidy = (s: string): string =>
  s
    .replace(new RegExp(`(?<=[${HAN_CLASS}\\d])\\u3000+(?=[${HAN_CLASS}\\d])`, "g"), "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Where a page title's segments part: _, |, ｜, a dash between words (not the 1-10 of a range, not
 * ——; before a name opening on figures, "…Office-36某"), white space.
 */
const SEPARATOR = /\s*(?:_+|\|+|｜+|-{2,}|\s[-–—]\s|(?<=[^\d\s-])-(?=[^\d\s-]|\d+\p{Script=Han}{1,6}$)|(?<=\S)[–](?=\S))\s*|\s+/gu;

export interface Segmented {
  parts: string[];
  /** The separator after each part but the last. */
  seps: string[];
}

export function segments(title: string): Segmented {
  const parts: string[] = [];
  const seps: string[] = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    if (m.index === 0 || m.index + m[0].length >= title.length) continue;
    parts.push(title.slice(from, m.index));
    seps.push(m[0]);
    from = m.index + m[0].length;
  }
  parts.push(title.slice(from));
  return { parts, seps };
}

/** The first n segments with the separators between them. */
export const joinSegments = (s: Segmented, n: number): string =>
  s.parts
    .slice(0, n)
    .map((p, i) => (i ? s.seps[i - 1]! : "") + p)
    .join("");

/** The last n segments with the separators between them: a <title> that names the site first ("某某日报-标题"). */
export const lastSegments = (s: Segmented, n: number): string => {
  const from = s.parts.length - n;
  return s.parts
    .slice(from)
    .map((p, i) => (i ? s.seps[from + i - 1]! : "") + p)
    .join("");
};

const HAN_WORD = /[\u4e00-\u9fff]/;

/** A segment naming a site, a paper or a channel: "某某网", "某某日报", "新闻频道". */
export const SITE_NAME = /^[\p{Script=Han}\w]{1,12}(?:网|网站|报|台|社|新闻|在线|频道|客户端)$/u;
/** A channel's or a section's name, or a breadcrumb's home ("首页武汉"). */
const CHANNEL = /(?:频道|栏目|专题|中心|订阅|首页)$|^首页/;
/** A label in brackets after the site's name ("某某新闻网_(新闻)"): its channel's. */
const BRACKETED_LABEL = /^[（(\[【]\S{1,6}[)）\]】]$/;

/** What else a page or a document names, to tell a title's site segments by. */
export interface Names {
  /** The site's or account's own names, as stated. */
  sites: string[];
  /** Whether the document prints this key elsewhere as a short line or a keyword (navigation, breadcrumb, tags). */
  printed: (k: string) => boolean;
}

/**
 * Whether a title's segment after `sep` names the site, its channels or tags rather than the
 * article: a stated site name, a domain, a Latin name, a site's or channel's name, or a word the
 * document prints elsewhere on its own. A space parts a title from its subtitle as often as from
 * the site: only a stated site or a domain goes there.
 */
export function siteLike(seg: string, sep: string, names: Names): boolean {
  const k = key(seg);
  if (!k) return true;
  // A domain is never a title's second half.
  if (names.sites.some((s) => s.includes(k) || k.includes(s)) || /^[\w.-]+\.[a-z]{2,}$/i.test(k)) return true;
  if (/^\s+$/.test(sep)) return false;
  if (/^[A-Za-z][A-Za-z\s]*$/.test(seg.trim())) return true;
  if (BRACKETED_LABEL.test(seg.trim())) return true;
  return names.printed(k) || CHANNEL.test(k) || SITE_NAME.test(k) || SECTION.test(k);
}

/** A portal's section after its name ("网易财经", "两岸三地", "经济·科技"): a few characters. */
const SECTION = /^[\p{Script=Han}·]{0,4}(?:财经|体育|娱乐|科技|军事|时政|国际|国内|社会|文化|汽车|房产|健康|教育)$/u;

/**
 * How many segments of a title are the article's: those before the trailing run that names the
 * site; and where a site's name stands further on, before the sections around it too ("标题 -
 * 某某网 - 两岸三地", "标题_政务_某某新闻"), which are a few characters each. Only a space-parted
 * segment stays: it may be the title's second half.
 */
export function articleSegments(s: Segmented, names: Names): number {
  let n = s.parts.length;
  while (n > 1 && siteLike(s.parts[n - 1]!, s.seps[n - 2]!, names)) n--;
  const named = (p: string) => SITE_NAME.test(key(p)) || names.sites.includes(key(p));
  const section = (p: string) => named(p) || key(p).length <= 5 || SECTION.test(key(p)) || CHANNEL.test(key(p));
  for (let j = 1; j < n; j++) {
    if (/^\s+$/.test(s.seps[j - 1]!)) continue;
    const rest = s.parts.slice(j, n);
    if (rest.every(section) && rest.some(named)) return j;
  }
  return n;
}

/** The site as a title names it: a segment after the headline's, or before them, that is a name, not a domain or a channel. */
export function siteSegment(
  title: string | undefined,
  headline: string | undefined,
  tags: readonly string[] = [],
): { name: string; before: boolean } | undefined {
  if (!title) return undefined;
  const s = segments(title);
  const start = headline ? s.parts.findIndex((_, i) => key(joinSegments(s, i + 1)).length >= key(headline).length) + 1 : 1;
  const rest = s.parts.slice(Math.max(1, start)).filter((p) => HAN_WORD.test(p));
  const named = rest.filter((p) => !CHANNEL.test(key(p)) && !BRACKETED_LABEL.test(p.trim()));
  // A name that reads as a site's or a paper's before a channel's ("BBC中文网 - 两岸三地"), even
  // when the keywords list it too (sites stamp their name there), and before a news channel's
  // ("某某新闻"); after the headline first, then before it, for a title that names its site first
  // ("某某时报 | 标题 | 某某新闻"); else a last segment no keyword is.
  const at = headline ? s.parts.findIndex((p) => key(p) === key(headline)) : -1;
  const before = s.parts.slice(0, Math.max(0, at)).filter((p) => HAN_WORD.test(p) && !CHANNEL.test(key(p)));
  const strong = (p: string) => /(网|报|台|社|在线)$/.test(p.trim());
  const weak = (p: string) => /(新闻|发布)$/.test(p.trim());
  // A title that does not hold the headline names only the site and its channels ("某某新闻网_(新闻)").
  const only = !headline || !key(title).includes(key(headline)) ? s.parts.find(strong) : undefined;
  const site =
    [...named].reverse().find(strong) ??
    before.find(strong) ??
    [...named].reverse().find(weak) ??
    named.filter((p) => !tags.includes(p)).pop() ??
    before.find(weak) ??
    only;
  return site ? { name: site.trim(), before: before.includes(site) } : undefined;
}

/** The first lines of a text, each as a key, and each run of two or three of them (a headline broken over lines). */
function firstKeys(lines: SourceLine[], n: number): string[] {
  const first = lines
    .filter((l) => l.text.trim())
    .slice(0, n)
    .map((l) => key(l.text));
  return [...first, ...first.flatMap((k, i) => [k + (first[i + 1] ?? ""), k + (first[i + 1] ?? "") + (first[i + 2] ?? "")])];
}

/**
 * A title as a wrapper stated it, checked against the text: when one of the text's first lines
 * prints a shorter run of its segments ("# 标题" under a clipper's "title: 标题_某某新闻网"), that
 * run is the title, and the last segment left over that is a name is the site's.
 */
export function reconcileStatedTitle(meta: WrapperMeta, lines: SourceLine[], page: boolean): WrapperMeta {
  if (!meta.title || meta.from?.title?.includes("matching") || meta.from?.title?.includes("prints")) return meta;
  const s = segments(meta.title);
  if (s.parts.length < 2) return meta;
  const first = firstKeys(lines, 4);
  for (let n = s.parts.length - 1; n >= 1; n--) {
    const text = joinSegments(s, n);
    if (key(text).length < 4 || !first.includes(key(text))) continue;
    const site = siteSegment(meta.title, text, meta.tags)?.name;
    return {
      ...meta,
      title: tidy(text),
      ...(site && !meta.site ? { site } : {}),
      from: {
        ...meta.from,
        title: `${meta.from?.title ?? "the stated title"} as the text prints it`,
        ...(site && !meta.site ? { site: "the stated title's site segment" } : {}),
      },
    };
  }
  // The text does not print it (a clipper keeps the page's <title> and leaves the headline out of
  // the text): the segments naming the site go, as a page's do. A page's own were cut already.
  if (page) return meta;
  const short = new Set(lines.filter((l) => l.text.trim().length <= 30).map((l) => key(l.text)));
  const tags = meta.tags ?? [];
  const names: Names = {
    sites: [meta.site, meta.account].filter(Boolean).map((x) => key(x!)),
    printed: (k) => short.has(k) || tags.some((t) => key(t) === k),
  };
  const n = articleSegments(s, names);
  if (n === s.parts.length) return meta;
  const title = tidy(joinSegments(s, n));
  const site = meta.site ? undefined : siteSegment(meta.title, title, tags)?.name;
  return {
    ...meta,
    title,
    ...(site ? { site } : {}),
    from: {
      ...meta.from,
      title: `${meta.from?.title ?? "the stated title"} less its site segments`,
      ...(site ? { site: "the stated title's site segment" } : {}),
    },
  };
}

/** A file extension, and the numbering or date an archivist puts before a name ("01_", "2019-12-08-"). */
const EXTENSION = /\.(?:md|markdown|html?|xhtml|txt|json|text)$/i;
const NUMBERING = /^[\d\s._\-—]+(?=[^\d\s._\-—])/;

/**
 * The title a file's name gives: web clippers and "save page as" name a file after the page's title
 * ("标题_站点名.md", "标题 - 站点.html"). A name with fewer than four Han characters (a hash, a
 * number, a slug) is no title. It is taken when the text prints it among its first lines, or when
 * the text opens straight on prose with no headline of its own; then the site's segment goes.
 * A text that opens on a headline of its own (a heading, a short line the name does not match)
 * keeps that headline.
 */
export function fileTitle(fileName: string, lines: SourceLine[]): string | null {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(EXTENSION, "").replace(NUMBERING, "").trim();
  if ((base.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 4) return null;
  const body = lines.filter((l) => l.text.trim());
  const opening = body[0];
  if (!opening || opening.hint === "title" || opening.hint === "heading") return null;
  const s = segments(base.replace(/\s{2,}/g, " "));
  const first = firstKeys(lines, 4);
  for (let n = s.parts.length; n >= 1; n--) {
    const text = joinSegments(s, n);
    if (key(text).length >= 4 && first.includes(key(text))) return tidy(text);
  }
  // No line prints it: only a text with no headline of its own takes the name.
  const prose = opening.text.trim();
  const sentence = prose.length >= 40 || /[。！？!?]./.test(prose) || (/[。！？!?…]$/.test(prose) && /[，,、；]/.test(prose));
  if (!sentence) return null;
  let n = s.parts.length;
  while (n > 1 && !/^\s+$/.test(s.seps[n - 2]!) && s.parts[n - 1]!.length <= 12 && key(joinSegments(s, n - 1)).length >= 6) n--;
  return tidy(joinSegments(s, n));
}
