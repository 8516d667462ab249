/**
 * Search tokens for Chinese text, the same at indexing and at query time, with no dictionary.
 *
 * Each run of Han characters becomes its overlapping character pairs (鸡西市 → 鸡西 西市; a lone
 * character stays itself); other words stay whole; punctuation is left out. Any substring of two or
 * more characters is then found, whatever a segmenter would have made of it (段简, 委书记), and a
 * single character matches the pairs it starts. The tokens are never read back: a result's excerpt
 * comes from the readable text its fragment holds (build/fragments.ts).
 *
 * Pagefind cuts a Han query into single characters when its index is not Chinese, and its Chinese
 * path costs gigabytes at indexing. So the pairs reach Pagefind spelled in lowercase letters: "q"
 * and four letters a–p per character. Letters only, because Pagefind splits a word at "_" and
 * digits and indexes the pieces as extra words (a third of the index and half its time went to
 * them). A character's spelling is a prefix of every pair it starts, which keeps single-character
 * queries working through Pagefind's prefix match. A word of other letters that starts with "q"
 * is spelled with one more "q" in front, so no Latin word is ever read as Han ("quick" is "qquick":
 * a Han spelling's second letter is a–p).
 *
 * This file also runs in the browser (bundled into the search page): it imports only
 * src/text/chars.ts, which imports nothing, so the bundle stays small and free of Node.
 */
import { HAN_BLOCKS, HAN_SCRIPT } from "../text/chars.js";

// A run of Han, or a word of other letters or digits.
const PIECES = new RegExp(`${HAN_SCRIPT.source}+|(?:(?!${HAN_SCRIPT.source})[\\p{L}\\p{N}\\p{M}])+`, "gu");

/** The blocks a Han character is spelled from, laid end to end in this order (the index's spelling depends on it). */
const BLOCKS = [HAN_BLOCKS.unified, HAN_BLOCKS.extensionA, HAN_BLOCKS.compatibility];
const MARK = "q";
/** Letters of a character's number, base 16 from "a": four cover the 28,096 characters of the blocks. */
const DIGITS = 4;
const A = 97;

function codeOf(ch: string): string | null {
  const cp = ch.codePointAt(0)!;
  let offset = 0;
  for (const [from, to] of BLOCKS) {
    if (cp >= from && cp <= to) {
      let n = offset + cp - from;
      let code = "";
      for (let i = 0; i < DIGITS; i++, n >>= 4) code = String.fromCharCode(A + (n & 15)) + code;
      return code;
    }
    offset += to - from + 1;
  }
  return null;
}

/** One readable token (a pair, a character, a word) as Pagefind sees it. */
function spell(token: string): string {
  if (!HAN_SCRIPT.test(token)) {
    const word = token.normalize("NFKC");
    return /^q/i.test(word) ? MARK + word : word;
  }
  const codes = [...token].map(codeOf);
  // Han outside the encoded blocks (rare extensions) stays as written.
  return codes.every((c) => c !== null) ? MARK + codes.join("") : token;
}

/** The pairs of a Han run, or the run itself when it is one character. */
function pairs(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return [run];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]!);
}

/** A text as Pagefind indexes it: spelled tokens joined by spaces. */
export const indexText = (text: string): string =>
  [...text.matchAll(PIECES)].flatMap(([piece]) => (HAN_SCRIPT.test(piece) ? pairs(piece) : [piece]).map(spell)).join(" ");

/**
 * A reader's query as phrases of Pagefind terms: each run of Han characters is one phrase (its
 * pairs, which must stand side by side as written), each other word one too; punctuation dropped.
 */
export const queryPhrases = (query: string): string[][] =>
  [...query.matchAll(PIECES)].map(([piece]) => (HAN_SCRIPT.test(piece) ? pairs(piece).map(spell) : [spell(piece).toLowerCase()]));

/** The phrases of a query as a reader reads them: its runs of Han and its words, for marking. */
export const readablePhrases = (query: string): string[] => [...query.matchAll(PIECES)].map(([piece]) => piece);

/** Where the phrases stand in a text, every occurrence, exactly their characters (letters in any case), in order. */
export function findPhrases(text: string, phrases: string[]): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const p of phrases.map((x) => x.toLowerCase()).filter(Boolean))
    for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + p.length)) ranges.push([i, i + p.length]);
  return ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/**
 * A text with every occurrence of the phrases marked: a search for 林 marks 林, not the pairs 林公
 * and 林夜 that Pagefind matched.
 */
export function markPhrases(text: string, phrases: string[]): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const [from, to] of findPhrases(text, phrases)) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    if (start > at) spans.push({ text: text.slice(at, start), marked: false });
    const last = spans.at(-1);
    if (last?.marked && start === at) last.text += text.slice(start, to);
    else spans.push({ text: text.slice(start, to), marked: true });
    at = to;
  }
  if (at < text.length) spans.push({ text: text.slice(at), marked: false });
  return spans;
}

/** A reader's query as Pagefind terms, every phrase's in a row. */
export const queryTerms = (query: string): string[] => queryPhrases(query).flat();

/** A lone Han character as spelled: the prefix of every pair it starts. */
const ONE_CHARACTER = new RegExp(`^${MARK}[a-p]{${DIGITS}}$`);

/**
 * A phrase as Pagefind's query, in quotes, which Pagefind matches only as written: several terms
 * side by side in this order, a word or a number whole (unquoted, a number no article holds would
 * find the longest prefix of it that one does: "1987" an article with "19"). A lone character stays
 * unquoted, for the prefix match that finds the pairs it starts.
 */
export const phraseQuery = (phrase: string[]): string =>
  phrase.length === 1 && ONE_CHARACTER.test(phrase[0]!) ? phrase[0]! : `"${phrase.join(" ")}"`;

/** A piece of readable text from an excerpt, marked or not. */
export interface Span {
  text: string;
  marked: boolean;
}
