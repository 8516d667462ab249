import { keywords } from "../text/segmenter.js";
import { normaliseTag } from "../text/tags.js";

/** Words TF-IDF ranks high in this genre that say nothing about a story's topic. */
const GENERIC = new Set([
  "工作",
  "问题",
  "群众",
  "干部",
  "全县",
  "全市",
  "全区",
  "今年",
  "目前",
  "记者",
  "活动",
  "发展",
  "建设",
  "领导",
  "单位",
  "部门",
  "开展",
  "推进",
  "落实",
  "实现",
  "提升",
]);

export interface TagInput {
  text: string;
  headline: string;
  stated: string[];
  /** The archive's topic phrases (_data/vocabulary.yaml). */
  vocabulary: string[];
  /** Names the text uses for places: not topics. */
  places: Set<string>;
}

/**
 * Tags: what the document states and the archive's topic phrases the text uses (twice, or once in
 * the headline). The segmenter's top keywords come separately: the site makes tags of those that
 * several articles share.
 */
export function findTags(input: TagInput): { tags: string[]; keywords: string[] } {
  const phrases = input.vocabulary.filter((v) => {
    const n = input.text.split(v).length - 1;
    return n >= 2 || input.headline.includes(v);
  });
  // A phrase inside a longer one found too (作风建设 in 能力作风建设) adds nothing.
  const topics = phrases.filter(
    (p) => !phrases.some((q) => q !== p && q.includes(p) && input.text.split(p).length === input.text.split(q).length),
  );
  // News puts its subject first: past the opening the text adds jieba's cost (the largest part of
  // cleaning), not keywords.
  const kw = keywords(input.text.slice(0, 800), 12)
    .filter((k) => k.length >= 2 && !GENERIC.has(k) && !input.places.has(k) && !/^[\d.]+$/.test(k) && !topics.some((t) => t.includes(k)))
    .slice(0, 5);
  const tags = [...new Set([...input.stated, ...topics].map(normaliseTag).filter(Boolean))];
  return { tags, keywords: kw };
}
