import { Jieba, TfIdf } from "@node-rs/jieba";
import { dict, idf } from "@node-rs/jieba/dict.js";

/**
 * One jieba instance per process: loading the dictionary costs 100–200 ms. Extra words (county
 * names, the archive's topic phrases) are added so they segment whole.
 */
let jieba: Jieba | null = null;
let tfidf: TfIdf | null = null;
const extra = new Set<string>();

export function addWords(words: Iterable<string>): void {
  const fresh = [...words].filter((w) => w.length >= 2 && !extra.has(w));
  if (!fresh.length) return;
  fresh.forEach((w) => extra.add(w));
  // A moderate frequency: high enough to keep the word whole, low enough not to swallow neighbours.
  jieba?.loadDict(Buffer.from(fresh.map((w) => `${w} 2000 n`).join("\n")));
}

function instance(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    if (extra.size) jieba.loadDict(Buffer.from([...extra].map((w) => `${w} 2000 n`).join("\n")));
  }
  return jieba;
}

export const cut = (text: string): string[] => instance().cut(text, false);

export const tag = (text: string) => instance().tag(text, false);

/** TF-IDF keywords, nouns and verbal nouns only. */
export function keywords(text: string, topK: number): string[] {
  tfidf ??= TfIdf.withDict(idf);
  return tfidf.extractKeywords(instance(), text, topK, ["n", "nz", "vn", "ns", "nt", "l", "i"]).map((k) => k.keyword);
}
