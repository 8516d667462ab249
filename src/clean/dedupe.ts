import { notesFor, type Para, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { nfkc } from "../text/chars.js";

interface Unit {
  para: number;
  text: string;
  key: string;
  /** Last unit of its paragraph with no sentence end: text that breaks off. */
  open: boolean;
}

const QUOTES = /["'“”‘’「」『』\s]/g;

/** Sentences of a paragraph, each keeping its closing quotes; the last may be a fragment. */
export function sentences(text: string): string[] {
  return text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』"')）]*|$)|[。！？!?]+[”’」』"')）]*/g)?.filter((s) => s.trim()) ?? [];
}

/** How many earlier copies of a sentence a repeat is compared with. */
const NEAREST_COPIES = 8;

const keyOf = (s: string): string => nfkc(s).replace(QUOTES, "");

/** Shortest run of repeated text that counts as a reprint rather than a quotation: two sentences
 * of some length, or three of any. */
const isReprint = (units: number, chars: number): boolean => units >= 3 || (units >= 2 && chars >= 30);

/** Pairs of characters of a key, for a likeness that edits and small rewordings leave high. */
function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** Dice's likeness of two keys by their character pairs: 1 for the same text. */
function likeness(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [k, n] of x) shared += Math.min(n, y.get(k) ?? 0);
  return (2 * shared) / Math.max(1, a.length - 1 + (b.length - 1));
}

/**
 * Pull quotes: a quoted block that repeats, nearly word for word, a sentence the text prints later
 * (WeChat posts set one under the headline). The sentence stays where the writer put it.
 */
function pullQuotes(paras: readonly Para[]): Set<number> {
  const found = new Set<number>();
  paras.forEach((p, i) => {
    if (p.hint !== "quote" || p.text.length > 160 || sentences(p.text).length > 2) return;
    const key = keyOf(p.text);
    if (key.length < 12) return;
    const anchor = key.slice(0, 8);
    for (let j = i + 1; j < paras.length; j++) {
      if (paras[j]!.hint === "quote") continue;
      const later = keyOf(paras[j]!.text);
      const at = later.indexOf(anchor);
      if (at >= 0 && later.length > key.length && likeness(key, later.slice(at, at + key.length + 8)) >= 0.75) {
        found.add(i);
        return;
      }
    }
  });
  return found;
}

/**
 * Collapses text printed twice or more: a run of two or more consecutive sentences that already
 * appeared in the same order earlier, whatever the paragraph breaks, is removed, and so is a whole
 * paragraph printed again, however many times; a copy that breaks off mid-sentence loses its broken
 * tail too. A single sentence quoted again inside other text stays, and so do two sentences that
 * differ in a word: only the same text is a repeat. A pull quote goes (see pullQuotes).
 */
export const collapseRepeats: Step = (d) => {
  const { paras } = d;
  const units: Unit[] = [];
  paras.forEach((p, i) => {
    const ss = sentences(p.text);
    ss.forEach((s, j) =>
      units.push({ para: i, text: s, key: keyOf(s), open: j === ss.length - 1 && !/[。！？!?][”’」』"')）]*$/.test(s) }),
    );
  });
  const seen = new Map<string, number[]>();
  const dup = new Array<boolean>(units.length).fill(false);
  for (let i = 0; i < units.length;) {
    let bestLen = 0;
    let bestChars = 0;
    const earlier = seen.get(units[i]!.key) ?? [];
    // The nearest copies only: a text printing one sentence thousands of times would otherwise
    // compare each copy with every copy before it.
    for (let e = earlier.length - 1; e >= Math.max(0, earlier.length - NEAREST_COPIES); e--) {
      const p = earlier[e]!;
      let k = 0;
      let chars = 0;
      while (i + k < units.length && p + k < i && units[p + k]!.key === units[i + k]!.key) chars += units[i + k++]!.key.length;
      // A copy that breaks off: its last piece is the start of the next earlier sentence.
      const cut = units[i + k];
      if (k > 0 && cut?.open && p + k < i && cut.key.length >= 2 && units[p + k]!.key.startsWith(cut.key)) {
        chars += cut.key.length;
        k++;
      }
      if (k > bestLen) {
        bestLen = k;
        bestChars = chars;
      }
    }
    if (isReprint(bestLen, bestChars)) {
      for (let k = 0; k < bestLen; k++) dup[i + k] = true;
      i += bestLen;
      continue;
    }
    const list = seen.get(units[i]!.key);
    if (list) list.push(i);
    else seen.set(units[i]!.key, [i]);
    i++;
  }
  // A whole paragraph printed again, however many times and however short its sentences.
  // (Paragraphs of three sentences or more printed again are runs the search above finds.)
  const keys = paras.map(() => "");
  const first = paras.map(() => -1);
  const count = paras.map(() => 0);
  units.forEach((u, j) => {
    if (++count[u.para]! > 2) return;
    keys[u.para] += u.key;
    if (first[u.para]! < 0) first[u.para] = j;
  });
  const whole = new Set<string>();
  keys.forEach((key, i) => {
    if (key.length < 15 || count[i]! > 2) return;
    if (!whole.has(key)) return void whole.add(key);
    for (let j = first[i]!; j < units.length && units[j]!.para === i; j++) dup[j] = true;
  });
  // A sentence of the text a picture's caption repeats (a page that captions a photo with a sentence
  // it prints below) is the caption's copy: the text keeps its sentence where it stands.
  if (paras.some((p) => p.hint === "caption")) {
    const inText = new Set(units.filter((u) => paras[u.para]!.hint !== "caption").map((u) => u.key));
    units.forEach((u, j) => {
      if (paras[u.para]!.hint === "caption" && u.key.length >= 15 && inText.has(u.key)) dup[j] = true;
    });
  }
  const pulled = pullQuotes(paras);
  if (!dup.some(Boolean) && !pulled.size) return d;
  const { messages, note } = notesFor(d);
  const kept = paras.map(() => [] as string[]);
  const removed = paras.map(() => 0);
  units.forEach((u, i) => {
    if (dup[i]) removed[u.para]!++;
    else kept[u.para]!.push(u.text);
  });
  const out: Para[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (pulled.has(i)) {
      note(RULES.pullQuote, p.line, p.text);
      continue;
    }
    const rest = kept[i]!.join("").trim();
    if (!removed[i]) out.push(p);
    else {
      note(rest ? RULES.sentencesCollapsed : RULES.paragraphCollapsed, p.line, p.text, rest);
      if (rest) out.push({ ...p, text: rest });
    }
  }
  return { ...d, paras: out, messages };
};
