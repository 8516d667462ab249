import type { Block } from "../model/types.js";
import { gather, notesFor, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { namesFrom } from "../text/names.js";
import { CLAUSE_END, HAN, HAN_CLASS } from "../text/chars.js";
import { isInterviewRole } from "../text/roles.js";

const SPEAKER = new RegExp(`^([${HAN_CLASS}]{1,5}|[A-Z]{1,2})\\s*[:：]\\s*(?=\\S)`);

export const isSpeakerLine = (t: string): boolean => SPEAKER.test(t) && t.length > 12;

const CAPTION = /^([①-⑳㉑-㉟▲△]|图[为注]|(上|下|左|右|左上|右上|左下|右下)?图[：:]|图\d+[\s：:、])/;

/** A short line with no sentence punctuation, or a kicker ending in "——". */
export function headingLike(t: string): boolean {
  if (t.length > 30 || t.length < 2 || /[。！？；;…]/.test(t) || /[，,、：:]$/.test(t)) return false;
  if (/[，,、：:]/.test(t.replace(/——$/, "")) && t.length > 16) return false;
  if (!HAN.test(t) || /^[\d\s.\-:/年月日]+$/.test(t)) return false;
  return true;
}

/** A name in brackets closing the last paragraph ("……二等奶。(杨喜庆)") is the author's, not the text's. */
const CLOSING_BYLINE = new RegExp(
  `\\s*[（(]\\s*((?:记者|通讯员|作者)?\\s*[${HAN_CLASS}]{2,4}(?:[\\s、][${HAN_CLASS}]{2,4}){0,3})\\s*[)）]\\s*$`,
);
/** The role a closing byline may name before the names. */
const BYLINE_ROLE = /^(记者|通讯员|作者)/;

/**
 * Marks structure: interview speakers, headings (a kicker ending in "——" joins the heading under
 * it), photo captions, and a closing byline in brackets.
 */
export const markStructure: Step = (d) => {
  const { paras } = d;
  const { messages, note } = notesFor(d);
  let evidence = d.evidence;
  const counts = new Map<string, number>();
  for (const p of paras) {
    const m = isSpeakerLine(p.text) ? p.text.match(SPEAKER) : null;
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const isSpeaker = (name: string) => isInterviewRole(name) || (counts.get(name) ?? 0) >= 2;

  const blocks: Block[] = [];
  paras.forEach((p, i) => {
    let text = p.text;
    if (i === paras.length - 1) {
      const m = text.match(CLOSING_BYLINE);
      if (m && /[。！？”]$/.test(text.slice(0, m.index).trim())) {
        evidence = gather(evidence, { authors: [{ value: namesFrom(m[1]!.replace(BYLINE_ROLE, "")), from: "byline" }] });
        note(RULES.closingByline, p.line, m[0].trim());
        text = text.slice(0, m.index).trim();
      }
    }
    const next = paras[i + 1];
    const speaker = isSpeakerLine(text) ? text.match(SPEAKER) : null;
    if (speaker && isSpeaker(speaker[1]!)) {
      blocks.push({ kind: "paragraph", speaker: speaker[1]!, text: text.slice(speaker[0].length), line: p.line });
    } else if (p.hint === "caption" || CAPTION.test(text)) {
      blocks.push({ kind: "caption", text, line: p.line });
    } else if (p.hint === "heading" || p.hint === "title" || (next !== undefined && headingLike(text))) {
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === "heading" && prev.text.endsWith("——") && !prev.kicker) {
        prev.kicker = prev.text;
        prev.text = text;
      } else blocks.push({ kind: "heading", text, line: p.line, level: prev?.kind === "heading" ? 3 : 2 });
    } else {
      if (!CLAUSE_END.test(text) && next) note(RULES.breaksOff, p.line, `…${text.slice(-20)}`);
      blocks.push({ kind: "paragraph", text, line: p.line });
    }
  });
  return { ...d, blocks, evidence, messages };
};
