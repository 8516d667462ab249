import { notesFor, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { hanCount } from "../text/chars.js";

export class NoArticleText extends Error {}

/** Leaves out the paragraphs an archivist's `drop:` names by their start (a speaker's turn with its speaker). */
export const dropParagraphs: Step = (d) => {
  const { messages, note } = notesFor(d);
  const blocks = d.blocks.filter((b) => {
    const dropped = d.options.drop.some((s) => b.text.startsWith(s) || `${b.speaker ?? ""}：${b.text}`.startsWith(s));
    if (dropped) note(RULES.dropped, b.line, b.text);
    return !dropped;
  });
  return { ...d, blocks, messages };
};

/** Throws NoArticleText when fewer than ten Chinese characters of running text are left: a menu or a stub, not an article. */
export const requireArticleText: Step = (d) => {
  const running = d.blocks
    .filter((b) => b.kind !== "heading")
    .map((b) => b.text)
    .join("");
  if (hanCount(running, 10) < 10) throw new NoArticleText("no article text found after removing page furniture");
  return d;
};
