import { Jieba, TfIdf } from "@node-rs/jieba";
import { dict, idf } from "@node-rs/jieba/dict.js";

/** One jieba instance per process: loading the dictionary costs 100–200 ms. */
let jieba: Jieba | null = null;
let tfidf: TfIdf | null = null;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

export const cut = (text: string): string[] => instance().cut(text, false);

export const tag = (text: string) => instance().tag(text, false);

/** TF-IDF keywords, nouns and verbal nouns only. */
function extract(text: string, topK: number): string[] {
  tfidf ??= TfIdf.withDict(idf);
  return tfidf.extractKeywords(instance(), text, topK, ["n", "nz", "vn", "ns", "nt", "l", "i"]).map((k) => k.keyword);
}

/** Keywords extracted ahead of the texts' turn, by count and text (see keywordsAhead). */
const ahead = new Map<string, string[]>();

/** The TF-IDF keywords of a text: extracted ahead with others, or now. */
export function keywords(text: string, topK: number): string[] {
  const key = `${topK}\u0000${text}`;
  const found = ahead.get(key);
  if (!found) return extract(text, topK);
  ahead.delete(key);
  return found;
}

/**
 * Extracts the keywords of a batch of texts back to back. Between two documents' calls the rest
 * of the cleaning pushes jieba's dictionary out of the processor's caches, which triples a call's
 * cost; in a row, it stays. The results wait for keywords() to ask for them; a batch replaces the last.
 */
export function keywordsAhead(texts: readonly string[], topK: number): void {
  ahead.clear();
  for (const t of texts) ahead.set(`${topK}\u0000${t}`, extract(t, topK));
}
