import type { Message } from "../model/types.js";
import type { Draft, Step } from "../model/draft.js";
import { RULES, ruleOf, type Group, type RuleId } from "../model/rules.js";
import { message } from "../model/messages.js";
import { hanCount } from "../text/chars.js";

/**
 * Nothing lost, proved: every sentence of the document as read (its unwrapped lines) is on the page
 * (column, title, subtitle, kickers, speakers, blocks) or named by a message of the rule that
 * removed it. A sentence that is neither is a warning on its line, and the cleaning report then
 * makes no claim.
 *
 * Most lines are a paragraph of the page as it is: a hash set of the page's texts finds them. The
 * others are compared by their keys, letters and digits alone (the cleaning changes punctuation,
 * spacing and line breaks, never the words): first against a hash set of the keys of what the report
 * names, then against the page as one key, searched on from where the last sentence was found (the
 * page keeps the source's order), so a hard-wrapped text costs a pass over the page, not a search of
 * it for each line.
 */

/** A sentence with its closing punctuation and quotes, as a warning prints it; a line end ends one too. */
const SENTENCE = /[^。！？!?；;…]+(?:[。！？!?；;…]+[”’」』"')）]*)?/g;
/** Where a headline or a label splits a sentence into parts the page may print apart (column｜title：subtitle). */
const PART_BREAK = /[：:｜|丨·—]+/;
/**
 * What a key leaves out: everything but letters and digits (Latin, Greek, Cyrillic, full-width),
 * Han, kana, Hangul, 々 and 〇, and characters beyond the BMP.
 */
const MARKS =
  /[^0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f\u3005\u3007\u3040-\ufe2f\ufe70-\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ud800-\udfff]+/g;

/** A text's key: its letters and digits, as the page and the source share them. */
export const sentenceKey = (s: string): string => s.replace(MARKS, "");

/** A sentence worth proving: two Han characters, or a dozen letters or digits of another script. */
function counts(key: string): boolean {
  return key.length >= 12 || hanCount(key, 2) >= 2;
}

/** Messages of those groups that name text without removing it: what they show is on the page, or is not the text. */
const NOT_REMOVALS = new Set<RuleId>([RULES.breaksOff.id, RULES.leadPhotos.id, RULES.kept.id]);

/**
 * The groups whose messages name text they took off the page. A repeat collapsed, or a headline
 * taken off the top, is not among them: another copy, or the title, is on the page, and the proof
 * finds it there (a repeat whose first copy went missing is then a sentence lost).
 */
const REMOVING = new Set<Group>(["read", "wrapper", "chrome", "structure", "override"]);
/**
 * A line taken as the headline's repeat may differ from the title on the page by a word or two
 * ("视频-"), and a headline loses the site's name or the day after it ("…-某某", "…2016-12-28 某某"), or the outlet before its bar: those words are reported with it.
 */
const REMOVING_RULES = new Set<RuleId>([RULES.repeatedTitle.id, RULES.siteAfterHeadline.id, RULES.outletBeforeBar.id]);

/** A cut ends the article at a line ("推荐阅读（及其后 12 行）"): every line from there on is reported with it. */
const CUT = /\s*（及其后 \d+ 行）$/;

/**
 * A key text searched forward from where the last search found something, then from its start.
 * The searches are bounded: past some dozens of passes over the text (a document built to make
 * every sentence a search), a sentence counts as found only as a whole sentence of the text.
 */
class Forward {
  private cursor = 0;
  private spent = 0;
  private readonly budget: number;
  private whole: Set<string> | null = null;
  constructor(
    readonly text: string,
    private readonly sentences: () => Iterable<string>,
  ) {
    this.budget = 64 * text.length + 1_000_000;
  }

  /** Whether the text goes on with k where the last search ended. */
  at(k: string): boolean {
    if (!this.text.startsWith(k, this.cursor)) return false;
    this.cursor += k.length;
    return true;
  }

  has(k: string): boolean {
    const { text } = this;
    if (this.spent > this.budget) return (this.whole ??= new Set(this.sentences())).has(k);
    const at = text.indexOf(k, this.cursor);
    this.spent += (at >= 0 ? at : text.length) - this.cursor;
    if (at >= 0) {
      this.cursor = at + k.length;
      return true;
    }
    // Earlier on the page (a headline taken from further down, a sentence printed twice): the cursor stays.
    this.spent += this.cursor;
    return this.cursor > 0 && text.includes(k);
  }
}

/** The keys of the sentences of some texts. */
function* sentenceKeys(texts: string[]): Iterable<string> {
  for (const t of texts) for (const s of t.match(SENTENCE) ?? []) yield sentenceKey(s);
}

/** The page as a reader gets it: the texts it prints as they are, and all of them as one key (made when first needed). */
class Page {
  readonly texts = new Set<string>();
  private forward: Forward | null = null;
  constructor(private readonly all: string[]) {
    for (const t of all) if (t) this.texts.add(t);
  }
  get key(): Forward {
    return (this.forward ??= new Forward(sentenceKey(this.all.join("")), () => sentenceKeys(this.all)));
  }
}

function pageOf(d: Draft): Page {
  const { title, subtitle, column } = d.described;
  const texts = [column ?? "", title, subtitle ?? ""];
  for (const b of d.blocks) texts.push(b.kicker ?? "", b.speaker ? `${b.speaker}：${b.text}` : b.text);
  return new Page(texts);
}

interface Cut {
  line: number;
  /** The start of the line's key. */
  start: string;
}

/** What the cleaning report names as removed (each text's and sentence's key, and all of it as one key), and where cuts end the article. */
function reportOf(messages: Message[]): { keys: Set<string>; all: Forward; cuts: Cut[] } {
  const keys = new Set<string>();
  const all: string[] = [];
  const cuts: Cut[] = [];
  for (const m of messages) {
    if (NOT_REMOVALS.has(m.ruleId) || !(REMOVING.has(ruleOf(m.ruleId).group) || REMOVING_RULES.has(m.ruleId))) continue;
    const text = m.text.replace(CUT, "");
    if (m.line !== null && (m.ruleId === RULES.tail.id || text !== m.text))
      cuts.push({ line: m.line, start: sentenceKey(text).slice(0, 8) });
    const key = sentenceKey(text);
    keys.add(key);
    for (const s of text.match(SENTENCE) ?? []) keys.add(sentenceKey(s));
    all.push(key);
  }
  return { keys, all: new Forward(all.join("\n"), () => keys), cuts };
}

/** Whether a cut ends the article at this line: its number, and its text (a page on one line has many lines of one number). */
const cutHere = (cuts: Cut[], line: number, text: string): boolean =>
  cuts.some((c) => c.line === line && sentenceKey(text).startsWith(c.start));

/** Every sentence of the lines as read that is neither on the page nor reported, with its line. */
export function unreported(d: Draft): { line: number; text: string }[] {
  const page = pageOf(d);
  const report = reportOf(d.messages);
  // The report's texts are looked up before the page is searched: a removed line is not searched for.
  const found = (k: string) => report.keys.has(k) || page.key.at(k) || page.key.has(k) || report.all.has(k);
  const lost: { line: number; text: string }[] = [];
  for (const l of d.lines) {
    if (!l.text) continue;
    if (report.cuts.length && cutHere(report.cuts, l.line, l.text)) break;
    // Most lines are a paragraph of the page as they are.
    if (page.texts.has(l.text.trim())) continue;
    const key = sentenceKey(l.text);
    if (!key || found(key)) continue;
    for (const sentence of l.text.match(SENTENCE) ?? []) {
      const k = sentenceKey(sentence);
      if (!counts(k) || found(k)) continue;
      // A headline printed as column｜title：subtitle, a label and its value: the page may hold the parts apart.
      const parts = sentence.split(PART_BREAK).map(sentenceKey).filter(counts);
      if (parts.length > 1 && parts.every(found)) continue;
      lost.push({ line: l.line, text: sentence.trim() });
    }
  }
  return lost;
}

/** The last step: a warning for each sentence of the document that is neither on the page nor in the report. */
export const proveNothingLost: Step = (d) => {
  const lost = unreported(d);
  if (!lost.length) return d;
  return {
    ...d,
    messages: [...d.messages, ...lost.map((s) => message(d.source, RULES.sentenceLost, s.line, `既不在本页、也未列入记录：${s.text}`))],
  };
};
