/**
 * A search result's excerpt, cut from the article's body as its fragment holds it: the blocks one
 * a line, and which are headings (build/records.ts, searchFragment). The page finds the query's
 * phrases in the text itself: Pagefind reports a quoted phrase's first occurrence only, and its
 * word positions count the spelled tokens, not the characters shown.
 *
 * Bundled into the search page with tokens.ts: nothing here may import Node.
 */
import { findPhrases } from "./tokens.js";

/** Characters an excerpt holds at most, about two lines of a result. */
export const EXCERPT_LENGTH = 80;

// A sentence ends at 。！？；… (a run of them, with the closing quotes and brackets after) or at
// its block's end.
const ENDS = "。！？；…!?;";
const SENTENCE = new RegExp(`[^${ENDS}]*[${ENDS}]+[”’」』）》〕】)\\]]*|[^${ENDS}]+$`, "gu");

// Within a sentence, a clause ends at ，、：.
const CLAUSE = /[，、：]/gu;
const CLAUSE_END = new RegExp(`${CLAUSE.source}$`, "u");

/** An index moved off the second half of a surrogate pair, so a cut never splits a character. */
const whole = (text: string, i: number): number => (/[\uDC00-\uDFFF]/.test(text[i] ?? "") ? i + 1 : i);

/**
 * The sentence of a block that holds `match` (offsets from, to), with the sentences after it while
 * the whole stays within `room` characters. A sentence longer than that is cut to the clauses
 * around the match (a clause longer than that a little before the match), an ellipsis where it
 * was cut.
 */
export function sentencesAround(text: string, match: readonly [number, number], room: number): string {
  const spans = [...text.matchAll(SENTENCE)].map((m) => [m.index, m.index + m[0].length] as const);
  let i = spans.findIndex(([, end]) => match[0] < end);
  if (i < 0) return "";
  const from = spans[i]![0];
  let to = spans[i]![1];
  if (to - from > room) {
    const clauses = [from, ...[...text.slice(from, to).matchAll(CLAUSE)].map((m) => from + m.index + 1), to];
    // The first clause start that leaves room for the match and a clause end after it, else for the match alone.
    const before = clauses.filter((c) => c <= match[0]);
    const start =
      before.find((c) => clauses.some((e) => e >= match[1] && e <= c + room)) ??
      before.find((c) => match[1] <= c + room) ??
      whole(text, Math.max(from, match[0] - Math.floor(room / 4)));
    const stop = clauses.filter((c) => c >= match[1] && c <= start + room).at(-1) ?? whole(text, start + room);
    const cut = text.slice(start, stop).trim().replace(CLAUSE_END, "");
    return `${start > from ? "…" : ""}${cut}${stop < to ? "…" : ""}`;
  }
  while (spans[i + 1] && spans[i + 1]![1] - from <= room) to = spans[++i]![1];
  return text.slice(from, to).trim();
}

/** Sections a result lists under its excerpt, at most. */
export const MOST_SECTIONS = 3;
/** Characters a section's excerpt holds at most. */
export const SECTION_EXCERPT_LENGTH = 50;

/** The section a block is in: the heading that opens it (a heading opens its own), -1 before the first heading. */
export const sectionOf = (headings: readonly number[], block: number): number => headings.filter((h) => h <= block).at(-1) ?? -1;

/** A section listed under a result: its heading's block, the heading as printed, and an excerpt of its own. */
export interface SectionExcerpt {
  heading: number;
  title: string;
  excerpt: string;
}

/**
 * What a result shows of its article: an excerpt around the first place in the body that holds a
 * phrase, else the article's opening; and, when the phrases stand in more than one section, the
 * other sections under headings that hold them (in a heading or its text), in reading order, each
 * with an excerpt around its first match in the body, else its opening.
 */
export function resultExcerpts(
  content: string,
  headings: readonly number[],
  phrases: string[],
): { excerpt: string; sections: SectionExcerpt[] } {
  const blocks = content.split("\n");
  const hits = blocks.flatMap((text, block) =>
    findPhrases(text, phrases).map((match) => ({ block, match, section: sectionOf(headings, block) })),
  );
  const inBody = hits.filter((h) => !headings.includes(h.block));
  const around = (h: (typeof hits)[number], room: number) => sentencesAround(blocks[h.block]!, h.match, room);
  /** The opening of the first block of text from `from` on. */
  const opening = (from: number, room: number) => {
    const i = blocks.findIndex((_, b) => b >= from && !headings.includes(b));
    return i < 0 ? "" : sentencesAround(blocks[i]!, [0, 0], room);
  };
  const first = inBody[0];
  const excerpt = first ? around(first, EXCERPT_LENGTH) : opening(0, EXCERPT_LENGTH);
  const matched = [...new Set(hits.map((h) => h.section))];
  const sections = (matched.length < 2 ? [] : matched.filter((s) => s >= 0 && s !== first?.section)).slice(0, MOST_SECTIONS).map((s) => {
    const hit = inBody.find((h) => h.section === s);
    return { heading: s, title: blocks[s]!, excerpt: hit ? around(hit, SECTION_EXCERPT_LENGTH) : opening(s + 1, SECTION_EXCERPT_LENGTH) };
  });
  return { excerpt, sections };
}
