import type { Article } from "../model/types.js";
import { toSimplified } from "../text/opencc.js";
import { normaliseTag } from "../text/tags.js";

/** One form per tag: as documents' tags are normalised, in Simplified characters. */
export const tagKey = (tag: string): string => toSimplified(normaliseTag(tag));

/**
 * The tags readers browse: what documents state and the archive's topic phrases, in one form each,
 * plus segmenter keywords only where a keyword gathers several articles.
 */
export function assignTags(articles: Article[], minArticles = 3): Article[] {
  const keywordCount = new Map<string, number>();
  for (const a of articles) for (const k of new Set(a.keywords.map(tagKey))) keywordCount.set(k, (keywordCount.get(k) ?? 0) + 1);
  return articles.map((a) => {
    const tags = [...a.tags.map(tagKey), ...a.keywords.map(tagKey).filter((k) => (keywordCount.get(k) ?? 0) >= minArticles)];
    return { ...a, tags: [...new Set(tags.filter(Boolean))] };
  });
}
