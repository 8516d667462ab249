/** Character classes shared by the passes. */

/** The Han blocks news text uses, as code point ranges: unified ideographs, extension A, compatibility ideographs. */
export const HAN_BLOCKS = {
  unified: [0x4e00, 0x9fff],
  extensionA: [0x3400, 0x4dbf],
  compatibility: [0xf900, 0xfaff],
} as const;

const range = ([from, to]: readonly [number, number]): string =>
  `\\u${from.toString(16).padStart(4, "0")}-\\u${to.toString(16).padStart(4, "0")}`;

/** The unified ideographs alone, for a regular expression's character class: the Han of everyday text. */
export const UNIFIED_HAN_CLASS = range(HAN_BLOCKS.unified);

/** The Han blocks for a regular expression's character class: `[${HAN_CLASS}]` is one Han character. */
export const HAN_CLASS = Object.values(HAN_BLOCKS).map(range).join("");

/** One Han character. */
export const HAN = new RegExp(`[${HAN_CLASS}]`);

/** Whether a UTF-16 code unit is a character of the Han blocks: read by code, no string made. */
export const isHanCode = (c: number): boolean =>
  (c >= HAN_BLOCKS.unified[0] && c <= HAN_BLOCKS.unified[1]) ||
  (c >= HAN_BLOCKS.extensionA[0] && c <= HAN_BLOCKS.extensionA[1]) ||
  (c >= HAN_BLOCKS.compatibility[0] && c <= HAN_BLOCKS.compatibility[1]);

/** Han characters in s, up to `enough`: callers ask whether there are at least so many. */
export function hanCount(s: string, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n < enough; i++) if (isHanCode(s.charCodeAt(i))) n++;
  return n;
}

/** Two or three short questions set alone ("如何分类？ 哪些是有害垃圾？"): a heading over the answer under them, not a sentence. */
export const SHORT_QUESTIONS = /^(?:[^？?，,。！；;]{2,15}[？?]\s*){2,3}$/;

/** An equation, or figures worked with an operator: "某某=50+3×(50+出生年份-2021)/12": worked, never a heading. */
export const FORMULA = /[=＝]|\d\s*[+×÷＋]\s*[\d(（]/;

/** A paragraph that ends here ends a clause: sentence ends, and colons or semicolons before a list. */
export const CLAUSE_END = /([。！？!?…；;：:]|——)[”’」』)）"']*$/;

/**
 * What NFKC leaves alone in a Chinese text, or maps one for one: ASCII, the unified ideographs, the
 * CJK and curly punctuation, and the full-width forms of ASCII and the ideographic space. A text of
 * these alone is mapped without ICU, which costs more than the rest of a sentence's key.
 */
const PLAIN_NFKC =
  /^[\n\t\x20-\x7e\u00b7\u2014\u2018\u2019\u201c\u201d\u3000-\u3002\u3008-\u3011\u3014-\u301b\u4e00-\u9fff\uff01-\uff5e]*$/;
const WIDE = /[\u3000\uff01-\uff5e]/g;

/** s in Unicode's NFKC (full-width letters, digits and marks as ASCII): the form texts are compared in. */
export const nfkc = (s: string): string =>
  PLAIN_NFKC.test(s) ? s.replace(WIDE, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0))) : s.normalize("NFKC");

export const squash = (s: string): string => nfkc(s).replace(/\s+/g, "");

/** Han by Unicode's script property: every block, and 〇 and 々 too. */
export const HAN_SCRIPT = /\p{Script=Han}/u;
