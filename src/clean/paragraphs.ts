import type { Para, SourceLine, Step } from "../model/draft.js";
import { CLAUSE_END } from "../text/chars.js";

const INDENT = /^(\u3000|\s{2,})/;

/** The line width a hard-wrapped text was broken at, or null when lines are whole paragraphs. */
export function wrapWidth(lines: SourceLine[]): number | null {
  const texts = lines.map((l) => l.text.trim()).filter((t) => t.length >= 8);
  if (texts.length < 6) return null;
  // In a hard-wrapped text most long lines stop mid-sentence, and at nearly the same width.
  const open = texts.filter((t) => !CLAUSE_END.test(t));
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
  for (const l of lines) {
    const text = l.text.replace(/[ \t\u00a0]+$/, "");
    if (!text.trim()) {
      gap++;
      open = null;
      continue;
    }
    const continues =
      open &&
      width !== null &&
      !l.hint &&
      !open.hint &&
      !INDENT.test(text) &&
      !(CLAUSE_END.test(open.text) && open.text.length < width * 0.9);
    if (continues) {
      open!.text = join(open!.text, text.trim());
    } else {
      open = {
        text: text.trim(),
        line: l.line,
        gap,
        ...(l.hint ? { hint: l.hint } : {}),
        ...(l.linkRatio ? { linkRatio: l.linkRatio } : {}),
      };
      paras.push(open);
    }
    if (width === null) open = null;
    gap = 0;
  }
  return paras;
}

/** The paragraphs step: the body's lines as paragraphs. */
export const splitParagraphs: Step = (d) => ({ ...d, paras: toParagraphs(d.lines) });

const LATIN_END = /[A-Za-z0-9,.;:!?%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** Joins two pieces of one paragraph: no space inside Chinese text, one between Latin words. */
export function join(a: string, b: string): string {
  return LATIN_END.test(a) && LATIN_START.test(b) && /[A-Za-z]/.test(a.slice(-1) + b[0]) ? `${a} ${b}` : a + b;
}
