import type { SourceLine, WrapperMeta } from "../model/draft.js";
import { HAN_CLASS } from "../text/chars.js";

/** A label leading into what follows ("关联稿件：", "相关阅读:"): it heads that, and is no deck of the headline. */
export const leadsInto = (t: string): boolean => /[：:]\s*$/.test(t);

/** Text compared as a reader compares it: NFKC, no white space. */
export const key = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");

/** A title's white space as one space; an ideographic space between Han and digits ("2007　年末") is layout, and goes. */
export const tidy = (s: string): string =>
  s
    .replace(new RegExp(`(?<=[${HAN_CLASS}\\d])\\u3000+(?=[${HAN_CLASS}\\d])`, "g"), "")
    .replace(/\s+/g, " ")
    .trim();

/** Where a page title's segments part: _, |, ｜, a dash between words (not the 1-10 of a range, not ——), white space. */
const SEPARATOR = /\s*(?:_+|\|+|｜+|-{2,}|\s[-–—]\s|(?<=[^\d\s-])-(?=[^\d\s-])|(?<=\S)[–](?=\S))\s*|\s+/g;

export interface Segmented {
  parts: string[];
  /** The separator after each part but the last. */
  seps: string[];
}

export function segments(title: string): Segmented {
  const parts: string[] = [];
  const seps: string[] = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    if (m.index === 0 || m.index + m[0].length >= title.length) continue;
    parts.push(title.slice(from, m.index));
    seps.push(m[0]);
    from = m.index + m[0].length;
  }
  parts.push(title.slice(from));
  return { parts, seps };
}

/** The first n segments with the separators between them. */
export const joinSegments = (s: Segmented, n: number): string =>
  s.parts
    .slice(0, n)
    .map((p, i) => (i ? s.seps[i - 1]! : "") + p)
    .join("");

/** The last n segments with the separators between them: a <title> that names the site first ("某某日报-标题"). */
export const lastSegments = (s: Segmented, n: number): string => {
  const from = s.parts.length - n;
  return s.parts
    .slice(from)
    .map((p, i) => (i ? s.seps[from + i - 1]! : "") + p)
    .join("");
};

const HAN_WORD = /[\u4e00-\u9fff]/;

/** The first lines of a text, each as a key. */
const firstKeys = (lines: SourceLine[], n: number): string[] =>
  lines
    .filter((l) => l.text.trim())
    .slice(0, n)
    .map((l) => key(l.text));

/**
 * A title as a wrapper stated it, checked against the text: when one of the text's first lines
 * prints a shorter run of its segments ("# 标题" under a clipper's "title: 标题_某某新闻网"), that
 * run is the title, and the last segment left over that is a name is the site's.
 */
export function reconcileStatedTitle(meta: WrapperMeta, lines: SourceLine[]): WrapperMeta {
  if (!meta.title || meta.from?.title?.includes("matching") || meta.from?.title?.includes("prints")) return meta;
  const s = segments(meta.title);
  if (s.parts.length < 2) return meta;
  const first = firstKeys(lines, 4);
  for (let n = s.parts.length - 1; n >= 1; n--) {
    const text = joinSegments(s, n);
    if (key(text).length < 4 || !first.includes(key(text))) continue;
    const site = s.parts
      .slice(n)
      .filter((p) => HAN_WORD.test(p))
      .pop()
      ?.trim();
    return {
      ...meta,
      title: tidy(text),
      ...(site && !meta.site ? { site } : {}),
      from: {
        ...meta.from,
        title: `${meta.from?.title ?? "the stated title"} as the text prints it`,
        ...(site && !meta.site ? { site: "the stated title's site segment" } : {}),
      },
    };
  }
  return meta;
}

/** A file extension, and the numbering or date an archivist puts before a name ("01_", "2019-12-08-"). */
const EXTENSION = /\.(?:md|markdown|html?|xhtml|txt|json|text)$/i;
const NUMBERING = /^[\d\s._\-—]+(?=[^\d\s._\-—])/;

/**
 * The title a file's name gives: web clippers and "save page as" name a file after the page's title
 * ("标题_站点名.md", "标题 - 站点.html"). A name with fewer than four Han characters (a hash, a
 * number, a slug) is no title. It is taken when the text prints it among its first lines, or when
 * the text opens straight on prose with no headline of its own; then the site's segment goes.
 * A text that opens on a headline of its own (a heading, a short line the name does not match)
 * keeps that headline.
 */
export function fileTitle(fileName: string, lines: SourceLine[]): string | null {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(EXTENSION, "").replace(NUMBERING, "").trim();
  if ((base.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 4) return null;
  const body = lines.filter((l) => l.text.trim());
  const opening = body[0];
  if (!opening || opening.hint === "title" || opening.hint === "heading") return null;
  const s = segments(base.replace(/\s{2,}/g, " "));
  const first = firstKeys(lines, 4);
  for (let n = s.parts.length; n >= 1; n--) {
    const text = joinSegments(s, n);
    if (key(text).length >= 4 && first.includes(key(text))) return tidy(text);
  }
  // No line prints it: only a text with no headline of its own takes the name.
  const prose = opening.text.trim();
  const sentence = prose.length >= 40 || /[。！？!?]./.test(prose) || (/[。！？!?…]$/.test(prose) && /[，,、；]/.test(prose));
  if (!sentence) return null;
  let n = s.parts.length;
  while (n > 1 && !/^\s+$/.test(s.seps[n - 2]!) && s.parts[n - 1]!.length <= 12 && key(joinSegments(s, n - 1)).length >= 6) n--;
  return tidy(joinSegments(s, n));
}
