import type { RuleId, Severity } from "./rules.js";

/** One block of article text after cleaning. */
/** A row is one line of a table, its cells parted by an ideographic space. */
export type BlockKind = "paragraph" | "heading" | "caption" | "row";

export interface Block {
  kind: BlockKind;
  text: string;
  /** Interview speaker ("记者", "晋伟") when the paragraph opens with one. */
  speaker?: string;
  /** Heading level: 3 for a heading printed straight under another. */
  level?: 2 | 3;
  /** A kicker printed above a heading ("把问号拉直——"). */
  kicker?: string;
  /** 1-based line in the decoded source where the block starts. */
  line: number;
}

export interface Place {
  province: string | null;
  prefecture: string | null;
  county: string | null;
}

/** Where a metadata value came from, for the build log and the cleaning report. */
export type Provenance =
  | "front matter"
  | "html meta"
  | "document fields"
  | "address"
  | "issue line"
  | "meta line"
  | "byline"
  | "credit line"
  | "source line"
  | "text"
  | "estimated"
  | "override"
  | "none";

/**
 * What the build says about one file of content/: what cleaning changed or guessed (an article's
 * messages), or why a file could not be read or needs a look (the build's problems).
 */
export interface Message {
  /** The file in content/ the message is about. */
  source: string;
  ruleId: RuleId;
  /** 1-based line in that file; null for the file as a whole. */
  line: number | null;
  severity: Severity;
  text: string;
  /**
   * The parts of the line taken out when the rest of it stays (a page marker at its start, the
   * sentences printed twice): `text` is then the whole line, as the proof of nothing lost needs it.
   */
  removed?: string[];
}

export interface Article {
  /** The raw file's name inside content/. */
  source: string;
  slug: string;
  title: string;
  subtitle: string | null;
  /** Column or series name printed before "丨" in a headline. */
  column: string | null;
  /** ISO date (YYYY-MM-DD) or null; with dateEstimated only the year is meaningful. */
  date: string | null;
  dateEstimated: boolean;
  publication: string | null;
  authors: string[];
  place: Place;
  /** Other places the text names, most mentioned first. */
  placesMentioned: Place[];
  tags: string[];
  /** The segmenter's TF-IDF keywords. */
  keywords: string[];
  originalUrl: string | null;
  blocks: Block[];
  /** What each metadata field was taken from. */
  found: Record<"title" | "date" | "publication" | "authors" | "place" | "tags", Provenance>;
  messages: Message[];
  wrapper: WrapperKind;
  encoding: string;
  /** sha256 of the raw bytes. */
  hash: string;
  /** Other raw files holding this same article, merged into this page. */
  duplicates: string[];
  /** Raw files of articles that share much of this text but differ in substance (另见). */
  seeAlso: string[];
  /** Machine-read off a scan (OCR) and not corrected: the page says so. */
  scanned?: true;
}

export type WrapperKind =
  | "plain"
  | "front matter"
  | "html page"
  | "html fragment"
  | "web archive"
  | "crawl record"
  | "markdown"
  | "json"
  | "feed item"
  | "note export"
  | "xml record";
