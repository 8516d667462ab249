import type { Message, WrapperKind } from "../model/types.js";
import type { SourceLine, WrapperMeta } from "../model/draft.js";

export interface Unwrapped {
  wrapper: WrapperKind;
  lines: SourceLine[];
  meta: WrapperMeta;
  /** Problems the wrapper had (front matter that did not parse, …). */
  messages: Message[];
}

/** Notes a problem of the wrapper on a line of the document. */
/** What the wrapper step says of a document: what it took or left out, or, with `warn`, what needs a look. */
export type Note = (line: number, text: string, warn?: boolean) => void;
