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
export function keywords(text: string, topK: number): string[] {
  tfidf ??= TfIdf.withDict(idf);
  return tfidf.extractKeywords(instance(), text, topK, ["n", "nz", "vn", "ns", "nt", "l", "i"]).map((k) => k.keyword);
}
