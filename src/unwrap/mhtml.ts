/** A page saved as a web archive (MHTML, "save page as" a single file): the page inside it. */
import { decode } from "../read/decode.js";

/** Bytes of quoted-printable text: "=E6=9F=90" and soft line breaks ("=" at a line's end). */
function quotedPrintable(s: string): Uint8Array {
  const t = s.replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const hex = t[i] === "=" ? t.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(t.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

const header = (headers: string, name: string): string | undefined => headers.match(new RegExp(`^${name}:\\s*(.+)$`, "mi"))?.[1]?.trim();

/**
 * The HTML page a web archive holds (its first text/html part, decoded from quoted-printable or
 * base64 and from its own encoding) and the address it was saved from; null for any other text.
 */
export function webArchivePage(text: string): { html: string; url?: string; frames: number } | null {
  const head = text.slice(0, 4096);
  if (!/^MIME-Version:/im.test(head) || !/multipart\/related/i.test(head)) return null;
  const boundary = head.match(/boundary="?([^";\r\n]+)"?/i)?.[1];
  if (!boundary) return null;
  const parts = text.split(`--${boundary}`);
  const html = (part: string) => /^Content-Type:\s*text\/html/im.test(part.slice(0, part.search(/\r?\n\r?\n/)));
  // Frames saved with the page are pages of their own (an advertisement's, a player's): counted, not read.
  const frames = parts.filter(html).length - 1;
  for (const part of parts) {
    const split = part.match(/\r?\n\r?\n/);
    if (!split || split.index === undefined) continue;
    const headers = part.slice(0, split.index);
    if (!html(part)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = header(headers, "Content-Transfer-Encoding")?.toLowerCase();
    const bytes =
      encoding === "quoted-printable"
        ? quotedPrintable(body)
        : encoding === "base64"
          ? Uint8Array.from(Buffer.from(body, "base64"))
          : new TextEncoder().encode(body);
    const url = header(headers, "Content-Location") ?? header(head, "Snapshot-Content-Location");
    return { html: decode(bytes).text, frames, ...(url && /^https?:\/\//i.test(url) ? { url } : {}) };
  }
  return null;
}
