import type { WrapperKind } from "../model/types.js";

/** One line of the document body with its 1-based line number in the decoded source. */
export interface SourceLine {
  text: string;
  line: number;
  /** What the wrapper's markup said about the line. */
  hint?: "heading" | "title" | "caption" | "quote";
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
}

export interface Unwrapped {
  wrapper: WrapperKind;
  lines: SourceLine[];
  meta: WrapperMeta;
  /** Problems the wrapper had (front matter that did not parse, …). */
  notes: string[];
}
