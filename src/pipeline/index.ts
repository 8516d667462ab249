import { createHash } from "node:crypto";
import type { Article } from "../model/types.js";
import { newDraft, type CleanOptions, type Draft, type Step } from "../model/draft.js";
import { ruleOf } from "../model/rules.js";
import { decodeBytes } from "../read/decode.js";
import { readTraditional, restoreTraditional } from "../read/script.js";
import { unwrapDocument } from "../unwrap/index.js";
import { splitParagraphs } from "../clean/paragraphs.js";
import { removeChrome } from "../clean/chrome.js";
import { takeHeadline } from "../clean/headline.js";
import { collapseRepeats } from "../clean/dedupe.js";
import { joinBroken } from "../clean/join.js";
import { fullWidthPunctuation } from "../clean/punctuation.js";
import { markStructure } from "../clean/structure.js";
import { dropParagraphs, requireArticleText } from "../clean/drop.js";
import { describeAhead, describeArticle } from "../describe/index.js";
import { slugFor } from "../describe/slug.js";
import { proveNothingLost } from "./proof.js";

export type PipelineOptions = Partial<CleanOptions>;

/**
 * The cleaning contract: every step from raw bytes to an Article, in order. Each takes the draft
 * so far (text, lines, paragraphs, blocks, the evidence found and the messages) and returns it
 * with its own work done; none reads anything but the draft.
 */
export const STEPS: readonly Step[] = [
  decodeBytes, //           bytes → text (read/decode.ts)
  readTraditional, //       a Traditional document read through its Simplified shadow (read/script.ts)
  unwrapDocument, //        text → lines and what the wrapper stated (unwrap/)
  splitParagraphs, //       lines → paragraphs; hard-wrapped text re-joined
  removeChrome, //          page furniture dropped, what it stated kept as evidence
  takeHeadline, //          title, subtitle and column off the top
  collapseRepeats, //       text printed twice collapsed
  joinBroken, //            paragraphs broken by page layout joined
  fullWidthPunctuation, //  half-width punctuation in Chinese text made full-width
  markStructure, //         paragraphs → blocks: headings, speakers, captions, a closing byline
  dropParagraphs, //        the archivist's drop: list
  requireArticleText, //    a menu or a stub is refused
  describeArticle, //       title, date, publication, authors, place and tags chosen from the evidence
  restoreTraditional, //    a Traditional document's page in the characters it printed (read/script.ts)
  proveNothingLost, //      every sentence as read is on the page or in the cleaning report, else a warning
];

/**
 * Messages keep the 80 characters of text the cleaning report shows; prose a rule took out (an
 * editor's note, a writer's biography, an embedded post: clauses) up to 600, so that the reader sees what it said.
 */
const cut = (text: string, prose = false): string => {
  const most = prose && text.length > 80 && (text.match(/[。！？!?，]/g)?.length ?? 0) >= 2 ? 600 : 80;
  return text.length > most ? text.slice(0, most - 1) + "…" : text;
};

/** The rules that take prose out: the page's furniture, and what the wrapper's markup sets apart. */
const PROSE_GROUPS = new Set(["chrome", "wrapper"]);

const toArticle = (d: Draft): Article => ({
  source: d.source,
  slug: slugFor(d.source),
  ...d.described,
  blocks: d.blocks,
  messages: d.messages.map((m) => ({
    ...m,
    text: cut(m.text, PROSE_GROUPS.has(ruleOf(m.ruleId).group)),
    ...(m.removed && { removed: m.removed.map((r) => cut(r)) }),
  })),
  wrapper: d.wrapper,
  encoding: d.encoding,
  hash: createHash("sha256").update(d.bytes).digest("hex"),
  duplicates: [],
  seeAlso: [],
  ...(d.stated.scanned && { scanned: true }),
});

/** Raw bytes of one document → one typed Article. Pure apart from hashing: no disk, no Eleventy. */
export function cleanDocument(fileName: string, bytes: Uint8Array, options: PipelineOptions = {}): Article {
  return toArticle(STEPS.reduce((draft, step) => step(draft), newDraft(fileName, bytes, options)));
}

/** One document to clean: its name, bytes and options. */
export interface CleanInput {
  name: string;
  bytes: Uint8Array;
  options: PipelineOptions;
}

const DESCRIBE = STEPS.indexOf(describeArticle);

/** How many documents to clean together with cleanDocuments: enough to keep jieba's dictionary warm, few to hold. */
export const CLEAN_BATCH = 32;

/**
 * Several documents → their Articles, or the error that refused each: the same steps as
 * cleanDocument, the drafts of the batch described together (describeAhead), which is faster.
 */
export function cleanDocuments(inputs: readonly CleanInput[]): (Article | Error)[] {
  const run = (d: Draft, steps: readonly Step[]) => steps.reduce((draft, step) => step(draft), d);
  const drafts = inputs.map(({ name, bytes, options }) => {
    try {
      return run(newDraft(name, bytes, options), STEPS.slice(0, DESCRIBE));
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
  describeAhead(drafts.filter((d): d is Draft => !(d instanceof Error)));
  return drafts.map((d) => {
    if (d instanceof Error) return d;
    try {
      return toArticle(run(d, STEPS.slice(DESCRIBE)));
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}
