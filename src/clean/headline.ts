import { gather, notesFor, type Headline, type Para, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { squash } from "../text/chars.js";
import { isSpeakerLine } from "./structure.js";

const DASH_LEAD = /^\s*(?:—{1,}|－{2,}|-{2,}|─{2,})\s*/;
const DASH_MID = /\s*(?:—{2,}|－{2,}|─{2,})\s*/;
const COLUMN = /\s*[丨｜|]\s*/;

/** A line that can be part of a headline: short, not a sentence, not a speaker's turn. */
function headlineLike(p: Para): boolean {
  const t = p.text;
  return (
    t.length <= 64 &&
    !/[。！？；，、,;：:]$/.test(t) &&
    !/[。！？]/.test(t.replace(/[。！？]$/, "")) &&
    !isSpeakerLine(t) &&
    p.hint !== "caption"
  );
}

/** Splits one headline string: "栏目丨标题", "标题 ——副标题". */
export function splitHeadline(raw: string): Headline {
  let title = raw.trim();
  let subtitle: string | null = null;
  let column: string | null = null;
  const dash = title.search(DASH_MID);
  if (dash > 0) {
    subtitle = title.slice(dash).replace(DASH_LEAD, "").trim() || null;
    title = title.slice(0, dash).trim();
  }
  const parts = title.split(COLUMN);
  if (parts.length > 1 && parts.every((x) => x.length >= 2)) {
    title = parts.pop()!;
    column = parts.join(" ");
  }
  return { title, subtitle, column };
}

/**
 * Takes the headline off the top of the text: a main title over one or more lines, a subtitle
 * line opening with "——" or the line after a one-line title, and a column before "丨". When the
 * wrapper already named the title, only a repeat of it is removed.
 */
export const takeHeadline: Step = (d) => {
  const { paras } = d;
  const { messages, note } = notesFor(d);
  const taking = (head: Headline, rest: Para[]) => ({ ...d, paras: rest, evidence: gather(d.evidence, { headline: head }), messages });
  const stated = d.stated.title;
  if (stated) {
    const head = splitHeadline(stated);
    const key = squash(stated);
    const titleKey = squash(head.title);
    let i = 0;
    while (i < Math.min(paras.length, 3) && (squash(paras[i]!.text) === key || squash(paras[i]!.text) === titleKey)) {
      note(RULES.repeatedTitle, paras[i]!.line, paras[i]!.text);
      i++;
    }
    return taking(head, paras.slice(i));
  }
  const lines: Para[] = [];
  for (const p of paras) {
    if (lines.length >= 4 || !headlineLike(p)) break;
    lines.push(p);
  }
  // A headline needs a body under it.
  if (!lines.length || lines.length === paras.length) return d;
  const subAt = lines.findIndex((p, i) => i > 0 && DASH_LEAD.test(p.text));
  let taken: Para[];
  let head: Headline;
  if (subAt > 0) {
    taken = lines.slice(0, subAt + 1);
    head = splitHeadline(
      lines
        .slice(0, subAt)
        .map((p) => p.text)
        .join(" "),
    );
    head.subtitle = lines[subAt]!.text.replace(DASH_LEAD, "").trim();
  } else {
    taken = lines.slice(0, Math.min(lines.length, 2));
    head = splitHeadline(taken[0]!.text);
    if (taken[1] && !head.subtitle) head.subtitle = taken[1].text.replace(DASH_LEAD, "").trim();
    else if (taken[1]) taken = taken.slice(0, 1);
  }
  for (const p of taken) note(RULES.headline, p.line, p.text);
  return taking(head, paras.slice(taken.length));
};
