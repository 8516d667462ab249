import type { Block } from "../model/types.js";
import type { CleanContext, Para } from "./context.js";
import { namesFrom } from "../text/names.js";
import { CLAUSE_END } from "../text/chars.js";

const SPEAKER = /^([\u3400-\u9fff]{1,5}|[A-Z]{1,2})\s*[:：]\s*(?=\S)/;
/** Roles that open an interview turn even when they speak only once. */
const ROLES = new Set(["记者", "本报记者", "主持人", "问", "答", "Q", "A"]);

export const isSpeakerLine = (t: string): boolean => SPEAKER.test(t) && t.length > 12;

const CAPTION = /^([①-⑳㉑-㉟▲△]|图[为注]|(上|下|左|右|左上|右上|左下|右下)?图[：:]|图\d+[\s：:、])/;

/** A short line with no sentence punctuation, or a kicker ending in "——". */
export function headingLike(t: string): boolean {
  if (t.length > 30 || t.length < 2 || /[。！？；;…]/.test(t) || /[，,、：:]$/.test(t)) return false;
  if (/[，,、：:]/.test(t.replace(/——$/, "")) && t.length > 16) return false;
  if (!/[\u3400-\u9fff]/.test(t) || /^[\d\s.\-:/年月日]+$/.test(t)) return false;
  return true;
}

/** A name in brackets closing the last paragraph ("……二等奶。(杨喜庆)") is the author's, not the text's. */
const CLOSING_BYLINE = /\s*[（(]\s*((?:记者|通讯员|作者)?\s*[\u3400-\u9fff]{2,4}(?:[\s、][\u3400-\u9fff]{2,4}){0,3})\s*[)）]\s*$/;

/**
 * Marks structure: interview speakers, headings (a kicker ending in "——" joins the heading under
 * it), photo captions, and a closing byline in brackets.
 */
export function markStructure(paras: Para[], ctx: CleanContext): Block[] {
  const counts = new Map<string, number>();
  for (const p of paras) {
    const m = isSpeakerLine(p.text) ? p.text.match(SPEAKER) : null;
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const isSpeaker = (name: string) => ROLES.has(name) || (counts.get(name) ?? 0) >= 2;

  const blocks: Block[] = [];
  paras.forEach((p, i) => {
    let text = p.text;
    if (i === paras.length - 1) {
      const m = text.match(CLOSING_BYLINE);
      if (m && /[。！？”]$/.test(text.slice(0, m.index).trim())) {
        ctx.gleaned.authors.push({ value: namesFrom(m[1]!.replace(/^(记者|通讯员|作者)/, "")), from: "byline" });
        ctx.report("chrome: closing byline", p.line, m[0].trim());
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
      if (!CLAUSE_END.test(text) && next) ctx.report("structure: paragraph breaks off", p.line, `…${text.slice(-20)}`, "warning");
      blocks.push({ kind: "paragraph", text, line: p.line });
    }
  });
  return blocks;
}
