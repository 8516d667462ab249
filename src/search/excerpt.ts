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

/** An index moved off the second half of a surrogate pair, so a cut never splits a character. */
const whole = (text: string, i: number): number => (/[\uDC00-\uDFFF]/.test(text[i] ?? "") ? i + 1 : i);

/**
 * The sentence of a block that holds offset `at`, with the sentences after it while the whole
 * stays within `room` characters. A sentence longer than that is cut around `at`, an ellipsis
 * where it was cut.
 */
export function sentencesAround(text: string, at: number, room: number): string {
  const spans = [...text.matchAll(SENTENCE)].map((m) => [m.index, m.index + m[0].length] as const);
  let i = spans.findIndex(([, end]) => at < end);
  if (i < 0) return "";
  const from = spans[i]![0];
  let to = spans[i]![1];
  if (to - from > room) {
    const start = whole(text, Math.max(from, Math.min(at - Math.floor(room / 4), to - room)));
    const stop = whole(text, start + room);
    return `${start > from ? "…" : ""}${text.slice(start, stop).trim()}${stop < to ? "…" : ""}`;
  }
  while (spans[i + 1] && spans[i + 1]![1] - from <= room) to = spans[++i]![1];
  return text.slice(from, to).trim();
}

/** The excerpt of a result: around the first place in the body that holds a phrase, else the article's opening. */
export function resultExcerpt(content: string, headings: readonly number[], phrases: string[]): string {
  const blocks = content.split("\n");
  const body = blocks.map((text, block) => ({ text, block })).filter(({ block }) => !headings.includes(block));
  for (const { text } of body) {
    const [hit] = findPhrases(text, phrases);
    if (hit) return sentencesAround(text, hit[0], EXCERPT_LENGTH);
  }
  return body[0] ? sentencesAround(body[0].text, 0, EXCERPT_LENGTH) : "";
}
