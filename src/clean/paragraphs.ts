import type { Para, SourceLine, Step } from "../model/draft.js";
import { CLAUSE_END } from "../text/chars.js";
import { JoinedText } from "./joined.js";

const INDENT = /^(\u3000|\s{2,})/;
const DATED_END = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

/** The line width a hard-wrapped text was broken at, or null when lines are whole paragraphs. */
export function wrapWidth(lines: SourceLine[]): number | null {
  const texts = lines.map((l) => l.text.trim()).filter((t) => t.length >= 8);
  if (texts.length < 6) return null;
  // In a hard-wrapped text most long lines stop mid-sentence, and at nearly the same width. A line
  // that ends with a date glued on is a headline of a list, whole, not a line cut at the width.
  const open = texts.filter((t) => !CLAUSE_END.test(t) && !DATED_END.test(t));
  if (open.length < texts.length * 0.5) return null;
  const lengths = open.map((t) => t.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.75)]!;
  const near = open.filter((t) => Math.abs(t.length - width) <= Math.max(2, width * 0.1)).length;
  return near >= open.length * 0.5 ? width : null;
}

/**
 * Source lines → paragraphs. A blank line always ends a paragraph. In a hard-wrapped text, a line
 * continues into the next unless it ends a sentence short of the wrap width or the next is indented.
 */
export function toParagraphs(lines: SourceLine[]): Para[] {
  const width = wrapWidth(lines);
  const paras: Para[] = [];
  let gap = 0;
  let open: Para | null = null;
  // A line longer than the width was never cut at it: it is a paragraph of its own.
  const whole = (t: string) => width !== null && t.length > width * 1.2;
  let lastLine = "";
  // The open paragraph's text, joined once it closes.
  let joined: JoinedText | null = null;
  const close = () => {
    if (open && joined?.grown) open.text = joined.toString();
    joined = null;
  };
  for (const l of lines) {
    const text = l.text.replace(/[ \t\u00a0]+$/, "");
    if (!text.trim()) {
      gap++;
      close();
      open = null;
      continue;
    }
    const continues =
      open &&
      joined &&
      width !== null &&
      !l.hint &&
      !open.hint &&
      !INDENT.test(text) &&
      !whole(lastLine) &&
      !whole(text.trim()) &&
      !(CLAUSE_END.test(joined.end) && joined.length < width * 0.9);
    lastLine = text.trim();
    if (continues) {
      joined!.add(text.trim());
    } else {
      close();
      open = {
        text: text.trim(),
        line: l.line,
        gap,
        ...(l.hint ? { hint: l.hint } : {}),
        ...(l.linkRatio ? { linkRatio: l.linkRatio } : {}),
      };
      joined = new JoinedText(open.text);
      paras.push(open);
    }
    if (width === null) {
      close();
      open = null;
    }
    gap = 0;
  }
  close();
  return paras.flatMap(splitAtIndents);
}

/**
 * A paragraph's indent ("　　", two ideographic spaces) after a sentence's end inside a line: the
 * paragraphs a dump ran together there ("…俯瞰。　　某某摄　　图②：…").
 */
const INNER_INDENT = /(?<=[。！？!?）)」』”])\u3000{2,}(?=\S)/;

function splitAtIndents(p: Para): Para[] {
  if (!p.text.includes("\u3000\u3000") || !INNER_INDENT.test(p.text)) return [p];
  return p.text.split(INNER_INDENT).map((text, i) => ({ ...p, text: text.trim(), gap: i ? 0 : p.gap }));
}

/** A Markdown line that opens a block of its own: a list item, a quote, a heading, a table row, an image, a rule. */
const BLOCK_START = /^\s*(?:[-*+]\s|\d{1,3}[.)]\s|>|#{1,6}\s|\||!\[|<|[-*_=]{3,}\s*$)/;
/** A Markdown hard break: two spaces or a backslash at the end of the line. */
const HARD_BREAK = /(?: {2,}|\\)$/;

/**
 * In Markdown a line break inside a paragraph is soft: the next source line goes on with the same
 * paragraph. Lines that follow each other in the source with no blank line between are joined when
 * the first stops mid-sentence and is not broken hard (two spaces, a backslash), and the second
 * opens no block of its own; a line that ends a sentence keeps its break, as the writer set it.
 */
export function joinSoftBreaks(paras: Para[], source: string): Para[] {
  const lines = source.split("\n");
  const out: Para[] = [];
  let lastLine = 0;
  // The last paragraph's text, joined once the next one is not part of it.
  let joined: JoinedText | null = null;
  const close = () => {
    if (joined?.grown && out.length) out[out.length - 1]!.text = joined.toString();
  };
  for (const p of paras) {
    const prev = out[out.length - 1];
    const raw = lines[p.line - 1] ?? "";
    const soft =
      prev &&
      joined &&
      !prev.hint &&
      !p.hint &&
      p.line === lastLine + 1 &&
      !CLAUSE_END.test(joined.end) &&
      !HARD_BREAK.test(lines[lastLine - 1] ?? "") &&
      !BLOCK_START.test(raw) &&
      raw.trim().startsWith(p.text.slice(0, 4));
    if (soft) joined!.add(p.text);
    else {
      close();
      out.push({ ...p });
      joined = new JoinedText(p.text);
    }
    lastLine = p.line;
  }
  close();
  return out;
}

/** The paragraphs step: the body's lines as paragraphs; in Markdown, a paragraph's soft-broken lines joined. */
export const splitParagraphs: Step = (d) => {
  const paras = toParagraphs(d.lines);
  return { ...d, paras: d.wrapper === "markdown" || d.wrapper === "front matter" ? joinSoftBreaks(paras, d.text) : paras };
};
