/** Bytes → text: encoding detection and line-end normalisation. No disk access here. */
import { notesFor, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { HAN_SCRIPT, UNIFIED_HAN_CLASS } from "../text/chars.js";

export class UnreadableDocument extends Error {
  constructor(
    readonly reason: string,
    readonly advice: string,
  ) {
    super(`${reason}; ${advice}`);
  }
}

export interface Decoded {
  text: string;
  encoding: string;
  /** One 1-based line of `text` per place where bytes could not be read and a � now stands. */
  unreadable: number[];
  /** One 1-based line of `text` per control character removed. */
  stripped: number[];
}

/** Above this size a file is almost certainly not one article (a dump, an archive, a mistake). */
export const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Above this share of its bytes unreadable a file is not damaged text but no text at all. A cut-off
 * download or a few corrupt bytes leave well under 1% (a corrupt byte spoils at most the three bytes
 * of one Chinese character in UTF-8); the wrong encoding or binary data leave tens of percent. One
 * corrupt byte's worth is allowed however short the file.
 */
const MAX_UNREADABLE = 0.02;
const FEW_UNREADABLE = 3;

let gb2312: Set<string> | null = null;

/** The 6,763 characters of GB 2312, which make up nearly all of ordinary Chinese text. */
function commonHan(): Set<string> {
  if (gb2312) return gb2312;
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) for (let col = 0xa1; col <= 0xfe; col++) bytes.push(row, col);
  gb2312 = new Set(new TextDecoder("gb18030").decode(Uint8Array.from(bytes)));
  return gb2312;
}

/** What Chinese or English text is made of: everyday Han (not the rarer blocks), CJK and full-width punctuation, ASCII. */
const PLAIN_TEXT = new RegExp(`[${UNIFIED_HAN_CLASS}\\u3000-\\u303f\\uff00-\\uffef\\u2000-\\u206f\\x20-\\x7e\\n\\t\\r]`, "g");
const ANY_HAN = new RegExp(HAN_SCRIPT.source, "gu");

/**
 * Share of characters that Chinese or English text is made of: how plausible a decoding is. Bytes
 * read in the wrong encoding give Han characters too, but mostly rare ones: the share of common
 * characters among them counts as well.
 */
function plausibility(text: string): number {
  const sample = text.slice(0, 4096);
  if (!sample) return 0;
  const good = sample.match(PLAIN_TEXT)?.length ?? 0;
  const han = sample.match(ANY_HAN) ?? [];
  const common = han.length >= 20 ? han.filter((c) => commonHan().has(c)).length / han.length : 1;
  return (good / sample.length) * common;
}

/** Control characters but tab, line feed, form feed and carriage return. */
const BINARY_CONTROL = /[\0-\x08\x0b\x0e-\x1f]/g;

function looksBinary(text: string): boolean {
  const end = Math.min(text.length, 8192);
  // Counted by the regex engine: a few times faster than a loop over the characters, and text has none.
  const control = text.slice(0, end).match(BINARY_CONTROL)?.length ?? 0;
  return control > Math.max(2, end * 0.01);
}

/** The bytes in an encoding, unreadable ones as U+FFFD; null for an unknown encoding, or any unreadable byte when `fatal`. */
function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** The charset an HTML page or XML prolog declares in its first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i) ?? head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i);
  return m ? m[1]!.toLowerCase() : null;
}

/** The 1-based line of every match of a global pattern. */
function linesOf(text: string, pattern: RegExp): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    for (let i = text.indexOf("\n", from); i >= 0 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
    from = m.index;
    lines.push(line);
  }
  return lines;
}

/**
 * What XML 1.0 cannot carry, so that no document can break the Atom feed: control characters but tab
 * and line ends, DEL, lone surrogates, U+FFFE and U+FFFF.
 */
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]/gu;

// Most text holds none: a scan without the u flag tells fast (a surrogate it finds may be half of a
// pair, which the full pattern then leaves alone).
const MAYBE_CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]/;

export const withoutControls = (s: string): string => (MAYBE_CONTROL.test(s) ? s.replace(CONTROL, "") : s);

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new UnreadableDocument("the file is empty", "remove it, or replace it with the document's text");
  if (bytes.length > MAX_BYTES)
    throw new UnreadableDocument(
      `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit for one article`,
      "split it into one file per article",
    );
  // A byte-order mark names the encoding; without one, UTF-8 is the first guess, unless NUL bytes
  // rule it out: they are UTF-16's high bytes of ASCII, or binary.
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? { label: "utf-8 (BOM)", encoding: "utf-8", size: 3 }
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? { label: "utf-16le", encoding: "utf-16le", size: 2 }
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? { label: "utf-16be", encoding: "utf-16be", size: 2 }
          : null;
  const body = bom ? bytes.subarray(bom.size) : bytes;
  // Searched as a Buffer: its indexOf is native and many times faster than Uint8Array's includes.
  const nul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0;
  const first = bom?.encoding ?? (nul ? null : "utf-8");
  // Valid text in the first guess wins, also over a page's declaration: pages often declare gb2312
  // and send UTF-8.
  let text = first ? tryDecode(body, first, true) : null;
  let encoding = bom?.label ?? "utf-8";
  let unreadable = 0;
  if (text === null) {
    // Otherwise the decoding that reads most like text, a few unreadable bytes allowed: the first
    // guess, the declared charset, GB18030 (a superset of GBK and GB2312) or UTF-16 without a BOM.
    const declared = declaredCharset(bytes);
    const candidates = [
      ...new Set([
        first ?? "utf-8",
        declared && !/^(gb2312|gbk|x-gbk|utf-?8)$/.test(declared) ? declared : "gb18030",
        "gb18030",
        "utf-16le",
        "utf-16be",
      ]),
    ];
    let best = 0;
    for (const enc of candidates) {
      const t = tryDecode(body, enc, false);
      if (t === null) continue;
      const replaced = t.match(/\ufffd/g)?.length ?? 0;
      // A � counts twice: as no text, and as bytes the encoding could not read.
      const score = plausibility(t) - replaced / t.length;
      if (score > best) [best, text, encoding, unreadable] = [score, t, enc === bom?.encoding ? bom.label : enc, replaced];
    }
    // Each � stands for at least one byte.
    if (best < 0.6 || unreadable > Math.max(FEW_UNREADABLE, body.length * MAX_UNREADABLE)) text = null;
  }
  if (text === null || looksBinary(text)) {
    throw new UnreadableDocument(
      text === null ? "the bytes read as text in none of UTF-8, GB18030 or UTF-16 (an unknown encoding)" : "the file is binary, not text",
      "convert it to UTF-8 text, or remove it from content/",
    );
  }
  const normalised = text.replace(/\r\n?|\uFEFF/g, (m) => (m === "\uFEFF" ? "" : "\n"));
  // One scan tells whether there is anything to strip, for the text and for the report.
  const controls = MAYBE_CONTROL.test(normalised);
  return {
    text: controls ? normalised.replace(CONTROL, "") : normalised,
    encoding,
    // A � the file held itself cannot be told from one put in here: it marks a loss just the same.
    unreadable: unreadable ? linesOf(normalised, /\ufffd/g) : [],
    stripped: controls ? linesOf(normalised, CONTROL) : [],
  };
}

/** "第 3、17、20 行等": the first few distinct lines, as many as a message has room for. */
function lineList(lines: number[]): string {
  const distinct = [...new Set(lines)];
  return `第 ${distinct.slice(0, 3).join("、")} 行${distinct.length > 3 ? "等" : ""}`;
}

/** The read step: bytes to text, saying which lines lost bytes or control characters. */
/** A numeric character reference to a CJK letter or mark: "&#25744;", "&#x6491;". */
const CJK_REFERENCE = /&#(?:x([\da-f]{4,5})|(\d{4,6}));/gi;
const isCjk = (c: number) =>
  (c >= 0x3000 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x2ffff);

/**
 * A page that writes its letters as character references ("&#25744;&#23478;"), as some CMSs save
 * every Chinese character: the letters, so that every rule reads them. Only CJK letters and marks
 * are read so; "&#60;" and the like stay as they are, markup being markup.
 */
function readReferences(text: string): { text: string; count: number; line: number } {
  if (!text.includes("&#") || !/<(?:html|body|p|div|span)\b/i.test(text)) return { text, count: 0, line: 0 };
  let count = 0;
  let first = -1;
  const read = text.replace(CJK_REFERENCE, (ref, hex: string | undefined, dec: string | undefined, at: number) => {
    const code = hex ? parseInt(hex, 16) : +dec!;
    if (!isCjk(code)) return ref;
    count++;
    if (first < 0) first = at;
    return String.fromCodePoint(code);
  });
  // A few references are a page's own choice (a rare character); a page of them is its way of writing.
  if (count < 20) return { text, count: 0, line: 0 };
  return { text: read, count, line: text.slice(0, first).split("\n").length };
}

/** A character of Unicode's private-use area: no letter, a program's own mark. */
const PRIVATE_USE = /[\ue000-\uf8ff]/g;

/**
 * A corpus that joined an article's paragraphs into one line, marking each break with a character
 * of the private-use area (SogouCS's U+E40C): the breaks, when one such character recurs and stands
 * after a sentence's end often enough that it is no misread letter.
 */
function privateUseBreaks(text: string): { text: string; mark: string; count: number; line: number } | null {
  const counts = new Map<string, { all: number; afterEnd: number; first: number }>();
  for (const m of text.matchAll(PRIVATE_USE)) {
    const c = counts.get(m[0]) ?? counts.set(m[0], { all: 0, afterEnd: 0, first: m.index }).get(m[0])!;
    c.all++;
    if (/[。！？”」]/.test(text[m.index - 1] ?? "")) c.afterEnd++;
  }
  const [mark, c] = [...counts].sort((a, b) => b[1].all - a[1].all)[0] ?? [];
  if (!mark || !c || c.all < 3 || c.afterEnd < c.all * 0.4) return null;
  return { text: text.replaceAll(mark, "\n"), mark, count: c.all, line: text.slice(0, c.first).split("\n").length };
}

export const decodeBytes: Step = (d) => {
  const decoded = decode(d.bytes);
  const { encoding, unreadable, stripped } = decoded;
  const { messages, note } = notesFor(d);
  const references = readReferences(decoded.text);
  const breaks = privateUseBreaks(references.text);
  const text = breaks?.text ?? references.text;
  if (breaks) {
    const code = `U+${breaks.mark.codePointAt(0)!.toString(16).toUpperCase()}`;
    note(RULES.privateUseBreaks, breaks.line, `${breaks.count} 个私用区字符 ${code} 标在句末：读作分段`);
  }
  if (references.count)
    note(RULES.characterReferences, references.line, `网页中的汉字以字符引用写成（共 ${references.count} 处，如 &#25991;），读作汉字`);
  if (unreadable.length)
    note(RULES.unreadableBytes, unreadable[0]!, `${lineList(unreadable)}有 ${unreadable.length} 个字节无法识读，显示为 �；请对照原始文件`);
  if (stripped.length) note(RULES.controlCharacters, stripped[0]!, `删去${lineList(stripped)}的 ${stripped.length} 个控制字符`);
  return { ...d, text, encoding, messages };
};
