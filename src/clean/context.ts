import type { Message, Provenance } from "../model/types.js";

/** A paragraph on its way through the cleaning passes. */
export interface Para {
  text: string;
  /** 1-based source line where the paragraph starts. */
  line: number;
  /** Blank lines before it in the source: wide gaps mark layout breaks. */
  gap: number;
  hint?: "heading" | "title" | "caption" | "quote";
  /** Share of the text inside links (HTML input). */
  linkRatio?: number;
}

export interface Stated<T> {
  value: T;
  from: Provenance;
}

/** Metadata the passes found in lines they removed (issue lines, bylines, credits). */
export interface Gleaned {
  date?: Stated<string>;
  publication?: Stated<string>;
  authors: Stated<string[]>[];
  tags: string[];
  url?: string;
  headline?: Headline;
}

export interface Headline {
  title: string;
  subtitle: string | null;
  column: string | null;
}

/** What every pass gets: a place to report what it did and to leave metadata it found. */
export class CleanContext {
  readonly messages: Message[] = [];
  readonly gleaned: Gleaned = { authors: [], tags: [] };

  /** @param keep starts of lines an archivist said belong to the article, whatever they look like */
  constructor(readonly keep: string[] = []) {}

  /** Whether an archivist asked to keep this line. */
  kept(text: string): boolean {
    return this.keep.some((k) => text.trim().startsWith(k));
  }

  report(rule: string, line: number, text: string, severity: Message["severity"] = "info"): void {
    this.messages.push({ rule, line, text: text.length > 80 ? text.slice(0, 79) + "…" : text, severity });
  }
}

export type Pass = (paras: Para[], ctx: CleanContext) => Para[];
