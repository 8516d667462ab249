import type { Article, Block, Message, Provenance, WrapperKind } from "./types.js";
import type { KnownRule } from "./rules.js";
import { message } from "./messages.js";

/**
 * What the wrapper's markup says a line is: a heading, the headline, a picture's caption, a quoted
 * notice, a table's row, or a deck (a summary set in bold over the byline, which no element marks).
 */
export type Hint = "heading" | "title" | "caption" | "quote" | "row" | "deck";

/** One line of the document body with its 1-based line number in the decoded source. */
export interface SourceLine {
  text: string;
  line: number;
  hint?: Hint;
  /** Share of the line's text inside links (HTML input): navigation is mostly links. */
  linkRatio?: number;
}

/** What a wrapper stated about the document, before any guessing. */
export interface WrapperMeta {
  title?: string;
  subtitle?: string;
  date?: string;
  authors?: string[];
  publication?: string;
  tags?: string[];
  url?: string;
  /**
   * The site or platform that carries the page (og:site_name, SiteName, the <title>'s site segment):
   * the publication only when nothing names the article's source.
   */
  site?: string;
  /** The account that posted the article on a platform: a WeChat account, a 网易号 or 澎湃号 by its follow button. */
  account?: string;
  /** The postal address the page prints ("地址：某省某市某路1号"), in its footer most often: the publisher's. */
  address?: string;
  /** The page's copyright line as printed ("© 2023 某某 RFI 版权所有"): names the page's owner goes by. */
  copyright?: string;
  /** The text was machine-read off a scan (an OCR export), its misreadings uncorrected. */
  scanned?: true;
  /**
   * Where each value came from, most trusted first among what the page offered: "JSON-LD datePublished",
   * "meta publishdate", "<time datetime>", "WeChat ct", "<h1>", "<title> less its site segments", "file name" …
   */
  from?: Partial<Record<StatedField, string>>;
}

/** The values a wrapper may state. */
export type StatedField = "title" | "subtitle" | "date" | "authors" | "publication" | "tags" | "url" | "site" | "account" | "address";

/** A paragraph on its way through the cleaning passes. */
export interface Para {
  text: string;
  /** 1-based source line where the paragraph starts. */
  line: number;
  /** Blank lines before it in the source: wide gaps mark layout breaks. */
  gap: number;
  hint?: Hint;
  /** Share of the text inside links (HTML input). */
  linkRatio?: number;
}

export interface Stated<T> {
  value: T;
  from: Provenance;
}

export interface Headline {
  title: string;
  subtitle: string | null;
  column: string | null;
}

/** Metadata the text itself gave: the headline, and what lines the passes removed stated (issue lines, bylines, credits). */
export interface Evidence {
  date?: Stated<string>;
  /** The date a document's note under its headline says it was adopted or issued ("（2007年6月29日…会议通过）"). */
  enacted?: Stated<string>;
  publication?: Stated<string>;
  authors: Stated<string[]>[];
  tags: string[];
  url?: string;
  headline?: Headline;
  /** Where a byline or a dateline says the story was filed from ("台北" of "记者某某／台北报导"). */
  filedFrom?: string;
}

/** What the describe step decides about a document. */
export type Described = Pick<
  Article,
  | "title"
  | "subtitle"
  | "column"
  | "date"
  | "dateEstimated"
  | "publication"
  | "authors"
  | "place"
  | "placesMentioned"
  | "tags"
  | "keywords"
  | "originalUrl"
  | "found"
>;

export interface CleanOptions {
  /** The archive's topic phrases, for tags. */
  vocabulary: string[];
  /** Starts of lines to keep although they look like page furniture (an archivist's override). */
  keep: string[];
  /** Starts of paragraphs to leave out (an archivist's override). */
  drop: string[];
}

/**
 * One document on its way from bytes to Article: each step reads what the steps before it left
 * and returns the draft with its own work added. Nothing is shared between steps but the draft.
 */
export interface Draft {
  /** The file in content/: every message names it. */
  readonly source: string;
  readonly bytes: Uint8Array;
  readonly options: CleanOptions;
  encoding: string;
  /** The decoded text, line ends made LF. */
  text: string;
  /** A Traditional document's text as printed, when `text` is its Simplified shadow (read/script.ts). */
  printed?: string;
  wrapper: WrapperKind;
  stated: WrapperMeta;
  lines: SourceLine[];
  paras: Para[];
  blocks: Block[];
  evidence: Evidence;
  described: Described;
  messages: Message[];
}

export type Step = (draft: Draft) => Draft;

/** What a document says of itself before anything is read from it. */
export const NOTHING_DESCRIBED: Described = {
  title: "",
  subtitle: null,
  column: null,
  date: null,
  dateEstimated: false,
  publication: null,
  authors: [],
  place: { province: null, prefecture: null, county: null },
  placesMentioned: [],
  tags: [],
  keywords: [],
  originalUrl: null,
  found: { title: "none", date: "none", publication: "none", authors: "none", place: "none", tags: "none" },
};

/** A web page, however it was saved: its meta is a page's. */
export const isPageWrapper = (w: WrapperKind | undefined): boolean =>
  w === "html page" || w === "html fragment" || w === "web archive" || w === "crawl record";

/** A document before its first step: bytes, and nothing read from them yet. */
export const newDraft = (source: string, bytes: Uint8Array, options: Partial<CleanOptions> = {}): Draft => ({
  source,
  bytes,
  options: { vocabulary: options.vocabulary ?? [], keep: options.keep ?? [], drop: options.drop ?? [] },
  encoding: "",
  text: "",
  wrapper: "plain",
  stated: {},
  lines: [],
  paras: [],
  blocks: [],
  evidence: { authors: [], tags: [] },
  described: NOTHING_DESCRIBED,
  messages: [],
});

/** The draft's messages so far, and `note` to add one about its document. */
export function notesFor(draft: Draft): {
  messages: Message[];
  /** `kept`: what stays of the line when the rule took only a part of it. */
  note: (rule: KnownRule, line: number, text: string, kept?: string) => void;
} {
  const messages = [...draft.messages];
  return { messages, note: (rule, line, text, kept) => void messages.push(message(draft.source, rule, line, text, kept)) };
}

/** Evidence with what one more rule found: the first date, publication, address and headline found stand; authors and tags add up. */
export const gather = (evidence: Evidence, found: Partial<Evidence>): Evidence => ({
  date: evidence.date ?? found.date,
  enacted: evidence.enacted ?? found.enacted,
  publication: evidence.publication ?? found.publication,
  authors: [...evidence.authors, ...(found.authors ?? [])],
  tags: [...evidence.tags, ...(found.tags ?? [])],
  url: evidence.url ?? found.url,
  headline: evidence.headline ?? found.headline,
  filedFrom: evidence.filedFrom ?? found.filedFrom,
});
