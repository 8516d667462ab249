import { notesFor, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { HAN, HAN_CLASS } from "../text/chars.js";

const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };
/** Characters that make a neighbouring mark Chinese punctuation. */
const CHINESE = new RegExp(`[${HAN_CLASS}“”‘’《》「」『』（）、。]`);
const URL = new RegExp(`(?:https?:)?//[^\\s${HAN_CLASS}，。]+|[\\w.+-]+@[\\w-]+\\.[\\w.]+`, "g");

const HALF = /[,;:?!]/g;
const LATIN_OR_DIGIT = /[\dA-Za-z]/;

function fullWidthMarks(s: string): string {
  return s.replace(HALF, (c, i: number) => {
    const prev = s[i - 1] ?? "";
    const next = s[i + 1] ?? "";
    // 12:30, 1,000 and a.b:c stay as they are; a mark beside Chinese text becomes full-width.
    const between = LATIN_OR_DIGIT.test(prev) && LATIN_OR_DIGIT.test(next);
    return !between && (CHINESE.test(prev) || CHINESE.test(next)) ? FULL[c]! : c;
  });
}

function fullWidthBrackets(s: string): string {
  return s.replace(/\(([^()]*)\)/g, (m, inner: string, at: number) => (HAN.test(inner) || HAN.test(s[at - 1] ?? "") ? `（${inner}）` : m));
}

/** Straight double quotes in Chinese text become “ and ” in turn, when they pair up. */
function curlyQuotes(s: string): string {
  const n = s.split('"').length - 1;
  if (n === 0 || n % 2 || !HAN.test(s)) return s;
  let open = true;
  return s.replace(/"/g, () => ((open = !open), open ? "”" : "“"));
}

/** Half-width punctuation inside Chinese text → full-width; numbers, Latin text and URLs untouched. */
export function normalisePunctuation(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(URL)) {
    out += fix(text.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + fix(text.slice(last));
}

const fix = (s: string): string => curlyQuotes(fullWidthBrackets(fullWidthMarks(s)));

export const fullWidthPunctuation: Step = (d) => {
  const { messages, note } = notesFor(d);
  const paras = d.paras.map((p) => {
    const text = normalisePunctuation(p.text);
    if (text === p.text) return p;
    note(RULES.fullWidth, p.line, p.text);
    return { ...p, text };
  });
  return { ...d, paras, messages };
};
