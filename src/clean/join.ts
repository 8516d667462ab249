import { notesFor, type Para, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { CLAUSE_END, HAN } from "../text/chars.js";
import { cut, tag } from "../text/segmenter.js";
import { JoinedText } from "./joined.js";

/** Words that cannot end a sentence: prepositions, conjunctions, structural particles. */
const OPEN_TAGS = new Set(["p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv"]);

/** Prose rather than a heading: it has sentence punctuation inside or is long. */
const prose = (t: string): boolean => /[，,、；;：:]/.test(t) || t.length > 30;

/** Whether a word of the segmenter's dictionary runs across the break between a and b. */
export function wordAcross(a: string, b: string): boolean {
  const left = a.slice(-4);
  const right = b.slice(0, 4);
  // A number split across the break ("9." + "03万头").
  if (/\d\.?$/.test(left) && /^\d/.test(right)) return true;
  if (!HAN.test(left.slice(-1)) || !HAN.test(right[0] ?? "")) return false;
  let pos = 0;
  for (const w of cut(left + right)) {
    const end = pos + w.length;
    if (pos < left.length && end > left.length && w.length >= 2) return true;
    pos = end;
  }
  return false;
}

/** What the rules read of the text before a break: its hint, whether it is prose, and how it ends. */
interface Before {
  hint?: Para["hint"];
  prose: boolean;
  end: string;
}

/** Whether b continues the sentence a was cut off in. */
function continues(a: Before, b: Para): boolean {
  if (a.hint || b.hint || CLAUSE_END.test(a.end) || !a.prose) return false;
  if (/^[，,、。；;：:）)」』”’》]/.test(b.text)) return true;
  if (wordAcross(a.end, b.text)) return true;
  const last = tag(a.end.slice(-6)).pop();
  return !!last && OPEN_TAGS.has(last.tag) && HAN.test(b.text[0] ?? "");
}

/**
 * Joins a paragraph that page layout broke in two: the first half ends mid-sentence and the second
 * starts with punctuation, completes a word, or follows a word that cannot end a sentence. A
 * paragraph that breaks off with no such continuation is kept as it is (structure reports it).
 */
export const joinBroken: Step = (d) => {
  const { messages, note } = notesFor(d);
  const out: Para[] = [];
  // The last paragraph's text, joined once the next one does not go on with it.
  let joined: JoinedText | null = null;
  let isProse = false;
  const close = () => {
    if (joined?.grown && out.length) out[out.length - 1] = { ...out[out.length - 1]!, text: joined.toString() };
  };
  for (const p of d.paras) {
    const prev = out[out.length - 1];
    if (prev && joined && continues({ hint: prev.hint, prose: isProse, end: joined.end }, p)) {
      note(RULES.lineBroken, p.line, `${joined.end.slice(-8)} + ${p.text.slice(0, 8)}`);
      joined.add(p.text);
      isProse ||= prose(p.text) || joined.length > 30;
      continue;
    }
    close();
    out.push(p);
    joined = new JoinedText(p.text);
    isProse = prose(p.text);
  }
  close();
  return { ...d, paras: out, messages };
};
