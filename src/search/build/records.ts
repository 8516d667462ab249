import type { Article } from "../../model/types.js";
import { HAN_BLOCKS } from "../../text/chars.js";
import { toSimplified } from "../../text/opencc.js";
import { placeChain } from "../../describe/places.js";
import { articlePath } from "../../site/urls.js";
import { dateLabel, yearLabel } from "../../site/dates.js";
import { indexText } from "../tokens.js";
import type { FILTERS } from "../filters.js";

/** What Pagefind stores for one article: its text as tokens, what results show, filters and sort. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Undated articles sort below every date, so sorting by date never drops them. */
export const UNDATED_SORT = "0000-00-00";

/**
 * One article as a search record. Its text is the headline and the cleaned body, in Simplified
 * characters (a Traditional document is found by a Simplified query and the reverse), spelled
 * as search tokens. The index language is neutral: the tokens need no stemming or segmenting.
 */
export function searchRecord(a: Article): SearchRecord {
  const text = [a.title, a.subtitle ?? "", ...a.blocks.map((b) => (b.speaker ? `${b.speaker}：${b.text}` : b.text))];
  const place = placeChain(a.place);
  const filters: Record<keyof typeof FILTERS, string[]> = {
    province: a.place.province ? [a.place.province] : [],
    prefecture: a.place.prefecture ? [a.place.prefecture] : [],
    county: a.place.county ? [a.place.county] : [],
    year: [yearLabel(a)],
    publication: a.publication ? [a.publication] : [],
    tag: a.tags,
  };
  return {
    // Site-absolute: the search page gives Pagefind the site's root, path prefix included.
    url: articlePath(a.slug),
    content: text.map((t) => indexText(toSimplified(t))).join("\n"),
    language: "zxx",
    meta: {
      title: a.title,
      date: dateLabel(a),
      place: place.join(" "),
      publication: a.publication ?? "",
    },
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length)),
    sort: { date: a.date ?? UNDATED_SORT },
  };
}

/**
 * What a result shows of an article, put in its Pagefind fragment in place of the spelled text
 * (build/fragments.ts): the body's blocks as read, in Simplified characters as indexed, one a line
 * (line i is block i, whose heading renders as #s<i>), and which lines are headings, printed with
 * their kickers. The headline is the result's title; speaker labels are left out, so an excerpt,
 * cut from one line, never runs a heading, a label or the headline into the text. Not in the
 * record's meta: Pagefind indexes meta values as words, so the headings' numbers would be found.
 */
export interface SearchFragment {
  content: string;
  headings: number[];
}

export const searchFragment = (a: Article): SearchFragment => ({
  content: a.blocks.map((b) => toSimplified((b.kicker ?? "") + b.text)).join("\n"),
  headings: a.blocks.flatMap((b, i) => (b.kind === "heading" ? [i] : [])),
});

/**
 * Traditional → Simplified for single characters, from OpenCC's tables, for the search page to
 * map a query typed in Traditional characters: "遷迁安安…" as pairs (from, to).
 */
export function simplifiedCharMap(): string {
  let pairs = "";
  // Compatibility ideographs stay as typed: the map covers these two blocks.
  for (const [from, to] of [HAN_BLOCKS.extensionA, HAN_BLOCKS.unified])
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const simple = toSimplified(ch);
      if (simple !== ch && [...simple].length === 1) pairs += ch + simple;
    }
  return pairs;
}
