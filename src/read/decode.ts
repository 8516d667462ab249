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

function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  // Chinese or ASCII text in UTF-16 has zero bytes in one lane only.
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
  }
  return control > Math.max(2, sample.length * 0.01);
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
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
      encoding = utf16;
      text = tryDecode(bytes, utf16);
    } else {
      // Valid UTF-8 wins over a page's declaration: pages often declare gb2312 and send UTF-8.
      text = tryDecode(bytes, "utf-8");
      encoding = "utf-8";
      if (text === null) {
        const declared = declaredCharset(bytes);
        const legacy = declared && declared !== "utf-8" && declared !== "utf8" ? declared : "gb18030";
        // gb2312 and gbk are subsets of gb18030; decode with the superset.
        encoding = /^(gb2312|gbk|gb18030|x-gbk)$/.test(legacy) ? "gb18030" : legacy;
        text = tryDecode(bytes, encoding);
      }
    }
  }
  if (text === null || looksBinary(text)) {
    throw new UnreadableDocument(
      text === null
        ? `the bytes are not valid ${encoding || "text"} in any encoding tried (UTF-8, UTF-16, GB18030)`
        : "the file is binary, not text",
      "convert it to UTF-8 text, or remove it from content/",
    );
  }
  const normalised = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\uFEFF/g, "");
  return { text: normalised, encoding };
}
