/**
 * Search tokens for Chinese text, the same at indexing and at query time, with no dictionary.
 *
 * Each run of Han characters becomes its overlapping character pairs (鸡西市 → 鸡西 西市; a lone
 * character stays itself); other words stay whole; punctuation rides on the token before it, for
 * excerpts. Any substring of two or more characters is then found, whatever a segmenter would have
 * made of it (段简, 委书记), and a single character matches the pairs it starts.
 *
 * Pagefind cuts a Han query into single characters when its index is not Chinese, and its Chinese
 * path costs gigabytes at indexing. So the pairs reach Pagefind spelled in ASCII: "_" and three
 * base-36 digits per character. A character's spelling is a prefix of every pair it starts, which
 * keeps single-character queries working through Pagefind's prefix match.
 *
 * This file also runs in the browser (bundled into the search page): it imports only
 * src/text/chars.ts, which imports nothing, so the bundle stays small and free of Node.
 */
import { HAN_BLOCKS, HAN_SCRIPT } from "../text/chars.js";

const WORD = /^[\p{L}\p{N}\p{M}]/u;
// A run of Han, a word of other letters or digits, or a stretch of punctuation.
const PIECES = new RegExp(`${HAN_SCRIPT.source}+|(?:(?!${HAN_SCRIPT.source})[\\p{L}\\p{N}\\p{M}])+|[^\\s\\p{L}\\p{N}\\p{M}]+`, "gu");

/** The blocks a Han character is spelled from, laid end to end in this order (the index's spelling depends on it). */
const BLOCKS = [HAN_BLOCKS.unified, HAN_BLOCKS.extensionA, HAN_BLOCKS.compatibility];
const MARK = "_";

function codeOf(ch: string): string | null {
  const cp = ch.codePointAt(0)!;
  let offset = 0;
  for (const [from, to] of BLOCKS) {
    if (cp >= from && cp <= to) return (offset + cp - from).toString(36).padStart(3, "0");
    offset += to - from + 1;
  }
  return null;
}

function charOf(code: string): string {
  let n = parseInt(code, 36);
  for (const [from, to] of BLOCKS) {
    if (n <= to - from) return String.fromCodePoint(from + n);
    n -= to - from + 1;
  }
  return "";
}

/** One readable token (a pair, a character, a word) as Pagefind sees it. */
function spell(token: string): string {
  if (!HAN_SCRIPT.test(token)) return WORD.test(token) ? token.normalize("NFKC") : token;
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

/** A text as Pagefind indexes it: spelled tokens joined by spaces, punctuation kept on the token before. */
export function indexText(text: string): string {
  const out: string[] = [];
  for (const [piece] of text.matchAll(PIECES)) {
    if (HAN_SCRIPT.test(piece)) out.push(...pairs(piece).map(spell));
    else if (WORD.test(piece)) out.push(spell(piece));
    else if (out.length) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out.join(" ");
}

/** A reader's query as Pagefind terms: the pairs of each Han run, other words whole, punctuation dropped. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const [piece] of query.matchAll(PIECES)) {
    if (HAN_SCRIPT.test(piece)) terms.push(...pairs(piece).map(spell));
    else if (WORD.test(piece)) terms.push(spell(piece).toLowerCase());
  }
  return terms;
}

/** A spelled token back to its readable form, and the punctuation that rode on it. */
function unspell(token: string): { text: string; tail: string; han: boolean } {
  const m = /^_((?:[0-9a-z]{3})+)(.*)$/s.exec(token);
  if (m) return { text: (m[1]!.match(/.{3}/g) ?? []).map(charOf).join(""), tail: m[2]!, han: true };
  const w = /^([\p{L}\p{N}\p{M}]*)(.*)$/su.exec(token)!;
  return { text: w[1]!, tail: w[2]!, han: false };
}

/** A piece of readable text from an excerpt, marked or not. */
export interface Span {
  text: string;
  marked: boolean;
}

/**
 * Readable text back from tokens (Pagefind's excerpt, the matched ones marked): a pair continues
 * the run whose last character it starts with. A matched pair marks both its characters.
 */
export function untokenize(tokens: { token: string; marked: boolean }[]): Span[] {
  const spans: Span[] = [];
  const put = (text: string, marked: boolean) => {
    const last = spans.at(-1);
    if (last && last.marked === marked) last.text += text;
    else if (text) spans.push({ text, marked });
  };
  let runEnd = "";
  let lastWasWord = false;
  for (const { token, marked } of tokens) {
    const { text, tail, han } = unspell(token);
    const chars = [...text];
    if (han && chars.length === 2 && runEnd === chars[0]) {
      const last = spans.at(-1)!;
      if (marked && !last.marked) {
        // The pair's first character closes the previous span: move it into the mark.
        last.text = [...last.text].slice(0, -1).join("");
        if (!last.text) spans.pop();
        put(chars[0]!, true);
      }
      put(chars[1]!, marked);
    } else put((!han && text && lastWasWord ? " " : "") + text, marked);
    put(tail, false);
    // Punctuation after a token ends its run.
    runEnd = han && !tail ? chars.at(-1)! : "";
    lastWasWord = !han && !!text && !tail;
  }
  return spans;
}
