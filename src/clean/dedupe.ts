import { notesFor, type Para, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";

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

const keyOf = (s: string): string => s.normalize("NFKC").replace(QUOTES, "");

/** Shortest run of repeated text that counts as a reprint rather than a quotation: two sentences
 * of some length, or three of any. */
const isReprint = (units: number, chars: number): boolean => units >= 3 || (units >= 2 && chars >= 30);

/**
 * Collapses text printed twice: a run of two or more consecutive sentences that already appeared
 * in the same order earlier, whatever the paragraph breaks, is removed; a copy that breaks off
 * mid-sentence loses its broken tail too. A single sentence quoted again stays.
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
    for (const p of seen.get(units[i]!.key) ?? []) {
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
  if (!dup.some(Boolean)) return d;
  const { messages, note } = notesFor(d);
  const kept = paras.map(() => [] as string[]);
  units.forEach((u, i) => {
    if (!dup[i]) kept[u.para]!.push(u.text);
  });
  const out: Para[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const rest = kept[i]!.join("").trim();
    const removed = units.filter((u, j) => u.para === i && dup[j]).length;
    if (!removed) out.push(p);
    else {
      note(rest ? RULES.sentencesCollapsed : RULES.paragraphCollapsed, p.line, p.text);
      if (rest) out.push({ ...p, text: rest });
    }
  }
  return { ...d, paras: out, messages };
};
