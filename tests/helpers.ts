import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { newDraft, NOTHING_DESCRIBED, type Draft, type Para } from "../src/model/draft.js";
import type { Article } from "../src/model/types.js";
import { RULES } from "../src/model/rules.js";

/** Paragraphs from lines of text, one each, as the passes receive them. */
export const paras = (...texts: string[]): Para[] => texts.map((text, i) => ({ text, line: i + 1, gap: 1 }));

export const textsOf = (ps: { text: string }[]): string[] => ps.map((p) => p.text);

/** A draft of "a.txt" holding these paragraphs, as a cleaning step receives it. */
export const draft = (ps: Para[], fields: Partial<Draft> = {}): Draft => ({ ...newDraft("a.txt", new Uint8Array()), paras: ps, ...fields });

/** The proof's warnings: sentences of the document neither on the page nor in the cleaning report. */
export const lostSentences = (a: { messages: { ruleId: string }[] }) => a.messages.filter((m) => m.ruleId === RULES.sentenceLost.id);

/** A cleaned article named by its source, with what a test gives and plain defaults for the rest. */
export function makeArticle(source: string, fields: Partial<Article> = {}): Article {
  return {
    source,
    slug: source,
    ...NOTHING_DESCRIBED,
    title: `标题${source}`,
    blocks: [{ kind: "paragraph", text: `正文${source}`, line: 1 }],
    found: { ...NOTHING_DESCRIBED.found, title: "text" },
    messages: [],
    wrapper: "plain",
    encoding: "utf-8",
    hash: source,
    duplicates: [],
    seeAlso: [],
    ...fields,
  };
}
/** Every fragment of a Pagefind bundle and its shards, unzipped: what results show (titles, readable bodies). */
export function searchText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.split(sep).at(-2) === "fragment")
    .map((f) => gunzipSync(readFileSync(join(dir, f))).toString("utf8"))
    .join("\n");
}
