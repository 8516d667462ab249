/**
 * A paragraph's text joined from pieces (the lines of a hard-wrapped text, the halves of a broken
 * paragraph): kept as a list and joined once, its last characters at hand for the rules that read
 * where it stops. Joining string to string and then reading the end copies the whole text again
 * at every line: a text of 50,000 short lines in one paragraph took two minutes.
 */
export class JoinedText {
  private parts: string[];
  /** The last characters: enough for a sentence end and its closing quotes, or a word across the break. */
  end: string;
  length: number;

  constructor(first: string) {
    this.parts = [first];
    this.end = first.slice(-TAIL);
    this.length = first.length;
  }

  /** Adds a piece: no space inside Chinese text, one between Latin words. */
  add(next: string): void {
    const piece = separator(this.end, next) + next;
    this.parts.push(piece);
    this.end = (this.end + piece).slice(-TAIL);
    this.length += piece.length;
  }

  /** Whether anything was added to the first piece. */
  get grown(): boolean {
    return this.parts.length > 1;
  }

  toString(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join("")];
    return this.parts[0]!;
  }
}

const TAIL = 24;
const LATIN_END = /[A-Za-z0-9,.;:!?%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** What stands between two pieces of one paragraph, given the end of the first. */
const separator = (end: string, next: string): string =>
  LATIN_END.test(end) && LATIN_START.test(next) && /[A-Za-z]/.test(end.slice(-1) + next[0]) ? " " : "";
