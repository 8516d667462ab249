import type { WrapperMeta } from "../model/draft.js";
import { DAY_AT_END } from "../text/dates.js";
import { joinRun, SENTENCE_MARK, type PageFacts, type Piece } from "./walk.js";
import { textLike } from "./region.js";
import { statesMeta } from "./evidence.js";
import {
  articleSegments,
  joinSegments,
  lastSegments,
  key,
  leadsInto,
  segments,
  siteLike,
  siteSegment,
  SITE_NAME,
  tidy,
  type Names,
} from "./title.js";

// ---------------------------------------------------------------------------------------------
// The headline: <h1>, og:title and <title> reconciled with what the page prints.

const TRUNCATED = /(?:\.{2,}|…+|。{3,})\s*$/;
/** Badges a platform sets before a headline: "原创", "独家", "置顶". */
const BADGE = /^\s*(?:原创|独家|首发|置顶|热门|推荐|精选)\s*/;
/** What a block may print beside the headline: a badge before it, the time after it. */
const bare = (t: string): string[] => [t, t.replace(BADGE, ""), t.replace(DAY_AT_END, "")];

export interface PageHeadline {
  title?: string;
  from?: string;
  /** The pieces the headline is printed on. */
  at: number;
  length: number;
  /** The page's own name for the site, read off the <title>'s last segments, or its first ones (`siteFirst`). */
  site?: string;
  siteFirst?: boolean;
  /** The title names only the site or its channels ("某某网-辟谣文章"): no headline of the article. */
  onlySite?: boolean;
}

/**
 * The headline: the title candidates (og:title and the like, then <title>) cut to the longest run of
 * segments that a block of the page prints as a whole (or over up to three lines); failing that,
 * a candidate less the trailing segments that name the site, its channels or tags: the site's name,
 * a domain, the meta keywords, or a short line the page prints elsewhere (navigation, breadcrumb).
 */
export function pageHeadline(pieces: Piece[], facts: PageFacts, meta: WrapperMeta): PageHeadline {
  const candidates = [
    ...new Set([meta.from?.title !== "<title>" ? meta.title : undefined, ...facts.titles].filter((t): t is string => !!t)),
  ];
  // The keys a block must have to print a candidate, or a run of its segments: only blocks as short
  // as the longest of them are keyed.
  const wanted = new Set<string>();
  for (const candidate of candidates) {
    const s = segments(candidate);
    for (let n = 1; n <= s.parts.length; n++) wanted.add(key(joinSegments(s, n))).add(key(lastSegments(s, n)));
  }
  const longest = Math.max(0, ...[...wanted].map((k) => k.length));
  const printed = new Map<string, number>();
  pieces.forEach((p, i) => {
    if (p.text.length > longest * 2 + 10 || p.linkChars >= p.chars * 0.5) return;
    // A platform's badge set before the headline ("原创", "独家"), a time after it, is no part of it.
    const k = bare(p.text)
      .map(key)
      .find((x) => wanted.has(x));
    if (k && !printed.has(k)) printed.set(k, i);
  });
  // Blocks that print the headline over two or three lines.
  const joined = new Map<string, [number, number]>();
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (pieces[i]!.text.length > longest) continue;
    let k = key(pieces[i]!.text);
    for (let n = 2; n <= 3 && i + n <= pieces.length; n++) {
      if (pieces[i + n - 1]!.text.length > longest) break;
      k += key(pieces[i + n - 1]!.text);
      if (k.length > longest) break;
      if (wanted.has(k) && !joined.has(k)) joined.set(k, [i, n]);
    }
  }
  let shortKeys: Set<string> | null = null;
  const shortLines = () => (shortKeys ??= new Set(pieces.filter((p) => p.text.length <= 30).map((p) => key(p.text))));

  const keywords = new Set((meta.tags ?? []).map(key));
  const names: Names = {
    sites: [meta.site, meta.account].filter(Boolean).map((s) => key(s!)),
    printed: (k) => keywords.has(k) || shortLines().has(k),
  };
  let best: PageHeadline | null = null;
  for (const [c, candidate] of candidates.entries()) {
    const s = segments(candidate);
    const shown = (n: number) => printed.has(key(joinSegments(s, n))) || joined.has(key(joinSegments(s, n)));
    const own = articleSegments(s, names);
    // The first segments, the most first; then the last ones, for a <title> that names its site first.
    const texts = [
      ...s.parts.map((_, i) => ({ text: joinSegments(s, s.parts.length - i), n: s.parts.length - i, first: true })),
      ...s.parts.slice(1).map((_, i) => ({ text: lastSegments(s, s.parts.length - 1 - i), n: 0, first: false })),
    ];
    let shortPrefix = false;
    for (const { text, n, first } of texts) {
      if (first && shortPrefix) continue;
      // The whole <title> printed again at the page's foot ("标题-某某网"): the headline printed
      // without the site's name is the headline.
      // So is it when a widget (a gallery's caption, a share box) prints the whole <title> elsewhere.
      if (n > 1 && ((SITE_NAME.test(s.parts[n - 1]!.trim()) && shown(n - 1)) || (n > own && shown(own)))) continue;
      const k = key(text);
      if (k.length < 4) {
        if (!first) break;
        shortPrefix = true;
        continue;
      }
      const one = printed.get(k);
      const many = joined.get(k);
      if (one !== undefined || many) {
        const at = one ?? many![0];
        const length = one !== undefined ? 1 : many![1];
        const whole = tidy(pieces.slice(at, at + length).reduce((t, p) => joinRun(t, ` ${p.text}`), ""));
        const printedText =
          bare(whole)
            .map(tidy)
            .find((t) => key(t) === k) ?? whole;
        const element = pieces[at]!.host?.name ?? "text";
        const matching = c === 0 && meta.from?.title !== "<title>" ? meta.from?.title : "<title>";
        const found = { title: printedText, from: `<${element}> matching ${matching}`, at, length };
        if (!best || key(found.title!).length > key(best.title!).length) best = found;
        break;
      }
    }
  }
  const found = siteSegment(facts.titles[0], best?.title, meta.tags);
  const site = found ? { site: found.name, siteFirst: found.before } : {};
  if (best) return { ...best, ...site };

  // No block prints it: cut the segments that name the site, its channels or tags off the end.
  for (const [c, candidate] of candidates.entries()) {
    const s = segments(candidate);
    const n = articleSegments(s, names);
    if (n < s.parts.length || c === candidates.length - 1) {
      const title = tidy(joinSegments(s, n));
      const from = c === 0 && meta.from?.title !== "<title>" ? meta.from?.title : "<title>";
      // What is left may be the site's name too, when every segment was one.
      const onlySite = n === 1 && s.parts.length > 1 && siteLike(s.parts[0]!, s.seps[0]!, names);
      return {
        title,
        from: n < s.parts.length ? `${from} less its site segments` : from,
        at: -1,
        length: 0,
        ...site,
        ...(onlySite ? { onlySite } : {}),
      };
    }
  }
  return { at: -1, length: 0, ...site };
}

/** A headline cut short ("…免...") made whole from a longer text the page prints: "本文原标题：《…》", or a line that starts with it. */
export function fullTitle(title: string, pieces: Piece[]): { title: string; at: number } | null {
  if (!TRUNCATED.test(title)) return null;
  // Compared without white space, as the page prints both (no NFKC: the title keeps its ！).
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  const stem = squeeze(title.replace(TRUNCATED, ""));
  if (stem.length < 6) return null;
  let found: { title: string; at: number } | null = null;
  for (const [i, p] of pieces.entries()) {
    if (p.text.length > 300) continue;
    const k = squeeze(p.text);
    const at = k.indexOf(stem);
    if (at < 0 || k.length <= stem.length + at) continue;
    const rest = k.slice(at);
    const whole = rest.match(/^(.+?)(?:[》」』”"]|$)/)?.[1] ?? rest;
    if (whole.length <= stem.length || (TRUNCATED.test(whole) && squeeze(whole.replace(TRUNCATED, "")) === stem)) continue;
    const labelled = /原标题|原题/.test(k.slice(0, at));
    if (!found || labelled) found = { title: whole, at: labelled ? i : -1 };
    if (labelled) break;
  }
  return found;
}

/**
 * The headline block a print page sets at the top of its text (引题, 主题, 副题): up to five short
 * lines, centred, in bold or in heading elements, before the first sentence, that either restate
 * the headline (the lines after the restatement are the deck) or are heading elements themselves
 * (then all of them are the deck, unless they open a series of sections). Text must follow it.
 */
export function headlineBlock(body: Piece[], from: number, headline: string): { taken: Piece[]; deck: string | null } | null {
  const run: Piece[] = [];
  for (let i = from; i < body.length && run.length < 5; i++) {
    const p = body[i]!;
    const marked = p.centred || (p.chars > 0 && p.boldChars >= p.chars) || p.hint === "heading" || p.hint === "title";
    // A byline, a date or a source line under the headline ends the block: it is no deck.
    if (
      textLike(p) ||
      !marked ||
      p.text.length > 40 ||
      SENTENCE_MARK.test(p.text) ||
      p.hint === "caption" ||
      statesMeta(p.text) ||
      leadsInto(p.text)
    )
      break;
    run.push(p);
  }
  if (!run.length || !body[from + run.length]) return null;
  const headKey = key(headline);
  const repeat = run.findIndex((p) => {
    const k = key(p.text);
    return k.length >= 6 && (k.startsWith(headKey) || headKey.startsWith(k));
  });
  const elements = run.every((p) => p.hint === "heading" || p.hint === "title");
  // A heading whose element heads two more sections further down opens the first of a series (a
  // digest's items): it is no deck.
  const rest = body.slice(from + run.length);
  const series = run.some(
    (p) => p.host && rest.filter((q) => (q.hint === "heading" || q.hint === "title") && q.host?.name === p.host!.name).length >= 2,
  );
  if (repeat < 0 && (!elements || series)) return null;
  const deck = repeat >= 0 ? run.slice(repeat + 1) : run;
  return { taken: repeat >= 0 ? run : deck, deck: deck.length ? deck.reduce((t, p) => joinRun(t, ` ${p.text}`), "") : null };
}
