/** Bytes → text: encoding detection and line-end normalisation. No disk access here. */

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
}

/** Above this size a file is almost certainly not one article (a dump, an archive, a mistake). */
export const MAX_BYTES = 5 * 1024 * 1024;

let gb2312: Set<string> | null = null;

/** The 6,763 characters of GB 2312, which make up nearly all of ordinary Chinese text. */
function commonHan(): Set<string> {
  if (gb2312) return gb2312;
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) for (let col = 0xa1; col <= 0xfe; col++) bytes.push(row, col);
  gb2312 = new Set(new TextDecoder("gb18030").decode(Uint8Array.from(bytes)));
  return gb2312;
}

/**
 * Share of characters that Chinese or English text is made of: how plausible a decoding is. Bytes
 * read in the wrong encoding give Han characters too, but mostly rare ones: the share of common
 * characters among them counts as well.
 */
function plausibility(text: string): number {
  const sample = text.slice(0, 4096);
  if (!sample) return 0;
  const good = sample.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\n\t\r]/g)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu) ?? [];
  const common = han.length >= 20 ? han.filter((c) => commonHan().has(c)).length / han.length : 1;
  return (good / sample.length) * common;
}

function looksBinary(text: string): boolean {
  const end = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > Math.max(2, end * 0.01);
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
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

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new UnreadableDocument("the file is empty", "remove it, or replace it with the document's text");
  if (bytes.length > MAX_BYTES)
    throw new UnreadableDocument(
      `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit for one article`,
      "split it into one file per article",
    );
  let text: string | null = null;
  let encoding = "";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8 (BOM)";
    text = tryDecode(bytes.subarray(3), "utf-8");
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = tryDecode(bytes.subarray(2), "utf-16le");
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = tryDecode(bytes.subarray(2), "utf-16be");
  } else {
    // Valid UTF-8 wins over a page's declaration: pages often declare gb2312 and send UTF-8.
    // NUL bytes rule UTF-8 text out: they are UTF-16's high bytes of ASCII, or binary.
    text = bytes.includes(0) ? null : tryDecode(bytes, "utf-8");
    encoding = "utf-8";
    if (text === null) {
      // Otherwise the decoding that reads most like text: the declared charset, GB18030 (a superset
      // of GBK and GB2312) or UTF-16 without a BOM.
      const declared = declaredCharset(bytes);
      const candidates = [
        ...new Set([declared && !/^(gb2312|gbk|x-gbk|utf-?8)$/.test(declared) ? declared : "gb18030", "gb18030", "utf-16le", "utf-16be"]),
      ];
      let best = 0;
      for (const enc of candidates) {
        const t = tryDecode(bytes, enc);
        const score = t === null ? 0 : plausibility(t);
        if (score > best) [best, text, encoding] = [score, t, enc];
      }
      if (best < 0.6) text = null;
    }
  }
  if (text === null || looksBinary(text)) {
    throw new UnreadableDocument(
      text === null ? "the bytes read as text in none of UTF-8, GB18030 or UTF-16 (an unknown encoding)" : "the file is binary, not text",
      "convert it to UTF-8 text, or remove it from content/",
    );
  }
  const normalised = text.replace(/\r\n?|\uFEFF/g, (m) => (m === "\uFEFF" ? "" : "\n"));
  return { text: normalised, encoding };
}
