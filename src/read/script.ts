/** Documents in Traditional characters: the passes read a Simplified shadow, the page keeps what was printed. */
import { notesFor, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { isTraditional, restorePrinted, simplifiedShadow } from "../text/script.js";

/**
 * The rules and word lists are written in Simplified characters ("编辑", "来源", "发布时间"); a page in
 * Traditional characters is read through its Simplified shadow, character for character, so that
 * every rule meets it and every line keeps its number.
 */
export const readTraditional: Step = (d) => {
  if (!isTraditional(d.text)) return d;
  const { messages, note } = notesFor(d);
  note(RULES.traditionalRead, 1, "正文为繁体字：各条规则按简体字形比对，页面上保留原文的字形");
  return { ...d, printed: d.text, text: simplifiedShadow(d.text), messages };
};

/**
 * The page in the characters the document printed: text, headings, speakers, headline, names and
 * the report's quotations, and the lines as read, which the proof then holds the page to. Places,
 * tags and keywords stay Simplified, the archive's one vocabulary.
 */
export const restoreTraditional: Step = (d) => {
  if (d.printed === undefined) return d;
  const back = restorePrinted(d.printed, d.text);
  const maybe = <T extends string | null>(s: T): T => (s === null ? s : (back(s) as T));
  const { described: x } = d;
  return {
    ...d,
    lines: d.lines.map((l) => ({ ...l, text: back(l.text) })),
    blocks: d.blocks.map((b) => ({
      ...b,
      text: back(b.text),
      ...(b.speaker !== undefined && { speaker: back(b.speaker) }),
      ...(b.kicker !== undefined && { kicker: back(b.kicker) }),
    })),
    described: {
      ...x,
      title: back(x.title),
      subtitle: maybe(x.subtitle),
      column: maybe(x.column),
      publication: maybe(x.publication),
      authors: x.authors.map((a) => back(a)),
    },
    messages: d.messages.map((m) => ({ ...m, text: back(m.text, true) })),
  };
};
